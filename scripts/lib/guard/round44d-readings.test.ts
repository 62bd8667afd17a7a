// Round 44d (issue 11): v62's drift "Drivers stay in their cab" -> "beside their cab" and v62/v63's
// false flags of the variants other than `reword`, read by structure: a preposition of place
// replaced by one of another relation is a drift, a temperature scale named in words is a unit and
// no name, and a common word opening a sentence joined to a name ("Orders for Tuesday") is no name
// either. Each beside a regression twin; the classes through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { placeReplaced } from './reason-place-replaced.ts';
import { findEntitiesRemoved } from './reason-entity.ts';

describe('a preposition of place replaced', () => {
  it('reads another relation to the same place as a drift', () => {
    expect(placeReplaced('Drivers stay in their cab while their load is tipped.', 'Drivers stay beside their cab while their load is tipped.')).toEqual({ gone: 'in', came: 'beside' });
    expect(placeReplaced('Passengers stand behind the yellow line.', 'Passengers stand on the yellow line.')).toEqual({ gone: 'behind', came: 'on' });
    expect(placeReplaced('Keep the cylinders outside the workshop.', 'Keep the cylinders inside the workshop.')).toEqual({ gone: 'outside', came: 'inside' });
  });

  it('leaves the same relation said otherwise, words that name no place, and other changes alone', () => {
    expect(placeReplaced('Pickers wait in the shelter.', 'Pickers wait inside the shelter.')).toBeNull();
    expect(placeReplaced('Passengers wait on the platform.', 'Passengers wait at the platform.')).toBeNull();
    expect(placeReplaced('Tickets are paid in cash.', 'Tickets are paid by cash.')).toBeNull();
    expect(placeReplaced('Orders are taken over the phone.', 'Orders are taken on the phone.')).toBeNull();
    expect(placeReplaced('Drivers stay in their cab.', 'Drivers sit beside their cab.')).toBeNull();
  });
});

describe('names the entity reading no longer reads', () => {
  it('reads a temperature scale as a unit, the quantity being the number reading\'s', () => {
    expect(findEntitiesRemoved('Mud returns above 90 degrees Celsius are routed to the cooling tower.', 'Mud returns above 194 degrees Fahrenheit are routed to the cooling tower.')).toEqual([]);
  });

  it('reads a common word opening a sentence, joined to a name, as no part of the name', () => {
    expect(findEntitiesRemoved('Orders for Tuesday delivery close at 12:00 on Sunday.', 'Order cut-offs:\n- Tuesday delivery: 12:00 on Sunday')).toEqual([]);
    expect(findEntitiesRemoved('Orders for Tuesday delivery close at 12:00 on Sunday.', 'Order cut-offs:\n- Friday delivery: 12:00 on Sunday').map((reason) => reason.message)).toEqual(['entity removed: "Orders for Tuesday"']);
    expect(findEntitiesRemoved('Voice trials are assessed by the Director of Music.', 'Voice trials are assessed by the head of music.').map((reason) => reason.message)).toEqual(['entity removed: "Director of Music"']);
  });
});
