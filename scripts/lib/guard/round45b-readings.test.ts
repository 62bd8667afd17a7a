// Round 45b (issue 11): a duty to wear things said as nobody acting without them, "at all times"
// said as "from start to finish", a ban on telling said as the thing kept from its hearers and a ban
// on drinking as staying sober; beside the twins that keep their reasons; the classes through a
// real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { dutySaidAsNoneWithout, headSaidAsNoneWithout } from './_duty-as-none-without.ts';
import { freeThing } from './_free-of-charge.ts';
import { keepsTheState } from './_states-kept.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

describe('a duty to wear things said as nobody acting without them', () => {
  it('reads the duty said where every thing it demands follows the "without"', () => {
    expect(dutySaidAsNoneWithout('Teams must wear cut-resistant gloves when handling glass.', 'No one handles glass without cut-resistant gloves on.')).toBe(true);
    expect(headSaidAsNoneWithout('Riders must wear a buoyancy aid', 'Riders must wear a buoyancy aid and a helmet on the cable.', 'Nobody rides the cable without both a buoyancy aid and a helmet on.')).toBe(true);
  });

  it('reads nothing where a thing demanded is missing, an exception came, or the part is no duty head', () => {
    expect(dutySaidAsNoneWithout('Riders must wear a buoyancy aid and a helmet on the cable.', 'Nobody rides the cable without a buoyancy aid on.')).toBe(false);
    expect(dutySaidAsNoneWithout('Teams must wear gloves when handling glass.', 'No one handles glass without gloves on unless a supervisor agrees.')).toBe(false);
    expect(headSaidAsNoneWithout('a helmet on the cable', 'Riders must wear a buoyancy aid and a helmet on the cable.', 'Nobody rides the cable without both a buoyancy aid and a helmet on.')).toBe(false);
  });
});

describe('a ban on telling or drinking said as the state it keeps', () => {
  const lexicon = createWordNetLexicon();

  it('reads "kept from" for "not tell" and "stay sober" for "not drink alcohol"', () => {
    expect(keepsTheState('Staff must not tell the press whether someone is a client of the office.', 'Whether someone is a client of the office is kept from the press.', lexicon)).toBe(true);
    expect(keepsTheState('Drivers may not drink alcohol before or during the road run.', 'Drivers stay completely sober until the road run is over.', lexicon)).toBe(true);
  });

  it('reads nothing where the state ends at another time or an exception came', () => {
    expect(keepsTheState('Drivers may not drink alcohol before or during the road run.', 'Drivers stay completely sober until the road run starts.', lexicon)).toBe(false);
    expect(keepsTheState('Staff must not tell visitors where the dormice nest.', 'Where the dormice nest is kept from visitors unless they book a guided walk.', lexicon)).toBe(false);
  });
});

describe('an act made free, said as its doer paying nothing to do it', () => {
  it('reads the act with its thing as what is free, either way round', () => {
    expect(freeThing('Compost may be collected by members at no cost.')).toEqual({ thing: 'collected Compost', party: 'members', doer: '' });
    expect(freeThing('Members pay nothing when they collect compost.')).toEqual({ thing: 'collect compost', party: 'Members', doer: '' });
  });

  it('reads nothing where the thing carries a case', () => {
    expect(freeThing('Members pay nothing when they collect compost if they bring a bag.')).toBeNull();
  });
});
