import { describe, expect, it } from 'vitest';
import { parseClause } from './parse-clause.ts';

// Clause front matter of one-line values is read without the YAML library's document: what a
// clause parses to, and every problem with its line, must be what the library gives. A value in
// double quotes is left to the library, so each clause is compared with its double-quoted twin.
const bytes = (text: string) => Buffer.from(text);
const parse = (text: string) => parseClause(bytes(text), 'codex/rules/refunds.md', 'rules/refunds');
const withoutHash = (text: string) => {
  const parsed = parse(text);
  return parsed.ok ? { ...parsed.value, contentHash: undefined } : parsed;
};

describe('a clause front matter of one-line values', () => {
  it('parses to the front matter, body and key lines the YAML library gives', () => {
    const flat = '---\ntitle: Refunds\ntone: formal\n\ntags: [billing, refunds]\nreviewed: true\nowner: \'Pat O\'\'Brien\'\n---\n\nRefunds must be issued within 30 days.\n';
    const quoted = flat.replace('title: Refunds', 'title: "Refunds"');
    expect(withoutHash(flat)).toEqual(withoutHash(quoted));
    expect(withoutHash(flat)).toMatchObject({ frontMatter: { title: 'Refunds', tone: 'formal', tags: ['billing', 'refunds'], reviewed: true, owner: "Pat O'Brien" }, keyLines: { title: 2, tone: 3, tags: 5, reviewed: 6, owner: 7 } });
  });

  it('gives the same problems, at the same lines, when the clause is invalid', () => {
    const cases = [
      '---\ntone: formal\n---\nRefunds must be issued within 30 days.\n', // no title
      '---\ntitle: Refunds\ntone: formal\n---\n\n', // no text
      '---\ntitle: Refunds\ntitle: Returns\n---\nRefunds must be issued within 30 days.\n', // a key twice
    ];
    for (const text of cases) {
      const parsed = parse(text);
      expect(parsed.ok, text).toBe(false);
      expect(parsed, text).toEqual(parse(text.replace(/^tone: formal$/m, 'tone: "formal"')));
      if (!parsed.ok) expect(parsed.problems.every((problem) => problem.line !== undefined), text).toBe(true);
    }
  });

  it('leaves a key over 1,024 characters to the YAML library, which refuses it', () => {
    const parsed = parse(`---\ntitle: Refunds\n${'k'.repeat(1_100)}: value\n---\nRefunds must be issued within 30 days.\n`);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatchObject({ code: 'front-matter-invalid', line: 3 });
  });
});

describe('a clause whose title is there but reads as a number', () => {
  it('is told to quote it, not only to add missing keys', () => {
    const parsed = parse('---\ntitle: 42\n---\nRefunds must be issued within 30 days.\n');
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? [] : parsed.problems.map((problem) => [problem.line, problem.message, problem.fix])).toEqual([
      [2, 'title: Invalid input: expected string, received number', 'add the missing keys to the front matter of codex/rules/refunds.md, or give a key the kind of value the example shows (quote a title that reads as a number: title: "42")'],
    ]);
  });
});

describe('a clause file without front matter (a team\'s existing rule notes)', () => {
  it('is named at line 1 with the block to add above the rule, its title from the file name', () => {
    const parsed = parseClause(bytes('Ship within 2 business days.\n'), 'codex/shipping/same-day.md', 'shipping/same-day');
    expect(parsed.ok ? [] : parsed.problems).toEqual([{
      code: 'front-matter-invalid', file: 'codex/shipping/same-day.md', line: 1,
      message: 'a clause needs front matter with its title, and this file has none',
      expected: 'front matter above the rule, e.g.\n---\ntitle: Same day\n---',
      fix: 'add those three lines at the top of codex/shipping/same-day.md, with a title that names the rule (`tone: formal` may follow it: the tone the rule should keep)',
    }]);
  });

  it('front matter without a title names the key in plain words, not zod\'s', () => {
    const parsed = parse('---\ntone: formal\n---\nRefunds must be issued within 30 days.\n');
    expect(parsed.ok ? [] : parsed.problems.map((problem) => [problem.line, problem.message])).toEqual([[2, 'title: is required and missing (expected a string)']]);
  });
});
