// A rule's polarity read as an algebra of turns (negations, verbs of refusal or prevention, absence,
// "waits until"), and a bound in an only-when gate read by what it admits (issue 11, round 16a).
import { describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { polarityKept } from './_polarity.ts';
import { readStatement } from './_statements.ts';

const embedder = createBuiltinEmbedder();
const config = configSchema.parse({});
const flagging = flaggingCodes;
const kept = (previous: string, next: string): boolean => polarityKept([readStatement(previous, next)], [readStatement(next, previous)]);

describe('polarity kept in other words', () => {
  it('reads a negation said by a verb of refusal, prevention or waiting as the same rule', async () => {
    expect(await flagging('Never lend a library laptop to a visitor.', 'Requests to lend a library laptop to a visitor are declined.')).toEqual([]);
    expect(await flagging('Do not fire the kiln until the vents have been opened.', 'Firing the kiln waits until the vents have been opened.')).toEqual([]);
    expect(await flagging('Stop the rides when lightning is reported within 10 km.', 'When lightning is reported within 10 km, the rides do not run.')).toEqual([]);
  });

  it('reads a double negative said plainly ("No X without Y" = "Y in place before any X") as the same rule', () => {
    expect(kept('No diver enters the water without a buddy check.', 'A buddy check must be done before any diver enters the water.')).toBe(true);
    // A fronted "without" sets a condition; the "not" after it negates the duty.
    expect(kept('Hikers must stay on the marked trail.', "Without the guide's agreement, hikers must not stay on the marked trail.")).toBe(false);
  });

  it('still flags a rule turned round: a verb of refusal negated, or the negation gone with the refusal kept', async () => {
    expect(await flagging('Never lend a library laptop to a visitor.', 'Requests to lend a library laptop to a visitor are not declined.')).not.toEqual([]);
    expect(await flagging('Stop the rides when lightning is reported within 10 km.', 'When lightning is reported within 10 km, do not stop the rides.')).not.toEqual([]);
    expect(await flagging('Do not fire the kiln until the vents have been opened.', 'Firing the kiln does not wait until the vents have been opened.')).not.toEqual([]);
    expect(await flagging('Never release a sedated patient without an escort.', 'Discharge requests for sedated patients who come without an escort are not refused.')).not.toEqual([]);
  });

  it('leaves a negation that only moved to the negation detector: the count of negations is the same', () => {
    expect(kept('Do not pay helpers in cash unless the treasurer has approved it.', 'Pay helpers in cash unless the treasurer has refused it.')).toBe(false);
  });
});

describe('a bound in an only-when gate', () => {
  it('reads a bound that admits fewer cases as stricter, and one that admits more as a change', async () => {
    expect(await flagging('Fly the drone only when gusts are below 30 km/h.', 'Fly the drone only when gusts are below 20 km/h.')).toEqual([]);
    expect(await flagging('Serve the oysters only if they were landed less than 48 hours ago.', 'Serve the oysters only if they were landed less than 24 hours ago.')).toEqual([]);
    expect(await flagging('Open the bridge only when the tide is above 2 metres.', 'Open the bridge only when the tide is above 3 metres.')).toEqual([]);
    expect(await flagging('Fly the drone only when gusts are below 30 km/h.', 'Fly the drone only when gusts are below 40 km/h.')).toContain('number-changed');
    expect(await flagging('Open the bridge only when the tide is above 2 metres.', 'Open the bridge only when the tide is above 1 metre.')).toContain('number-changed');
  });
});

describe('a bound said from the other side with a negation', () => {
  it('reads the same number admitting the same side as the same limit', async () => {
    expect(await flagging('Keep the wine store below 18 °C.', 'The wine store must never get to 18 °C or above.')).toEqual([]);
    expect(await flagging('Lorries must not exceed 10 mph in the yard.', 'Lorries in the yard keep to 10 mph or less.')).toEqual([]);
    expect(await flagging('Do not stand within 3 metres of the press.', 'Stand more than 3 metres away from the press.')).toEqual([]);
  });

  it('still flags the side turned round with the negation kept, or the negation dropped', async () => {
    expect(await flagging('Keep the wine store below 18 °C.', 'The wine store must never drop below 18 °C.')).not.toEqual([]);
    expect(await flagging('Do not stand within 3 metres of the press.', 'Stand within 3 metres of the press.')).not.toEqual([]);
  });
});

describe('a whenever rule said as a standing if/when', () => {
  it('keeps the scope when the new condition says the old case with no words of its own', async () => {
    expect(await flagging('Put the barrier down whenever a horse is being led across the road.', 'If a horse is being led across the road, the barrier goes down.')).toEqual([]);
    expect(await flagging('Switch on the extractor whenever resin is poured.', 'When resin is poured, the extractor is switched on.')).toEqual([]);
  });

  it('still flags the case narrowed: a word of its own in the condition, or no condition at all', async () => {
    expect(await flagging('Switch on the extractor whenever resin is poured.', 'When more than a litre of resin is poured, the extractor is switched on.')).not.toEqual([]);
    expect(await flagging('Switch on the extractor whenever resin is poured.', 'Switch on the extractor the first time resin is poured.')).not.toEqual([]);
  });
});

describe('a prohibition rewritten whole as a sentence of refusal or waiting', () => {
  it('reads the new sentence as the same "no", not as a contradiction of the old rule', async () => {
    const result = await evaluateClauseChange({ clauseId: 'test/clause', previous: 'Never copy a member\'s key fob, even for a family member.', next: 'Duplicates of access fobs are refused outright, relatives included.', declaredTone: null, config, embedder });
    expect(result.reasons.map((reason) => reason.code)).not.toContain('contradiction');
  });

  it('still reads a contradiction whose refusal word picks whom a new rule is about, or whose polarity differs', async () => {
    expect(await flagging('Do not fine residents for late rent in winter.', 'Do not fine residents for late rent in winter. Residents who refuse a payment plan are fined for late rent.')).toContain('contradiction');
    expect(await flagging('Never turn away a walk-in donor.', 'Never turn away a walk-in donor. Walk-in donors without an appointment are refused at the desk.')).toContain('contradiction');
  });
});

describe('a duty made stricter in place with a duty of its own appended', () => {
  it('reads the edited rule against the old one and the appended duty as a sentence of its own', async () => {
    expect(await flagging('Weigh the luggage of the first passenger.', 'Weigh the luggage of every passenger, and refuse any bag over 23 kg.')).toEqual([]);
    expect(await flagging('Service the boiler every two years.', 'Service the boiler every year, and stop using it if the flue test fails.')).toEqual([]);
  });

  it('still flags the rule loosened in place, and a condition that gained a conjunct with no comma', async () => {
    expect(await flagging('Service the boiler every year.', 'Service the boiler every three years, and stop using it if the flue test fails.')).toContain('number-changed');
    expect(await flagging('Log every administrator sign-in.', 'Log some administrator sign-ins, and alert the security team.')).toContain('scope-narrowed');
    expect(await flagging('Evacuate the hall when the alarm sounds.', 'Evacuate the hall when the alarm sounds and a warden confirms a fire.')).toContain('condition-narrowed');
  });
});

describe('an acronym of a negated phrase spelled out as a relative clause', () => {
  it('reads the negation that kept its words as describing the thing, not as the rule\'s', async () => {
    expect(await flagging('Clinics with an NPR code are closed to new patients.', 'Clinics that are not processing referrals are closed to new patients.')).toEqual([]);
  });

  it('still flags the rule negated beside it, or a negation that moved onto another word', async () => {
    expect(await flagging('Clinics with an NPR code are closed to new patients.', 'Clinics that are not processing referrals are not closed to new patients.')).not.toEqual([]);
    expect(await flagging('Do not charge the delivery fee, but charge the item in full.', 'Charge the delivery fee, but do not charge the item in full.')).not.toEqual([]);
  });
});

describe('a modal inside an embedded question', () => {
  it('grants nothing: the rule still demands the showing or telling', async () => {
    const result = await evaluateClauseChange({ clauseId: 'test/clause', previous: 'Show campers the fire blanket in the cook tent.', next: 'On the first evening, make sure everyone knows where a kitchen fire can be smothered.', declaredTone: null, config, embedder });
    expect(result.reasons.map((reason) => reason.code)).not.toContain('permission-added');
  });

  it('still reads a grant in the rule\'s own clause, and after a relative "who"', async () => {
    expect(await flagging('Show campers the fire blanket in the cook tent.', 'Show campers the fire blanket in the cook tent. Campers who have been before can skip the tour.')).toContain('permission-added');
  });
});

describe('an only-limit on a source said as a claim about every thing', () => {
  it('keeps the limit: a universal before the thing, the same preposition before the same source', async () => {
    expect(await flagging('Source timber only from certified forests.', 'All the timber we buy comes from certified forests.')).toEqual([]);
  });

  it('still flags the source opened or given an alternative', async () => {
    expect(await flagging('Source timber only from certified forests.', 'All the timber we buy comes from certified forests or local sawmills.')).toContain('scope-widened');
    expect(await flagging('Source timber only from certified forests.', 'Source timber from any forest.')).toContain('scope-widened');
  });
});

describe('"at once" as a deadline', () => {
  it('reads "at once" as "immediately", not as a count of one, and still reads a later deadline', async () => {
    expect(await flagging('Evacuate the lab at once if the oxygen alarm sounds.', 'If the oxygen alarm sounds, evacuate the lab immediately.')).toEqual([]);
    expect(await flagging('Evacuate the lab at once if the oxygen alarm sounds.', 'If the oxygen alarm sounds, evacuate the lab by the end of the experiment.')).not.toEqual([]);
  });
});
