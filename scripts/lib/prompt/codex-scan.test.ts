import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/synthetic-repo.ts';
import { readCitedClauses } from './cited-clauses.ts';
import { parsePrompt } from './parse.ts';
import { scanCitedClauses, wholeYamlCitesNothing } from './_codex-scan.ts';

// The codex lines read without the yaml library must give what parsePrompt gives, on every front
// matter: generated from lines real tools write and lines that trip a line-by-line reading
// (multi-line quoted strings and flow lists, block scalars holding "codex:", anchors, tags,
// escapes, comments, keys written twice or quoted, ids YAML reads as numbers or booleans).
const ORDINARY = [
  'title: Refunds', 'tags: [a, b]', "tools: ['read', 'edit']", 'tools: Read, Edit', 'argument-hint: [plan] [query]', 'allowed-tools: Bash(git diff:*), Write',
  'globs: *.ts,*.tsx', 'alwaysApply: true', 'model:', '  api: chat', '  parameters:', '    max_tokens: 512', 'description: |', '  Block text "with a quote',
  'description: Use this agent when: asked. Examples: <example>Context: a refund</example>', 'description: "Quoted: text"', "description: 'It''s quoted'",
  '# comment', '', 'forked_from: a', '- item',
];
const LINES = [
  'title: Refunds', 'name: refund-agent', 'description: Use this agent when: asked. Examples: <example>Context: a refund</example>',
  'description: "Quoted: text"', "description: 'It''s quoted'", 'description: "opens', '  and closes"', "description: 'opens", "  and closes'",
  'description: "opens', 'codex: [x]"', "description: 'opens", "codex: [x]'", 'tags: [a, b]', 'tags: [a,', '  b]', 'tags: [a,', 'codex: [x]]',
  "tools: ['read', 'edit']", 'tools: ["read", \'edit\']', 'tools: Read, Edit', 'argument-hint: [plan] [query]', 'allowed-tools: Bash(git diff:*), Write',
  'globs: *.ts,*.tsx', 'globs: src/**/*.py', 'alwaysApply: true', 'base: &b [c]', 'other: *b', 'codex: *b', 'run: !!js/function "f"', 'note: Hello!',
  'description: |', '  Block text "with a quote', '  codex: [inside]', 'description: >-', '  Folded', 'codex: |', '  c',
  'model:', '  api: chat', '  configuration:', '    type: azure_openai', '  nested: "opens', 'input:', '  schema:', '    language?: string, the reply language',
  '- item', '  - item', '# comment', '# codex: [c]', '', '  ', '? complex', ': value', '"quoted key": v', "'codex': [c]", '"codex": [c]', '"\\x63odex": [c]',
  'codex: [privacy/account-numbers, billing/refunds]', 'codex: [c]', 'codex: c', 'codex: []', 'codex: [ ]', 'codex:', '  - c', '  - d', '    - e', '- c',
  'codex: [c] # comment', 'codex: [1]', 'codex: [true]', 'codex: [null]', 'codex: [../x]', 'codex: [a,b]', 'codex: [a, ]', 'codex : [c]', 'codex:  [c]', 'codex: [c]  ',
  'codex: 42', 'codex: [c/d, c/d]', 'forked_from: a', 'forked_from: [a, b]', 'forked_from: x/y', 'forked_from:', 'description: see the codex',
  'x: "a\\"b"', '%YAML 1.2', 'key: "multi', 'tags: [a \'b, "c\', d]', 'x: [a, #c]', 'x: {a: "b', '  c"}', 'plain text line', 'x: - y', 'x:\ty',
  'tags: {a: 1}', "x: 'a' 'b", 'x: [a] [b', 'x: a: "b', '  "quoted continuation', '@at: x', 'codex: [c]\r', 'title: Q&A', '- "opens', 'codex: [É]',
];
const FILES = ['prompts/a.md', 'prompts/ask.prompty', 'prompts/greet.prompt', '.claude/agents/helper.md', '.cursor/rules/style.mdc'];

function expected(text: string, file: string): string[] | null {
  const parsed = parsePrompt(Buffer.from(text), file, 'a', { maxBytes: null });
  return parsed.ok ? parsed.value.frontMatter.codex : null;
}

describe('the codex lines read without the yaml library', () => {
  it('give what parsePrompt gives, on thousands of generated front matters', () => {
    const random = seededRandom(11);
    const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    let scanned = 0;
    for (let n = 0; n < 2500; n++) {
      const lines = Array.from({ length: 1 + Math.floor(random() * 7) }, () => pick(random() < 0.15 ? LINES : ORDINARY));
      // Most real front matter: the codex line among ordinary keys.
      if (n % 3 === 0) lines.splice(Math.floor(random() * (lines.length + 1)), 0, 'codex: [billing/rule-1, support/rule-2]');
      const file = pick(FILES);
      const head = `---\n${lines.join('\n')}\n---`;
      const text = `${head}\nBody mentions codex: [z].\n`;
      const want = expected(text, file);
      expect(readCitedClauses(Buffer.from(text), file, 'a'), JSON.stringify(text)).toEqual(want);
      const scan = scanCitedClauses(head, file);
      if (scan !== undefined) {
        scanned++;
        expect(scan, JSON.stringify(text)).toEqual(want);
      }
      // The same lines as a whole-YAML file (GitHub Models).
      const yaml = `${lines.join('\n')}\nmessages:\n  - role: system\n    content: |\n      Answer.\n`;
      if (wholeYamlCitesNothing(yaml)) expect(expected(yaml, 'prompts/a.prompt.yml'), JSON.stringify(yaml)).toEqual([]);
      expect(readCitedClauses(Buffer.from(yaml), 'prompts/a.prompt.yml', 'a'), JSON.stringify(yaml)).toEqual(expected(yaml, 'prompts/a.prompt.yml'));
    }
    // Not a reader that gives up on everything: the ordinary shapes are read.
    expect(scanned).toBeGreaterThan(300);
  });

  it('read the shapes tools write without the library, and leave unsure ones to it', () => {
    const read = (lines: string[], file = 'prompts/a.md') => scanCitedClauses(`---\n${lines.join('\n')}\n---`, file);
    expect(read(['name: Ask', 'description: Answer', 'authors: [team]', 'model:', '  api: chat', '  parameters:', '    max_tokens: 512', 'codex: [a/b, c/d]'], 'prompts/ask.prompty')).toEqual(['a/b', 'c/d']);
    expect(read(['description: Review the diff', 'argument-hint: [plan] [query]', 'allowed-tools: Bash(git diff:*), Write', 'codex: [a/b]'])).toEqual(['a/b']);
    expect(read(['name: helper', 'description: Use this agent when: asked. Examples: <example>Context: x</example>', 'codex:', '  - a/b', '  - c'])).toEqual(['a/b', 'c']);
    expect(read(['title: x', 'codex: [a, b/./c]'])).toBeNull();
    expect(read(['title: x', 'forked_from: [a, b]', 'codex: [c]'])).toBeNull();
    expect(read(['description: "opens', 'codex: [x]"'])).toBeUndefined();
    expect(read(['description: |', 'codex: [x]'])).toEqual(['x']);
    expect(read(['|', 'codex: [x]'])).toBeUndefined();
    expect(read(['codex: [1]'])).toBeUndefined();
    expect(read(['base: &b [c]', 'codex: *b'])).toBeUndefined();
    expect(wholeYamlCitesNothing('name: x\nmessages:\n  - role: system\n    content: Answer.\n')).toBe(true);
    expect(wholeYamlCitesNothing('name: x\nrun: !!js/function "f"\n')).toBe(false);
  });
});
