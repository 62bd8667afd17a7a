import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { builtOnce } from '../../test-utils/built-once.ts';
import { createClauseHistory } from '../../test-utils/clause-history.ts';
import type { TestRepo } from '../../test-utils/repo.ts';
import { CAROL, customersClause, EVE } from '../../test-utils/rejected-change.ts';
import { auditMoves, undoingAudit } from './open-audits.ts';

// A flagged clause change, the clause moved since (`git mv`, or new codex globs), then changed
// back under its new id before anyone reviewed the change. The change is still to be reviewed
// (it was live), and a rejection says it best: check names the audit that changed it back. That
// audit (undoingAudit) was looked for among the audits of the id the change was made under only,
// so across the move check offered "--accept ... (or --reject)" as if the weakened text were live.

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

const auditsAt = (repo: TestRepo, id: string) => repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as Record<string, any>).sort((a, b) => a.id.localeCompare(b.id));

/**
 * The clause added, Eve's weakening (flagged, pending: `weaken` its commit, `flagged` its audit),
 * then the clause moved under people/ (2026-01-04, Eve): where both tests below start. Built once
 * per run and copied (builtOnce): the move is a hooked commit each test made alike.
 */
function flaggedThenMoved(): { repo: TestRepo; weaken: string; flagged: Record<string, any> } {
  const moved = builtOnce(JSON.stringify(['undone-across-move', 'flagged then moved']), () => {
    const repo = createClauseHistory(['Carol Diaz <carol@example.com>'], 'codex/customers.md', [
      { date: '2026-01-02', subject: 'add the clause', text: customersClause('Never describe the customer to anyone else.') },
      { date: '2026-01-03', subject: 'weaken', by: EVE, text: customersClause('Describe the customer to anyone else.') },
    ]);
    const weaken = repo.git(['rev-parse', 'HEAD']).stdout.trim();
    const flagged = auditsAt(repo, 'customers').at(-1)!;
    repo.move('codex/customers.md', 'codex/people/customers.md');
    expect(repo.commit('customers under people/', '2026-01-04', { env: EVE }).code).toBe(0);
    return { repo, weaken, flagged };
  });
  repos.push(moved.repo);
  return moved;
}

describe('a pending flagged change, the clause moved, then changed back', () => {
  it('check and the branch report name the audit that changed it back, under the new id; its rejection closes the gate, nothing else does', () => {
    const { repo, flagged } = flaggedThenMoved();
    expect(flagged).toMatchObject({ regression_flag: true, review: { status: 'pending' } });
    repo.write('codex/people/customers.md', customersClause('Never describe the customer to anyone else.'));
    expect(repo.commit('customers stay private', '2026-01-05', { env: EVE }).code).toBe(0);
    const back = auditsAt(repo, 'people/customers').at(-1)!;
    expect(back).toMatchObject({ regression_flag: false, new_hash: flagged.previous_hash, reverts: flagged.id });

    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`npx promptvault review customers --audit ${flagged.id} --reject --note "changed back by audit ${back.id}"  (a rejection of a change undone since closes it)`);
    const report = JSON.parse(repo.cli(['report', '--format', 'markdown', '--base', 'HEAD~3', '--json']).stdout) as { audits: { id: string; undone_by: string | null }[] };
    expect(report.audits.find((audit) => audit.id === flagged.id)?.undone_by).toBe(back.id);

    const review = repo.cli(['review', 'customers', '--audit', flagged.id, '--reject', '--note', `changed back by audit ${back.id}`], { env: CAROL });
    expect(review.code, review.stderr).toBe(0);
    expect(repo.commit('Review: reject', '2026-01-06', { env: CAROL }).code).toBe(0);
    const after = repo.cli(['check']);
    expect(after.code, after.stdout).toBe(0);
  });
});

