// Round 23a (issue 11: false flags, v24 as tuning data): a prohibition said as the state it keeps
// (`_states-kept.ts`), "only" said by "is limited to / restricted to / reserved for", a duty that
// binds more people ("anyone working on A or B") and a clause of its own added after ", and"; each
// beside twins that must still be flagged.
import { afterAll, describe, expect, it } from 'vitest';
import { keepsTheState } from './_states-kept.ts';
import { saysDutyAsOnlyGrant } from './_duty-as-only-grant.ts';
import { foldRulesFromOtherSide } from './_rules-from-other-side.ts';
import { findReasons } from './find-reasons.ts';
import { withDoubleNegativesSaidPlainly } from './_double-negatives.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());

const codes = (previous: string, next: string) => findReasons(previous, next, lexicon).map((reason) => reason.code);

describe('a prohibition said as the state it keeps', () => {
  it('reads "not take X out of Y" as "X stays inside Y", "nobody enters Y" as "Y stays empty", "not disclosed" as "stays confidential"', () => {
    expect(keepsTheState('Students must not take mordant powders out of the fume cupboard.', 'Mordant powders stay inside the fume cupboard; students leave them there.', lexicon)).toBe(true);
    expect(keepsTheState('Nobody enters the paint store while the extractor is off.', 'The paint store stays empty while the extractor is off.', lexicon)).toBe(true);
    expect(keepsTheState('Exam marks must not be disclosed before the moderation meeting.', 'Exam marks stay confidential until the moderation meeting.', lexicon)).toBe(true);
    expect(keepsTheState('Crew must not remove the lifejackets from the ferry deck lockers.', 'The lifejackets stay in the ferry deck lockers.', lexicon)).toBe(true);
  });

  it('reads no state kept where the state lets the act, or the new sentence adds a word of its own', () => {
    expect(keepsTheState('Volunteers must not take archive boxes out of the search room.', 'Archive boxes stay outside the search room.', lexicon)).toBe(false);
    expect(keepsTheState('Nobody enters the paint store while the extractor is off.', 'The paint store stays open while the extractor is off.', lexicon)).toBe(false);
    expect(keepsTheState('Crew must not remove the lifejackets from the ferry deck lockers.', 'The lifejackets stay in the ferry deck lockers overnight.', lexicon)).toBe(false);
    expect(keepsTheState('Crew must remove the lifejackets from the ferry deck lockers.', 'The lifejackets stay in the ferry deck lockers.', lexicon)).toBe(false);
  });

  it('folds the state kept into the old prohibition, so the detectors read nothing; a state that lets the act stays as written', () => {
    const fold = (previous: string, next: string) => foldRulesFromOtherSide(previous, next, lexicon);
    expect(fold('Students must not take mordant powders out of the fume cupboard.', 'Mordant powders stay inside the fume cupboard; students leave them there.')).toBe('Students must not take mordant powders out of the fume cupboard.');
    expect(fold('Volunteers must not take archive boxes out of the search room.', 'Archive boxes stay outside the search room.')).toBe('Archive boxes stay outside the search room.');
    expect(fold('Crew must not remove the lifejackets from the ferry deck lockers.', 'The lifejackets stay in the ferry deck lockers overnight.')).toBe('The lifejackets stay in the ferry deck lockers overnight.');
  });
});

describe('"only" said by a predicate that keeps a thing to those it names', () => {
  it('passes "only X may" said as "is limited to / restricted to / reserved for X", and back', () => {
    expect(codes('Only surveyors holding a Natural England class licence may handle bats.', 'Handling bats is limited to surveyors with a Natural England class licence.')).toEqual([]);
    expect(codes('Only pharmacists may open the controlled drugs cupboard.', 'Opening the controlled drugs cupboard is restricted to pharmacists.')).toEqual([]);
    expect(codes('Use of the archive strongroom is restricted to the duty archivist.', 'Only the duty archivist may use the archive strongroom.')).toEqual([]);
  });

  it('flags the limit dropped, and reads "limited to 3 hours" as an amount, no limit on who', () => {
    expect(codes('Use of the archive strongroom is restricted to the duty archivist.', 'The duty archivist may use the archive strongroom.')).toContain('scope-widened');
    expect(codes('Visits are limited to 3 hours.', 'Visits last 3 hours.')).not.toContain('scope-widened');
  });
});

