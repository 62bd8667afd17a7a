// Several commits in a row that the hook never saw (a patch series applied with `git am` and hooks
// off, web edits): `record --all` and `repair` record one version per commit, each naming its own
// commit, date and subject, with the lineage the hook would have written. One repository for the
// file: a series for `record --all`, then another for `repair`.
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineageOf, logOf } from '../../test-utils/prompt-log.ts';
import { as, createRepo, NO_HOOKS, promptFile, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const MALLORY = as('Mallory Patcher', 'mallory@example.com');
const refund = (body: string) => promptFile({ title: 'Refund' }, body);
const triage = (body: string) => promptFile({ title: 'Triage' }, body);

/** Commits `edits` on a side branch with hooks off, then applies them to main as a mailed patch series (`git am`, hooks off). */
function applySeries(file: string, edits: { body: string; subject: string; date: string }[]): string[] {
  repo.git(['checkout', '-q', '-b', 'patches']);
  for (const edit of edits) {
    repo.write(file, edit.body);
    expect(repo.commit(edit.subject, edit.date, { args: ['--no-verify'], env: MALLORY }).code).toBe(0);
  }
  const mailbox = path.join(repo.dir, '..', `${path.basename(repo.dir)}-series`);
  expect(repo.git(['format-patch', '-q', '-o', mailbox, `main..patches`]).code).toBe(0);
  repo.git(['checkout', '-q', 'main']);
  repo.git(['branch', '-q', '-D', 'patches']);
  const patches = fs.readdirSync(mailbox).sort().map((name) => path.join(mailbox, name));
  const applied = repo.git([...NO_HOOKS, 'am', '-q', '--committer-date-is-author-date', ...patches]);
  fs.rmSync(mailbox, { recursive: true, force: true });
  expect(applied.code, applied.stderr).toBe(0);
  return repo.git(['rev-list', '--reverse', `HEAD~${edits.length}..HEAD`]).stdout.trim().split('\n');
}


beforeAll(() => {
  repo = createRepo();
  repo.write('.promptvault.yaml', 'max_prompt_bytes: 2000\n');
  repo.write('prompts/refund.md', refund('Refund up to $100.'));
  repo.write('prompts/triage.md', triage('Sort the ticket.'));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a series of commits the hook never saw', () => {
  it('record --all records one version per commit, each with its own commit, date and subject, v1 -> v2 -> v3 -> v4', () => {
    const commits = applySeries('prompts/refund.md', [
      { body: refund('Refund up to $100. Ask for the order number.'), subject: 'refund: ask for the order number', date: '2026-01-03' },
      { body: refund('Refund up to $150. Ask for the order number.'), subject: 'refund: raise the limit', date: '2026-01-04' },
      { body: refund('Refund up to $150. Ask for the order number. Never refund gift cards.'), subject: 'refund: no gift cards', date: '2026-01-05' },
    ]);
    // Hooks off, so check fails, as before.
    expect(repo.cli(['check']).code).toBe(1);
    const recorded = repo.cli(['record', '--all']);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(repo.commit('record the patch series', '2026-01-06').code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(lineageOf(repo, 'refund')).toEqual(['v4 edit from v3', 'v3 edit from v2', 'v2 edit from v1', 'v1 new from -']);
    const log = logOf(repo, 'refund');
    expect(log.slice(0, 3).map((entry) => [entry.commit?.id, entry.commit?.subject, entry.checkpoint?.created_at])).toEqual([
      [commits[2], 'refund: no gift cards', '2026-01-05T10:00:00Z'],
      [commits[1], 'refund: raise the limit', '2026-01-04T10:00:00Z'],
      [commits[0], 'refund: ask for the order number', '2026-01-03T10:00:00Z'],
    ]);
    // The author is the commit's: each version's commit is Mallory's patch, not the commit that staged the records.
    expect(repo.git(['log', '--no-walk', '--format=%an', ...commits]).stdout.trim().split('\n')).toEqual(['Mallory Patcher', 'Mallory Patcher', 'Mallory Patcher']);
    // The prompt left alone keeps its one version.
    expect(lineageOf(repo, 'triage')).toEqual(['v1 new from -']);
  });

  it('repair does the same for a series, and a second resync finds nothing more to record', () => {
    const commits = applySeries('prompts/triage.md', [
      { body: triage('Sort the ticket by urgency.'), subject: 'triage: by urgency', date: '2026-01-07' },
      { body: triage('Sort the ticket by urgency, then by age.'), subject: 'triage: then by age', date: '2026-01-08' },
    ]);
    const repaired = repo.cli(['repair'], { env: { GIT_COMMITTER_DATE: '2026-01-09T10:00:00Z', GIT_AUTHOR_DATE: '2026-01-09T10:00:00Z' } });
    expect(repaired.code, repaired.stderr).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(lineageOf(repo, 'triage')).toEqual(['v3 edit from v2', 'v2 edit from v1', 'v1 new from -']);
    expect(logOf(repo, 'triage').slice(0, 2).map((entry) => entry.commit?.id)).toEqual([commits[1], commits[0]]);
    // Recorded again: nothing new (the series is recorded, its texts known).
    expect(repo.cli(['record', '--all']).code).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('a commit of the series whose text cannot be recorded (over max_prompt_bytes) is skipped and said; the next one follows the version before it', () => {
    const commits = applySeries('prompts/refund.md', [
      { body: refund('Refund up to $150. Ask for the order number. Never refund gift cards. Reply within a day.'), subject: 'refund: reply within a day', date: '2026-01-10' },
      { body: refund(`Refund up to $200. ${'Say sorry. '.repeat(250)}`), subject: 'refund: raise the limit, apologise at length', date: '2026-01-11' },
      { body: refund('Refund up to $200. Ask for the order number. Never refund gift cards. Reply within a day.'), subject: 'refund: fix the front matter', date: '2026-01-12' },
    ]);
    const recorded = repo.cli(['record', '--all']);
    expect(recorded.code, recorded.stderr).toBe(0);
    // Named with its commit: the file at HEAD is within the limit.
    expect(`${recorded.stdout}${recorded.stderr}`).toContain(`prompts/refund.md: is 3 KB, over the limit of 2 KB (max_prompt_bytes: 2000) (in commit ${commits[1]!.slice(0, 12)}, made without the hook)`);
    expect(repo.commit('record', '2026-01-13').code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
    expect(lineageOf(repo, 'refund').slice(0, 3)).toEqual(['v6 edit from v5', 'v5 edit from v4', 'v4 edit from v3']);
    expect(logOf(repo, 'refund').slice(0, 2).map((entry) => entry.commit?.id)).toEqual([commits[2], commits[0]]);
  });

  it('a resync that fails after recording a series (a locked index, a bad PROMPTVAULT_TAGS) leaves the work tree and index as they were, as its message says', () => {
    applySeries('prompts/triage.md', [
      { body: triage('Sort the ticket by urgency, then by age. Escalate outages.'), subject: 'triage: escalate outages', date: '2026-01-14' },
      { body: triage('Sort the ticket by urgency, then by age. Escalate outages at once.'), subject: 'triage: at once', date: '2026-01-15' },
    ]);
    // The prompt itself changes in the work tree too: the resync records it with the series.
    repo.write('prompts/refund.md', refund('Refund up to $250. Ask for the order number. Never refund gift cards. Reply within a day.'));
    repo.git(['add', 'prompts/refund.md']);
    const before = repo.git(['status', '--porcelain', '--untracked-files=all']).stdout;
    // A locked index: the user's error (exit 2, naming the lock), not ours, and nothing written.
    fs.writeFileSync(path.join(repo.dir, '.git', 'index.lock'), '');
    const locked = repo.cli(['record', '--all']);
    fs.rmSync(path.join(repo.dir, '.git', 'index.lock'));
    expect(locked.code, locked.stderr).toBe(2);
    expect(locked.stderr).toContain('the git index is locked; nothing was written');
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout).toBe(before);
    const refused = repo.cli(['record', '--all'], { env: { PROMPTVAULT_TAGS: 'not$a$tag' } });
    expect(refused.code, refused.stderr).toBe(2);
    expect(refused.stderr).toContain('Nothing was written');
    expect(repo.git(['status', '--porcelain', '--untracked-files=all']).stdout).toBe(before);
    // Run again with a good tag: the series and the staged edit are recorded.
    expect(repo.cli(['record', '--all']).code).toBe(0);
    expect(repo.commit('record', '2026-01-16').code).toBe(0);
    expect(lineageOf(repo, 'triage').slice(0, 3)).toEqual(['v5 edit from v4', 'v4 edit from v3', 'v3 edit from v2']);
  });

  it('a prompt whose path holds a control character and a newline gets its series too, not an internal error', () => {
    const odd = 'prompts/odd\x01name\nhere.md';
    repo.write(odd, promptFile({ title: 'Odd' }, 'One.'));
    expect(repo.commit('add the odd prompt', '2026-01-17').code).toBe(0);
    repo.write(odd, promptFile({ title: 'Odd' }, 'Two.'));
    expect(repo.commit('odd: two', '2026-01-18', { args: ['--no-verify'] }).code).toBe(0);
    repo.write(odd, promptFile({ title: 'Odd' }, 'Three.'));
    expect(repo.commit('odd: three', '2026-01-19', { args: ['--no-verify'] }).code).toBe(0);
    const recorded = repo.cli(['record', '--all']);
    expect(recorded.code, recorded.stderr).toBe(0);
    expect(repo.commit('record', '2026-01-20').code).toBe(0);
    expect(lineageOf(repo, 'odd\x01name\nhere')).toEqual(['v3 edit from v2', 'v2 edit from v1', 'v1 new from -']);
  });
});
