import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { stringifyRecord } from './fast-yaml.ts';
import { readRecordYaml } from './fast-yaml-read.ts';
import { serializeRecord } from './serialize.ts';

const AWKWARD = ['@new', '-x', 'yes', 'No', 'null', '~', '0001', '1e3', '0x1F', '.5', '12:30', 'a: b', 'a #b', 'end:', ' lead', 'trail ', '', 'tab\tin', 'quote"s', "it's", 'ümlaut', 'line one\nline two\n', 'no newline\nat end', '[x]', '{y}', 'a,b', '*star', '&amp', '!bang', '%pct', '`tick`', '?q', '|pipe', '>gt', 'sha256-abc', 'support/refund', '2026-11-23T21:45:26Z', 'o200k_base', 'The assistant must never share.', 'C++ code', 'v1.2.3', 'a  b', '1_000', '-0', '+5', '1.', '007', '3.50', 'True', 'y', '.claude/agents/billing/x-1.md', '.github/prompts/a.prompt.md', '.cursor/rules/r.mdc', '.inf', '.5/x', '.a:b/c', 'Bench <bench@example.com>', 'Zoë O\'Brien-Smith <zoe.ob+ci@example.co.uk>', 'A <a@b>', 'x <a@b> y', '<a@b>', '-A <a@b>', 'A  <a@b>', 'A <a:b@c>', 'A <a@b', 'Ann #1 <a@b>'];

/** What the reader gives must be what the library gives, whenever the reader answers at all. */
function expectSameAsLibrary(text: string): boolean {
  const fast = readRecordYaml(text);
  if (fast !== undefined) expect(fast, text).toEqual(parse(text));
  return fast !== undefined;
}

describe('the fast record reader', () => {
  it('reads every record of the sample vault as the yaml library does, and reads most of them itself', () => {
    const root = path.join(PROJECT_ROOT, 'vault');
    const files = fs.readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(40);
    const read = files.filter((entry) => expectSameAsLibrary(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')));
    expect(read.length).toBeGreaterThan(files.length / 2);
  });

  it('agrees with the library on awkward scalars in every position, or leaves them to it', () => {
    for (const value of AWKWARD) {
      const record = { text: value, list: [value, 'plain'], map: { value, n: 1.5, neg: -0.09, big: 123456 }, refs: [{ prompt: value, version: 2, commit: null }], empty: [], none: {} };
      expectSameAsLibrary(serializeRecord(record));
      // Hand-written plain values too, as a user's edit could leave them.
      expectSameAsLibrary(`text: ${value}\nlist:\n  - ${value}\n`);
    }
  });

  it("reads an audit's reviewer, `Name <email>`, itself", () => {
    for (const by of ['Bench <bench@example.com>', "Zoë O'Brien-Smith <zoe.ob+ci@example.co.uk>"]) {
      expect(expectSameAsLibrary(serializeRecord({ review: { status: 'accepted', by, at: '2026-01-06T10:00:00Z', note: null } }))).toBe(true);
    }
  });

  it('reads nested maps, lists of maps and empty containers written by the serialiser', () => {
    const record = {
      prompt_delta: { citing: [{ prompt: 'a/b', version: 3 }, { prompt: 'c', version: null }], changed_in_commit: [] },
      deep: { one: { two: { three: 'x' } }, list: [{ inner: { k: 1 } }, { other: [] }, { more: {} }] },
      review: { status: 'pending', by: null, at: null, note: null },
      items: [1, 'two', true, null],
    };
    expect(readRecordYaml(stringifyRecord(record))).toEqual(record);
  });

  it('reads the literal block scalars audits carry (clause texts) as the library does, wherever they sit', () => {
    const TEXTS = [
      'The assistant must never share account numbers.\n', 'no final newline\nsecond line', 'line one\n\nafter a blank line\n', 'ends with blank lines\n\n\n',
      '\nstarts with a newline\n', '  indented first line\nthen not\n', 'first\n  second indented\n    third more\n', 'trailing space \nnext\n',
      'a # not a comment\nkey: not a key\n- not a list\n', '---\n...\n', 'ümlaut and “quotes”\n', '|pipe\n>gt\n', 'x\n \ny\n', 'one line only',
      '\n\nstarts with two newlines\n', '\nno final newline', '\nfirst paragraph\n\nsecond\n', '\n indented after a newline\n', '\n\n',
    ];
    let readHere = 0;
    for (const text of TEXTS) {
      const record = { clause: 'privacy', previous_version: text, new_version: `${text}Escalate when unsure.\n`, reasons: [{ code: 'x', message: text }], nested: { inner: text, after: 1 }, last: text };
      if (expectSameAsLibrary(serializeRecord(record))) readHere++;
      expectSameAsLibrary(`a: |\n${text.split('\n').map((line) => (line ? `  ${line}` : '')).join('\n')}\nb: 1\n`);
      expectSameAsLibrary(`a: |-\n  ${text}\nb: 1\n`);
    }
    expect(readHere).toBeGreaterThan(TEXTS.length / 2);
    // A clause body starts with the blank line after its front matter: read here, not by the library.
    expect(readRecordYaml(serializeRecord({ clause: 'privacy', new_version: '\nThe assistant must never share.\n', list: [{ text: '\n\nTwo.\n' }] }))).toEqual({ clause: 'privacy', new_version: '\nThe assistant must never share.\n', list: [{ text: '\n\nTwo.\n' }] });
    expect(readRecordYaml('clause: privacy\nprevious_version: |\n  The assistant must never share.\n\n  Second paragraph.\nnew_version: null\n')).toEqual({ clause: 'privacy', previous_version: 'The assistant must never share.\n\nSecond paragraph.\n', new_version: null });
  });

  it('leaves duplicate keys, odd indentation, comments, flow collections and other block scalars to the library', () => {
    for (const text of ['a: 1\na: 2\n', 'a:\n   - x\n', 'a: 1 # note\n', 'a: [x, y]\n', 'a: |+\n  text\n\n', 'a: >\n  text\n', 'a: |2\n   text\n', 'a: |\n    deeper\n', 'a:\n    b: 1\n', 'a: "esc\\tape"\n', 'a:\tb\n', 'a: b\r\n', '- x\n', 'a:b\n']) {
      expect(readRecordYaml(text), text).toBeUndefined();
    }
  });
});