describe('a pending flagged change, the clause moved, then the change reverted with git revert', () => {
  it('the revert, recorded by the post-commit hook under the new id, is named as undoing it', () => {
    const { repo, weaken, flagged } = flaggedThenMoved();
    const revert = repo.git(['revert', '--no-edit', weaken], { date: '2026-01-05', env: EVE });
    expect(revert.code, revert.stderr).toBe(0);
    expect(repo.read('codex/people/customers.md')).toBe(customersClause('Never describe the customer to anyone else.'));
    const back = auditsAt(repo, 'people/customers').at(-1)!;
    expect(back).toMatchObject({ regression_flag: false, new_hash: flagged.previous_hash, reverts: flagged.id });

    const check = repo.cli(['check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(`--audit ${flagged.id} --reject --note "changed back by audit ${back.id}"`);
    expect(repo.cli(['review', 'customers', '--audit', flagged.id, '--reject', '--note', 'reverted'], { env: CAROL }).code).toBe(0);
    expect(repo.commit('Review: reject', '2026-01-06', { env: CAROL }).code).toBe(0);
    expect(repo.cli(['check']).code).toBe(0);
  });
});

describe('undoingAudit over the audits by clause', () => {
  const audit = (id: string, clause: string, previous: string | null, next: string, renamedFrom?: string) => ({ id, clause, previous_hash: previous, new_hash: next, ...(renamedFrom ? { renamed_from: renamedFrom } : {}) });
  const byClause = (...audits: ReturnType<typeof audit>[]) => Map.groupBy(audits, (a) => a.clause);
  const weaken = audit('2026-01-03', 'customers', 'strong', 'weak');
  /** undoingAudit as its callers run it: the moves found in the same map. */
  const undoneBy = (map: ReturnType<typeof byClause>, flagged: ReturnType<typeof audit>) => undoingAudit(map, flagged, auditMoves(map));

  it('follows the moves made after the change, and takes the latest text under the last id', () => {
    const moved = audit('2026-01-04', 'people/customers', 'weak', 'weak', 'customers');
    expect(undoneBy(byClause(weaken, moved, audit('2026-01-05', 'people/customers', 'weak', 'strong')), weaken)).toBe('2026-01-05');
    // Moved again after the change back: the text is still the one the change replaced.
    const movedAgain = audit('2026-01-06', 'crm/customers', 'strong', 'strong', 'people/customers');
    expect(undoneBy(byClause(weaken, moved, audit('2026-01-05', 'people/customers', 'weak', 'strong'), movedAgain), weaken)).toBe('2026-01-06');
    // Moved, not changed back: nothing undid it.
    expect(undoneBy(byClause(weaken, moved), weaken)).toBeUndefined();
  });

  it('does not follow a move made before the change (another clause took the id since)', () => {
    const oldMove = audit('2026-01-01', 'archive/customers', 'strong', 'strong', 'customers');
    const laterThere = audit('2026-01-05', 'archive/customers', 'strong', 'strong');
    expect(undoneBy(byClause(oldMove, weaken, laterThere), weaken)).toBeUndefined();
  });
});

describe('the moves undoingAudit follows', () => {
  const audit = (id: string, clause: string, previous: string | null, next: string, renamedFrom?: string) => ({ id, clause, previous_hash: previous, new_hash: next, ...(renamedFrom ? { renamed_from: renamedFrom } : {}) });
  const weaken = audit('2026-01-03', 'customers', 'strong', 'weak');

  it('are those of the map as it is at each call: a map given a move and a change back since the last call is read anew', () => {
    // Before, the moves were cached on the map object at its first call: a caller that added audits
    // to the same map afterwards got the old moves with the new audits, and no undoing audit.
    const map = new Map([['customers', [weaken]]]);
    expect(undoingAudit(map, weaken, auditMoves(map))).toBeUndefined();
    map.set('people/customers', [audit('2026-01-04', 'people/customers', 'weak', 'weak', 'customers'), audit('2026-01-05', 'people/customers', 'weak', 'strong')]);
    expect(undoingAudit(map, weaken, auditMoves(map))).toBe('2026-01-05');
    // Moves found from other audits than the map's are what they are: undoingAudit keeps no copy of its own.
    expect(undoingAudit(map, weaken, new Map())).toBeUndefined();
  });
});
