import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { stringifyRecord, YAML_OPTIONS } from './fast-yaml.ts';

function sampleRecords(): unknown[] {
  const root = path.join(PROJECT_ROOT, 'vault');
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.yaml'))
    .map((entry) => parse(fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8')));
}

describe('the fast record serialiser', () => {
  it('writes every record of the sample vault exactly as the yaml library does', () => {
    const records = sampleRecords();
    expect(records.length).toBeGreaterThan(40);
    for (const record of records) expect(stringifyRecord(record as object)).toBe(stringify(record, YAML_OPTIONS));
  });

  it('matches the library on awkward scalars: indicators, numbers in strings, keywords, colons, unicode, multi-line', () => {
    const awkward = ['@new', '-x', 'yes', 'No', 'null', '~', '0001', '1e3', '0x1F', '.5', '12:30', 'a: b', 'a #b', 'end:', ' lead', 'trail ', '', 'tab\tin', 'quote"s', "it's", 'ümlaut', 'line one\nline two\n', 'no newline\nat end', '[x]', '{y}', 'a,b', '*star', '&amp', '!bang', '%pct', '`tick`', '?q', '|pipe', '>gt', 'sha256-abc', 'support/refund', '2026-11-23T21:45:26Z', 'o200k_base', 'The assistant must never share.', 'C++ code', 'v1.2.3', 'a  b', '.', '..', '...', '.claude/agents/x', '.github/prompts/a.prompt', '.inf', '.Inf', '.NaN', '.nan', '-.inf', '.5e3', '.e5', '.x y', '.x:y', '.1.2', '._'];
    for (const value of awkward) {
      const record = { text: value, list: [value, 'plain'], map: { value, n: 1.5, neg: -0.09, big: 123456 }, refs: [{ prompt: value, version: 2, commit: null }], empty: [], none: {} };
      expect(stringifyRecord(record)).toBe(stringify(record, YAML_OPTIONS));
    }
  });
  it('leaves no line of a key behind when a value the library must write comes after others of that key (a later list item, a nested map)', () => {
    for (const value of ['tab\tin', '@new', 'a: b', ' lead', 'null', 'line one\nline two ']) {
      const record = { first: 'kept', refs: [{ prompt: 'plain', version: 1 }, { prompt: 'also/plain', parents: ['x', value] }], traits: { n: 1, deep: { ok: 'yes-plain', text: value } }, last: 2 };
      expect(stringifyRecord(record), JSON.stringify(value)).toBe(stringify(record, YAML_OPTIONS));
    }
  });
});

describe('the fast record serialiser on generated one-line strings', () => {
  it('writes 6,000 strings of indicators, quotes, blanks and letters byte for byte as the library does, wherever they stand', () => {
    // Seeded (mulberry32), so a failure names a string that fails again.
    let seed = 12;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const alphabet = ['a', 'Z', 'é', '0', '7', ' ', ' ', ':', '#', '@', '-', '?', '"', "'", '\\', '%', '&', '*', '!', '|', '>', '`', ',', '[', ']', '{', '}', '.', '/', '“', '\t', '\n', '\u0085', '\u00a0', '\u2028', '\u0007', '~', '=', 'e', '+'];
    const words = ['@rename', '@latest', 'Use this agent when', 'true', 'null', 'no', '1.5', '0x1F', '---', '...', 'http://x', '# note', ': '];
    let quoted = 0;
    for (let n = 0; n < 6_000; n++) {
      let value = '';
      const length = Math.floor(random() * 14);
      for (let i = 0; i < length; i++) value += random() < 0.15 ? words[Math.floor(random() * words.length)]! : alphabet[Math.floor(random() * alphabet.length)]!;
      const record = { text: value, tags: [value, '@new'], map: { value, n: 1 }, refs: [{ prompt: value, version: 2 }] };
      const expected = stringify(record, YAML_OPTIONS);
      expect(stringifyRecord(record), JSON.stringify(value)).toBe(expected);
      if (/^text: ["']/.test(expected)) quoted++;
    }
    // The generator reaches the quoted forms, not only plain text.
    expect(quoted).toBeGreaterThan(1_500);
  });
});

describe('the fast record serialiser on clause texts', () => {
  it('writes multi-line texts as the library does: literal blocks where it writes them, its own choice elsewhere', () => {
    const texts = [
      'The assistant must never share account numbers.\n', 'no final newline\nsecond line', 'line one\n\nafter a blank line\n', 'ends with blank lines\n\n\n',
      '\nstarts with a newline\n', ' indented first line\nthen not\n', 'first\n  second indented\n    third more\n', 'trailing space \nnext\n', 'tab\tinside\nline\n',
      'a # not a comment\nkey: not a key\n- not a list\n', '---\n...\n', 'text\n--- marker\n', 'ümlaut and “quotes”\n', '|pipe\n>gt\n', 'x\n \ny\n', 'bell \u0007\nx\n',
      'crlf\r\nline\n', 'sep\u2028x\ny\n', '@at\nline\n', '"quoted"\nline\n', 'ends with space\nlast ', 'Escalate to a human when unsure.\nRule 7: never share.\n',
      '\n\nstarts with two newlines\n', '\nno final newline', '\nfirst paragraph\n\nsecond\n', '\n---\nmarker\n', '\n indented after a newline\n', '\n\n', '\n', '\nends with blank lines\n\n',
    ];
    for (const text of texts) {
      const record = { clause: 'privacy', previous_version: text, new_version: `${text}More.\n`, nested: { inner: text, after: 1 }, list: [{ message: text, code: 'x' }], items: [text] };
      expect(stringifyRecord(record), JSON.stringify(text)).toBe(stringify(record, YAML_OPTIONS));
    }
  });
});

describe('the fast record serialiser on nested shapes', () => {
  it('matches the library on maps of lists of maps, nested maps in list items and empty containers', () => {
    const record = {
      prompt_delta: { citing: [{ prompt: 'a/b', version: 3 }, { prompt: 'c', version: null }], changed_in_commit: [] },
      deep: { one: { two: { three: 'x' } }, list: [{ inner: { k: 1 } }, { other: [] }, { more: {} }] },
      review: { status: 'pending', by: null, at: null, note: null },
      items: [1, 'two', true, null],
    };
    expect(stringifyRecord(record)).toBe(stringify(record, YAML_OPTIONS));
  });
});
