// Every round's classes through the real hook, in a few commits shared by all rounds. Each round's
// file proved its classes in a repository of its own, two hooked commits an edit or a batch at
// least (~120 a run, each processes that start and load the guard: ~1-2 s of CPU); the hook
// audits each clause of a commit on its own, so one repository takes every round's edits
// (gathered-clause-edits.ts: each round a group under its own front matter, the first read of an
// audit commits them all, a clause edited again in the next pair of commits). Each describe names
// the round's file and the class, its edits and assertions as they were there; the readings'
// own tests stay in the round's file.
//
// A new round's hook tests go here: a describe named `<round file>: <class>, through the hook`,
// `const hook = rounds.group({ title, tone })`, the edits declared in the describe (`hook.edit`,
// `hook.editAll`, outside the tests: they are committed before the first test reads an audit),
// the assertions in its tests. A clause id another round already edits gets its own repository
// (two commits more): pick ids of the round's own.
import { afterAll, describe, expect, it } from 'vitest';
import { gatheredClauseEdits } from '../../test-utils/gathered-clause-edits.ts';
import { learnedFlagStandsDown } from './evaluate-clause-change.ts';

const rounds = gatheredClauseEdits();
afterAll(() => rounds.cleanup());

describe('learned-shape-flag: the learned flag, through the hook', () => {
  const hook = rounds.group({ title: 'Lost property on the trams' });

  const old = 'Lost property found on the trams is held at the depot office until it is claimed.';
  const replaced = hook.edit('trams/lost-property', old, 'Lost property found on the trams is held at the depot office until it is auctioned.');
  const reordered = hook.edit('trams/lost-property-reordered', old, 'Until it is claimed, lost property found on the trams is held at the depot office.');
  it('records an act of a kept rule replaced, which no reading flags, flagged learned-shape quoting the words; the rule said in another order unflagged', () => {
    expect(replaced.audit, replaced.edit).toMatchObject({ clause: 'trams/lost-property', change: 'edited', regression_flag: true });
    expect(replaced.codes, replaced.edit).toEqual(['learned-shape']);
    expect(replaced.audit.reasons[0].message, replaced.edit).toMatch(/^learned shape: "claimed" -> "auctioned": no reading flags this edit/);
    expect(reordered.audit, reordered.edit).toMatchObject({ clause: 'trams/lost-property-reordered', change: 'edited', regression_flag: false });
  });
});

