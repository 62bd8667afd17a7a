// What the yaml library makes of a front matter, and the check that a fast reader either declines
// it or gives the same: the property tests of formats/_flat-yaml.ts and formats/_block-yaml.ts.
import { expect } from 'vitest';
import { parseDocument } from 'yaml';

/** What the library makes of `source` when it reads it with no error or warning: data and top-level key lines (from line 2). */
export function libraryRead(source: string): { data: unknown; keyLines: Record<string, number> } | undefined {
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

/** `read` either declines `source` (false) or agrees with the library: data, key order and key lines (true). */
export function expectSameAsLibrary(source: string, read: (source: string, firstLine: number) => { data: unknown; keyLines: Record<string, number> } | undefined): boolean {
  const fast = read(source, 2);
  if (fast === undefined) return false;
  const library = libraryRead(source);
  expect(library, `the library refuses what the fast reader read: ${JSON.stringify(source)}`).toBeDefined();
  expect(fast.data, JSON.stringify(source)).toStrictEqual(library!.data);
  expect(JSON.stringify(fast.data), JSON.stringify(source)).toBe(JSON.stringify(library!.data));
  expect(fast.keyLines, JSON.stringify(source)).toEqual(library!.keyLines);
  return true;
}
