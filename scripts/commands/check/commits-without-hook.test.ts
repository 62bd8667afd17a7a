// Commits the hook never sees (an edit in GitHub's web editor, a dependency bot, a merge made on
// the server): `check` names the commit that skipped the hook, and `repair` gives the lineage the
// hook would have given. One repository for the file: each step builds on the one before.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineageOf, logOf } from '../../test-utils/prompt-log.ts';
import { as, createRepo, NO_HOOKS, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const WEB = as('web-flow', 'noreply@github.com');
const BOT = as('renovate[bot]', 'bot@renovateapp.com');
const agent = (body: string) => promptFile({ name: 'refund', description: 'Handles refunds' }, body);

beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', "prompts: ['.github/prompts/*.prompt.md', '.claude/agents/**/*.md']\n");
  repo.write('.github/prompts/triage.prompt.md', promptFile({ description: 'Triage', model: 'gpt-4o' }, 'Sort the ticket.'));
  repo.write('.claude/agents/refund.md', agent('Refund up to $100.'));
  repo.write('.claude/agents/escalate.md', agent('Escalate angry customers.\n\nKeep notes of the call.\n\nBe brief.'));
  repo.write('.claude/agents/greet.md', agent('Say hello.'));
  repo.write('package.json', '{ "dependencies": { "lodash": "4.17.21" } }\n');
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  // Two branches, each recorded by the hook, both edit the escalation agent.
  repo.git(['checkout', '-q', '-b', 'feat-a']);
  repo.write('.claude/agents/escalate.md', agent('Escalate angry customers at once.\n\nKeep notes of the call.\n\nBe brief.'));
  expect(repo.commit('a: sooner', '2026-01-03').code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.git(['checkout', '-q', '-b', 'feat-b']);
  repo.write('.claude/agents/escalate.md', agent('Escalate angry customers.\n\nKeep notes of the call.\n\nBe brief. Say who will call back.'));
  expect(repo.commit('b: who calls back', '2026-01-04').code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  // The forge merges both pull requests: no hook runs on the server.
  expect(repo.git([...NO_HOOKS, 'merge', '-q', '--no-ff', 'feat-a', '-m', 'Merge pull request #1'], { date: '2026-01-05' }).code).toBe(0);
  expect(repo.git([...NO_HOOKS, 'merge', '-q', '--no-ff', 'feat-b', '-m', 'Merge pull request #2'], { date: '2026-01-06' }).code).toBe(0);
  // GitHub's web editor, and a bot bumping the model and a dependency in one commit.
  repo.write('.github/prompts/triage.prompt.md', promptFile({ description: 'Triage', model: 'gpt-4o' }, 'Sort the ticket by urgency.'));
  expect(repo.commit('Update triage.prompt.md', '2026-01-07', { args: ['--no-verify'], env: WEB }).code).toBe(0);
  // A rename in the web editor, and a second move (with an edit) before anyone ran the repair.
  repo.move('.claude/agents/greet.md', '.claude/agents/welcome.md');
  expect(repo.commit('Rename greet.md to welcome.md', '2026-01-07', { args: ['--no-verify'], env: WEB }).code).toBe(0);
  repo.move('.claude/agents/welcome.md', '.claude/agents/front-desk/welcome.md');
  repo.write('.claude/agents/front-desk/welcome.md', agent('Say hello. Offer help.'));
  expect(repo.commit('Move welcome.md', '2026-01-07', { args: ['--no-verify'], env: WEB }).code).toBe(0);
  repo.write('.claude/agents/refund.md', agent('Refund up to $100.').replace('name: refund', 'name: refund\nmodel: gpt-4.1'));
  repo.write('package.json', '{ "dependencies": { "lodash": "4.17.23" } }\n');
  expect(repo.commit('chore(deps): update gpt-4o to gpt-4.1', '2026-01-08', { args: ['--no-verify'], env: BOT }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

const shortId = (message: string) => repo.git(['log', '-1', '--format=%H', `--grep=${message}`, '--fixed-strings']).stdout.trim().slice(0, 12);

describe('commits the hook never saw', () => {
  it('check fails naming, for each file, the commit that skipped the hook, its author and subject, and the command that repairs it', () => {
    const result = repo.cli(['check']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain(`.github/prompts/triage.prompt.md: differs from its latest recorded version v1: it was changed without the hook (git commit --no-verify, a web editor, or hooks not installed); last changed in commit ${shortId('Update triage')} by web-flow <noreply@github.com> on 2026-01-07 ("Update triage.prompt.md")\n  fix: run \`promptvault record --all\``);
    expect(result.stdout).toContain(`.claude/agents/refund.md: differs from its latest recorded version v1: it was changed without the hook (git commit --no-verify, a web editor, or hooks not installed); last changed in commit ${shortId('chore(deps)')} by renovate[bot] <bot@renovateapp.com> on 2026-01-08 ("chore(deps): update gpt-4o to gpt-4.1")`);
    // The merge that wrote a text unlike either branch's is the commit to name, not a branch's edit.
    expect(result.stdout).toContain(`.claude/agents/escalate.md: has 2 latest versions (v2, v2) and no version joining them: a merge, cherry-pick or rebase was committed without the hook (a squash or rebase merge made by a forge among them); last changed in commit ${shortId('Merge pull request #2')} by Ada Reviewer <ada@example.com> on 2026-01-06 ("Merge pull request #2")\n  fix: run \`promptvault repair\``);
    expect(result.stdout).toContain(`.claude/agents/front-desk/welcome.md: has no checkpoint in vault/: it was committed without the hook (git commit --no-verify, a web editor, or hooks not installed); last changed in commit ${shortId('Move welcome.md')} by web-flow`);
    const github = repo.cli(['check', '--format', 'github']);
    expect(github.stdout).toContain(`::error file=.claude/agents/refund.md,title=out-of-sync::differs from its latest recorded version v1: it was changed without the hook (git commit --no-verify, a web editor, or hooks not installed); last changed in commit ${shortId('chore(deps)')} by renovate[bot]`);
  });

  it('the pull request report lists the files changed without the hook, each with its commit, instead of saying nothing changed', () => {
    const first = repo.git(['rev-list', '--max-parents=0', 'HEAD']).stdout.trim();
    const result = repo.cli(['report', '--format', 'markdown', '--base', first]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('**4 file(s) changed without the hook (a web edit, a bot, hooks not installed) or rewritten after it (a pre-commit step after promptvault\'s, an amend with --no-verify): `promptvault check` fails until their records are committed (`npx promptvault record --all`, then commit; `npx promptvault repair` where it says so).**');
    expect(result.stdout).toContain(`- \`.github/prompts/triage.prompt.md\`: differs from its latest recorded version v1: it was changed without the hook \\(git commit --no-verify, a web editor, or hooks not installed\\); last changed in commit ${shortId('Update triage')} by web-flow \\<noreply@github.com\\> on 2026-01-07`);
  });

  it('in a shallow CI clone, names the commits inside its history and never blames the boundary commit for files it merely holds', () => {
    const clone = path.join(repo.dir, '.git', 'shallow-clone');
    expect(repo.git(['clone', '-q', '--depth', '2', `file://${repo.dir}`, clone]).code).toBe(0);
    const result = repo.cli(['check', '--cwd', clone]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`.claude/agents/refund.md: differs from its latest recorded version v1: it was changed without the hook (git commit --no-verify, a web editor, or hooks not installed); last changed in commit ${shortId('chore(deps)')} by renovate[bot]`);
    // The web edit lies beyond the clone's boundary commit, which git shows adding every file: not named.
    expect(result.stdout).toContain('.github/prompts/triage.prompt.md: differs from its latest recorded version v1: it was changed without the hook (git commit --no-verify, a web editor, or hooks not installed)\n');
  });

  it('repair records what the hook would have: a merge version joining both branches, an edit after each unseen commit, a rename for a move made in the web editor, and check passes', () => {
    const repaired = repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-09T10:00:00Z', GIT_AUTHOR_DATE: '2026-01-09T10:00:00Z' } });
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(lineageOf(repo, 'escalate')).toEqual(['v3 merge from v2+v2', 'v2 edit from v1', 'v2 edit from v1', 'v1 new from -']);
    expect(lineageOf(repo, 'refund')).toEqual(['v2 edit from v1', 'v1 new from -']);
    expect(lineageOf(repo, 'triage.prompt')).toEqual(['v2 edit from v1', 'v1 new from -']);
    // Moved twice without the hook: one rename from the id its records had, lineage kept.
    expect(lineageOf(repo, 'front-desk/welcome')).toEqual(['v2 rename from v1', 'v1 new from -']);
    expect(logOf(repo, 'front-desk/welcome')[1]!.mutation.prompt).toBe('greet');
  });
});
