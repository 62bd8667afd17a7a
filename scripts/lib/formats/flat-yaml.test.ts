import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { flatYamlError, readFlatYaml, readFlatYamlWithTextValues } from './_flat-yaml.ts';
import { expectSameAsLibrary, libraryRead } from '../../test-utils/yaml-library-read.ts';

/** The flat reader either declines or agrees with the library, data and key lines alike. */
const sameAsLibrary = (source: string) => expectSameAsLibrary(source, readFlatYaml);

describe('flat front matter is read without the yaml library, with the same result', () => {
  it('reads the shapes agents, commands and rules use', () => {
    const read = [
      'name: answer-message-50\nmodel: opus\ntools: Bash, Read, Write, WebFetch\ncolor: purple\ncodex: [billing/rule-0051, support/rule-0060]',
      'description: Explain the report and describe the clear result\nmodel: inherit',
      "description: Don't guess; ask the user (politely) - then act!  \nagent: ask",
      'name: a\n\nmode: agent\ntools: []',
      'title: Bitte antworten Sie höflich\nsummary: お客様には丁寧な敬語で',
      'name: x  y   z',
      'list: [ a ,b c,  d/e-f ]',
      "applyTo: '**/*.ts'\nalwaysApply: true\nhidden: False",
      "tools: ['write', 'web fetch', 'it''s', '']\nallowed-tools: Bash(git diff:*), Glob, Bash",
      "quoted: 'a: b # c, [d]'",
    ].map(sameAsLibrary);
    expect(read).toEqual(read.map(() => true));
  });

  it('leaves to the library everything else YAML can mean', () => {
    const declined = [
      'description: Use this agent when: asked', 'id: 123', 'value: null', 'x: yes: no', "x: 'unclosed", "x: 'a' b", "x: ['a' b]", "x: ['a',]", 'name: "quoted"',
      'tags:\n  - a\n  - b', 'name: a # comment', '# comment\nname: a', 'name: a\nname: b', 'key: ~', 'anchor: &a value', 'alias: *a',
      'text: |\n  block', 'when: 2026-01-02', 'globs: *.ts,*.tsx', 'x: [a, 1]', 'x: [a, true]', 'x: {a: b}', 'x: [a,]', '__proto__: x',
      '  name: indented', 'name:', 'name: ', 'name:value', 'name: a\n  continued', 'x: [a, [b]]', 'x: .inf', 'x: -a', 'x: a\tb', '\t', 'true: a',
    ];
    for (const source of declined) expect(readFlatYaml(source, 2), JSON.stringify(source)).toBeUndefined();
  });

  it('agrees with the library on thousands of generated front matters', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const keys = ['name', 'description', 'model', 'tools', 'codex', 'globs', 'mode', 'true', 'Null', 'a_b', 'x-y', '_k'];
    const pieces = ["'q: #x'", "'it''s'", "''", "'a''", "['a', 'b c']", "['a',b]", "[ 'a' , b ]", "['a''b']", "['a'b]", 'true', 'FALSE', 'false x', 'a:', 'a::b', 'x:y z', 'é', 'Ärger: x', '[a:b]', '[a #b]', 'word', 'Two words', "don't", 'a, b', 'x/y-z', 'e.g. this', 'ü', 'ja 日本', 'null', 'True', 'a:b', 'a: b', 'a #b', 'a#b', '[a, b]', '[]', '[ ]',
      '[a, null]', '"q"', "'q'", '-x', '?x', 'x?', '%x', 'x%', '@x', 'x@', '`x`', 'x!', '!x', '&x', '*x', 'x*', 'x|y', '>x', 'x>', 'x<y>', 'a  b', 'a ', ' a', '{a}', 'x{', 'x}', 'x]', 'a\\b', '1a', 'a1', '.a', 'a.'];
    let accepted = 0;
    for (let n = 0; n < 3000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.1 ? '' : `${pick(keys)}:${random() < 0.9 ? ' ' : '  '}${pick(pieces)}${random() < 0.3 ? ` ${pick(pieces)}` : ''}`));
      if (sameAsLibrary(lines.join('\n'))) accepted++;
    }
    // The test means something only if the fast reader took a good share of them.
    expect(accepted).toBeGreaterThan(500);
  });
});

