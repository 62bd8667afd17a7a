import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ReplayVault } from '../../lib/recorder/replay-vault.ts';
import { checkpointSchema, mutationSchema } from '../../lib/schema/records.ts';
import { checkCheckpoint, checkMutation } from '../../lib/schema-checks/record-checks.ts';
import { readRecordYaml } from '../../lib/vault/fast-yaml-read.ts';
import { parseRecord } from '../../lib/vault/serialize.ts';
import type { RecordWrite } from '../../lib/vault/write-fs.ts';
import { buildRealisticCorpus } from '../../test-utils/realistic-corpus.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { backfill } from './index.ts';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** A record's text read back as readLineages reads it: the fast reading and its checks, else the yaml library and zod. */
function readBack(text: string, kind: 'checkpoint' | 'mutation'): unknown {
  const fast = kind === 'checkpoint' ? checkCheckpoint(readRecordYaml(text)) : checkMutation(readRecordYaml(text));
  if (fast !== undefined) return fast;
  const slow = kind === 'checkpoint' ? parseRecord(text, 'record.yaml', checkpointSchema, '') : parseRecord(text, 'record.yaml', mutationSchema, '');
  if (!slow.ok) throw new Error(`not a record: ${text}`);
  return slow.value;
}

describe('backfill keeps the records it makes as objects', () => {
  it('each equal to its text read back, keys in the same order, over a realistic history: every prompt shape, moves, non-English texts', async () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    const corpus = buildRealisticCorpus(repo.dir, { seed: 3, prompts: 40, commits: 50, clauses: 6, moveShare: 0.08, multilingual: true });
    fs.writeFileSync(path.join(repo.dir, '.promptvault.yaml'), ['prompts:', ...corpus.promptGlobs.map((glob) => `  - '${glob}'`), 'codex:', ...corpus.codexGlobs.map((glob) => `  - '${glob}'`), ''].join('\n'));
    repo.git(['add', '.promptvault.yaml']);
    repo.commit('add the configuration', '2026-03-01');

    const kept = await keptWhileBackfilling(repo);
    expect(kept.length).toBeGreaterThan(100);
    const kinds = new Set(kept.map(({ record }) => `${record.kind}:${(record.value as { kind: string }).kind}`));
    // Mutations of new, edited, moved and merged prompts at least: the shapes read again later.
    for (const shape of ['mutation:new', 'mutation:edit', 'mutation:rename']) expect(kinds).toContain(shape);
    expectReadBackEqual(kept);
  });

  it('equal too for forks, merges of a prompt edited on both sides, reverts and an id the fast reading leaves to zod', async () => {
    const repo = createRepo({ hooks: false });
    repos.push(repo);
    const ok = (result: { code: number; stderr: string }) => expect(result.code, result.stderr).toBe(0);
    const cafe = (body: string) => promptFile({ title: 'Café', description: 'Use when: a guest asks "where?"', tags: ['é'] }, body);
    repo.write('.promptvault.yaml', 'prompts:\n  - "prompts/**/*.md"\ncodex:\n  - "codex/**/*.md"\n');
    repo.write('prompts/café/résumé.md', cafe('Greet the guest.\n\nYou must never share their room number.'));
    repo.write('prompts/desk.md', promptFile({ title: 'Desk' }, 'Answer the phone.'));
    ok(repo.commit('add prompts', '2026-03-01'));
    repo.write('prompts/vip.md', promptFile({ title: 'VIP', forked_from: 'café/résumé' }, 'Greet the guest by name.'));
    ok(repo.commit('fork', '2026-03-02'));
    repo.git(['checkout', '-q', '-b', 'feature']);
    repo.write('prompts/café/résumé.md', cafe('Greet the guest warmly.\n\nYou must never share their room number.'));
    ok(repo.commit('feature edit', '2026-03-03'));
    repo.git(['checkout', '-q', 'main']);
    repo.write('prompts/café/résumé.md', cafe('Greet the guest.\n\nYou must never share their room number or name.'));
    ok(repo.commit('main edit', '2026-03-04'));
    const merge = repo.git(['merge', '--no-edit', '-q', 'feature'], { date: '2026-03-05' });
    if (merge.code !== 0) {
      repo.write('prompts/café/résumé.md', cafe('Greet the guest warmly.\n\nYou must never share their room number or name.'));
      repo.git(['add', '-A']);
      ok(repo.git(['commit', '-q', '--no-edit'], { date: '2026-03-05' }));
    }
    repo.write('prompts/desk.md', promptFile({ title: 'Desk' }, 'Answer the phone politely.'));
    ok(repo.commit('edit desk', '2026-03-06'));
    repo.write('prompts/desk.md', promptFile({ title: 'Desk' }, 'Answer the phone.'));
    ok(repo.commit('revert desk', '2026-03-07'));

    const kept = await keptWhileBackfilling(repo);
    const kinds = new Set(kept.map(({ record }) => `${record.kind}:${(record.value as { kind: string }).kind}`));
    for (const shape of ['mutation:new', 'mutation:fork', 'mutation:edit', 'mutation:merge']) expect(kinds).toContain(shape);
    expect(kept.some(({ record }) => record.kind === 'mutation' && (record.value as { reverts_to?: unknown }).reverts_to !== undefined)).toBe(true);
    // The non-ASCII id is one the fast reading does not take: its records are read back by zod.
    expect(kept.some(({ text, record }) => (record.kind === 'checkpoint' ? checkCheckpoint(readRecordYaml(text)) : checkMutation(readRecordYaml(text))) === undefined)).toBe(true);
    expectReadBackEqual(kept);
  });
});

/** What backfill handed its replay vault to keep as objects, with their texts. */
async function keptWhileBackfilling(repo: TestRepo): Promise<{ text: string; record: NonNullable<RecordWrite['record']> }[]> {
  const kept: { text: string; record: NonNullable<RecordWrite['record']> }[] = [];
  const add = ReplayVault.prototype.add;
  const spy = vi.spyOn(ReplayVault.prototype, 'add').mockImplementation(function (this: ReplayVault, commit, file, content, record) {
    if (record) kept.push({ text: content, record });
    return add.call(this, commit, file, content, record);
  });
  try {
    await backfill({ cwd: repo.dir, measureThreads: 0 });
  } finally {
    spy.mockRestore();
  }
  return kept;
}

function expectReadBackEqual(kept: { text: string; record: NonNullable<RecordWrite['record']> }[]): void {
  for (const { text, record } of kept) {
    const back = readBack(text, record.kind);
    // Strictly (a key set to undefined is not a key left out), and in the same order of keys.
    expect(record.value).toStrictEqual(back);
    expect(JSON.stringify(record.value)).toBe(JSON.stringify(back));
  }
}
