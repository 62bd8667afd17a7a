import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { commitParentsLine, KNOWN_PARENTS_FROM } from '../../lib/recorder/brought-records.ts';
import { readRecordParents } from '../../lib/recorder/record-parents-cache-fs.ts';
import { backfill } from './index.ts';

// The adoption commit's hook tells backfill's mutation records from an earlier attempt at its own
// commit by their commit_parents line, which it takes from the list backfill leaves
// (record-parents-cache-fs.ts) once KNOWN_PARENTS_FROM (256) or more were added, and reads from
// the records the list does not name. Through real git and the installed hooks, with more records
// than that: the adoption commit, and one after an earlier attempt at it, commit the same records
// with the list as without it.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const PROMPTS = 150;
const EDITED = 140;
const prompt = (i: number, body: string) => promptFile({ title: `P${i}` }, body);

/** 150 prompts committed without the hooks, 140 of them edited a commit later (290 versions, a mutation record each), backfilled. */
let adopted: TestRepo;
beforeAll(async () => {
  adopted = createRepo();
  repos.push(adopted);
  const withoutHooks = { env: { HUSKY: '0' } };
  for (let i = 0; i < PROMPTS; i++) adopted.write(`prompts/team/p${i}.md`, prompt(i, `Answer about order ${i}.`));
  expect(adopted.commit('import the prompts', '2026-03-01', withoutHooks).code).toBe(0);
  for (let i = 0; i < EDITED; i++) adopted.write(`prompts/team/p${i}.md`, prompt(i, `Answer about order ${i}, briefly.`));
  expect(adopted.commit('shorter answers', '2026-03-02', withoutHooks).code).toBe(0);
  await backfill({ cwd: adopted.dir, measureThreads: 0 });
});

/** A copy of the backfilled repository, with backfill's list of commit_parents lines or without it. */
function copy({ list }: { list: boolean }): TestRepo {
  const repo = copyRepo(adopted);
  repos.push(repo);
  if (!list) fs.rmSync(path.join(repo.dir, '.git/promptvault/record-parents'));
  return repo;
}

/**
 * Each prompt's recorded versions in HEAD: its mutation records' commit_parents lines (commit
 * subjects; "" for the root), by version. Read from the work tree, which the caller checks is HEAD's.
 */
function versionsAtHead(repo: TestRepo): Map<string, string[]> {
  const subjects = new Map(repo.git(['log', '--format=%H %s']).stdout.trim().split('\n').map((line) => [line.slice(0, 40), line.slice(41)]));
  const versions = new Map<string, string[]>();
  for (const file of repo.filesAtHead('vault/mutations').sort()) {
    const id = path.posix.basename(path.posix.dirname(file));
    const line = commitParentsLine(fs.readFileSync(path.join(repo.dir, file), 'utf8'))!;
    versions.set(id, [...(versions.get(id) ?? []), line.split(',').map((oid) => subjects.get(oid) ?? oid).join(',')]);
  }
  return versions;
}

/** What backfill recorded: every prompt's import, and the edit of the first 140. */
function backfilled(): Map<string, string[]> {
  return new Map(Array.from({ length: PROMPTS }, (_, i) => [`p${i}`, i < EDITED ? ['', 'import the prompts'] : ['']]));
}

describe('the adoption commit with more mutation records than KNOWN_PARENTS_FROM', () => {
  it('backfill leaves the commit_parents line of each of them', () => {
    const parents = readRecordParents(path.join(adopted.dir, '.git'));
    expect(parents.size).toBe(PROMPTS + EDITED);
    expect(parents.size).toBeGreaterThanOrEqual(KNOWN_PARENTS_FROM);
  });

  it('commits the records backfill staged, none for itself, with the list as without it', () => {
    const withList = copy({ list: true });
    const without = copy({ list: false });
    const staged = withList.git(['diff', '--cached', '--name-only']).stdout.trim();
    for (const repo of [withList, without]) {
      const commit = repo.commit('Adopt promptvault', '2026-03-03', { add: false });
      expect(commit.code, commit.stderr).toBe(0);
      expect(repo.git(['show', '--name-only', '--format=', 'HEAD']).stdout.trim()).toBe(staged);
      expect(repo.git(['status', '--porcelain']).stdout).toBe('');
      expect(versionsAtHead(repo)).toEqual(backfilled());
    }
    expect(withList.git(['rev-parse', 'HEAD']).stdout).toBe(without.git(['rev-parse', 'HEAD']).stdout);
  });

  it('drops the version an earlier attempt at it recorded of a prompt put back since, which the list does not name, as without the list', () => {
    const heads: string[] = [];
    for (const list of [true, false]) {
      const repo = copy({ list });
      // An attempt at the adoption commit with p0 edited: the hook records p0's third version
      // (its commit_parents this commit's), then the commit does not happen and p0 is put back.
      repo.write('prompts/team/p0.md', prompt(0, 'Answer about order 0, at length.'));
      expect(repo.git(['add', 'prompts/team/p0.md']).code).toBe(0);
      const attempt = repo.cli(['record', '--hook', 'pre-commit']);
      expect(attempt.code, attempt.stderr).toBe(0);
      const third = repo.git(['diff', '--cached', '--name-only', '--', 'vault/mutations/team/p0']).stdout.trim().split('\n').filter((file) => /\/0003-/.test(file));
      expect(third).toHaveLength(1);
      expect(repo.git(['checkout', 'HEAD', '--', 'prompts/team/p0.md']).code).toBe(0);

      const commit = repo.commit('Adopt promptvault', '2026-03-03', { add: false });
      expect(commit.code, commit.stderr).toBe(0);
      expect(repo.git(['status', '--porcelain']).stdout).toBe('');
      expect(versionsAtHead(repo)).toEqual(backfilled());
      expect(repo.filesAtHead('vault').filter((file) => /\/p0\/0003-/.test(file))).toEqual([]);
      heads.push(repo.git(['rev-parse', 'HEAD']).stdout);
    }
    expect(heads[0]).toBe(heads[1]);
  });
});