describe('round29a-readings: a ban said as a duty on every thing of the act, through the hook', () => {
  const hook = rounds.group({ title: 'Dispensing', tone: 'formal' });

  const reworded = hook.edit('pharmacy/dispensing', 'Pharmacists must not dispense any medicine that has not been checked by a second pharmacist.', 'Every medicine a pharmacist dispenses must have been checked by a second pharmacist.');
  const twin = hook.edit('pharmacy/labels', 'Pharmacists must not dispense any medicine that has not been labelled by a second pharmacist.', 'Every medicine a pharmacist dispenses must have been labelled.');
  it('records the rewording unflagged and a word of the set dropped flagged', () => {
    expect(reworded.audit, reworded.edit).toMatchObject({ clause: 'pharmacy/dispensing', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
    expect(twin.codes, twin.edit).toContain('negation-removed');
  });
});

describe('round30a-readings: a thing given at no cost, through the hook', () => {
  const hook = rounds.group({ title: 'Charges', tone: 'formal' });

  const reworded = hook.edit('cafe/refills', 'Refills of filter coffee are free for loyalty card holders.', 'Loyalty card holders are not charged for refills of filter coffee.');
  const twin = hook.edit('cafe/tea', 'Refills of tea are free for loyalty card holders.', 'Loyalty card holders are not charged for the first refill of tea.');
  it('records the rewording unflagged and the party narrowed flagged', () => {
    expect(reworded.audit, reworded.edit).toMatchObject({ clause: 'cafe/refills', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
    expect(twin.codes, twin.edit).toContain('negation-added');
  });
});

describe('round30c-readings: an amount in other units, through the hook', () => {
  const hook = rounds.group({ title: 'Skips' });

  const litres = hook.edit('skips/sizes', 'The 8-yard skip holds about 6 cubic metres of waste.', 'The 8-yard skip holds about 6,000 litres of waste.');
  const changed = hook.edit('skips/sizes', 'The 8-yard skip holds about 6,000 litres of waste.', 'The 8-yard skip holds about 600 litres of waste.');
  it('records a volume said in litres unflagged and a volume changed flagged', () => {
    expect(litres.audit, litres.edit).toMatchObject({ clause: 'skips/sizes', change: 'edited', regression_flag: false, reasons: [] });
    expect(changed.audit.regression_flag, changed.edit).toBe(true);
    expect(changed.codes, changed.edit).toContain('number-changed');
  });
});

describe('round30c-readings: a list said as prose, through the hook', () => {
  const hook = rounds.group({ title: 'Venue' });

  const listed = hook.edit('venue/entry', 'Keep glass bottles, aerosol cans and laser pens out of the venue.', 'Keep the following out of the venue:\n\n- glass bottles\n- aerosol cans\n- laser pens');
  const dropped = hook.edit('venue/entry', 'Keep the following out of the venue:\n\n- glass bottles\n- aerosol cans\n- laser pens', 'Keep the following out of the venue:\n\n- glass bottles\n- aerosol cans');
  it('records the items read into the placeholder unflagged and an item dropped flagged', () => {
    expect(listed.audit, listed.edit).toMatchObject({ clause: 'venue/entry', change: 'edited', regression_flag: false, reasons: [] });
    expect(dropped.audit.regression_flag, dropped.edit).toBe(true);
    expect(dropped.codes, dropped.edit).toContain('requirement-removed');
  });
});

describe('round31c-readings: a requirement stated again, through the hook', () => {
  const hook = rounds.group({ title: 'Dive rules', tone: 'formal' });

  const reworded = hook.edit('ski/passes', 'Do not refund a lift pass that has been scanned.', 'A lift pass is refunded only if it has not been scanned.');
  const twin = hook.edit('ski/rentals', 'Do not refund a ski rental that has been collected.', 'A ski rental is refunded only if it has been collected.');
  it('records the ban said as an "only" unflagged and its twin with the case turned flagged', () => {
    expect(reworded.audit, reworded.edit).toMatchObject({ clause: 'ski/passes', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
  });
});

describe('round32a-readings: a ban said through a relation, through the hook', () => {
  const hook = rounds.group({ title: 'Shelter rules', tone: 'formal' });

  const reworded = hook.edit('shelter/address', 'Do not tell callers the address of the shelter.', 'Keep the address of the shelter from callers.');
  const twin = hook.edit('shelter/code', 'Never give the alarm code to contractors.', 'Keep the alarm code with contractors.');
  it('records "keep from" unflagged and its twin with another party flagged', () => {
    expect(reworded.audit, reworded.edit).toMatchObject({ clause: 'shelter/address', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
  });
});

describe('round33a-readings: through the hook', () => {
  const hook = rounds.group({ title: 'Crag rules' });

  const reworded = hook.edit('crag/belay', "Do not let a climber leave the belay ledge until their partner has called 'safe'.", "A climber may leave the belay ledge only once their partner has called 'safe'.");
  const twin = hook.edit('crag/abseil', 'Do not let a climber start an abseil until a second anchor has been checked.', 'A climber may start an abseil once a second anchor has been checked.');
  it('records the ban said as the only case allowed unflagged and its twin with the gate dropped flagged', () => {
    expect(reworded.audit, reworded.edit).toMatchObject({ clause: 'crag/belay', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
  });
});

describe('round33b-readings: a negative word spelled out, through the hook', () => {
  const hook = rounds.group({ title: 'Bookings', tone: 'formal' });

  const spelled = hook.edit('bookings/tables', 'Tables left unclaimed 15 minutes after the booking time may be released.', 'Tables that have not been claimed 15 minutes after the booking time may be released.');
  const twin = hook.edit('bookings/rooms', 'Rooms left unclaimed 15 minutes after the booking time may be released.', 'Rooms that have been claimed 15 minutes after the booking time may be released.');
  it('records the spelled-out state unflagged and its twin without the negation flagged', () => {
    expect(spelled.audit, spelled.edit).toMatchObject({ clause: 'bookings/tables', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
  });
});

describe('round34a-readings: a ban said in the complement of its case, through the hook', () => {
  const hook = rounds.group({ title: 'Sailing', tone: 'formal' });

  const said = hook.edit('sailing/dinghies', 'Do not launch a dinghy while any storm warning is in force.', 'A dinghy is launched only when no storm warning is in force.');
  const twin = hook.edit('sailing/kayaks', 'Do not launch a kayak while any storm warning is in force.', 'A kayak is launched only when a storm warning is in force.');
  it('records the "while any" ban said as "only when no" unflagged and its twin without the "no" flagged', () => {
    expect(said.audit, said.edit).toMatchObject({ clause: 'sailing/dinghies', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
  });
});

describe('round34b-readings: a subject narrowed inside, through the hook', () => {
  const hook = rounds.group({ title: 'Mews', tone: 'formal' });

  const narrowed = hook.edit('mews/gauntlets', 'Staff in the mews must wear leather gauntlets.', 'Staff handling a hawk in the mews must wear leather gauntlets.');
  const kept = hook.edit('mews/boots', 'Staff in the mews must wear steel-toe boots.', 'Staff working in the mews must wear steel-toe boots.');
  it('records the narrowed subject flagged and the subject said again unflagged', () => {
    expect(narrowed.audit, narrowed.edit).toMatchObject({ clause: 'mews/gauntlets', change: 'edited', regression_flag: true });
    expect(narrowed.codes, narrowed.edit).toContain('scope-narrowed');
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'mews/boots', change: 'edited', regression_flag: false });
  });
});

describe('round34c-readings: a case made universal and a reordered list, through the hook', () => {
  const hook = rounds.group({ title: 'Rule', start: '2026-04-01' });

  const universal = hook.edit('falconry/gauntlets', 'Falconers must wear a gauntlet between April and August.', 'Falconers must wear a gauntlet all year round.');
  const reordered = hook.edit('diving/boat-kit', 'Every dive boat carries an oxygen kit and a marine radio.', 'Every dive boat carries a marine radio and an oxygen kit.');
  const twin = hook.edit('press/glasses', 'Safety glasses must be worn near the cider press.', 'Safety glasses may be worn anywhere in the press house.');
  it('records both unflagged and the twin that grants flagged', () => {
    expect(universal.audit, universal.edit).toMatchObject({ clause: 'falconry/gauntlets', change: 'edited', regression_flag: false });
    expect(reordered.audit, reordered.edit).toMatchObject({ clause: 'diving/boat-kit', change: 'edited', regression_flag: false });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
  });
});

describe('round35a-readings: a count of one said by the article, through the hook', () => {
  const hook = rounds.group({ title: 'Glacier hut', tone: 'formal' });

  const kept = hook.edit('hut/crampons', 'Every climber keeps their crampons in one labelled crate.', "Each climber's crampons go in a single labelled crate.");
  const raised = hook.edit('hut/notice', 'Snowshoe hire needs one full day of notice.', 'Snowshoe hire needs two full days of notice.');
  it('records the same count unflagged and a count raised flagged', () => {
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'hut/crampons', change: 'edited', regression_flag: false });
    expect(raised.audit, raised.edit).toMatchObject({ clause: 'hut/notice', change: 'edited', regression_flag: true });
    expect(raised.codes, raised.edit).toContain('number-changed');
  });
});

describe('round35b-readings: a ban\'s item asked for, through the hook', () => {
  const hook = rounds.group({ title: 'Observatory', tone: 'formal' });

  const asked = hook.edit('observatory/lens', 'Never let visitors touch the lens or adjust the eyepiece themselves.', 'Never let visitors touch the lens; do let them adjust the eyepiece themselves.');
  const kept = hook.edit('observatory/dome', 'Never let visitors touch the lens or adjust the eyepiece themselves.', 'Never let visitors touch the lens. Never let them adjust the eyepiece themselves either.');
  it('records the item asked for flagged and the ban split in two unflagged', () => {
    expect(asked.audit, asked.edit).toMatchObject({ clause: 'observatory/lens', change: 'edited', regression_flag: true });
    expect(asked.codes, asked.edit).toContain('negation-removed');
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'observatory/dome', change: 'edited', regression_flag: false });
  });
});

describe('round35c-readings: contractions and abbreviations, through the hook', () => {
  const hook = rounds.group({ title: 'Rule', start: '2026-05-01' });

  const [spelled, abbreviated, twin] = hook.editAll([
    ['lighthouse/tower', 'Lighthouse visitors must not climb the lamp gallery railings, and children under 10 cannot go up the tower alone.', "Lighthouse visitors mustn't climb the lamp gallery railings, and children under 10 can't go up the tower alone."],
    ['foraging/permits', 'Foragers must quote the reference number on their permit when they phone the ranger.', 'Foragers must quote the ref. no. on their permit when they phone the ranger.'],
    ['foraging/calls', 'Foragers must quote the reference number on their permit when they phone the ranger.', 'Foragers must not quote the ref. no. on their permit when they phone the ranger.'],
  ]);
  it('records both unflagged and the twin that drops a negation flagged', () => {
    expect(spelled.audit, spelled.edit).toMatchObject({ clause: 'lighthouse/tower', change: 'edited', regression_flag: false });
    expect(abbreviated.audit, abbreviated.edit).toMatchObject({ clause: 'foraging/permits', change: 'edited', regression_flag: false });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
  });
});

describe('round35d-readings: a gate turned round with its condition replaced, through the hook', () => {
  const hook = rounds.group({ title: 'Bobsleigh', tone: 'formal' });

  const replaced = hook.edit('run/start', 'Sleds must not start down the bobsleigh run until the timing gate is armed.', 'Sleds only start down the bobsleigh run once the timing gate is painted.');
  const kept = hook.edit('run/finish', 'Sleds must not leave the finish area until the brakeman has signalled.', 'Sleds only leave the finish area once the brakeman has signalled.');
  it('records the replaced condition flagged and the gate turned with its condition kept unflagged', () => {
    expect(replaced.audit, replaced.edit).toMatchObject({ clause: 'run/start', change: 'edited', regression_flag: true });
    expect(replaced.codes, replaced.edit).toContain('condition-changed');
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'run/finish', change: 'edited', regression_flag: false });
  });
});

describe('round36a-readings: a word put inside a kept "every/all" subject, through the hook', () => {
  const hook = rounds.group({ title: 'Vineyard', tone: 'formal' });

  const narrowed = hook.edit('vineyard/cellar', 'All bottles opened for tasting are recorded in the cellar book.', 'All bottles opened for private tasting are recorded in the cellar book.');
  const kept = hook.edit('vineyard/falcons', 'Every falcon flown at public displays must wear a telemetry tag.', 'Every single falcon flown at public displays must wear a telemetry tag.');
  it('records the subject narrowed flagged through a real commit, and the rule stressed unflagged', () => {
    expect(narrowed.audit, narrowed.edit).toMatchObject({ clause: 'vineyard/cellar', change: 'edited', regression_flag: true });
    expect(narrowed.codes, narrowed.edit).toContain('scope-narrowed');
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'vineyard/falcons', change: 'edited', regression_flag: false });
  });
});

describe('round36b-readings: a ban said as the thing withheld, through the hook', () => {
  const hook = rounds.group({ title: 'Sound archive', tone: 'formal' });

  // The ban turned into the thing given flags whatever the weights say since round 41c (a known miss
  // after session 34's final refit weighed its negation-removed 0.219 < 0.224): _ban-turned-grant.ts.
  const kept = hook.edit('archive/donors', "Do not tell researchers the donor's home address.", "The donor's home address is withheld from researchers.");
  const given = hook.edit('archive/notes', "Do not give riders the referee's incident notes.", "The referee's incident notes are given to riders.");
  it('records the thing withheld from the same party unflagged and the thing given flagged', () => {
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'archive/donors', change: 'edited', regression_flag: false });
    expect(given.audit, given.edit).toMatchObject({ clause: 'archive/notes', change: 'edited', regression_flag: true });
    expect(given.codes, given.edit).toContain('negation-removed');
  });
});

describe('round36c-readings: a window made every hour, through the hook', () => {
  const hook = rounds.group({ title: 'Ferris wheel' });

  const stricter = hook.edit('rides/wristbands', 'Riders must show their wristband to board the Ferris wheel after 6 pm.', 'Riders must show their wristband to board the Ferris wheel at any hour.');
  const twin = hook.edit('rides/late-boarding', 'Staff may let riders board the Ferris wheel without a wristband after 6 pm.', 'Staff may let riders board the Ferris wheel without a wristband at any hour.');
  it('records the duty held at any hour unflagged and the grant widened flagged', () => {
    expect(stricter.audit, stricter.edit).toMatchObject({ clause: 'rides/wristbands', change: 'edited', regression_flag: false, reasons: [] });
    expect(twin.audit.regression_flag, twin.edit).toBe(true);
    expect(twin.codes, twin.edit).toContain('number-changed');
  });
});

describe('round36d-readings: a pronoun party traded, through the hook', () => {
  const hook = rounds.group({ title: 'Heritage railway', tone: 'formal' });

  const traded = hook.edit('railway/faults', 'Volunteers must report any fault on the carriage to us, and we fix it before the next run.', 'We must report any fault on the carriage to volunteers, and they fix it before the next run.');
  const kept = hook.edit('railway/carriage', 'Volunteers must report any fault on the carriage to us, and we fix it before the next run.', 'Volunteers must tell us about any fault on the carriage, and we fix it before the next run.');
  it('records the parties traded flagged and the rule said in other words unflagged', () => {
    expect(traded.audit, traded.edit).toMatchObject({ clause: 'railway/faults', change: 'edited', regression_flag: true });
    expect(traded.codes, traded.edit).toContain('roles-swapped');
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'railway/carriage', change: 'edited', regression_flag: false });
  });
});

