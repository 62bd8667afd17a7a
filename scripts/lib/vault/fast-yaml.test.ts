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
    const awkward = ['@new', '-x', 'yes', 'No', 'null', '~', '0001', '1e3', '0x1F', '.5', '12:30', 'a: b', 'a #b', 'end:', ' lead', 'trail ', '', 'tab\tin', 'quote"s', "it's", 'ümlaut', 'line one\nline two\n', 'no newline\nat end', '[x]', '{y}', 'a,b', '*star', '&amp', '!bang', '%pct', '`tick`', '?q', '|pipe', '>gt', 'sha256-abc', 'support/refund', '2026-11-23T21:45:26Z', 'o200k_base', 'The assistant must never share.', 'C++ code', 'v1.2.3', 'a  b'];
    for (const value of awkward) {
      const record = { text: value, list: [value, 'plain'], map: { value, n: 1.5, neg: -0.09, big: 123456 }, refs: [{ prompt: value, version: 2, commit: null }], empty: [], none: {} };
      expect(stringifyRecord(record)).toBe(stringify(record, YAML_OPTIONS));
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
