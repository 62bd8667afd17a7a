// Round 44b (issue 11): an "only" said another way ("the one place where", "work reserved for",
// "every wig that goes out travels with"), a duty on every thing said by a negative universal after
// a fronted phrase of its own words, and a ban on the things a word picks out said as the act
// allowed only for the things its opposite picks out; beside the twins that keep their reasons; the
// classes through a real commit.
import { afterAll, describe, expect, it } from 'vitest';
import { clauseEditAudits } from '../../test-utils/clause-edit-audits.ts';
import { onlyForTheOppositeSet } from './_only-opposite-sets.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

describe('a ban on the things a word picks out, said as "only" the things its opposite picks out', () => {
  const lexicon = createWordNetLexicon();

  it('reads "that fail" against "only ... that pass", every other word kept', () => {
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Only wefts that pass the tension test get sewn in.', lexicon)).toBe(true);
  });

  it('reads nothing where the act, the test or the "only" changed', () => {
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Only wefts that pass the tension test get dyed.', lexicon)).toBe(false);
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Only wefts that pass the colour test get sewn in.', lexicon)).toBe(false);
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Wefts that pass the tension test get sewn in.', lexicon)).toBe(false);
  });
});

describe('the round 44b classes through the hook', () => {
  const hook = clauseEditAudits({ title: 'Wig studio' });
  afterAll(() => hook.cleanup());
  const knotted = "Lace fronts may be knotted only by wigmakers who hold the master's certificate.";
  // The four tests' edits in one batch: one commit of the old texts, one of the new, each clause
  // audited on its own (clauseEditAudits.editAll), where one edit at a time took 20 hooked commits.
  const EDITS = [
    ['wigs/hair', 'Human hair is stored only in the cedar cabinet.', 'The cedar cabinet is the one place where human hair may be kept.'],
    ['wigs/hair-2', 'Human hair is stored only in the cedar cabinet.', 'The cedar cabinet is one place where human hair may be kept.'],
    ['wigs/knotting', knotted, "Knotting a lace front is work reserved for wigmakers who hold the master's certificate."],
    ['wigs/knotting-2', knotted, "Knotting a lace front is work often given to wigmakers who hold the master's certificate."],
    ['wigs/cards', 'Wigs leave the studio only with a signed fitting card.', 'Every wig that goes out of the studio travels with its fitting card signed.'],
    ['wigs/cards-2', 'Wigs leave the studio only with a signed fitting card.', 'Every wig that goes out of the studio travels with its fitting card or a delivery note.'],
    ['wigs/brushing', 'Staff must brush out every wig at closing.', 'At closing, no wig goes unbrushed by staff.'],
    ['wigs/brushing-2', 'Staff must brush out every wig at closing.', 'At closing, no wig goes unbrushed by the apprentices.'],
    ['wigs/wefts', 'Wefts that fail the tension test are not sewn in.', 'Only wefts that pass the tension test get sewn in.'],
    ['wigs/wefts-2', 'Wefts that fail the tension test are not sewn in.', 'Wefts that pass the tension test are not sewn in.'],
  ] as const;
  let audited: ReturnType<typeof hook.editAll<typeof EDITS>> | undefined;
  const audits = () => (audited ??= hook.editAll(EDITS));

  it('leaves "the one place where" and "work reserved for" unflagged, and flags "one place" and work given to others too', () => {
    const [place, onePlace, reserved, given] = audits();
    expect(place.audit, place.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(onePlace.audit, onePlace.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(onePlace.codes, onePlace.edit).toContain('scope-widened');
    expect(reserved.audit, reserved.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(given.audit, given.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });

  it('leaves "every wig that goes out travels with its card" unflagged for "only with", and flags an alternative added', () => {
    const [, , , , every, or] = audits();
    expect(every.audit, every.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(or.audit, or.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });

  it('leaves a negative universal after a fronted phrase of the old words unflagged, and flags the duty given to another party', () => {
    const [, , , , , , closing, apprentices] = audits();
    expect(closing.audit, closing.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(apprentices.audit, apprentices.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });

  it('leaves "only ... that pass" for "that fail ... not" unflagged, and flags the ban turned onto the set that passes', () => {
    const [, , , , , , , , only, turned] = audits();
    expect(only.audit, only.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(turned.audit, turned.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });
});