describe('round37a-readings: a kept grant taken back for some, through the hook', () => {
  const hook = rounds.group({ title: 'Chess club equipment', tone: 'friendly' });

  const taken = hook.edit('chess/clocks', 'Club chess clocks are loaned to juniors for tournaments, whatever their grade.', 'Club chess clocks are loaned to juniors for tournaments, whatever their grade. Clocks are not loaned to juniors under twelve.');
  const explained = hook.edit('chess/sets', 'Club chess clocks are loaned to juniors for tournaments, whatever their grade.', 'Club chess clocks are loaned to juniors for tournaments, whatever their grade. This is because many juniors cannot afford a clock of their own.');
  it('records the grant taken back flagged and the rule explained unflagged', () => {
    expect(taken.audit, taken.edit).toMatchObject({ clause: 'chess/clocks', change: 'edited', regression_flag: true });
    expect(taken.codes, taken.edit).toContain('contradiction');
    expect(explained.audit, explained.edit).toMatchObject({ clause: 'chess/sets', change: 'edited', regression_flag: false });
  });
});

describe('round37b-readings: a thing given free under a kept case, through the hook', () => {
  const hook = rounds.group({ title: 'Llama treks' });

  const kept = hook.edit('treks/carers', 'Carers ride free on the llama trek when they come with a paying visitor.', 'When they come with a paying visitor, carers pay nothing for the llama trek.');
  const replaced = hook.edit('treks/carers-booked', 'Carers ride free on the llama trek when they come with a paying visitor.', 'When they book a week ahead, carers pay nothing for the llama trek.');
  it('records the same case and party unflagged and the case replaced flagged', () => {
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'treks/carers', change: 'edited', regression_flag: false });
    expect(replaced.audit, replaced.edit).toMatchObject({ clause: 'treks/carers-booked', change: 'edited', regression_flag: true });
  });
});

describe('round37c-readings: days written short, through the hook', () => {
  const hook = rounds.group({ title: 'Lido', tone: 'neutral' });

  const short = hook.edit('lido/hours', 'The lido opens Tuesday to Sunday, 7am to 7pm, and swimmers must shower before entering the pool.', 'The lido opens Tues-Sun, 7am-7pm, and swimmers must shower before entering the pool.');
  const dropped = hook.edit('lido/sorting', 'Seed packets are sorted on Monday and Friday mornings between 9 and 11 o\'clock.', 'Seed packets are sorted Mon mornings, 9-11am.');
  it('records the opening days written short unflagged, and a day dropped flagged, through real commits', () => {
    expect(short.audit, short.edit).toMatchObject({ clause: 'lido/hours', change: 'edited', regression_flag: false });
    expect(dropped.audit, dropped.edit).toMatchObject({ clause: 'lido/sorting', change: 'edited', regression_flag: true });
    expect(dropped.codes, dropped.edit).toContain('entity-removed');
  });
});

describe('round37d-readings: both classes, through the hook', () => {
  const hook = rounds.group({ title: 'Pedalo lake', tone: 'formal' });

  const [widened, kept, cut] = hook.editAll([
    ['lake/launching', 'Only lake staff may launch the pedalos.', 'Launching the pedalos is reserved for lake staff and regular customers.'],
    ['lake/launch-rule', 'Only lake staff may launch the pedalos.', 'Launching the pedalos is reserved for lake staff.'],
    ['lake/returns', 'Riders may return a faulty segway helmet within 30 days for a full refund.', 'Riders may return a faulty segway helmet within 7 days for a full refund.'],
  ]);
  it('records the set widened and the right cut flagged, their twins unflagged', () => {
    expect(widened.audit, widened.edit).toMatchObject({ clause: 'lake/launching', change: 'edited', regression_flag: true });
    expect(widened.codes, widened.edit).toContain('scope-widened');
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'lake/launch-rule', change: 'edited', regression_flag: false });
    expect(cut.audit, cut.edit).toMatchObject({ clause: 'lake/returns', change: 'edited', regression_flag: true });
    expect(cut.codes, cut.edit).toContain('number-changed');
  });
});

describe('round38a-readings: a kept right taken back in part, through the hook', () => {
  const hook = rounds.group({ title: 'Hat returns', tone: 'friendly' });

  const taken = hook.edit('hats/exchanges', 'Customers may exchange a hat within 14 days of purchase.', 'Customers may exchange a hat within 14 days of purchase unless the hat has been worn outdoors.');
  const example = hook.edit('hats/returns', 'Customers may exchange a hat within 14 days of purchase.', 'Customers may exchange a hat within 14 days of purchase. For instance, a hat bought on a Saturday can be exchanged up to the second Saturday after.');
  it('records the exclusion appended flagged and the example unflagged', () => {
    expect(taken.audit, taken.edit).toMatchObject({ clause: 'hats/exchanges', change: 'edited', regression_flag: true });
    expect(taken.codes, taken.edit).toContain('exception-added');
    expect(example.audit, example.edit).toMatchObject({ clause: 'hats/returns', change: 'edited', regression_flag: false });
  });
});

describe('round38b-readings: an act left to one party, through the hook', () => {
  const hook = rounds.group({ title: 'Roller rink' });

  const kept = hook.edit('rink/cage', 'Only rink marshals may open the skate hire cage during sessions.', 'Opening the skate hire cage during sessions is left to rink marshals; everyone else stays back.');
  const replaced = hook.edit('rink/cage-cashiers', 'Only rink marshals may open the skate hire cage during sessions.', 'Opening the skate hire cage during sessions is left to the cashiers; everyone else stays back.');
  it('records the same party unflagged and another party flagged', () => {
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'rink/cage', change: 'edited', regression_flag: false });
    expect(replaced.audit, replaced.edit).toMatchObject({ clause: 'rink/cage-cashiers', change: 'edited', regression_flag: true });
  });
});

describe('round38c-readings: money written short, through the hook', () => {
  const hook = rounds.group({ title: 'Balloon flights', tone: 'neutral' });

  const short = hook.edit('balloons/cover', 'Balloon pilots must hold third-party liability cover of at least £2 million.', 'Balloon pilots must hold third-party liability cover of at least £2m.');
  const lowered = hook.edit('balloons/grants', 'Orchard grants above £250,000 are approved by the full board of trustees.', 'Orchard grants above half a million pounds are approved by the full board of trustees.');
  it('records the cover written short unflagged, and the cover lowered flagged, through real commits', () => {
    expect(short.audit, short.edit).toMatchObject({ clause: 'balloons/cover', change: 'edited', regression_flag: false });
    expect(lowered.audit, lowered.edit).toMatchObject({ clause: 'balloons/grants', change: 'edited', regression_flag: true });
    expect(lowered.codes, lowered.edit).toContain('number-changed');
  });
});

describe('round38d-readings: the "only" rewordings, through the hook', () => {
  const hook = rounds.group({ title: 'Snail farm', tone: 'formal' });

  const widened = hook.edit('farm/harvest', 'No one other than the farm manager may harvest the breeding snails.', 'The breeding snails are harvested solely by the farm manager and the seasonal pickers.');
  const kept = hook.edit('farm/harvest-rule', 'No one other than the farm manager may harvest the breeding snails.', 'The breeding snails are harvested solely by the farm manager.');
  it('records the set widened flagged and its twin unflagged', () => {
    expect(widened.audit, widened.edit).toMatchObject({ clause: 'farm/harvest', change: 'edited', regression_flag: true });
    expect(widened.codes, widened.edit).toContain('scope-widened');
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'farm/harvest-rule', change: 'edited', regression_flag: false });
  });
});

describe('round39a-readings: a brush-off under a declared tone, through the hook', () => {
  const hook = rounds.group({ title: 'Missed tuning visits', tone: 'friendly and patient' });

  const old = 'If your piano still sounds out of tune a week after our visit, just call us and we will come back at no charge.';
  const brushed = hook.edit('tuning/return-visit', old, 'If your piano still sounds out of tune a week after our visit, call us and we will come back at no charge, but read the care sheet properly next time.');
  const kept = hook.edit('tuning/rearranged', 'If you need to move your tuning visit, just call us and we will find another day.', 'If you really need to move your tuning visit, give us a ring and we will find another day.');
  it('records the brush-off flagged and the same care said in other words unflagged', () => {
    expect(brushed.audit, brushed.edit).toMatchObject({ clause: 'tuning/return-visit', change: 'edited', regression_flag: true });
    expect(brushed.codes, brushed.edit).toContain('tone-dismissive');
    // No reading raises a reason on the same care said in other words. Since session 37's refit the
    // flag learned where no reading flags (learned-shape) flags this edit, one of its 15 new in-sample
    // false flags on the tuning set (guard HISTORY, the lead's session 37 section): that flag's cost,
    // not this reading's, so the verdict is not pinned here.
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'tuning/rearranged', change: 'edited' });
    expect(kept.codes.filter((code) => code !== 'learned-shape'), kept.edit).toEqual([]);
  });
});

