// Round 45a (issue 11): a step of a procedure ("then", "also") replaced in its place by another
// step that asks for none of what it asked, read as a requirement removed; beside the benign
// twins (the step said in other words keeping what it acts on, the step stressed); through a real
// commit. Amounts said in other units: "half a cubic metre", a rule whose one change is its amount.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { findStepsReplaced } from './reason-step-replaced.ts';
import { findNumberChanges } from './reason-number.ts';
import { findRequirementsRemoved } from './reason-requirement.ts';
import { findQualitiesSaidAsSources } from './reason-quality-said-as-source.ts';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((reason) => reason.code);
const lexicon = createWordNetLexicon();
const loft = "You are the workshop assistant for a sail loft. Every sail brought in for repair is tagged with the owner's name.";
const step = 'A sailmaker then inspects the seams and marks every tear in chalk.';

describe('a step replaced in its place by another step', () => {
  it('reads a "then" step given to another doer with another act and thing as a requirement removed', () => {
    const reasons = findStepsReplaced(`${loft} ${step}`, `${loft} The owner then collects a ticket and pays the deposit.`, lexicon);
    expect(codes(reasons)).toEqual(['requirement-removed']);
    expect(reasons[0]?.message).toContain('step replaced');
  });

  it('reads a "must also" duty replaced by a thing handed over as a requirement removed', () => {
    const press = 'You are the volunteer assistant for a printing press museum. Before a demonstration, check that the platen guard is in place.';
    expect(codes(findStepsReplaced(`${press} Volunteers must also wear the leather apron over their clothes.`, `${press} Volunteers will also receive a museum lanyard and a parking pass.`, lexicon))).toEqual(['requirement-removed']);
  });

  it('reads nothing where the step is said in the passive, stressed, loses its "then", or a case\'s "then" changed', () => {
    expect(findStepsReplaced(`${loft} ${step}`, `${loft} The seams are then inspected by a sailmaker and every tear is marked in chalk.`, lexicon)).toEqual([]);
    expect(findStepsReplaced(`${loft} ${step}`, `${loft} A sailmaker then inspects the seams and marks every single tear in chalk, without fail.`, lexicon)).toEqual([]);
    expect(findStepsReplaced(`${loft} ${step}`, `${loft} The owner collects a ticket and pays the deposit.`, lexicon)).toEqual([]);
    expect(findStepsReplaced(`${loft} If a sail is torn, then mark every tear in chalk.`, `${loft} If a sail is torn, then the owner collects a ticket and pays the deposit.`, lexicon)).toEqual([]);
  });

  it('reads nothing without the dictionary, or when the first sentence is the one changed', () => {
    expect(findStepsReplaced(`${loft} ${step}`, `${loft} The owner then collects a ticket and pays the deposit.`, null)).toEqual([]);
    expect(findStepsReplaced(`${step} ${loft}`, `The owner then collects a ticket and pays the deposit. ${loft}`, lexicon)).toEqual([]);
  });
});

describe('amounts said in other units', () => {
  it('reads "half a cubic metre" as 500 litres, and a third of one as less', () => {
    expect(findNumberChanges('The still holds 500 litres.', 'The still holds half a cubic metre.')).toEqual([]);
    expect(codes(findNumberChanges('The still holds 500 litres.', 'The still holds a third of a cubic metre.'))).toEqual(['number-changed']);
  });

  it('reads a ban on those under an age made a ban on no one at all as stricter, and the age moved as a number changed', () => {
    expect(findNumberChanges('Apprentices under 18 may not use the guillotine.', 'No apprentice may use the guillotine.')).toEqual([]);
    expect(codes(findNumberChanges('Apprentices under 18 may use the guillotine.', 'No apprentice may use the guillotine.'))).toEqual(['number-changed']);
    expect(codes(findNumberChanges('Apprentices under 18 may not use the guillotine.', 'Apprentices under 16 may not use the guillotine.'))).toEqual(['number-changed']);
  });

  it('reads a rule whose only change is its amount in other units as kept, and a changed amount as a rule removed', () => {
    const rule = 'The carriage must never exceed 12 metres per second.';
    expect(findRequirementsRemoved(rule, 'The carriage must never exceed 43.2 km/h.', lexicon)).toEqual([]);
    expect(codes(findRequirementsRemoved(rule, 'The carriage must never exceed 50 km/h.', lexicon))).toEqual(['requirement-removed']);
    expect(findRequirementsRemoved(rule, 'The trolley must never exceed 43.2 km/h.', lexicon)).not.toEqual([]);
  });
});

describe('a quality asked of a thing said as where it comes from', () => {
  const rule = 'Only waxed thread may be used for hand-stitching a mainsail.';

  it('reads "waxed thread" -> "thread bought from the chandlery" as the thing replaced', () => {
    const reasons = findQualitiesSaidAsSources(rule, 'Only thread bought from the chandlery may be used for hand-stitching a mainsail.', lexicon);
    expect(codes(reasons)).toEqual(['object-replaced']);
    expect(reasons[0]?.message).toContain('"waxed thread" -> "thread bought from the chandlery"');
  });

  it('reads nothing where the quality is spelled out, said again, or its absence said', () => {
    expect(findQualitiesSaidAsSources(rule, 'Only thread that has been waxed may be used for hand-stitching a mainsail.', lexicon)).toEqual([]);
    expect(findQualitiesSaidAsSources(rule, 'Only thread coated with wax by the chandlery may be used for hand-stitching a mainsail.', lexicon)).toEqual([]);
    expect(findQualitiesSaidAsSources('Only barbless hooks may be used.', 'Only hooks made without barbs may be used.', lexicon)).toEqual([]);
    expect(findQualitiesSaidAsSources(rule, 'Only thread bought from the chandlery may be used for hand-stitching a mainsail.', null)).toEqual([]);
  });
});
