import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { readFlatYaml } from './_flat-yaml.ts';

/** What the library makes of `source`, when it reads it cleanly. */
function libraryRead(source: string): { data: unknown; keyLines: Record<string, number> } | undefined {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false, strict: false });
  if (doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  const data = doc.toJS() ?? {};
  const keyLines: Record<string, number> = {};
  for (const [i, line] of source.split('\n').entries()) {
    const key = /^([^:\s]+):/.exec(line)?.[1];
    if (key !== undefined) keyLines[key] ??= 2 + i;
  }
  return { data, keyLines };
}

/** The fast reader either declines or agrees with the library, data and key lines alike. */
function expectSameAsLibrary(source: string): boolean {
  const flat = readFlatYaml(source, 2);
  if (flat === undefined) return false;
  const library = libraryRead(source);
  expect(library, `the library refuses what the fast reader read: ${JSON.stringify(source)}`).toBeDefined();
  expect(flat.data, JSON.stringify(source)).toEqual(library!.data);
  expect(flat.keyLines, JSON.stringify(source)).toEqual(library!.keyLines);
  return true;
}

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
    ].map(expectSameAsLibrary);
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
      if (expectSameAsLibrary(lines.join('\n'))) accepted++;
    }
    // The test means something only if the fast reader took a good share of them.
    expect(accepted).toBeGreaterThan(500);
  });
});