/** Whether the library fails to read `source` (front-matter.ts's "invalid": an error, or a value `toJS` cannot build), with no tag warning. */
function libraryFails(source: string): boolean {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: false });
  expect(doc.warnings.filter((warning) => /tag/i.test(warning.message)), JSON.stringify(source)).toEqual([]);
  if (doc.errors.length > 0) return true;
  try {
    doc.toJS({ maxAliasCount: 50 });
    return false;
  } catch (error) {
    expect(String(error), JSON.stringify(source)).not.toMatch(/excessive alias/i);
    return true;
  }
}

describe('text keys whose values YAML cannot read alone are read as text without the library, with its result', () => {
  const TEXT_KEYS = new Set(['argument-hint', 'globs', 'tools']);
  /**
   * The fast reading either declines or is front-matter.ts's reading through the library: strict
   * YAML fails on the source, each value it took as text fails alone (`v: <value>`), and the source
   * with those values double-quoted reads cleanly as the same data and key lines.
   */
  function expectSameAsQuotedLibrary(source: string): boolean {
    const fast = readFlatYamlWithTextValues(source, 2, TEXT_KEYS);
    if (fast === undefined) return false;
    expect(libraryFails(source), `strict YAML reads ${JSON.stringify(source)}`).toBe(true);
    const quoted = source.split('\n').map((line) => {
      const match = /^([\w-]+): +(.*?) *$/.exec(line);
      if (!match || !TEXT_KEYS.has(match[1]!) || !libraryFails(`v: ${match[2]}`)) return line;
      return `${match[1]}: ${JSON.stringify(match[2])}`;
    }).join('\n');
    expect(quoted).not.toBe(source);
    const library = libraryRead(quoted);
    expect(library, `the library refuses the quoted ${JSON.stringify(quoted)}`).toBeDefined();
    expect(fast.data, JSON.stringify(source)).toEqual(library!.data);
    expect(Object.keys(fast.data), JSON.stringify(source)).toEqual(Object.keys(library!.data as object));
    expect(fast.keyLines, JSON.stringify(source)).toEqual(library!.keyLines);
    return true;
  }

  it('reads Claude commands\' argument hints and Cursor globs', () => {
    const read = [
      'description: Review the diff\nargument-hint: [file] [message]\nallowed-tools: Bash(git diff:*), Read, Edit',
      'argument-hint: [pr-number] [priority] [assignee]',
      'argument-hint: [a, b]  [c]',
      'description: Frontend rules\nglobs: *.ts,*.tsx\nalwaysApply: true',
      'globs: *.ts, *.tsx',
      'globs: **/*.py\n\nalwaysApply: false',
      'globs: *',
    ].map(expectSameAsQuotedLibrary);
    expect(read).toEqual(read.map(() => true));
    expect(readFlatYamlWithTextValues('argument-hint: [file] [message]', 2, TEXT_KEYS)?.data).toEqual({ 'argument-hint': '[file] [message]' });
    // Left to the library: another key, a comment, quotes, an anchor, a nested value, a key twice, no text key at all.
    for (const source of ['hint: [a] [b]', 'argument-hint: [a] [b] # c', 'argument-hint: [a] "b"', 'globs: *.ts\nx: &a b', 'globs: *.ts\nx:\n  y: z',
      'globs: *.ts\nglobs: *.js', 'argument-hint: [file]', 'globs: src/**', 'description: Use when: asked\nglobs: *.ts', 'globs: *.{ts,tsx}', 'globs: !x']) {
      expect(readFlatYamlWithTextValues(source, 2, TEXT_KEYS), JSON.stringify(source)).toBeUndefined();
    }
  });

  it('agrees with the library on thousands of generated front matters', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const keys = ['name', 'description', 'model', 'argument-hint', 'globs', 'tools', 'alwaysApply', 'x-y'];
    const values = ['[file] [message]', '[a]', '[a] [b] [c]', '[a,b] [c]', '[a, b]  [c-d]', '[é] [日本]', '[1] [2]', '[a] b', '[a][b]', '[a] [b', '[a] [b]]', '[a] [[b]]', '[a] [b]:',
      '*.ts', '*.ts,*.tsx', '*.ts, *.tsx', '**/*.py', '*', '*a*', '*.ts *.js', '*:x', '*.ts:', '*a: b', '* x', '*.{ts}', '*&a', 'src/**', 'docs/**',
      'word', 'Two words', 'true', "'q'", '[a, b]', 'a: b', 'null', '12', '&a x', '*a', '"q"', 'a #b'];
    let accepted = 0;
    for (let n = 0; n < 10000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => (random() < 0.1 ? '' : `${pick(keys)}:${random() < 0.9 ? ' ' : '  '}${pick(values)}${random() < 0.15 ? ' ' : ''}`));
      if (expectSameAsQuotedLibrary(lines.join('\n'))) accepted++;
    }
    expect(accepted).toBeGreaterThan(500);
  });
});