describe('round39b-readings: a cap said by its limit, through the hook', () => {
  const hook = rounds.group({ title: 'Funfair tokens' });

  const kept = hook.edit('funfair/tokens', 'No rider may buy more than ten ride tokens at once.', 'Ten ride tokens at once is the limit for any rider buying them.');
  const raised = hook.edit('funfair/tokens-twelve', 'No rider may buy more than ten ride tokens at once.', 'Twelve ride tokens at once is the limit for any rider buying them.');
  it('records the same cap unflagged and a larger one flagged', () => {
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'funfair/tokens', change: 'edited', regression_flag: false });
    expect(raised.audit, raised.edit).toMatchObject({ clause: 'funfair/tokens-twelve', change: 'edited', regression_flag: true });
  });
});

describe('round39c-readings: round 39c through the hook', () => {
  const hook = rounds.group({ title: 'Float centre', tone: 'neutral' });

  const [again, day, repeat] = hook.editAll([
    ['float/filters', 'Float tank filters are checked when each session ends.', 'Float tank filters are checked when each session ends, and again before the first float of the morning.'],
    ['float/rest', 'Floaters with a new tattoo wait 24 hours before a session.', 'Floaters with a new tattoo wait a full day before a session.'],
    ['float/reports', 'Float tank filters are checked when each session ends.', 'Float tank filters are checked when a floater has reported cloudy water more than once.'],
  ]);
  it('records a check done once more and a whole day unflagged, and the check made to wait for a repeat flagged, through real commits', () => {
    expect(again.audit, again.edit).toMatchObject({ clause: 'float/filters', change: 'edited', regression_flag: false });
    expect(day.audit, day.edit).toMatchObject({ clause: 'float/rest', change: 'edited', regression_flag: false });
    expect(repeat.audit, repeat.edit).toMatchObject({ clause: 'float/reports', change: 'edited', regression_flag: true });
  });
});

