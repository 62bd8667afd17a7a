// Round 44d (issue 11): v62's drift "Drivers stay in their cab" -> "beside their cab" and v62/v63's
// false flags of the variants other than `reword`, read by structure: a preposition of place
// replaced by one of another relation is a drift, a temperature scale named in words is a unit and
// no name, and a common word opening a sentence joined to a name ("Orders for Tuesday") is no name
// either. Each beside a regression twin; the classes through real commits.
import { afterAll, describe, expect, it } from 'vitest';
import { clauseEditAudits } from '../../test-utils/clause-edit-audits.ts';
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

describe('the classes through the hook', () => {
  const hook = clauseEditAudits({ title: 'Hop garden and funicular rules' });
  afterAll(() => hook.cleanup());
  const orders = 'Orders for Monday collection close at noon on Friday. Orders for Thursday collection close at noon on Tuesday. Every bine is cut on the day it is collected.';
  // Both tests' edits in one batch: one commit of the old texts, one of the new, each clause audited
  // on its own (clauseEditAudits.editAll), where one edit at a time took 12 hooked commits.
  const EDITS = [
    ['hops/shelter', 'Pickers wait in the shelter while the tractor reverses.', 'Pickers wait beside the shelter while the tractor reverses.'],
    ['hops/shelter-2', 'Pickers wait in the shelter while the tractor reverses.', 'Pickers wait inside the shelter while the tractor reverses.'],
    ['hops/kiln', 'Hop kilns are held at 60 degrees Celsius overnight.', 'Hop kilns are held at 140 degrees Fahrenheit overnight.'],
    ['hops/orders', orders, 'Order deadlines:\n- Monday collection: noon on Friday\n- Thursday collection: noon on Tuesday\nEvery bine is cut on the day it is collected.'],
    ['hops/kiln-2', 'Hop kilns are held at 60 degrees Celsius overnight.', 'Hop kilns are held at 60 degrees Fahrenheit overnight.'],
    ['hops/orders-2', orders, 'Order deadlines:\n- Monday collection: noon on Friday\n- Thursday collection: noon on Wednesday\nEvery bine is cut on the day it is collected.'],
  ] as const;
  let audited: ReturnType<typeof hook.editAll<typeof EDITS>> | undefined;
  const audits = () => (audited ??= hook.editAll(EDITS));

  it('flags a place replaced and keeps the same relation, the scale and the list unflagged', () => {
    const [beside, inside, scale, list] = audits();
    expect(beside.audit, beside.edit).toMatchObject({ regression_flag: true });
    expect(beside.codes, beside.edit).toContain('semantic-drift');
    expect(inside.audit, inside.edit).toMatchObject({ regression_flag: false });
    expect(scale.audit, scale.edit).toMatchObject({ regression_flag: false });
    expect(list.audit, list.edit).toMatchObject({ regression_flag: false });
  });

  it('flags their twins: the scale kept with another heat, a day moved', () => {
    const [, , , , colder, moved] = audits();
    expect(colder.codes, colder.edit).toContain('number-changed');
    expect(moved.audit, moved.edit).toMatchObject({ regression_flag: true });
  });
});
