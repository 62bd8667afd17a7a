// mend37's row 4b: `git commit --no-verify` of a prompt edit, then hooked commits. The hooked
// commit that next changes that prompt recorded one version from the last recorded one, holding
// both edits, and check was green after: the skipped version was never named. The hook now records
// the skipped commit's version first (its own commit, date and parents, as `record --all` does),
// then its own on top; where that cannot be told commit by commit, it refuses with the steps that
// record it. Commits that leave the prompt alone are not concerned.
import { afterAll, describe, expect, it } from 'vitest';
import { lineageOf, logOf } from '../../test-utils/prompt-log.ts';
import { createRepo, promptFile } from '../../test-utils/repo.ts';

const repo = createRepo();
afterAll(() => repo.cleanup());
const refund = (body: string) => promptFile({ title: 'Refund' }, body);
const triage = (body: string) => promptFile({ title: 'Triage' }, body);
const head = () => repo.git(['rev-parse', 'HEAD']).stdout.trim();

repo.write('prompts/refund.md', refund('Refund up to $100.'));
repo.write('prompts/triage.md', triage('Sort the ticket.'));
const adopted = repo.commit('add prompts', '2026-01-02');

describe('a hooked commit after a commit made with --no-verify', () => {
  it('records the skipped commit\'s version first, then its own: v1 -> v2 (that commit) -> v3', () => {
    expect(adopted.code, adopted.stderr).toBe(0);
    repo.write('prompts/refund.md', refund('Refund up to $100. Ask for the order number.'));
    expect(repo.commit('refund: ask for the order number', '2026-01-03', { args: ['--no-verify'] }).code).toBe(0);
    const skipped = head();
    // A commit leaving refund alone records only its own prompt, as before.
    repo.write('prompts/triage.md', triage('Sort the ticket by urgency.'));
    const other = repo.commit('triage: by urgency', '2026-01-04');
    expect(other.code, other.stderr).toBe(0);
    expect(other.stderr).not.toContain('refund');
    repo.write('prompts/refund.md', refund('Refund up to $150. Ask for the order number.'));
    const next = repo.commit('refund: raise the limit', '2026-01-05');
    expect(next.code, next.stderr).toBe(0);
    expect(next.stderr).toMatch(new RegExp(`promptvault: refund v2·[0-9a-f]{6} \\(edit from refund@v1·[0-9a-f]{6}\\).*, for commit ${skipped.slice(0, 12)} \\(made without the hook\\)`));
    expect(next.stderr).toMatch(/promptvault: refund v3·[0-9a-f]{6} \(edit from refund@v2·[0-9a-f]{6}\)/);
    expect(lineageOf(repo, 'refund')).toEqual(['v3 edit from v2', 'v2 edit from v1', 'v1 new from -']);
    const log = logOf(repo, 'refund');
    expect(log.slice(0, 2).map((entry) => [entry.commit?.subject, entry.checkpoint?.created_at])).toEqual([
      ['refund: raise the limit', '2026-01-05T10:00:00Z'],
      ['refund: ask for the order number', '2026-01-03T10:00:00Z'],
    ]);
    expect(log[1]!.commit?.id).toBe(skipped);
    expect(repo.cli(['check']).code).toBe(0);
    expect(repo.git(['status', '--porcelain']).stdout).toBe('');
  });

  it('does the same for a prompt moved by the hooked commit: the skipped version under its old id, then the move', () => {
    repo.write('prompts/triage.md', triage('Sort the ticket by urgency, then by age.'));
    expect(repo.commit('triage: then by age', '2026-01-06', { args: ['--no-verify'] }).code).toBe(0);
    const skipped = head();
    expect(repo.git(['mv', 'prompts/triage.md', 'prompts/sort.md']).code).toBe(0);
    const moved = repo.commit('triage: rename to sort', '2026-01-07');
    expect(moved.code, moved.stderr).toBe(0);
    expect(lineageOf(repo, 'sort')).toEqual(['v4 rename from v3', 'v3 edit from v2', 'v2 edit from v1', 'v1 new from -']);
    expect(logOf(repo, 'sort')[1]!.commit?.id).toBe(skipped);
    expect(repo.cli(['check']).code).toBe(0);
  });

  it('refuses, naming the commit and the steps, where the skipped text cannot be told commit by commit (deleted and added again without the hook); the steps record it', () => {
    repo.git(['rm', '-q', 'prompts/refund.md']);
    expect(repo.commit('refund: drop it', '2026-01-08', { args: ['--no-verify'] }).code).toBe(0);
    repo.write('prompts/refund.md', refund('Refund up to $150. Ask for the order number and the date.'));
    expect(repo.commit('refund: bring it back', '2026-01-09', { args: ['--no-verify'] }).code).toBe(0);
    const readded = head();
    repo.write('prompts/refund.md', refund('Refund up to $150. Ask for the order number, the date and the card.'));
    const refused = repo.commit('refund: ask for the card', '2026-01-10');
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(`prompts/refund.md: was last changed by commit ${readded.slice(0, 12)} ("refund: bring it back") without the hook`);
    expect(refused.stderr).toContain('npx promptvault record --all');
    expect(head()).toBe(readded);
    // Nothing written: only the user's own edit is staged.
    expect(repo.git(['status', '--porcelain']).stdout).toBe('M  prompts/refund.md\n');
    // The steps the refusal names.
    expect(repo.git(['stash']).code).toBe(0);
    expect(repo.cli(['record', '--all']).code).toBe(0);
    expect(repo.commit('Record prompt versions committed without the hook', '2026-01-11', { add: false }).code).toBe(0);
    expect(repo.git(['stash', 'pop', '--index']).code).toBe(0);
    const again = repo.commit('refund: ask for the card', '2026-01-12');
    expect(again.code, again.stderr).toBe(0);
    expect(lineageOf(repo, 'refund').slice(0, 2)).toEqual(['v5 edit from v4', 'v4 edit from v3']);
    expect(repo.cli(['check']).code).toBe(0);
  });
});
