import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createRepo, fixedDate, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { openRepo } from '../../lib/git/index.ts';
import { findCitations } from '../../lib/recorder/citations.ts';
import { memoryCitationCache } from '../../lib/recorder/citations-cache-fs.ts';
import { citationThreads, readCitationsInThread } from '../../lib/recorder/citations-thread-fs.ts';
import { indexView } from '../../lib/recorder/view.ts';
import { configSchema } from '../../lib/schema/config.ts';

// One commit that changes many clauses at once (a codex reorganisation): every audit still lists
// exactly the prompts that cite its clause, found in one pass over the prompts.
let repo: TestRepo;
const clause = (title: string, body: string) => `---\ntitle: ${title}\ntone: formal\n---\n${body}\n`;

beforeAll(() => {
  repo = createRepo();
  for (let j = 0; j < 12; j++) repo.write(`codex/rules/rule-${j}.md`, clause(`Rule ${j}`, `The assistant must never share detail ${j}.`));
  // An id that is a prefix of another, and one mentioned only in a body, must not be confused.
  repo.write('codex/rules/rule-1-extra.md', clause('Rule 1 extra', 'The assistant must always confirm the order.'));
  for (let i = 0; i < 8; i++) {
    repo.write(`prompts/team/p${i}.md`, promptFile({ title: `P${i}`, codex: [`rules/rule-${i % 4}`, `rules/rule-${(i * 3) % 12}`] }, `Follow the rules. See also rules/rule-11 in the wiki.`));
  }
  repo.write('prompts/team/extra.md', promptFile({ title: 'Extra', codex: ['rules/rule-1-extra'] }, 'Confirm orders.'));
  expect(repo.commit('add the codex and prompts', '2026-01-02').code).toBe(0);
  for (let j = 0; j < 12; j++) repo.write(`codex/rules/rule-${j}.md`, clause(`Rule ${j}`, `The assistant must never share detail ${j} with anyone.`));
  repo.write('codex/rules/rule-1-extra.md', clause('Rule 1 extra', 'The assistant must always confirm the order number.'));
  repo.write('prompts/team/p1.md', promptFile({ title: 'P1 edited', codex: ['rules/rule-1', 'rules/rule-3'] }, 'Follow the rules, carefully.'));
  const committed = repo.commit('reword every rule', '2026-01-03');
  expect(committed.code, committed.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

function latestAudit(id: string): Record<string, any> {
  const files = repo.filesAtHead(`vault/audits/${id}/`).sort();
  return parse(repo.showHead(files.at(-1)!)) as Record<string, any>;
}

describe('a commit changing many clauses', () => {
  it('lists, in each audit, exactly the prompts whose front matter cites that clause', () => {
    const expected = new Map<string, string[]>();
    for (let i = 0; i < 8; i++) {
      const cites = i === 1 ? ['rules/rule-1', 'rules/rule-3'] : [`rules/rule-${i % 4}`, `rules/rule-${(i * 3) % 12}`];
      for (const id of new Set(cites)) expected.set(id, [...(expected.get(id) ?? []), `team/p${i}`]);
    }
    for (let j = 0; j < 12; j++) {
      const id = `rules/rule-${j}`;
      const citing = (latestAudit(id).prompt_delta.citing as { prompt: string }[]).map((ref) => ref.prompt);
      expect(citing, id).toEqual((expected.get(id) ?? []).sort());
    }
    expect(latestAudit('rules/rule-1-extra').prompt_delta.citing).toEqual([{ prompt: 'team/extra', version: 1 }]);
  });

  it('gives a prompt edited in the same commit its new version, the others their head', () => {
    const citing = latestAudit('rules/rule-3').prompt_delta.citing as { prompt: string; version: number }[];
    expect(citing.find((ref) => ref.prompt === 'team/p1')).toEqual({ prompt: 'team/p1', version: 2 });
    expect(citing.find((ref) => ref.prompt === 'team/p3')).toEqual({ prompt: 'team/p3', version: 1 });
  });
});

// A cold cache's prompts are read in a worker thread (from 500 on) while the guard runs: the thread
// must find what reading them here finds, entry for entry.
describe('the prompts read in another thread', () => {
  it('cite the same clauses, and leave the same cache entries, as read in this thread', async () => {
    const view = indexView(await openRepo({ cwd: repo.dir }));
    const config = configSchema.parse({});
    const ids = [...Array.from({ length: 12 }, (_, j) => `rules/rule-${j}`), 'rules/rule-1-extra'];
    const here = memoryCitationCache();
    const there = memoryCitationCache();
    const inThisThread = await findCitations(view, config, ids, { cache: here, threadAtLeast: Number.POSITIVE_INFINITY });
    // This thread cannot read here: what is found was read by the other.
    const threadOnly = { ...view, scan: () => Promise.reject(new Error('read in this thread')) };
    expect(await findCitations(threadOnly, config, ids, { cache: there, threadAtLeast: 1 })).toEqual(inThisThread);
    expect([...inThisThread.values()].flat().length).toBeGreaterThan(8);
    for (const entry of await view.list(['prompts/'])) expect(there.get(entry.oid, 'markdown')).toEqual(here.get(entry.oid, 'markdown'));
    expect(there.stats().entries).toBe(9);
  });

  it('split among several threads, in runs dealt in turn, answer what one thread answers, file for file in the order given', async () => {
    const gitRepo = await openRepo({ cwd: repo.dir });
    const files = (await indexView(gitRepo).list(['prompts/'])).map((entry) => ({ oid: entry.oid, path: entry.path, id: entry.path.slice('prompts/'.length, -'.md'.length) }));
    const one = await readCitationsInThread(gitRepo, files, 1);
    expect(one).toHaveLength(files.length);
    expect(one!.filter((read) => (read.codex ?? []).length > 0)).toHaveLength(files.length);
    expect(await readCitationsInThread(gitRepo, files, 3)).toEqual(one);
    // Runs of two files dealt to three threads in turn come back in the order given.
    expect(await readCitationsInThread(gitRepo, files, 3, 2)).toEqual(one);
    expect(new Set(one!.map((read) => JSON.stringify(read.codex))).size).toBeGreaterThan(3);
  });

  it('are read by one thread per core and 2,500 prompts, at most four', () => {
    expect(citationThreads(10_000, 2)).toBe(2);
    expect(citationThreads(10_000, 1)).toBe(1);
    expect(citationThreads(4_999, 8)).toBe(1);
    expect(citationThreads(600, 8)).toBe(1);
    expect(citationThreads(100_000, 16)).toBe(4);
  });
});

// The citation cache (.git/promptvault/citations.json) only saves reading and parsing prompts:
// the same staged change recorded with no cache, with a warm one, and with a stale one must stage
// byte-identical audits (damaged files: citations-cache-fs.test.ts).
describe('the citation cache', () => {
  const cacheFile = () => path.join(repo.dir, '.git/promptvault/citations.json');
  // Its first line names the cache, its format and the fingerprint of the reading code; the entries follow as JSON.
  const readSaved = () => {
    const text = fs.readFileSync(cacheFile(), 'utf8');
    const newline = text.indexOf('\n');
    return { header: text.slice(0, newline), entries: JSON.parse(text.slice(newline + 1)) as Record<string, unknown> };
  };
  const recordStaged = (): string => {
    const saved = fs.readFileSync(path.join(repo.dir, '.git/index'));
    try {
      const run = repo.cli(['record'], { env: { GIT_COMMITTER_DATE: fixedDate('2026-01-04') } });
      expect(run.code, run.stderr).toBe(0);
      return repo.git(['ls-files', '-s', '--', 'vault/audits/']).stdout;
    } finally {
      fs.writeFileSync(path.join(repo.dir, '.git/index'), saved);
    }
  };

  it('stages the same audits cold, warm, and from a cache file written by other code', () => {
    for (let j = 0; j < 12; j++) repo.write(`codex/rules/rule-${j}.md`, clause(`Rule ${j}`, `The assistant must never share detail ${j} with anyone, ever.`));
    repo.write('prompts/team/p2.md', promptFile({ title: 'P2 edited', codex: ['rules/rule-5'] }, 'Follow rule 5.'));
    repo.git(['add', '-A']);
    fs.rmSync(cacheFile(), { force: true });
    const cold = recordStaged();
    expect(cold.split('\n').filter(Boolean)).toHaveLength(repo.filesAtHead('vault/audits/').length + 12);
    const saved = readSaved();
    expect(Object.keys(saved.entries).length).toBeGreaterThanOrEqual(9);
    expect(recordStaged()).toBe(cold);

    // Written by other reading code (another fingerprint): dropped whole, even plausible entries.
    const lying = Object.fromEntries(Object.keys(saved.entries).map((key) => [key, [10, []]]));
    const [name, format] = saved.header.split(' ').slice(1);
    fs.writeFileSync(cacheFile(), `promptvault ${name} ${format} older-code\n${JSON.stringify(lying)}\n`);
    expect(recordStaged()).toBe(cold);
    expect(readSaved().header).toBe(saved.header);
  });
});