describe('a flat front matter but for values holding ": " gets the library\'s error without it', () => {
  /** The fast answer either declines or is the library's: its first error's line and message, no tag warning. */
  function expectLibraryError(source: string): boolean {
    const fast = flatYamlError(source, 2);
    if (fast === undefined) return false;
    const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: false });
    expect(doc.warnings, JSON.stringify(source)).toEqual([]);
    const error = doc.errors[0];
    expect(error, `the library reads ${JSON.stringify(source)}`).toBeDefined();
    const line = source.slice(0, error!.pos[0]).split('\n').length + 1;
    expect(fast, JSON.stringify(source)).toEqual({ line, message: error!.message.split('\n')[0] });
    return true;
  }

  it('answers for Claude agents\' descriptions', () => {
    const answered = [
      'name: triage\ndescription: Use this agent when: the user asks about refunds\nmodel: opus\ntools: Read, Edit',
      'description: Use this agent when: asked: twice',
      'a: b\ndescription: x: y\nc: d: e',
      'description: Use when: Don\'t guess\n\ncolor: blue',
      'd: Use when:x: y',
      'description: Use this agent when: test the reader. Examples: <example>Context: a issue</example>\nmodel: haiku',
      'description: Use when: Q&A, a|b, x > y, 50% @home `code` a*b a!',
    ].map(expectLibraryError);
    expect(answered).toEqual(answered.map(() => true));
    for (const source of ['description: Use when: !x', "description: Use when: 'q'", 'description: Use when: a #b', 'description: Use when: [x]', 'd: a: b\ne: [x] [y]',
      'd: a: b\nd: c', 'description: fine', 'd: a: b\n  indented', `d: ${'k'.repeat(1100)}: v`]) {
      expect(flatYamlError(source, 2), JSON.stringify(source)).toBeUndefined();
    }
  });

  it('agrees with the library on thousands of generated front matters', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const keys = ['name', 'description', 'model', 'tools', 'true', 'x-y'];
    const words = ['Use', 'when', 'the user', "Don't", 'é', '日本', 'a', 'Asked', 'b', 'x', '<example>Context', '(ask)', '12'];
    const odd = ['true', 'null', '12', 'a,b', '-x', '(ask)', 'a.b', 'a/b', 'Q&A', 'a!', 'a*', 'x%', 'a@b', '|', '>', '[x]', "'q'", '"q"', '#c', '!t', '&a', '*a', '{a}', ''];
    const seps = [': ', ' ', ', ', ':', ' : ', ': ', '  ', ': '];
    let answered = 0;
    for (let n = 0; n < 6000; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => {
        if (random() < 0.08) return '';
        const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => pick(random() < 0.8 ? words : odd));
        let value = parts[0]!;
        for (const part of parts.slice(1)) value += pick(seps) + part;
        return `${pick(keys)}: ${value}${random() < 0.1 ? ' ' : ''}`;
      });
      if (expectLibraryError(lines.join('\n'))) answered++;
    }
    expect(answered).toBeGreaterThan(500);
  });
});
