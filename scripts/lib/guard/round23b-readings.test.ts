// Round 23b (issue 11): v24's misses and the misses foreseen from the issue's kinds, read as kinds
// of English (a thing's kind swapped before its noun, an outcome said as an attempt, a share in
// words, an "only" set added to, a count dropped to one, a ban turned to advice, two parties
// exchanged in every place they are named, a case made more extreme, an apology and a free remedy
// dropped, a secured state swapped), each reading beside the twin that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { sharesIn } from './reason-share-changed.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('the word that picks out a kind of thing, swapped before the kept noun', () => {
  it('flags "the certified scale" -> "the kitchen scale" and "the locked freezer" -> "the spare freezer"', async () => {
    expect(await flagging('Every truffle found is weighed on the certified scale in the barn.', 'Every truffle found is weighed on the kitchen scale in the barn.')).toContain('object-replaced');
    expect(await flagging('Keep the reagents in the locked cupboard in the prep room.', 'Keep the reagents in the spare cupboard in the prep room.')).toContain('object-replaced');
  });

  it('keeps a noun said in the plural, a word that names no kind, and a grant', async () => {
    expect(await flagging('Weigh each parcel on the calibrated scale before you print the label.', 'Weigh each parcel on the calibrated scales before you print the label.')).toEqual([]);
    expect(await flagging('Staff sign in at the main desk before the first class.', 'Staff sign in at the usual desk before the first class.')).toEqual([]);
    expect(await flagging('Guests may use the hotel pool until ten at night.', 'Guests may use the rooftop pool until ten at night.')).toEqual([]);
  });
});

describe('an outcome a duty or a gate demands said as an attempt', () => {
  it('flags passed -> sat in an only-gate, placed -> run in a duty and fix -> report', async () => {
    expect(await flagging('Only apprentices who have passed the hygiene exam may work on the pastry line.', 'Only apprentices who have sat the hygiene exam may work on the pastry line.')).toContain('modal-weakened');
    expect(await flagging('Dogs entered in the Open class must have been placed in at least one Novice trial.', 'Dogs entered in the Open class must have run in at least one Novice trial.')).toContain('modal-weakened');
    expect(await flagging('Engineers must fix any fault on the ramp before boarding starts.', 'Engineers must report any fault on the ramp before boarding starts.')).toContain('modal-weakened');
  });

  it('keeps an outcome said by another outcome verb and an attempt made an outcome', async () => {
    expect(await flagging('Volunteers must have completed the manual handling course before moving archive boxes.', 'Volunteers must have finished the manual handling course before moving archive boxes.')).toEqual([]);
    expect(await flagging('The head brewer reviews every recipe change.', 'The head brewer approves every recipe change.')).toEqual([]);
  });
});

describe('a share said in words', () => {
  it('reads shares standing alone, "the rest" and an even split, and leaves fractions with "of" and periods to other readings', () => {
    expect(sharesIn(['paid', 'half', 'on', 'signing', 'and', 'half', 'on', 'completion'])).toEqual([50, 50]);
    expect(sharesIn(['a', 'quarter', 'on', 'signing', 'and', 'the', 'rest', 'on', 'completion'])).toEqual([25, 75]);
    expect(sharesIn(['split', 'fifty-fifty'])).toEqual([50, 50]);
    expect(sharesIn(['a', 'quarter', 'of', 'the', 'dose'])).toEqual([]);
    expect(sharesIn(['once', 'a', 'quarter'])).toEqual([]);
    expect(sharesIn(['a', 'third', 'party'])).toEqual([]);
  });

  it('flags half -> a quarter and keeps the same split said another way', async () => {
    expect(await flagging('Artists are paid a fee of £40 per square metre, half on signing and half on completion.', 'Artists are paid a fee of £40 per square metre, a quarter on signing and the rest on completion.')).toContain('number-changed');
    expect(await flagging('Tips are split half to the kitchen and half to the floor staff.', 'Tips are split half to the kitchen and the rest to the floor staff.')).toEqual([]);
  });
});

describe('the set an "only" or a restriction keeps to, added to', () => {
  it('flags an "and" item after "only" and after "restricted to"', async () => {
    expect(await flagging('Only the head keeper may enter the big cat enclosure.', 'Only the head keeper and the vet may enter the big cat enclosure.')).toContain('scope-widened');
    expect(await flagging('Use of the lathe is restricted to qualified technicians.', 'Use of the lathe is restricted to qualified technicians and apprentices.')).toContain('scope-widened');
  });

  it('keeps a pair that must act together and a prerequisite added to a clause', async () => {
    expect(await flagging('Only the duty manager may open the safe.', 'Only the duty manager and the deputy together may open the safe.')).toEqual([]);
    expect(await flagging('Only staff who have been trained may use the lathe.', 'Only staff who have been trained and signed off may use the lathe.')).toEqual([]);
  });
});