describe('round40a-readings: the three classes through the hook', () => {
  const hook = rounds.group({ title: 'Lock and layout rules' });

  const [moved, excepted, narrowed] = hook.editAll([
    ['lock/fees', 'Quote lock fees from the current toll schedule.', 'Quote lock fees from the 2019 toll schedule.'],
    ['falconry/field', 'Falcons may be flown only in the display field.', 'Falcons may be flown only in the display field, unless the weather is calm.'],
    ['tower/funerals', 'Ringing is not allowed anywhere in the tower during a funeral.', 'Ringing is not allowed in the ringing chamber during a funeral.'],
  ]);
  it('flags the version moved back, the exception appended to a restriction and the place narrowed', () => {
    expect(moved.audit, moved.edit).toMatchObject({ clause: 'lock/fees', change: 'edited', regression_flag: true });
    expect(moved.codes, moved.edit).toContain('reference-removed');
    expect(excepted.audit, excepted.edit).toMatchObject({ regression_flag: true });
    expect(excepted.codes, excepted.edit).toContain('condition-added');
    expect(narrowed.audit, narrowed.edit).toMatchObject({ regression_flag: true });
    expect(narrowed.codes, narrowed.edit).toContain('scope-narrowed');
  });

  const [voiced, stricter, whole] = hook.editAll([
    ['lock/quotes', 'Quote lock fees from the current toll schedule.', 'Lock fees are quoted from the current toll schedule.'],
    ['falconry/field-2', 'Falcons may be flown only in the display field.', 'Falcons may be flown only in the display field, and never over the car park.'],
    ['layout/unattended', 'Locomotives must not run unattended anywhere on the layout.', 'Locomotives must not run unattended on any part of the layout.'],
  ]);
  it('leaves their twins unflagged: the version in force said again, a stricter restriction, the whole place kept', () => {
    expect(voiced.audit, voiced.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(stricter.audit, stricter.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(whole.audit, whole.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round40b-readings: a span said in other words, through the hook', () => {
  const hook = rounds.group({ title: 'Cracked bells' });

  const previous = 'If a bell is found cracked, the ringers must not touch it until the bell hanger has signed the frame off.';
  const kept = hook.edit('tower/cracked-bells', previous, 'The ringers keep their hands off a cracked bell for as long as the bell hanger still has the frame under inspection.');
  const other = hook.edit('tower/cracked-bells-captain', previous, 'The ringers keep their hands off a cracked bell for as long as the tower captain is away.');
  it('records the same span unflagged and another case flagged', () => {
    expect(kept.audit, kept.edit).toMatchObject({ clause: 'tower/cracked-bells', change: 'edited', regression_flag: false });
    expect(other.audit, other.edit).toMatchObject({ clause: 'tower/cracked-bells-captain', change: 'edited', regression_flag: true });
  });
});

describe('round40c-readings: round 40c through the hook', () => {
  const hook = rounds.group({ title: 'Bell foundry', tone: 'neutral' });

  const [spotters, shift, weekly] = hook.editAll([
    ['foundry/spotters', 'Two spotters stand beside the mould at every pour.', 'Three spotters stand beside the mould at every pour.'],
    ['foundry/thermocouple', 'The furnace thermocouple is calibrated once a week.', 'The furnace thermocouple is calibrated at the start of every shift.'],
    ['foundry/crucible', 'The crucible is inspected at the start of every shift.', 'The crucible is inspected once a week.'],
  ]);
  it('records a count raised and a check made more frequent unflagged, and the check made less frequent flagged, through real commits', () => {
    expect(spotters.audit, spotters.edit).toMatchObject({ clause: 'foundry/spotters', change: 'edited', regression_flag: false });
    expect(shift.audit, shift.edit).toMatchObject({ clause: 'foundry/thermocouple', change: 'edited', regression_flag: false });
    expect(weekly.audit, weekly.edit).toMatchObject({ clause: 'foundry/crucible', change: 'edited', regression_flag: true });
  });
});

describe('round41a-readings: the four classes through the hook', () => {
  const hook = rounds.group({ title: 'Zip-line and trail rules' });

  {
    const gala = 'Season ticket holders get free entry to every ice show except the winter gala.';
    const trail = 'Riders must not use the ridge trail when it is wet.';
    const [softened, excepted, granted, vague] = hook.editAll([
      ['zip/helmets', 'Helmets are compulsory on every zip-line run.', 'Helmets are advised on every zip-line run.'],
      ['ice/gala', gala, `${gala} The winter gala is also free for them on its opening night.`],
      ['trail/wet', trail, `${trail} Club members can ride it anyway, since they hardly ever fall.`],
      ['trail/novices', 'Novices may not ride the ridge trail unless a guide is riding with them.', 'Novices ride the ridge trail only when a guide is nearby.'],
    ]);
    it('flags the requirement softened, the exception taken back, the grant with its reason and the presence made vague', () => {
      expect(softened.audit, softened.edit).toMatchObject({ clause: 'zip/helmets', change: 'edited', regression_flag: true });
      expect(softened.codes, softened.edit).toContain('modal-weakened');
      expect(excepted.audit, excepted.edit).toMatchObject({ regression_flag: true });
      expect(excepted.codes, excepted.edit).toContain('exception-added');
      expect(granted.audit, granted.edit).toMatchObject({ regression_flag: true });
      expect(granted.codes, granted.edit).toContain('permission-added');
      expect(vague.audit, vague.edit).toMatchObject({ regression_flag: true });
      expect(vague.codes, vague.edit).toContain('condition-changed');
    });
  }

  {
    const gala = 'Season ticket holders get free entry to every ice show except the winter gala.';
    const [reworded, stressed, kept] = hook.editAll([
      ['zip/helmets-2', 'Helmets are compulsory on every zip-line run.', 'Helmets are mandatory on every zip-line run.'],
      ['ice/gala-2', gala, `${gala} The winter gala is never free, not even for them.`],
      ['glass/gather', 'Visitors must not gather glass unless a gaffer is standing beside them.', 'Visitors gather glass only while a gaffer stands beside them.'],
    ]);
    it('leaves their twins unflagged', () => {
      expect(reworded.audit, reworded.edit).toMatchObject({ change: 'edited', regression_flag: false });
      expect(stressed.audit, stressed.edit).toMatchObject({ change: 'edited', regression_flag: false });
      expect(kept.audit, kept.edit).toMatchObject({ change: 'edited', regression_flag: false });
    });
  }
});

describe('round41b-readings: the classes through the hook', () => {
  const hook = rounds.group({ title: 'Club and hall rules' });

  const cases: Array<[string, string, string]> = [
    ['wall/leaving', 'If a climber cannot finish the route, ask them to tell the instructor before leaving the wall.', 'A climber who cannot finish the route is asked to tell the instructor before leaving the wall.'],
    ['tower/leave', 'Ringers can take up to 6 weeks off practice a year.', 'Ringers can take up to 6 weeks off practice in a year.'],
    ['run/marshals', 'Marshals are posted at every start line, water station and road crossing.', 'At every road crossing, water station and start line, marshals are posted.'],
    ['hall/rooms', 'Hirers may use the main hall, the kitchen or the garden for the party.', 'Hirers may use the main hall or the garden for the party.'],
    ['pavilion/closing', 'At closing, lock the pavilion, switch off the heaters and set the alarm.', 'At closing, lock the pavilion, turn the heaters off and set the alarm.'],
  ];
  const results = hook.editAll(cases);
  it('leaves the rewordings and the stricter grant unflagged', () => {
    for (const [i, [id]] of cases.entries()) {
      const result = results[i]!;
      expect(result.audit, result.edit).toMatchObject({ clause: id, change: 'edited', regression_flag: false });
    }
  });

  const [weakened, period, swapped, cut, replaced] = hook.editAll([
    ['wall/leaving-2', 'If a climber cannot finish the route, ask them to tell the instructor before leaving the wall.', 'If a climber cannot finish the route, they may tell the instructor before leaving the wall.'],
    ['tower/leave-2', 'Ringers can take up to 6 weeks off practice a year.', 'Ringers can take up to 6 weeks off practice in a month.'],
    ['run/signals', 'The marshal signals the runner at every road crossing.', 'At every road crossing, the runner signals the marshal.'],
    ['hall/cleaning', 'Hirers must clean the main hall, the kitchen and the garden after the party.', 'Hirers must clean the main hall and the garden after the party.'],
    ['pavilion/closing-2', 'At closing, lock the pavilion, switch off the heaters and set the alarm.', 'At closing, lock the pavilion, turn the floodlights on and set the alarm.'],
  ]);
  it('flags their twins: the modal weakened, the period changed, the roles swapped, a duty item cut, the thing acted on replaced', () => {
    expect(weakened.codes, weakened.edit).toContain('modal-weakened');
    expect(period.codes, period.edit).toContain('number-changed');
    expect(swapped.codes, swapped.edit).toContain('roles-swapped');
    expect(cut.codes, cut.edit).toContain('conjunct-dropped');
    expect(replaced.audit, replaced.edit).toMatchObject({ regression_flag: true });
  });
});

describe('round41c-ban-turned-grant: a ban turned into the thing given, through the hook', () => {
  const hook = rounds.group({ title: 'Studio and club rules' });

  const given = hook.edit('studio/valve-key', "Do not give visitors the key to the furnace's gas valve.", "The key to the furnace's gas valve is given to visitors.");
  const withheld = hook.edit('studio/valve-key-2', "Do not give visitors the key to the furnace's gas valve.", "The key to the furnace's gas valve is withheld from visitors.");
  it('flags the ban turned into the thing given and leaves the thing withheld unflagged', () => {
    expect(given.audit, given.edit).toMatchObject({ clause: 'studio/valve-key', change: 'edited', regression_flag: true });
    expect(given.codes, given.edit).toContain('negation-removed');
    expect(withheld.audit, withheld.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round41d-no-without: the class through the hook', () => {
  const hook = rounds.group({ title: 'Workshop rules' });

  const cases: Array<[string, string, string]> = [
    ['workshop/frames', 'Every frame must be checked for cracks before it leaves the workshop.', 'No frame leaves the workshop without being checked for cracks.'],
    ['library/seeds', 'No seed packet is to be lent out without a sowing date on its label.', 'Every seed packet that is lent out carries a sowing date on its label.'],
  ];
  const results = hook.editAll(cases);
  it('leaves the duty said as "No X without Y" unflagged, either way round', () => {
    for (const [i, [id]] of cases.entries()) {
      const result = results[i]!;
      expect(result.audit, result.edit).toMatchObject({ clause: id, change: 'edited', regression_flag: false });
    }
  });

  const [excepted, let_] = hook.editAll([
    ['workshop/frames-2', 'Every frame must be checked for cracks before it leaves the workshop.', 'No frame leaves the workshop without being checked for cracks, unless the owner is in a hurry.'],
    ['workshop/frames-3', 'Every frame must be checked for cracks before it leaves the workshop.', 'A frame may leave the workshop without being checked for cracks.'],
  ]);
  it('flags its twins: an exception added, the act let happen without Y', () => {
    expect(excepted.codes, excepted.edit).toContain('condition-added');
    expect(let_.codes, let_.edit).toContain('modal-weakened');
  });
});

describe('round42a-readings: the last item cut through the hook', () => {
  const fragments = 'Label every meteorite fragment with the find date, the find location and the find depth on its tag.';
  const hook = rounds.group({ title: 'Meteorite finds' });

  const cut = hook.edit('finds/labels', fragments, 'Label every meteorite fragment with the find date and the find location on its tag.');
  const kept = hook.edit('finds/labels-2', fragments, 'Label every meteorite fragment with three things: the find date, the find location and the find depth on its tag.');
  it('flags the item cut from a duty\'s list and leaves the list said again unflagged', () => {
    expect(cut.audit, cut.edit).toMatchObject({ clause: 'finds/labels', change: 'edited', regression_flag: true });
    expect(cut.codes, cut.edit).toContain('conjunct-dropped');
    expect(kept.audit, kept.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round42b-negative-universal-duty: a duty said by a negative universal waiting for its thing, through the hook', () => {
  const hook = rounds.group({ title: 'Troupe rules' });

  const cases: Array<[string, string, string]> = [
    ['troupe/straps', 'Every performer must have their straps checked by a rigger before a show.', 'Nobody walks out for a show without a rigger having checked their straps first.'],
    ['troupe/pads', 'Walkers must wear knee pads at all times on the practice floor.', 'Nobody steps onto the practice floor without knee pads on.'],
  ];
  const results = hook.editAll(cases);
  it('leaves the duty unflagged when the act is said in other words', () => {
    for (const [i, [id]] of cases.entries()) {
      const result = results[i]!;
      expect(result.audit, result.edit).toMatchObject({ clause: id, change: 'edited', regression_flag: false });
    }
  });

  const [approver, recorder] = hook.editAll([
    ['troupe/routines', 'The troupe leader must approve every new routine before it is performed.', "No new routine is performed without the costume maker's approval."],
    ['troupe/fitting', "Always record the walker's height before a new pair of stilts is fitted.", "No new pair of stilts is fitted until the fitter's name has been recorded."],
  ]);
  it('still reads the scope narrowed where another party approves or records', () => {
    expect(approver.codes, approver.edit).toContain('scope-narrowed');
    expect(recorder.codes, recorder.edit).toContain('scope-narrowed');
  });

  const rehearsals = hook.edit('troupe/pads-2', 'Walkers must wear knee pads at all times on the practice floor.', 'Nobody walks on the practice floor without wearing knee pads during rehearsals.');
  it('still reads the scope narrowed where a case of its own is put in', () => {
    expect(rehearsals.codes, rehearsals.edit).toContain('scope-narrowed');
  });
});

describe('round42c-learned-fit: the stand-down, through the hook', () => {
  const hook = rounds.group({ title: 'The bandstand at night' });

  const [old, next] = ['Stewards lock the bandstand, switch off the lamps and set the alarm.', 'Stewards lock the bandstand, turn the lamps off and set the alarm.'];
  const audited = hook.edit('bandstand/closing', old, next);
  it('records the particle moved unflagged, as the dump marks it, with the shipped learned flag', () => {
    expect(audited.audit, audited.edit).toMatchObject({ clause: 'bandstand/closing', change: 'edited', regression_flag: false });
    expect(audited.codes, audited.edit).not.toContain('learned-shape');
    expect(learnedFlagStandsDown(old, next, null)).toBe(true);
  });
});

describe('round42d-readings: the classes through the hook', () => {
  const hook = rounds.group({ title: 'Studio and quarry rules' });

  const cases: Array<[string, string, string]> = [
    ['studio/rolling', 'Before a tapestry is rolled, (1) vacuum it through a net, (2) photograph both faces and (3) note any loose threads on the condition sheet.', 'Before a tapestry is rolled, vacuum it through a net, photograph both faces and note any loose threads on the condition sheet.'],
    ['studio/invoice', 'Quote the conservation record number on every invoice.', 'Quote the conservation record no. on every invoice.'],
    ['quarry/gas', 'Bring the group back to the surface if the carbon dioxide meter reads above 0.5%.', 'Bring the group back to the surface if the CO2 meter reads above 0.5%.'],
    ['studio/dye', 'Each dye bath takes 5 pints of softened water.', 'Each dye bath takes about 2.8 litres of softened water.'],
    ['quarry/break', 'Each quarry tour stops for a 15-minute break at the visitor centre.', 'Each quarry tour stops for a quarter-hour break at the visitor centre.'],
    ['quarry/kit', 'Each tour guide carries a radio, a torch and a first aid kit.', 'Each tour guide carries a first aid kit, a torch and a radio.'],
    ['quarry/checks', 'Check your hard hat, your lamp and your self-rescuer before going underground.', 'Before going underground, check your self-rescuer, your lamp and your hard hat.'],
  ];
  const results = hook.editAll(cases);
  it('leaves the lists, the short forms, the units and the reorders unflagged', () => {
    for (const [i, [id]] of cases.entries()) {
      const result = results[i]!;
      expect(result.audit, result.edit).toMatchObject({ clause: id, change: 'edited', regression_flag: false });
    }
  });

  const [dropped, negated, gas, dye, longer, moved] = hook.editAll([
    ['studio/rolling-2', 'Before a tapestry is rolled, (1) vacuum it through a net, (2) photograph both faces and (3) note any loose threads on the condition sheet.', 'Before a tapestry is rolled, (1) vacuum it through a net and (2) note any loose threads on the condition sheet.'],
    ['studio/invoice-2', 'Quote the conservation record number on every invoice.', 'Do not quote the conservation record number on any invoice.'],
    ['quarry/gas-2', 'Bring the group back to the surface if the carbon dioxide meter reads above 0.5%.', 'Bring the group back to the surface if the CO2 meter reads above 1.5%.'],
    ['studio/dye-2', 'Each dye bath takes 5 pints of softened water.', 'Each dye bath takes about 4 litres of softened water.'],
    ['quarry/break-2', 'Each quarry tour stops for a 15-minute break at the visitor centre.', 'Each quarry tour stops for a half-hour break at the visitor centre.'],
    ['quarry/checks-2', 'Check your hard hat, your lamp and your self-rescuer before going underground.', 'After going underground, check your self-rescuer, your lamp and your hard hat.'],
  ]);
  it('flags their twins: an item dropped, the rule negated, the amount changed, the time moved', () => {
    expect(dropped.codes, dropped.edit).toContain('conjunct-dropped');
    expect(negated.audit, negated.edit).toMatchObject({ regression_flag: true });
    expect(gas.codes, gas.edit).toContain('number-changed');
    expect(dye.codes, dye.edit).toContain('number-changed');
    expect(longer.codes, longer.edit).toContain('number-changed');
    expect(moved.audit, moved.edit).toMatchObject({ regression_flag: true });
  });
});

describe('round43a-readings: the round 43a classes through the hook', () => {
  const hook = rounds.group({ title: 'Tide mill' });

  const [same, cap, gate] = hook.editAll([
    ['mill/pit', 'Visitors must be between 12 and 17 years old to join the tide mill youth crew.', 'Every youth crew member at the tide mill has to be aged from 12 to 17.'],
    ['mill/loan', 'Volunteers may keep a borrowed millstone dresser no longer than 7 days.', 'Volunteers may keep a borrowed millstone dresser no longer than 14 days.'],
    ['mill/gate', 'Close the sluice gate of the tide mill if the tide is rising.', 'Close the sluice gate of the tide mill if the tide is rising faster than 30 cm an hour.'],
  ]);
  it('leaves the figure said without its unit unflagged and flags the loosened cap and the narrowed case', () => {
    expect(same.audit, same.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(cap.audit, cap.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(cap.codes, cap.edit).toContain('number-changed');
    expect(gate.audit, gate.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(gate.codes, gate.edit).toContain('condition-narrowed');
  });
});

describe('round43b-duty-as-double-negative: a duty said by two negations, through the hook', () => {
  const hook = rounds.group({ title: 'Workshop rules' });

  {
    const cases: Array<[string, string, string]> = [
      ['workshop/induction', 'Apprentices must pass the knife-safety induction before their first lasting session.', 'An apprentice who has not been through the knife-safety induction does not join their first lasting session.'],
      ['workshop/lasts', "Every last must be measured against the client's foot before it is carved.", "A last that has not been measured against the client's foot is not carved by anyone."],
    ];
    const results = hook.editAll(cases);
    it('leaves the duty unflagged when a negated relative clause picks out the things it is not yet met on', () => {
      for (const [i, [id]] of cases.entries()) {
        const result = results[i]!;
        expect(result.audit, result.edit).toMatchObject({ clause: id, change: 'edited', regression_flag: false });
        expect(result.codes, result.edit).not.toContain('negation-added');
      }
    });
  }

  {
    const result = hook.edit('workshop/induction-2', 'Apprentices must pass the knife-safety induction before their first lasting session.', 'An apprentice who has been through the knife-safety induction does not join their first lasting session.');
    it('still flags the duty turned round with one negation only', () => {
      expect(result.audit, result.edit).toMatchObject({ regression_flag: true });
      expect(result.codes, result.edit).toContain('negation-added');
    });
  }

  {
    const result = hook.edit('workshop/lasts-2', "Every last must be measured against the client's foot before it is carved.", "A last that has not been measured against the client's foot is not carved unless a supervisor allows it.");
    it('still flags a party of its own lifting the ban', () => {
      expect(result.audit, result.edit).toMatchObject({ regression_flag: true });
      expect(result.codes, result.edit).toContain('negation-added');
    });
  }
});

describe('round43d-readings: the classes through the hook', () => {
  const hook = rounds.group({ title: 'Sugar shack and bunkhouse rules' });

  const cases: Array<[string, string, string]> = [
    ['shack/evaporator', 'Before lighting the evaporator, check the float valve and clear the flue.', 'Clear the flue and check the float valve before lighting the evaporator.'],
    ['shack/spikes', 'Sap collectors must wear ice spikes at all times, and visitors whenever they leave the boardwalk.', 'Visitors must wear ice spikes whenever they leave the boardwalk, and sap collectors at all times.'],
    ['shack/tasting', 'Each tasting flight is limited to 3 minutes 30 seconds at the counter.', 'Each tasting flight is limited to three and a half minutes at the counter.'],
    ['shack/syrup', 'Freshly bottled syrup must rest for at least 24 hours before labelling.', 'Freshly bottled syrup must rest for at least a full day before labelling.'],
    ['bunkhouse/bunks', 'Walkers may keep a bunk for up to 14 nights per season.', 'Walkers may keep a bunk for up to two weeks per season.'],
    ['shack/tanks', 'Keep the sap tanks at or below 4 °C.', 'Keep the sap tanks at four degrees Celsius or colder.'],
    ['bunkhouse/price', 'Quote walkers the winter bunk price.', 'Quote walkers the winter bunk price. Make clear that the price may still change.'],
  ];
  const results = hook.editAll(cases);
  it('leaves the reorders, the spans, the bound and the possibility unflagged', () => {
    for (const [i, [id]] of cases.entries()) {
      const result = results[i]!;
      expect(result.audit, result.edit).toMatchObject({ clause: id, change: 'edited', regression_flag: false });
    }
  });

  const [moved, traded, longer, shorter, weeks, warmer, granted] = hook.editAll([
    ['shack/evaporator-2', 'Before lighting the evaporator, check the float valve and clear the flue.', 'Clear the flue and check the float valve after lighting the evaporator.'],
    ['shack/spikes-2', 'Sap collectors must wear ice spikes at all times, and visitors whenever they leave the boardwalk.', 'Visitors must wear ice spikes at all times, and sap collectors whenever they leave the boardwalk.'],
    ['shack/tasting-2', 'Each tasting flight is limited to 3 minutes 30 seconds at the counter.', 'Each tasting flight is limited to four and a half minutes at the counter.'],
    ['shack/syrup-2', 'Freshly bottled syrup must rest for at least 24 hours before labelling.', 'Freshly bottled syrup must rest for at least 12 hours before labelling.'],
    ['bunkhouse/bunks-2', 'Walkers may keep a bunk for up to 14 nights per season.', 'Walkers may keep a bunk for up to three weeks per season.'],
    ['shack/tanks-2', 'Keep the sap tanks at or below 4 °C.', 'Keep the sap tanks at eight degrees Celsius or colder.'],
    ['bunkhouse/price-2', 'Quote walkers the winter bunk price.', 'Quote walkers the winter bunk price. Wardens may lower the price for any walker who asks.'],
  ]);
  it('flags their twins: the time moved, the cases traded, the amount changed, a grant added', () => {
    expect(moved.audit, moved.edit).toMatchObject({ regression_flag: true });
    expect(traded.audit, traded.edit).toMatchObject({ regression_flag: true });
    expect(longer.codes, longer.edit).toContain('number-changed');
    expect(shorter.codes, shorter.edit).toContain('number-changed');
    expect(weeks.codes, weeks.edit).toContain('number-changed');
    expect(warmer.codes, warmer.edit).toContain('number-changed');
    expect(granted.audit, granted.edit).toMatchObject({ regression_flag: true });
  });
});

describe('round44a-readings: the round 44a classes through the hook', () => {
  const hook = rounds.group({ title: 'Lavender distillery' });

  const swapped = hook.edit('still/roles', 'The still manager seals the boiler lid and the manager signs the distillation log.', 'The manager seals the boiler lid and the still manager signs the distillation log.');
  const window = hook.edit('still/ears', 'Distillery staff wear ear defenders beside the boiler.', 'Distillery staff wear ear defenders beside the boiler during the summer.');
  const reordered = hook.edit('still/log', 'The still manager seals the boiler lid and the manager signs the distillation log.', 'The manager signs the distillation log and the still manager seals the boiler lid.');
  it('flags the parties traded and the window added, and leaves the reordered clauses unflagged', () => {
    expect(swapped.audit, swapped.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(swapped.codes, swapped.edit).toContain('roles-swapped');
    expect(window.audit, window.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(window.codes, window.edit).toContain('scope-narrowed');
    expect(reordered.audit, reordered.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round44b-readings: the round 44b classes through the hook', () => {
  const hook = rounds.group({ title: 'Wig studio' });
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
  const audited = hook.editAll(EDITS);
  const audits = () => audited;

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

describe('round44c-case-made-universal: the class through the hook', () => {
  const hook = rounds.group({ title: 'Walling school and hop garden rules' });
  // Both tests' edits in one batch: one commit of the old texts, one of the new, each clause audited
  // on its own (clauseEditAudits.editAll), where one edit at a time took 16 hooked commits.
  const UNIVERSAL = [
    ['walling/gloves', 'Wear gloves if the coping stones are wet.', 'Wear gloves, whatever the state of the coping stones.'],
    ['walling/report', 'Report a fallen wall section if it borders a footpath.', 'Report a fallen wall section, wherever it stands.'],
    ['hops/poles', 'Do not climb the hop poles if the wind is strong.', 'Do not climb the hop poles, whatever the wind is doing.'],
    ['hops/wires', 'Check the stringing wires for slack if it rained overnight.', 'Check the stringing wires for slack, however the night went.'],
  ] as const;
  const TWINS = [
    ['hops/leave', 'Pickers may leave the hop garden early if the picking machine breaks down.', 'Pickers may leave the hop garden early, whatever happens to the picking machine.'],
    ['walling/refund', 'Refund the course fee if the instructor cancels the day.', 'Refund the course fee, whoever cancels the day.'],
    ['walling/hammer', 'Lend students a walling hammer only if they have forgotten their own.', 'Always lend students a walling hammer.'],
    ['hops/poles-2', 'Do not climb the hop poles if the wind is strong.', 'Climb the hop poles, whatever the wind is doing.'],
  ] as const;
  const audited = hook.editAll([...UNIVERSAL, ...TWINS] as const);
  const audits = () => audited;

  it('raises no learned flag on a duty or a ban made to hold in every case', () => {
    const results = audits().slice(0, UNIVERSAL.length);
    expect(results).toHaveLength(UNIVERSAL.length);
    for (const result of results) {
      expect(result.codes, result.edit).not.toContain('learned-shape');
    }
  });

  it('flags the twins: a grant or a hand-over made universal, an "only if" dropped for "always", a ban turned into a duty', () => {
    const [granted, handed, always, unbanned] = audits().slice(UNIVERSAL.length);
    expect(granted!.audit, granted!.edit).toMatchObject({ regression_flag: true });
    expect(handed!.audit, handed!.edit).toMatchObject({ regression_flag: true });
    expect(always!.audit, always!.edit).toMatchObject({ regression_flag: true });
    expect(unbanned!.audit, unbanned!.edit).toMatchObject({ regression_flag: true });
  });
});

describe('round44d-readings: the classes through the hook', () => {
  const hook = rounds.group({ title: 'Hop garden and funicular rules' });
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
  const audited = hook.editAll(EDITS);
  const audits = () => audited;

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

describe('round45a-readings: the round 45a class through the hook', () => {
  const loft = "You are the workshop assistant for a sail loft. Every sail brought in for repair is tagged with the owner's name.";
  const step = 'A sailmaker then inspects the seams and marks every tear in chalk.';
  const hook = rounds.group({ title: 'Sail loft' });

  const replaced = hook.edit('loft/steps', `${loft} ${step}`, `${loft} The owner then collects a ticket and pays the deposit.`);
  const passive = hook.edit('loft/passive', `${loft} ${step}`, `${loft} The seams are then inspected by a sailmaker and every tear is marked in chalk.`);
  it('flags the step replaced and leaves the step said in the passive unflagged', () => {
    expect(replaced.audit, replaced.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(replaced.codes, replaced.edit).toContain('requirement-removed');
    expect(passive.audit, passive.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round45b-readings: the round 45b classes through the hook', () => {
  const hook = rounds.group({ title: 'Coppice crew' });

  const both = hook.edit('coppice/kit', 'Cutters must wear chainsaw trousers and a visor in the coupe.', 'Nobody cuts in the coupe without chainsaw trousers and a visor on.');
  const one = hook.edit('coppice/kit-2', 'Cutters must wear chainsaw trousers and a visor in the coupe.', 'Nobody cuts in the coupe without chainsaw trousers on.');
  it('leaves "nobody cuts without trousers and a visor" unflagged, and flags the visor dropped', () => {
    expect(both.audit, both.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(one.audit, one.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(one.codes, one.edit).toContain('conjunct-dropped');
  });

});

describe('round45c-part-of-powered-unit: the class through the hook', () => {
  const hook = rounds.group({ title: 'Biogas digester and aquaponics rules' });

  const same = hook.edit('digester/hopper', 'The feed hopper takes 500 litres of slurry at a time.', 'The feed hopper takes half a cubic metre of slurry at a time.');
  const doubled = hook.edit('digester/hopper-2', 'The feed hopper takes half a cubic metre of slurry at a time.', 'The feed hopper takes a cubic metre of slurry at a time.');
  it('keeps a part of a cubic metre said for its litres unflagged and flags its twin', () => {
    expect(same.audit, same.edit).toMatchObject({ regression_flag: false });
    expect(doubled.audit, doubled.edit).toMatchObject({ regression_flag: true });
    expect(doubled.codes, doubled.edit).toContain('number-changed');
  });
});

describe('round46a-readings: the round 46a classes through the hook', () => {
  const apples = 'Every apple delivered to the mill is washed in the flume before pressing.';
  const ropes = 'You are the course assistant for a rope access training centre.';
  const drill = 'Trainees must complete a rescue drill with an instructor.';
  const test = 'They must also pass the harness inspection test before their first climb.';
  const hook = rounds.group({ title: 'Cider mill' });

  const [narrowed, plural, folded, joined, also] = hook.editAll([
    ['mill/narrowed', apples, 'Apples delivered to the mill by new growers are washed in the flume before pressing.'],
    ['mill/plural', apples, 'Apples delivered to the mill are washed in the flume before pressing.'],
    ['ropes/folded', `${ropes} ${drill} ${test}`, `${ropes} Trainees must complete a rescue drill with an instructor before their first climb.`],
    ['ropes/joined', `${ropes} ${drill} ${test}`, `${ropes} Trainees must complete a rescue drill with an instructor and must also pass the harness inspection test before their first climb.`],
    ['ropes/also', 'Ropes are retired only if they fail the load test.', 'Ropes are retired only if they fail the load test. Ropes are retired as well when an instructor asks.'],
  ] as const);
  it('flags the bare plural picked out, the folded duty and the "also" in a case, and leaves their twins unflagged', () => {
    for (const flagged of [narrowed, folded, also]) expect(flagged.audit, flagged.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(narrowed.codes, narrowed.edit).toContain('scope-narrowed');
    expect(folded.codes, folded.edit).toContain('requirement-removed');
    expect(also.codes, also.edit).toContain('exception-added');
    for (const kept of [plural, joined]) expect(kept.audit, kept.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round46b-readings: the round 46b classes through the hook', () => {
  const hook = rounds.group({ title: 'Steel band' });

  const adults = hook.edit('band/punch', 'Band members may not serve rum punch to guests under 18.', 'Rum punch is served by band members only to adult guests.');
  const children = hook.edit('band/punch-2', 'Band members may not serve rum punch to guests under 18.', 'Rum punch is served by band members to adult guests and to their children.');
  it('leaves "only to adult guests" unflagged, and flags their children added', () => {
    expect(adults.audit, adults.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(children.audit, children.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });

  const silent = hook.edit('band/count-in', "No one plays during the band leader's count-in.", "During the band leader's count-in, every instrument stays silent.");
  it('leaves "every instrument stays silent" unflagged', () => {
    expect(silent.audit, silent.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round46c-quantity-restated: the class through the hook', () => {
  const hook = rounds.group({ title: 'Harpsichord workshop and snail farm rules' });

  const same = hook.edit('workshop/jack-rail', 'Never hang more than half a kilogram on a jack rail.', 'Never hang more than 500 grams on a jack rail.');
  const loosened = hook.edit('workshop/plectra', 'Quill plectra are trimmed to no longer than half a millimetre past the string.', 'Quill plectra are trimmed to no longer than 5 mm past the string.');
  const softened = hook.edit('farm/water', 'Each breeding box must get half a litre of fresh water every morning.', 'Each breeding box may get 500 ml of fresh water every morning.');
  it('keeps an amount said in other units unflagged and flags its twins', () => {
    expect(same.audit, same.edit).toMatchObject({ regression_flag: false });
    expect(same.codes, same.edit).not.toContain('learned-shape');
    expect(loosened.audit, loosened.edit).toMatchObject({ regression_flag: true });
    expect(loosened.codes, loosened.edit).toContain('number-changed');
    expect(softened.audit, softened.edit).toMatchObject({ regression_flag: true });
    expect(softened.codes, softened.edit).toContain('modal-weakened');
  });
});

describe('round47a-readings: the round 47a classes through the hook', () => {
  const hook = rounds.group({ title: 'Tea estate' });

  const edits = hook.editAll([
    ['estate/act', 'Sweep the withering shed after every shift.', 'Salt the withering shed after every shift.'],
    ['estate/grade', 'Pluckers are not to grade the leaf by eye alone.', 'Pluckers are to grade the leaf by eye alone.'],
    ['estate/margin', 'Tie-break tastings are won by 2 points.', 'Tie-break tastings are won by 1 point.'],
    ['estate/rain', 'Stop plucking if the rain is heavy.', 'Stop plucking only if the rain is heavy and the field officer says so.'],
    ['estate/weigh', "The estate manager weighs each plucker's basket, not the plucker.", 'Each plucker weighs their own basket, not the estate manager.'],
    ['bows/proof', 'Every bow must be proof-drawn before a sale.', 'Every bow must be proof-drawn before a custom sale.'],
    ['estate/prune', 'Trim the tea bushes every four years.', 'Prune the tea bushes every four years.'],
    ['estate/grade-kept', 'Tasters are not to grade the leaf by eye alone.', 'Tasters must not grade the leaf by eye alone.'],
    ['estate/deadline', 'Deliver the plucked leaf to the factory by 11 am.', 'Deliver the plucked leaf to the factory by 10 am.'],
    ['estate/rain-kept', 'Stop weighing if the scales jam.', 'Stop weighing only if the scales jam.'],
    ['bows/single', 'Check every stave for shakes.', 'Check every single stave for shakes.'],
  ] as const);
  it('flags the act replaced, the "not" dropped, the margin moved, the "only if" case narrowed, the parties exchanged and the kind qualified, and leaves their twins unflagged', () => {
    const [act, grade, margin, rain, weigh, proof, ...twins] = edits;
    for (const flagged of [act, grade, margin, rain, weigh, proof]) expect(flagged?.audit, flagged?.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(act?.codes, act?.edit).toContain('semantic-drift');
    expect(grade?.codes, grade?.edit).toContain('negation-removed');
    expect(margin?.codes, margin?.edit).toContain('number-changed');
    expect(rain?.codes, rain?.edit).toContain('condition-narrowed');
    expect(weigh?.codes, weigh?.edit).toContain('roles-swapped');
    expect(proof?.codes, proof?.edit).toContain('scope-narrowed');
    for (const kept of twins) expect(kept.audit, kept.edit).toMatchObject({ change: 'edited', regression_flag: false });
  });
});

describe('round47b-readings: the round 47b class through the hook', () => {
  const hook = rounds.group({ title: 'Cormorant show' });

  const reworded = hook.edit('show/boat', 'The fishing boat may be boarded only by guests who have a ticket.', 'If you do not have a ticket, you do not board the fishing boat.');
  const dropped = hook.edit('show/boat-2', 'The fishing boat may be boarded only by guests who have a ticket.', 'Guests who have a ticket may board the fishing boat.');
  it('leaves "if you do not have a ticket, you do not board" unflagged, and flags the "only" dropped', () => {
    expect(reworded.audit, reworded.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(dropped.audit, dropped.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });

  const inverted = hook.edit('ink/sticks', 'Do not sell ink sticks that have cracked.', 'Sell ink sticks that have not cracked.');
  it('flags the act\'s "no" moved into its case', () => {
    expect(inverted.audit, inverted.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });
});

describe('round47c-readings: the round 47c classes through the hook', () => {
  const rinse = 'Pickers may rinse the bottles at the spring house or wash them in the main hall.';
  const hook = rounds.group({ title: 'Yak wool mill' });

  const [exchanged, swapped, age, younger, area, smaller] = hook.editAll([
    ['mill/exchanged', rinse, 'Pickers may wash the bottles in the main hall or rinse them at the spring house.'],
    ['mill/swapped', rinse, 'Pickers may rinse the bottles in the main hall or wash them at the spring house.'],
    ['mill/age', 'Apprentices under 16 years of age may not run the carding machine.', 'Apprentices younger than 16 may not run the carding machine.'],
    ['mill/younger', 'Apprentices under 16 years of age may not run the carding machine.', 'Apprentices younger than 14 may not run the carding machine.'],
    ['mill/area', 'Only catchments over 5 hectares may be tapped for bottling.', 'Only catchments over 50,000 square metres may be tapped for bottling.'],
    ['mill/smaller', 'Only catchments over 5 hectares may be tapped for bottling.', 'Only catchments over 5,000 square metres may be tapped for bottling.'],
  ] as const);
  it('leaves the exchanged acts, the age without its unit and the area in square metres unflagged, and flags their twins', () => {
    for (const kept of [exchanged, age, area]) expect(kept.audit, kept.edit).toMatchObject({ change: 'edited', regression_flag: false });
    for (const flagged of [swapped, younger, smaller]) expect(flagged.audit, flagged.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(swapped.codes, swapped.edit).toContain('roles-swapped');
    expect(younger.codes, younger.edit).toContain('number-changed');
    expect(smaller.codes, smaller.edit).toContain('number-changed');
  });
});

describe('round48c-readings: the round 48c classes through the hook', () => {
  const shafts = 'Stick shafts may be no longer than 3 feet 6 inches for midfielders.';
  const prize = 'The league champions receive the trophy, a pennant and a seeding for next season.';
  const hook = rounds.group({ title: 'Lacrosse league' });

  const [inches, longer, ppm, sulphur, reordered, exchanged] = hook.editAll([
    ['league/inches', shafts, 'Stick shafts may be no longer than 42 inches for midfielders.'],
    ['league/longer', shafts, 'Stick shafts may be no longer than 48 inches for midfielders.'],
    ['orchard/ppm', 'Sulphur dioxide in the quince cider must stay below 200 parts per million.', 'SO2 in the quince cider must stay below 200 ppm.'],
    ['orchard/sulphur', 'Sulphur dioxide in the quince cider must stay below 200 parts per million.', 'SO2 in the quince cider must stay below 250 ppm.'],
    ['league/prize', prize, 'The league champions receive a seeding for next season, a pennant and the trophy.'],
    ['league/kit', 'The home team supplies the balls and the away team supplies the referee for next week.', 'The away team supplies the balls and the home team supplies the referee for next week.'],
  ] as const);
  it('leaves the amount said in one unit, the ppm said short and the list reordered round "next season" unflagged, and flags their twins', () => {
    for (const kept of [inches, ppm, reordered]) expect(kept.audit, kept.edit).toMatchObject({ change: 'edited', regression_flag: false });
    for (const flagged of [longer, sulphur, exchanged]) expect(flagged.audit, flagged.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(longer.codes, longer.edit).toContain('number-changed');
    expect(sulphur.codes, sulphur.edit).toContain('number-changed');
    expect(exchanged.codes, exchanged.edit).toContain('roles-swapped');
  });
});

describe('round48b-readings: a rule said from the other side in other words, through the hook', () => {
  const hook = rounds.group({ title: 'Puppet theatre' });

  const seated = hook.edit('puppets/screen', 'Puppeteers must stay seated behind the screen while the curtain is up.', 'While the curtain is up, no puppeteer stands behind the screen.');
  const stands = hook.edit('puppets/screen-2', 'Puppeteers must stay seated behind the screen while the curtain is up.', 'Puppeteers must stand behind the screen while the curtain is up.');
  const ladder = hook.edit('puppets/ladder', 'Do not climb on the fly gallery ladder during a performance.', 'During a performance the fly gallery ladder is out of bounds.');
  const tide = hook.edit('marsh/saltings', 'Visitors must not walk on the saltings at high tide.', 'At low tide the saltings are off limits to visitors.');
  it('leaves "no puppeteer stands" for "stay seated" and a ladder made out of bounds unflagged; flags the opposite traded without its "no" and a whole ban\'s case replaced', () => {
    expect(seated.audit, seated.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(ladder.audit, ladder.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(stands.audit, stands.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(tide.audit, tide.edit).toMatchObject({ change: 'edited', regression_flag: true });
  });
});

describe('round48a-readings: the round 48a classes through the hook', () => {
  const hook = rounds.group({ title: 'Bell foundry' });

  const [option, duty, contrast, contrastKept, question] = hook.editAll([
    ['foundry/blessing', 'Members are bound to attend the bell blessing.', 'Members have the option to attend the bell blessing.'],
    ['foundry/blessing-duty', 'Members are bound to attend the bell blessing.', "Attending the bell blessing is every member's duty."],
    ['foundry/tapping', 'The foreman, not the apprentices, decides when the furnace is tapped.', 'The apprentices, not the foreman, decide when the furnace is tapped.'],
    ['foundry/tapping-voice', 'The foreman, not the apprentices, decides when the furnace is tapped.', 'When the furnace is tapped is decided by the foreman, not the apprentices.'],
    ['foundry/delivery', 'Staff must tell each customer when their bell will be delivered.', 'Staff must tell each customer where their bell is kept until delivery.'],
  ] as const);
  it('flags the duty made an option, the parties exchanged round "not" and the question turned; leaves the duty said with another marker unflagged', () => {
    expect(option.audit, option.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(option.codes, option.edit).toContain('modal-weakened');
    expect(duty.audit, duty.edit).toMatchObject({ change: 'edited', regression_flag: false });
    expect(contrast.audit, contrast.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(contrast.codes, contrast.edit).toContain('roles-swapped');
    expect(contrastKept.codes, contrastKept.edit).not.toContain('roles-swapped');
    expect(question.audit, question.edit).toMatchObject({ change: 'edited', regression_flag: true });
    expect(question.codes, question.edit).toContain('object-replaced');
  });
});
