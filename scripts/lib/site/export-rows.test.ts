import { describe, expect, it } from 'vitest';
import { csvField, rowsToCsv, rowsToJson } from './export-rows.ts';
import type { GridRow } from './grid-rows.ts';

const row: GridRow = {
  key: 'support/refund@2-0123456789ab', prompt: 'support/refund', version: 2, label: 'v2·abcdef', kind: 'edit', format: null, parent_labels: ['v1·123456'], traits: { token_count: 42 }, title: 'Refund, "polite"\nversion', token_count: 42, tone: 'empathetic',
  tags: ['billing', 'refunds'], symbolic_tags: ['@edit', '@clarity+'], assistant: null, date: '2026-01-03T10:00:00Z', commit: null, parents: ['support/refund@1-aaaaaaaaaaaa'],
};

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const value of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx']) expect(csvField(value).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
  });

  it('writes a header and one line per row, lists joined by spaces', () => {
    expect(rowsToCsv([{ ...row, title: '=cmd' }])).toBe(
      "prompt,version,label,title,kind,token_count,tone,tags,symbolic_tags,assistant,date,commit,parent_labels,key\r\nsupport/refund,2,v2·abcdef,'=cmd,edit,42,empathetic,billing refunds,'@edit @clarity+,,2026-01-03T10:00:00Z,,v1·123456,support/refund@2-0123456789ab\r\n",
    );
    expect(rowsToCsv([row])).toContain('"Refund, ""polite""\nversion"');
  });
});

describe('JSON export', () => {
  it('is the rows as they are', () => {
    expect(JSON.parse(rowsToJson([row]))).toEqual([row]);
  });
});