describe('a count said by "second" or "both" dropped to one', () => {
  it('flags a second supervisor -> a supervisor and both cashiers -> a cashier', async () => {
    expect(await flagging('Cash refunds over £200 need sign-off from a second supervisor.', 'Cash refunds over £200 need sign-off from a supervisor.')).toContain('number-changed');
    expect(await flagging('The night float must be counted by both cashiers.', 'The night float must be counted by a cashier.')).toContain('number-changed');
  });

  it('keeps "another" for "a second" and a count of what a prohibition forbids', async () => {
    expect(await flagging('Cash refunds over £200 need sign-off from a second supervisor.', 'Cash refunds over £200 need sign-off from another supervisor.')).toEqual([]);
    expect(await flagging('Never leave both fire doors open at once.', 'Never leave a fire door open at once.')).toEqual([]);
  });
});

describe('a ban turned to advice to steer clear', () => {
  it('flags "Never" -> "Avoid" and "Do not" -> "Try not to"', async () => {
    expect(await flagging('Never blame the customer for a late delivery.', 'Avoid blaming the customer for a late delivery.')).toContain('modal-weakened');
    expect(await flagging('Do not shout at a dog during training.', 'Try not to shout at a dog during training.')).toContain('modal-weakened');
  });

  it('keeps a ban said with another ban and "refrain from"', async () => {
    expect(await flagging('Never shout at a dog during training.', 'Do not shout at a dog during training.')).toEqual([]);
    expect(await flagging('Never shout at a dog during training.', 'Refrain from shouting at a dog during training.')).toEqual([]);
  });
});

describe('two parties exchanged in every place a sentence names them', () => {
  it('flags a party of two words exchanged with one of one word in both clauses', async () => {
    expect(await flagging('The lookout radios each bearing to the neighbouring tower, and the neighbouring tower cross-checks it with its own fire finder.', 'The neighbouring tower radios each bearing to the lookout, and the lookout cross-checks it with its own fire finder.')).toContain('roles-swapped');
    expect(await flagging('The charge nurse hands the keys to the porter, and the porter locks the pharmacy store.', 'The porter hands the keys to the charge nurse, and the charge nurse locks the pharmacy store.')).toContain('roles-swapped');
  });

  it('keeps the two named as one list the other way round', async () => {
    expect(await flagging('The charge nurse and the porter check the pharmacy store together.', 'The porter and the charge nurse check the pharmacy store together.')).toEqual([]);
  });
});

describe('the case a duty or prohibition holds in made more extreme', () => {
  it('flags a degree word put before the case noun while the rest of the case changes too', async () => {
    expect(await flagging('Close the outdoor pool when there is wind.', 'Close the outdoor pool when there is strong wind over the deck.')).toContain('condition-narrowed');
    expect(await flagging('Never fly the drone if there is fog at the launch site.', 'Never fly the drone if there is thick fog anywhere near the launch site.')).toContain('condition-narrowed');
  });

  it("keeps the same case said with another marker and a grant's case narrowed", async () => {
    expect(await flagging('Never fly the drone if there is fog at the launch site.', 'Do not fly the drone when there is fog at the launch site.')).toEqual([]);
    expect(await flagging('Guests may swim when there is sun.', 'Guests may swim when there is strong sun.')).toEqual([]);
  });
});

describe('an apology and a remedy at our cost dropped, no care left', () => {
  it('flags the apology and a free remedy replaced by leaving the customer to find out, in a whole rewrite', async () => {
    expect(await flagging('If a repair will be late, ring the customer, apologise and offer to deliver the shoes free of charge.', 'If a repair will be late, the customer will find out when they come to collect.')).toContain('tone-care-dropped');
    expect(await flagging('If a bike service overruns, call the owner, apologise and lend them a bike free of charge.', 'If a bike service overruns, the owner will see the new date when they check the ticket.')).toContain('tone-care-dropped');
  });

  it('keeps the remedy said at no cost and the apology said as sorry', async () => {
    expect(await flagging('If a bike service overruns, call the owner, apologise and lend them a bike free of charge.', 'If a bike service overruns, ring the owner, say sorry and lend them a bike at no cost.')).toEqual([]);
  });
});

describe('the secured state a duty demands swapped for one that secures nothing', () => {
  it('flags locked -> lowered and isolate -> inspect', async () => {
    expect(await flagging('The drugs trolley must be locked when unattended.', 'The drugs trolley must be lowered when unattended.')).toContain('modal-weakened');
    expect(await flagging('Isolate the pump before opening the inspection hatch.', 'Inspect the pump before opening the inspection hatch.')).toContain('modal-weakened');
  });

  it('keeps a securing word said by another', async () => {
    expect(await flagging('The drugs trolley must be locked when unattended.', 'The drugs trolley must be secured when unattended.')).toEqual([]);
    expect(await flagging('The saw guard must be closed before the blade is started.', 'The saw guard must be shut before the blade is started.')).toEqual([]);
  });
});