describe('a duty made stricter is no narrowing or widening', () => {
  it('passes an alternative added to the people a duty binds ("anyone working on A or B"), and flags it in a grant or a hand-over', () => {
    expect(codes('Anyone working on the fly floor wears a hard hat.', 'Anyone working on the fly floor or in the grid wears a hard hat, and tools carried aloft are tethered to the wrist.')).toEqual([]);
    expect(codes('All staff using the bandsaw must wear eye protection.', 'All staff using the bandsaw or the planer must wear eye protection.')).toEqual([]);
    expect(codes('Only staff working on the fly floor may use the chain hoist.', 'Only staff working on the fly floor or in the grid may use the chain hoist.')).toContain('scope-widened');
    expect(codes('Give the alarm code to anyone working on the night shift.', 'Give the alarm code to anyone working on the night shift or the cleaning rota.')).toContain('scope-widened');
  });

  it('passes ", and the adult sits in the rear seat" as a duty added, and flags "and the vehicle\'s trailer" as a case narrowed', () => {
    expect(codes('Children under 12 paddle in a double with an adult.', 'Children under 12 paddle in a double with an adult, and the adult sits in the rear seat.')).toEqual([]);
    expect(codes('Apprentices use the forge with a smith present.', 'Apprentices use the forge with a smith present, and they must wear leather aprons.')).toEqual([]);
    expect(codes('Escalate any ferry booking that includes a vehicle.', "Escalate any ferry booking that includes a vehicle and the vehicle's trailer.")).toContain('condition-narrowed');
  });
});

describe('"every X" said as a count per X', () => {
  it('passes "at the start and end of every shift" said as "twice per shift", and flags a count per another X or one X picked', () => {
    expect(codes('Volunteers must sign the tower log at the start and end of every shift.', 'The tower log gets your signature twice per shift: when you begin and when you finish.')).toEqual([]);
    expect(codes("Test the ferry's fire pumps on every crossing.", "Test the ferry's fire pumps twice per month.")).toContain('scope-narrowed');
    expect(codes('Sign the tower log at the start and end of every shift.', 'Sign the tower log at the start of the first shift.')).toContain('scope-narrowed');
  });
});

describe('a state said by a double negative', () => {
  it('says "is never out of X" as "is always within X" and "are never without X" as "are always with X", an act forbidden "without" left alone', () => {
    expect(withDoubleNegativesSaidPlainly("Once a kiln is alight, it is never out of a burner's view.")).toBe("Once a kiln is alight, it is always within a burner's view.");
    expect(withDoubleNegativesSaidPlainly('Toddlers are never without a parent.')).toBe('Toddlers are always with a parent.');
    expect(withDoubleNegativesSaidPlainly('Never refund without approval.')).toBe('Never refund without approval.');
  });

  it('passes the duty said by a double negative, and still flags the state loosened', () => {
    expect(codes('A burner must stay within sight of a lit kiln at all times.', "Once a kiln is alight, it is never out of a burner's view.")).not.toContain('requirement-removed');
    expect(codes('A burner must stay within sight of a lit kiln at all times.', "Once a kiln is alight, it is never out of a burner's view.")).not.toContain('negation-added');
    expect(codes("A lit kiln is never out of a burner's sight.", "A lit kiln is sometimes out of a burner's sight.")).toContain('modal-weakened');
  });
});

describe('a duty on every thing an act takes in, said as the act allowed only on things that meet it', () => {
  it('reads "Every boat taken out must carry a radio" as "Members can take out only boats that carry a radio"', () => {
    expect(saysDutyAsOnlyGrant('Every boat taken out must carry a radio.', 'Members can take out only boats that carry a radio.', lexicon)).toBe(true);
    expect(saysDutyAsOnlyGrant('Every sample sent to the lab must have a barcode label.', 'Staff may send only samples that have a barcode label to the lab.', lexicon)).toBe(true);
  });

  it('reads no duty kept without "only", with a word of its own, or with the demand dropped', () => {
    expect(saysDutyAsOnlyGrant('Every sample sent to the lab must have a barcode label.', 'Staff may send samples that have a barcode label to the lab.', lexicon)).toBe(false);
    expect(saysDutyAsOnlyGrant('Every parcel loaded onto the ferry must have a customs label.', 'The crew can load only parcels with a customs label onto the ferry at night.', lexicon)).toBe(false);
    expect(saysDutyAsOnlyGrant('Every parcel loaded onto the ferry must have a customs label.', 'The crew can load only parcels onto the ferry.', lexicon)).toBe(false);
  });
});
