// Round 42a (issue 11): the last item of a serial list cut, the list's "and"/"or" moved up to the
// item before it, read where the item now last still names the cut one's head ("the find date, the
// find location and the find depth" -> "the find date and the find location"): the conjunct reading
// saw the head kept and read the item as kept. Beside benign twins that keep the list, or cut from a
// grant's list or from what a rule excepts; the class through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { readStatementGroups } from './_statement-groups.ts';
import { lastItemCut } from './_last-item-cut.ts';
import { findConjunctsDropped } from './reason-conjunct.ts';

const read = (previous: string, next: string) => readStatementGroups(previous, next);
const fragments = 'Label every meteorite fragment with the find date, the find location and the find depth on its tag.';

describe('the last item of a serial list cut', () => {
  it('reads the item cut when the one now last took the list\'s "and" or "or"', () => {
    expect(lastItemCut(fragments, 'Label every meteorite fragment with the find date and the find location on its tag.')).toBe('the find depth');
    expect(lastItemCut("Before a canyoning trip, check each client's wetsuit, helmet and wetsuit boots.", "Before a canyoning trip, check each client's wetsuit and helmet.")).toBe('wetsuit boots');
    expect(lastItemCut('Players with a knee injury, a back injury, or a wrist injury must not throw.', 'Players with a knee injury or a back injury must not throw.')).toBe('a wrist injury');
  });

  it('reads nothing when the list is kept, reordered, or a middle or first item went', () => {
    expect(lastItemCut(fragments, 'Label every meteorite fragment with three things: the find date, the find location and the find depth on its tag.')).toBeNull();
    expect(lastItemCut(fragments, 'Label every meteorite fragment with the find location, the find date and the find depth on its tag.')).toBeNull();
    expect(lastItemCut(fragments, 'Label every meteorite fragment with the find date and the find depth on its tag.')).toBeNull();
    expect(lastItemCut(fragments, 'Label every meteorite fragment with the find date on its tag.')).toBeNull();
  });

  it('raises conjunct-dropped for a duty or a ban, and nothing for a grant\'s list or an exception', () => {
    expect(findConjunctsDropped(read(fragments, 'Label every meteorite fragment with the find date and the find location on its tag.'))[0]?.message).toMatch(/^conjunct dropped: "the find depth" is gone from the end of the list/);
    expect(findConjunctsDropped(read('Players with a knee injury, a back injury or a wrist injury must not throw in the pétanque league.', 'Players with a knee injury or a back injury must not throw in the pétanque league.')).map((reason) => reason.code)).toEqual(['conjunct-dropped']);
    expect(findConjunctsDropped(read('Members may borrow a club helmet, a club wetsuit or club wetsuit boots for a canyoning trip.', 'Members may borrow a club helmet or a club wetsuit for a canyoning trip.'))).toEqual([]);
    expect(findConjunctsDropped(read('Wetsuits are compulsory on every canyoning trip, except the river walk, the gorge picnic and the river swim.', 'Wetsuits are compulsory on every canyoning trip, except the river walk and the gorge picnic.'))).toEqual([]);
  });
});
