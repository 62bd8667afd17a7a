// Round 32a (issue 11: faithful rewordings flagged in v36-v39): a sentence's main clause read by
// its parts of speech (`_clause-reading.ts`, tags from `_part-of-speech.ts`), and rules said through
// a relation between acts restated in the plain shape a requirement frame reads
// (`_frame-relations.ts`): keeping a thing from a party is not passing it to them; a place off
// limits or closed to a party is the party not entering it; skipping a thing is not doing the act
// to it; a thing going to a party is someone passing it to them. Each relation tested through the
// code it withdraws (negation-removed) with the twins that change one slot; one through a commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { tagWords } from './_part-of-speech.ts';
import { isPosTaggerLoaded } from './pos-tagger-fs.ts';
import { readClause } from './_clause-reading.ts';
import { OPEN_ACTS, restateByRelation } from './_frame-relations.ts';
import { findReasonsBeyondKeptRequirements } from './requirements-kept-withdrawn.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
const tagger = lexicon.tagger!;
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a clause read by its parts of speech', () => {
  it('loads the tagger with the dictionary only when a clause is read', () => {
    expect(isPosTaggerLoaded()).toBe(false);
    readClause('Keys go only to people who signed the register.', tagger);
    expect(isPosTaggerLoaded()).toBe(true);
  });

  it('reads a verb the tagger takes for a noun after a negation, a modal or a plural subject', () => {
    expect(tagWords(tagger, ['Never', 'share', 'a', 'member', "'s", 'number'])[1]).toMatch(/^VB/);
    expect(tagWords(tagger, ['Visitors', 'sign', 'in', 'at', 'the', 'desk'])[1]).toMatch(/^VB/);
    expect(tagWords(tagger, ['Test', 'a', 'child', "'s", 'sample'])[0]).toBe('VB');
  });

  it('reads a word that names a property of objects as a word ("constructor")', () => {
    expect(tagger.allowedTags('constructor')).toEqual([]);
    expect(readClause('The constructor must never enter the site.', tagger)).toMatchObject({ subject: ['The', 'constructor'], verb: 'enter', negated: true });
  });

  it('finds the subject, verb group and verb of a declarative with no modal', () => {
    expect(readClause('Keys go only to people who signed the register.', tagger)).toMatchObject({ subject: ['Keys'], verb: 'go', only: true, negated: false, modal: null });
    expect(readClause('Complaints do not go to the sales team.', tagger)).toMatchObject({ subject: ['Complaints'], verb: 'go', negated: true });
    expect(readClause('The pitch is off limits to spectators.', tagger)).toMatchObject({ subject: ['The', 'pitch'], verb: 'is', particle: 'off', rest: ['limits', 'to', 'spectators.'] });
    expect(readClause('Each signed contract goes to the legal team.', tagger)).toMatchObject({ subject: ['Each', 'signed', 'contract'], verb: 'goes' });
    expect(readClause('After dark, the towpath is closed to cyclists.', tagger)).toMatchObject({ opening: 'After dark,', subject: ['the', 'towpath'], verb: 'closed' });
  });

  it('reads no clause where the verb cannot be told', () => {
    // A participle of the subject with the modal after it; a case inside what would be the subject; a relative clause in it.
    expect(readClause('A roost found during a survey may be reported to the records centre.', tagger)).toBeNull();
    expect(readClause('Test a sample only when the parent has consented.', tagger)?.verb).toBe('test');
    expect(readClause('Activities that promote a party fall outside what we fund.', tagger)).toBeNull();
  });
});

