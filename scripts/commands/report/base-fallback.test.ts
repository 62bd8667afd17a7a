// `report` without --base reads origin/$GITHUB_BASE_REF, else origin/main, else the local main. A
// clone without the remote's branch (a CI checkout that fetched none, a fork) was compared with
// the local main without a word, and a local main behind the remote's lists commits the pull
// request does not hold. The comment and the job's log now say which ref was used and why.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';
import { commitRefundSteps } from '../../test-utils/refund-steps.ts';

let repo: TestRepo;
// A GitHub Actions job on a pull request sets GITHUB_BASE_REF, which the CLI would inherit: cleared
// where a test means no pull request.
const NO_PULL_REQUEST = { env: { GITHUB_BASE_REF: '' } };

beforeAll(() => {
  repo = createRepo();
  commitRefundSteps(repo, ['greet', 'listen', 'check', 'close'], 'v1', '2026-01-01');
  repo.git(['switch', '-q', '-c', 'side']);
  commitRefundSteps(repo, ['welcome', 'listen', 'check', 'close'], 'welcome first', '2026-01-02');
});
afterAll(() => repo?.cleanup());

it('without origin/main, the report says it compared with the local main, in the comment and on stderr', () => {
  const result = repo.cli(['report', '--format', 'markdown'], NO_PULL_REQUEST);
  expect(result.code, result.stderr).toBe(0);
  expect(result.stdout).toContain("Base: this clone has no `origin/main`, so compared with `main`, this clone's own branch, which may be behind the remote's; fetch it (actions/checkout with `fetch-depth: 0`) or give `--base REF`.");
  expect(result.stderr).toContain("promptvault report: Base: this clone has no origin/main, so compared with main, this clone's own branch");
  expect(result.stdout).toContain('1 prompt version(s)');
  const json = JSON.parse(repo.cli(['report', '--json'], NO_PULL_REQUEST).stdout) as { base_ref: string; base_refs_missing: string[] };
  expect([json.base_ref, json.base_refs_missing]).toEqual(['main', ['origin/main']]);
});

it('on a pull request into main without origin/main, names origin/main once, and a ref on stderr without Markdown\'s escapes', () => {
  const result = repo.cli(['report', '--format', 'markdown'], { env: { GITHUB_BASE_REF: 'main' } });
  expect(result.stdout).toContain("Base: this clone has no `origin/main`, so compared with `main`, this clone's own branch");
  const json = JSON.parse(repo.cli(['report', '--json'], { env: { GITHUB_BASE_REF: 'main' } }).stdout) as { base_refs_missing: string[] };
  expect(json.base_refs_missing).toEqual(['origin/main']);
  const underscored = repo.cli(['report', '--format', 'markdown'], { env: { GITHUB_BASE_REF: 'release_2' } });
  expect(underscored.stdout).toContain('no `origin/release\\_2` or `origin/main`');
  expect(underscored.stderr).toContain('promptvault report: Base: this clone has no origin/release_2 or origin/main, so compared with main,');
});

it('on a pull request whose base branch was not fetched, it names that ref and the one used', () => {
  repo.git(['update-ref', 'refs/remotes/origin/main', 'main']);
  const result = repo.cli(['report', '--format', 'markdown'], { env: { GITHUB_BASE_REF: 'release' } });
  expect(result.stdout).toContain('Base: this clone has no `origin/release`, so compared with `origin/main`; fetch it');
});

it('with origin/main there, or a --base, nothing is said', () => {
  repo.git(['update-ref', 'refs/remotes/origin/main', 'main']);
  const result = repo.cli(['report', '--format', 'markdown'], NO_PULL_REQUEST);
  expect(result.stdout).not.toContain('Base:');
  expect(result.stderr).toBe('');
  repo.git(['update-ref', '-d', 'refs/remotes/origin/main']);
  expect(repo.cli(['report', '--base', 'main']).stdout).not.toContain('Base:');
});
