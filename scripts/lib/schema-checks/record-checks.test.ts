import fs from 'node:fs';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditSchema, checkpointSchema, mutationSchema } from '../schema/records.ts';
import { readRecordYaml } from '../vault/fast-yaml-read.ts';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { compileChecks } from './compile.ts';
import { checkAudit, checkCheckpoint, checkMutation } from './record-checks.ts';
import { RECORD_CHECKS_FILE, recordChecksSource } from './write-fs.ts';

// record-checks.ts is what a recording commit validates records with instead of zod. These tests
// prove the file is the generation of the schemas as they are now, and that its checks give zod's
// verdict and zod's value on every record of the sample vault and on thousands of broken copies
// of them (each key removed, retyped, emptied, out of range; unknown keys added; bad elements).

const KINDS = [
  { folder: 'checkpoints', schema: checkpointSchema as z.ZodType, check: checkCheckpoint as (data: unknown) => unknown },
  { folder: 'mutations', schema: mutationSchema as z.ZodType, check: checkMutation as (data: unknown) => unknown },
  { folder: 'audits', schema: auditSchema as z.ZodType, check: checkAudit as (data: unknown) => unknown },
];

function sampleRecords(folder: string): Record<string, unknown>[] {
  const root = path.join(PROJECT_ROOT, 'vault', folder);
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((file) => file.endsWith('.yaml')).sort()
    .map((file) => readRecordYaml(fs.readFileSync(path.join(root, file), 'utf8'))!)
    .filter((record) => record !== undefined);
}

/** Values that break one rule or another of the record schemas, and a few that keep them. */
const REPLACEMENTS: unknown[] = [
  null, true, false, 0, -1, 1, 1.5, 2 ** 53, -(2 ** 53), Number.NaN, Number.POSITIVE_INFINITY, '3', '', 'x'.repeat(4097), 'a//b', '../x', 'a/./b', 'a\\b', 'a\0b', 'support/refund',
  'sha256-' + 'a'.repeat(64), 'sha256-' + 'A'.repeat(64), 'a'.repeat(40), 'A'.repeat(40), '@tested', '@Bad tag', 'tested', 'edit', 'merge', 'declared', 'pending', 'weird',
  '2026-12-03T09:00:00Z', '2026-12-03T09:00:00+02:00', '2026-02-30T09:00:00Z', '2026-12-03 09:00:00', '2026-12-03T09:00:00', [], ['a'], [1], [null], {}, { a: 1 },
];

/** Copies of `record` with one thing changed at every path: removed, replaced, an unknown key added, an element broken. */
function* variants(record: unknown, at: (string | number)[] = []): Generator<{ what: string; value: unknown }> {
  const set = (value: unknown, change: (node: Record<string, unknown> | unknown[]) => void): unknown => {
    const copy = structuredClone(value) as Record<string, unknown>;
    let node: Record<string, unknown> | unknown[] = copy;
    for (const key of at) node = (node as Record<string | number, unknown>)[key] as Record<string, unknown>;
    change(node);
    return copy;
  };
  const root = record;
  let node: unknown = record;
  for (const key of at) node = (node as Record<string | number, unknown>)[key];
  if (Array.isArray(node)) {
    for (const replacement of REPLACEMENTS) yield { what: `${at.join('.')}[0] = ${String(replacement)}`, value: set(root, (n) => { (n as unknown[])[0] = replacement; }) };
    for (let i = 0; i < node.length; i++) yield* variants(root, [...at, i]);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  yield { what: `${at.join('.')} + unknown key`, value: set(root, (n) => { (n as Record<string, unknown>).surprise = 1; }) };
  for (const key of Object.keys(node)) {
    yield { what: `${[...at, key].join('.')} removed`, value: set(root, (n) => { delete (n as Record<string, unknown>)[key]; }) };
    for (const replacement of REPLACEMENTS) yield { what: `${[...at, key].join('.')} = ${JSON.stringify(replacement)}`, value: set(root, (n) => { (n as Record<string, unknown>)[key] = structuredClone(replacement); }) };
    yield* variants(root, [...at, key]);
  }
}

describe('the generated record checks', () => {
  it('are the generation of the record schemas as they are now (run `npm run schema:checks` after changing them)', () => {
    expect(fs.readFileSync(path.join(PROJECT_ROOT, RECORD_CHECKS_FILE), 'utf8')).toBe(recordChecksSource());
  });

  for (const { folder, schema, check } of KINDS) {
    it(`give zod's verdict and value on every ${folder.slice(0, -1)} of the sample vault and on broken copies of each`, () => {
      const records = sampleRecords(folder);
      expect(records.length).toBeGreaterThan(2);
      let cases = 0;
      let rejected = 0;
      for (const record of records) {
        for (const { what, value } of [{ what: 'as written', value: record }, ...variants(record)]) {
          const zod = schema.safeParse(value);
          const ours = check(value);
          cases++;
          if (!zod.success) rejected++;
          expect(ours !== undefined, `${what}: zod says ${zod.success ? 'valid' : zod.error.issues[0]?.message}`).toBe(zod.success);
          // The same value, keys in the same order (records are written in key order).
          if (zod.success) expect(JSON.stringify(ours) === JSON.stringify(zod.data) && isDeepStrictEqual(ours, zod.data), what).toBe(true);
        }
      }
      // Most broken copies are invalid; a check that accepted everything would fail above, one that rejected everything too.
      expect(rejected).toBeGreaterThan(cases / 3);
    });
  }

  it('leave to zod what they cannot be sure of: a key present as undefined, an object that is not plain', () => {
    const [record] = sampleRecords('mutations');
    expect(checkMutation(record)).toBeDefined();
    expect(checkMutation({ ...record, reverts_to: undefined })).toBeUndefined();
    expect(checkMutation(Object.assign(Object.create({ inherited: true }) as object, record))).toBeUndefined();
  });

  it('refuse, when generated, a schema rule they do not know instead of checking it loosely', async () => {
    const { z } = await import('zod');
    expect(() => compileChecks([{ name: 'checkUrl', type: 'string', schema: z.url() }])).toThrow(/not supported/);
    expect(() => compileChecks([{ name: 'checkRefined', type: 'string', schema: z.string().refine((value) => value !== 'x') }])).toThrow(/not supported/);
    expect(() => compileChecks([{ name: 'checkUnion', type: 'string', schema: z.union([z.string(), z.number()]) }])).toThrow(/not supported/);
  });
});
