// Round 41b (issue 11): v56/v57's false flags read by structure, and the learned flag's where a
// reading knows the edit: a modal in the case opening a sentence is not the rule's ("If a player
// cannot make a match, ask them to ..."), an imperative of asking said in the passive ("ask them to"
// -> "is asked to") keeps its strength, "6 weeks in a year" is "6 weeks a year", a list's items
// reordered with a phrase fronted or with the "or" before its last item are the same list, and the
// learned flag stands down where the changed words are the same once folded (a verb's particle put
// after its object) or the one change is a grant's alternative cut. Each beside a regression twin;
// the classes through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { readModal, readModalPastCase } from './_rule-words.ts';
import { findModalWeakened } from './reason-modal.ts';
import { foldReorderedItems } from './_items-reordered.ts';
import { knownFaithful, saysTheSameWords } from './_faithful-wording.ts';
import { grantedItemCut } from './reason-list-item-cut.ts';

describe('a modal in the case opening a sentence, and the imperative of asking in the passive', () => {
  it('reads the rule after the opening case past the "cannot" of the case, where asked to', () => {
    expect(readModalPastCase('If a climber cannot finish the route, ask them to tell the instructor.')?.words).toBe('ask them (imperative)');
    expect(readModalPastCase('If a climber cannot finish the route, they may tell the instructor.')?.words).toBe('may');
    expect(readModal('If a climber cannot finish the route, ask them to tell the instructor.')?.words).toBe('can not');
  });

  it('still compares a case whose modal went ("cannot attend" -> "would rather not travel")', () => {
    expect(findModalWeakened('If a candidate cannot attend, the ceremony can be held at their home.', 'If a candidate would rather not travel, the ceremony can be held at their home.').map((reason) => reason.code)).toEqual(['modal-weakened']);
  });

  it('reads "ask them to" -> "is asked to" as the same request, and "must" -> "are asked to" still weaker', () => {
    expect(findModalWeakened('If a climber cannot finish the route, ask them to tell the instructor.', 'A climber who cannot finish the route is asked to tell the instructor.')).toEqual([]);
    expect(findModalWeakened('Climbers must tell the instructor before leaving the wall.', 'Climbers are asked to tell the instructor before leaving the wall.').map((reason) => reason.code)).toEqual(['modal-weakened']);
  });
});

describe('a list reordered with a phrase fronted, or with the "or" before its last item', () => {
  it('writes the reordered sentence as the old one', () => {
    const old = 'Marshals are posted at every start line, water station and road crossing.';
    expect(foldReorderedItems(old, 'At every road crossing, water station and start line, marshals are posted.')[1]).toBe(old);
    const lent = 'Punts are lent to members who hold a river permit, who have passed the safety course, or who are with a coach.';
    expect(foldReorderedItems(lent, 'Punts are lent to members who are with a coach, who have passed the safety course, or who hold a river permit.')[1]).toBe(lent);
  });

  it('keeps the doer and the receiver exchanged, and alternatives made a list of all, as written', () => {
    const swapped = 'At every road crossing, the runner signals the marshal.';
    expect(foldReorderedItems('The marshal signals the runner at every road crossing.', swapped)[1]).toBe(swapped);
    const all = 'Punts are lent to members who are with a coach, who have passed the safety course, and who hold a river permit.';
    expect(foldReorderedItems('Punts are lent to members who hold a river permit, who have passed the safety course, or who are with a coach.', all)[1]).toBe(all);
  });
});

describe('what a reading knows of an edit the learned flag would read', () => {
  it('knows a verb with its particle after the object, and a grant with an alternative cut', () => {
    expect(saysTheSameWords('lock the pavilion, switch off the heaters and set the alarm.', 'lock the pavilion, turn the heaters off and set the alarm.', null)).toBe(true);
    expect(grantedItemCut('Hirers may use the main hall, the kitchen or the garden for the party.', 'Hirers may use the main hall or the garden for the party.')).toBe(true);
  });

  it('knows nothing of another thing acted on, or an item cut from a duty', () => {
    expect(saysTheSameWords('lock the pavilion, switch off the heaters and set the alarm.', 'lock the pavilion, turn the floodlights on and set the alarm.', null)).toBe(false);
    expect(knownFaithful('Hirers must clean the main hall, the kitchen and the garden after the party.', 'Hirers must clean the main hall and the garden after the party.', null)).toBe(false);
  });
});
