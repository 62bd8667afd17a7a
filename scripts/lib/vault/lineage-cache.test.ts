import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { UserError } from '../errors.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

// The hook keeps the records of the prompts it reads, by prompt and blob id (lineage-cache-fs.ts):
// a prompt's next commit parses only the records it has not seen. The file is a hint: lost or
// damaged, everything is parsed again; a bad record is never kept, and is reported as before.

const { parsed } = vi.hoisted(() => ({ parsed: { count: 0 } }));
vi.mock('./fast-yaml-read.ts', async (importOriginal) => {
  const reader = await importOriginal<typeof import('./fast-yaml-read.ts')>();
  return {
    ...reader,
    readRecordYaml: (...args: Parameters<typeof reader.readRecordYaml>) => {
      parsed.count++;
      return reader.readRecordYaml(...args);
    },
  };
});
const { record } = await import('../../commands/record/index.ts');
const { lineageCacheFolder } = await import('./lineage-cache-fs.ts');

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** A repository whose prompt `refund` has two versions, and a third edit staged. */
function refundEditedThrice(): TestRepo {
  const repo = createRepo();
  repos.push(repo);
  repo.write('prompts/refund.md', 'Refund the order when the customer asks within 30 days.\n');
  expect(repo.commit('add refund', '2026-01-02').code).toBe(0);
  repo.write('prompts/refund.md', 'Refund the order when the customer asks within 20 days.\n');
  expect(repo.commit('shorten the window', '2026-01-03').code).toBe(0);
  repo.write('prompts/refund.md', 'Refund the order when the customer asks within 14 days.\n');
  expect(repo.git(['add', '-A']).code).toBe(0);
  return repo;
}

const recordStaged = (repo: TestRepo) => record({ cwd: repo.dir, hook: 'pre-commit', env: repo.env({ GIT_COMMITTER_DATE: '2026-01-04T00:00:00Z' }) });

/** Every file under the cache's folder. */
function cacheFiles(repo: TestRepo): string[] {
  const folder = lineageCacheFolder(path.join(repo.dir, '.git'));
  return fs.existsSync(folder) ? (fs.readdirSync(folder, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)) : [];
}

/** What the hook staged under vault/, and its versions, for comparing runs. */
async function recordAndList(repo: TestRepo): Promise<unknown> {
  const result = await recordStaged(repo);
  const staged = repo.git(['ls-files', '-s', 'vault']).stdout;
  // Undone, so that the next run starts from the same index.
  expect(repo.git(['reset', '-q', '--', 'vault']).code).toBe(0);
  expect(repo.git(['clean', '-fdq', 'vault']).code).toBe(0);
  return { versions: result.versions, staged };
}

describe('the records a prompt\'s commit reads', () => {
  it('are parsed only where the prompt\'s last commit did not read them already, and record the same', async () => {
    const repo = refundEditedThrice();
    // The second commit's hook read and kept the first version's two records.
    expect(cacheFiles(repo)).toHaveLength(1);
    parsed.count = 0;
    const cached = await recordAndList(repo);
    expect(parsed.count).toBe(2);
    expect(cached).toMatchObject({ versions: [{ prompt: 'refund', version: 3, kind: 'edit', parents: ['refund@2'] }] });
    // Now it keeps all four; without the file, the same records, all four parsed.
    parsed.count = 0;
    expect(await recordAndList(repo)).toEqual(cached);
    expect(parsed.count).toBe(0);
    for (const file of cacheFiles(repo)) fs.rmSync(file);
    parsed.count = 0;
    expect(await recordAndList(repo)).toEqual(cached);
    expect(parsed.count).toBe(4);
  });

  it('are all parsed again when the file is damaged, and record the same', async () => {
    const repo = refundEditedThrice();
    const expected = await recordAndList(repo);
    const [file] = cacheFiles(repo);
    // A record's value changed by hand, the checksum left as it was: the file is not taken.
    fs.writeFileSync(file!, fs.readFileSync(file!, 'utf8').replace('"version":1', '"version":7'));
    parsed.count = 0;
    expect(await recordAndList(repo)).toEqual(expected);
    expect(parsed.count).toBe(4);
    fs.writeFileSync(file!, 'not a cache\n');
    parsed.count = 0;
    expect(await recordAndList(repo)).toEqual(expected);
    expect(parsed.count).toBe(4);
  });

  it('report a bad record as they did without the file', async () => {
    const repo = refundEditedThrice();
    await recordAndList(repo);
    expect(cacheFiles(repo)).toHaveLength(1);
    const [mutation] = repo.filesAtHead('vault/mutations/refund').sort();
    repo.write(mutation!, 'prompt: refund\nversion: one\n');
    expect(repo.git(['add', '-A']).code).toBe(0);
    const refusal = async () => {
      const error = await recordStaged(repo).then(() => undefined, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(UserError);
      return { message: (error as UserError).message, problems: (error as UserError).problems };
    };
    const withFile = await refusal();
    for (const file of cacheFiles(repo)) fs.rmSync(file);
    expect(await refusal()).toEqual(withFile);
    expect([...new Set(withFile.problems.map((problem) => problem.file))]).toEqual([mutation]);
  });
});