describe('a rule said through a relation, restated in the plain shape', () => {
  it('reads keeping from as not passing to, each way the party can stand', () => {
    expect(restateByRelation('Keep the alarm code from contractors.', tagger)).toEqual([`Do not ${OPEN_ACTS.pass} the alarm code to contractors.`, `Do not ${OPEN_ACTS.pass} contractors the alarm code.`]);
    expect(restateByRelation('The date of the inspection is kept from the business.', tagger)[0]).toBe(`Do not ${OPEN_ACTS.pass} the date of the inspection to the business.`);
    expect(restateByRelation("The tenant's new address stays confidential from the landlord.", tagger)[0]).toBe(`Do not ${OPEN_ACTS.pass} the tenant's new address to the landlord.`);
    expect(restateByRelation('Keep the alarm code with contractors.', tagger)).toEqual([]);
  });

  it('reads off limits, closed to, staying out of and not letting in as not entering', () => {
    expect(restateByRelation('The pitch is off limits to spectators.', tagger)).toEqual([`spectators must not ${OPEN_ACTS.enter} the pitch.`]);
    expect(restateByRelation('After dark, the towpath is closed to cyclists.', tagger)).toEqual([`cyclists must not ${OPEN_ACTS.enter} the towpath after dark.`]);
    expect(restateByRelation('Guests are to stay out of the kitchen.', tagger)).toEqual([`Guests must not ${OPEN_ACTS.enter} the kitchen.`]);
    expect(restateByRelation('Do not let dogs into the dining room.', tagger)).toEqual([`dogs must not ${OPEN_ACTS.enter} the dining room.`]);
    expect(restateByRelation('The pitch is open to spectators.', tagger)).toEqual([]);
  });

  it('reads skipping as not doing the act, and a thing going to a party as passing it', () => {
    expect(restateByRelation('Skip doors with a sign.', tagger)).toEqual([`Do not ${OPEN_ACTS.any} doors with a sign.`]);
    expect(restateByRelation('Keys go only to people who signed the register.', tagger)).toEqual([`${OPEN_ACTS.pass} keys only to people who signed the register.`]);
    expect(restateByRelation('Invoices never go to a personal email.', tagger)).toEqual([`Do not ${OPEN_ACTS.pass} invoices to a personal email.`]);
  });

  it('restates a plain declarative as a duty, but not a passive or a grant', () => {
    expect(restateByRelation('Each rider wears a helmet on the track.', tagger)).toEqual(['Each rider must wears a helmet on the track.']);
    expect(restateByRelation('The range officer is cleared by the archers.', tagger)).toEqual([]);
    expect(restateByRelation('Members may use the sauna.', tagger)).toEqual([]);
  });
});

describe('negation-removed withdrawn where a relation states the ban again, per relation', () => {
  it('keeping a thing from a party; twins: another party, "keep with", the roles swapped', async () => {
    expect(await codes('Do not tell callers the address of the shelter.', 'Keep the address of the shelter from callers.')).toEqual([]);
    expect(await codes('Do not tell the landlord the tenant\'s new address.', 'The tenant\'s new address stays confidential from the landlord.')).toEqual([]);
    expect(await codes('Do not tell callers the address of the shelter.', 'Keep the address of the shelter from volunteers.')).toContain('negation-removed');
    expect(await codes('Never give the alarm code to contractors.', 'Keep the alarm code with contractors.')).toContain('negation-removed');
    expect(await codes('Do not show students the answers before the exam.', 'Keep the answers from students after the exam.')).not.toEqual([]);
  });

  it('a place closed or off limits to a party; twins: another party, the case turned, the figure moved', async () => {
    expect(await codes('Children may not enter the workshop.', 'The workshop is closed to children.')).toEqual([]);
    expect(await codes('Delivery vans may not enter the yard before 7am.', 'The yard is closed to delivery vans before 7am.')).toEqual([]);
    expect(await codes('Children may not enter the workshop.', 'The workshop is closed to adults.')).not.toEqual([]);
    expect(await codes('Delivery vans may not enter the yard before 7am.', 'The yard is closed to delivery vans before 5am.')).toContain('number-changed');
    expect(await codes('Spectators must not enter the pitch.', 'The pitch is open to spectators.')).toContain('negation-removed');
  });

  it('skipping a thing; twins: the relative clause turned, the thing replaced', async () => {
    expect(await codes('Do not call customers who have opted out.', 'Skip customers who have opted out.')).toEqual([]);
    expect(await codes('Never print the card number on a receipt.', 'Leave out the card number on a receipt.')).toEqual([]);
    expect(await codes('Do not call customers who have opted out.', 'Skip customers who have not opted out.')).not.toEqual([]);
    expect(await codes('Never print the card number on a receipt.', 'Leave out the order number on a receipt.')).not.toEqual([]);
  });

  it('a thing going only to a party; twins: the "only" dropped, the ban dropped', async () => {
    expect(await codes('Never hand keys to anyone who has not signed the register.', 'Keys go only to people who have signed the register.')).toEqual([]);
    expect(await codes('Never hand keys to anyone who has not signed the register.', 'Keys go to people who have signed the register.')).toContain('negation-removed');
    expect(await codes('Never send invoices to a customer\'s personal email.', 'Invoices go to a customer\'s personal email.')).toContain('negation-removed');
  });

  it('never withdraws a reason that flags by design, and names no act of another class', async () => {
    const read = () => [{ code: 'tone-dismissive', message: 'tone' }, { code: 'negation-removed', message: 'negation' }];
    const kept = findReasonsBeyondKeptRequirements('Children may not enter the workshop.', 'The workshop is closed to children.', lexicon, read(), () => []);
    expect(kept.map((reason) => reason.code)).toEqual(['tone-dismissive']);
    // "paint" is no verb of passing: the place kept from a party is not a thing painted.
    expect(await codes('Do not paint the fence near the gate.', 'Keep the fence from the gate.')).not.toEqual([]);
  });
});
