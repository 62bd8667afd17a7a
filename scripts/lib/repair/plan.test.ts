import { describe, expect, it } from 'vitest';
import type { Mutation } from '../schema/records.ts';
import { planRepair, type RepairInput, type Stored } from './plan.ts';

// The repair model on records alone: which records stay, come back or go.

const hash = (n: number) => `sha256-${String(n).padStart(64, '0')}`;
function mutation(version: number, text: number, parent: [number, number] | null, commitParents: string[], created = '2026-01-01T10:00:00Z'): Stored<Mutation> {
  return {
    file: `vault/mutations/p/${String(version).padStart(4, '0')}-${String(text).padStart(12, '0')}.yaml`,
    prompt: 'p', version, content_hash: hash(text), commit_parents: commitParents, created_at: created,
    parents: parent ? [{ prompt: 'p', version: parent[0], content_hash: hash(parent[1]), commit: null }] : [],
  } as unknown as Stored<Mutation>;
}
function input(mutations: Stored<Mutation>[], madeHere: string[], textWhereAdded: [Stored<Mutation>, number][] = [], extra: Partial<RepairInput> = {}): RepairInput {
  return {
    mutations, checkpoints: [], audits: [], deleted: { mutations: [], checkpoints: [], audits: [] },
    madeHere: (file) => madeHere.includes(file),
    textWhereAdded: new Map(textWhereAdded.map(([m, text]) => [m.file, hash(text)])),
    currentText: new Map(), addedBy: new Map(), ...extra,
  };
}

describe('planRepair', () => {
  it('keeps the intermediate version a squashed version descends from', () => {
    const v1 = mutation(1, 1, null, []);
    const v2 = mutation(2, 2, [1, 1], ['a']);
    const v3 = mutation(3, 3, [2, 2], ['b']);
    // The squash commit holds v3's text, not v2's.
    const plan = planRepair(input([v1, v2, v3], [v1.file], [[v2, 3], [v3, 3]]));
    expect([...plan.drop.keys()]).toEqual([]);
  });

  it('drops a version a fixup or squash folded, and the folded-in version that descends from it', () => {
    const v1 = mutation(1, 1, null, []);
    const v2 = mutation(2, 2, [1, 1], ['a']);
    const v3 = mutation(3, 3, [2, 2], ['b']);
    const plan = planRepair(input([v1, v2, v3], [v1.file], [[v2, 3], [v3, 3]], { firstAttempts: new Set([v2.file]), folded: new Set([v2.file]) }));
    expect([...plan.drop.keys()]).toEqual([v2.file, v3.file]);
    expect(plan.drop.get(v2.file)).toContain('folded the next commit into');
  });

  it("drops a cherry-picked record of a text the branch does not hold, and what descends only from it", () => {
    const v1 = mutation(1, 1, null, []);
    const v2 = mutation(2, 2, [1, 1], ['main']);
    const copied = mutation(3, 30, [2, 20], ['side']);
    const plan = planRepair(input([v1, v2, copied], [v1.file, v2.file], [[copied, 31]]));
    expect([...plan.drop.keys()]).toEqual([copied.file]);
  });

  it('says a record made for the first attempt of the commit that holds it (amended without the hook) is that, not a copy from another branch', () => {
    const v1 = mutation(1, 1, null, []);
    const attempt = mutation(2, 2, [1, 1], ['c1']);
    const plan = planRepair(input([v1, attempt], [v1.file], [[attempt, 3]], { firstAttempts: new Set([attempt.file]) }));
    expect(plan.drop.get(attempt.file)).toBe('recorded for the first attempt of the commit that holds it, whose text that commit does not hold: the commit was amended without the hook (`--no-verify`, HUSKY=0), or a later pre-commit step rewrote the file');
    expect(planRepair(input([v1, attempt], [v1.file], [[attempt, 3]])).drop.get(attempt.file)).toContain('copied by a cherry-pick or rebase');
  });

  it('restores a record a revert deleted, but not a copy that was dropped before', () => {
    const v1 = mutation(1, 1, null, []);
    const v2 = mutation(2, 2, [1, 1], ['c1']);
    const foreign = mutation(2, 9, [1, 1], ['elsewhere']);
    const plan = planRepair(input([v1], [v1.file, v2.file], [], { deleted: { mutations: [v2, foreign], checkpoints: [], audits: [] } }));
    expect(plan.restore).toEqual([v2.file]);
  });

  it('of two records of one version for the same commit, keeps the earlier; siblings of two branches are not duplicates, even added by one commit (a backfill)', () => {
    const v1 = mutation(1, 1, null, []);
    const a = mutation(2, 2, [1, 1], ['c1'], '2026-01-02T09:00:00Z');
    const b = mutation(2, 2, [1, 1], ['c1'], '2026-01-02T10:00:00Z');
    b.file = b.file.replace('000000000002', '00000000002b');
    const plan = planRepair(input([v1, a, b], [v1.file, a.file, b.file], [], { addedBy: new Map([[a.file, 'x'], [b.file, 'x']]) }));
    expect([...plan.drop.keys()]).toEqual([b.file]);
    const siblings = planRepair(input([v1, a, b], [v1.file, a.file, b.file], [], { addedBy: new Map([[a.file, 'x'], [b.file, 'y']]) }));
    expect([...siblings.drop.keys()]).toEqual([]);
    const other = mutation(2, 3, [1, 1], ['c1'], '2026-01-02T10:00:00Z');
    const backfilled = planRepair(input([v1, a, other], [v1.file, a.file, other.file], [], { addedBy: new Map([[a.file, 'x'], [other.file, 'x']]) }));
    expect([...backfilled.drop.keys()]).toEqual([]);
  });
});
