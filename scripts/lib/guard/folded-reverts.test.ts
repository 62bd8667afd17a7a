import { describe, expect, it } from 'vitest';
import { flaggedWithRevert, revertsOfMissingAudits } from './folded-reverts.ts';

const audit = (clause: string, id: string, fields: { reverts?: string | null; regression_flag?: boolean; renamed_from?: string } = {}) => ({ clause, id, file: `vault/audits/${clause}/${id}.yaml`, reverts: fields.reverts ?? null, regression_flag: fields.regression_flag ?? false, ...(fields.renamed_from ? { renamed_from: fields.renamed_from } : {}) });

describe('a flagged change and the audit of its change back', () => {
  it('pairs a flagged audit with the audit whose reverts names it, also under the id a move gave the clause', () => {
    const change = audit('security/key-rotation', 'a1', { regression_flag: true });
    const back = audit('security/key-rotation', 'a2', { reverts: 'a1' });
    const move = audit('security/keys/rotation', 'a2m', { renamed_from: 'security/key-rotation' });
    const moved = audit('security/keys/rotation', 'a3', { reverts: 'a1' });
    const unrelated = audit('privacy/accounts', 'a4', { reverts: 'a9' });
    // Another clause's audit naming a1 (written by hand: the hook names only its own clause's) is no change back of it.
    const otherClause = audit('privacy/accounts', 'a5', { reverts: 'a1' });
    expect(flaggedWithRevert([change, back, move, moved, unrelated, otherClause])).toEqual([{ change, back }, { change, back: moved }]);
    // An unflagged audit has no change back to pair with.
    expect(flaggedWithRevert([{ ...change, regression_flag: false }, back])).toEqual([]);
  });

  it('finds an audit whose reverts names an audit that is not there (a squash left it out)', () => {
    const back = audit('security/key-rotation', 'a2', { reverts: 'a1' });
    expect(revertsOfMissingAudits([back, audit('security/key-rotation', 'a0')])).toEqual([back]);
    expect(revertsOfMissingAudits([back, audit('security/key-rotation', 'a1', { regression_flag: true })])).toEqual([]);
  });
});
