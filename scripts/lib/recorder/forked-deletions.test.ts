import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { findForkedDeletions } from './forked-deletions.ts';
import type { TreeView } from './view.ts';

// The forks of prompts a commit deletes or moves, proposed by one grep of the index. A glob change
// moves every id under it: named one by one, 10,000 ids made a pattern git's regex engine took
// 17 s of CPU over to read 10,000 prompts; past a few ids the grep takes every forked_from line.
const config = configSchema.parse({});
const oid = (text: string) => createHash('sha1').update(text).digest('hex');

function memoryView(files: Record<string, string>, patterns: string[]): TreeView {
  const entries = Object.entries(files).map(([path, text]) => ({ path, oid: oid(text), mode: '100644' }));
  const under = (file: string, specs: string[]) => specs.length === 0 || specs.some((spec) => spec.startsWith(':(glob)') || file.startsWith(spec) || file === spec);
  const read = async (oids: string[]) => new Map(entries.filter((entry) => oids.includes(entry.oid)).map((entry) => [entry.oid, Buffer.from(files[entry.path]!)]));
  return {
    list: async (specs) => entries.filter((entry) => specs.includes(entry.path) || under(entry.path, specs.filter((spec) => spec.endsWith('/')))),
    read,
    scan: async (oids, visit) => {
      for (const [id, blob] of await read(oids)) visit(id, blob);
    },
    grep: async (pattern, specs) => {
      patterns.push(pattern);
      const regExp = new RegExp(pattern.replaceAll('[[:space:]]', '\\s'), 'm');
      return entries.filter((entry) => under(entry.path, specs) && regExp.test(files[entry.path]!)).map((entry) => entry.path);
    },
  };
}

const files = {
  'prompts/vip.md': '---\ntitle: VIP\nforked_from: team/p7\n---\nRefund VIPs at once.\n',
  'prompts/other.md': '---\ntitle: Other\nforked_from: team/kept\n---\nAnswer.\n',
};

describe('the forks of deleted or moved prompts', () => {
  it('are found with the ids in the pattern when they are few', async () => {
    const patterns: string[] = [];
    const problems = await findForkedDeletions(memoryView(files, patterns), [{ id: 'team/p7', path: 'prompts/team/p7.md' }], config);
    expect(problems.map((problem) => [problem.code, problem.file, problem.message])).toEqual([['fork-source-deleted', 'prompts/team/p7.md', 'is deleted, but prompts/vip.md:3 names prompt team/p7 in forked_from; check would fail on it (forked_from names no prompt)']]);
    expect(patterns[0]).toContain('team/p7');
  });

  it('are found with one short pattern when a glob change moves many ids, the others filtered out', async () => {
    const patterns: string[] = [];
    const moved = Array.from({ length: 10_000 }, (_, i) => ({ id: `team/p${i}`, path: `prompts/all/team/p${i}.md`, to: `all/team/p${i}` }));
    const problems = await findForkedDeletions(memoryView(files, patterns), moved, config);
    expect(problems.map((problem) => problem.fix)).toEqual(['write forked_from: all/team/p7 in prompts/vip.md in the same commit, then commit again']);
    expect(patterns).toEqual(['^forked_from:']);
  });
});
