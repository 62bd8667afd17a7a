// A commit through the real hook with git's trace on, and a test's own copy of a shared fixture
// repository: how the tests of the hook's list of front-matter ids tell a commit that searched
// every source blob (a `git grep` in the trace) from one that read the list.
import fs from 'node:fs';
import path from 'node:path';
import { copyRepo, type TestRepo } from './repo.ts';

/** Commits the work tree through the hook: its exit code, its output (the repository's folder as `<repo>`) and the `git grep` runs it made. */
export function commitTraced(repo: TestRepo, message: string, date: string): { code: number; output: string; greps: string[] } {
  const trace = path.join(repo.dir, '.git', `trace-${date}.txt`);
  const result = repo.commit(message, date, { env: { GIT_TRACE: trace } });
  const greps = fs.readFileSync(trace, 'utf8').split('\n').filter((line) => / git grep /.test(line));
  return { code: result.code, output: (result.stdout + result.stderr).replaceAll(repo.dir, '<repo>'), greps };
}

/** Runs `steps` on a copy of `base` (built once for a file's tests), removed afterwards. */
export function onCopyOf(base: TestRepo, steps: (repo: TestRepo) => void): void {
  const repo = copyRepo(base);
  try {
    steps(repo);
  } finally {
    repo.cleanup();
  }
}
