// Round 46b (issue 11): a ban on standing up said as staying seated and on playing as every
// instrument staying silent, "from" read as a kept state only after "kept", an age bound of 18 said
// as "only adult", "only X" said as "X, and X alone" or "made up of X and of nobody else"; beside
// the twins that keep their reasons; the classes through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { withAdultsSaidAsAge } from './_adults-as-age.ts';
import { withOnlySaidPlainly } from './_only-phrasings.ts';
import { keepsTheState } from './_states-kept.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

describe('a ban on standing or playing said as the state it keeps', () => {
  const lexicon = createWordNetLexicon();

  it('reads "stay seated" for "not stand up" and "every instrument stays silent" for "No one plays"', () => {
    expect(keepsTheState('Riders are not to stand up while the monorail car is moving.', 'While the monorail car is moving, riders stay seated.', lexicon)).toBe(true);
    expect(keepsTheState("No one plays during the band leader's count-in.", "During the band leader's count-in, every instrument stays silent.", lexicon)).toBe(true);
  });

  it('reads nothing where the state comes with a case or a thing of its own', () => {
    expect(keepsTheState('Riders are not to stand up while the monorail car is moving.', 'While the monorail car is moving, riders stay seated with their belts off.', lexicon)).toBe(false);
    expect(keepsTheState("No one plays during the band leader's count-in.", "During the band leader's count-in, every instrument stays silent unless the leader nods.", lexicon)).toBe(false);
  });

  it('reads "from" as a kept state after "kept" only, not after "leave" or "stay"', () => {
    expect(keepsTheState('Never tell riders the fault code of a stopped car.', 'The fault code of a stopped car is kept from riders.', lexicon)).toBe(true);
    expect(keepsTheState('Never tell riders the fault code of a stopped car.', 'The fault code of a stopped car is left from riders.', lexicon)).toBe(false);
    expect(keepsTheState('Never tell riders the fault code of a stopped car.', 'The fault code of a stopped car stays from riders.', lexicon)).toBe(false);
  });
});

describe('"only X" said by X repeated', () => {
  it('writes "X and of nobody else" and "X, and X alone" as "only X", the object free to hold other prepositions', () => {
    expect(withOnlySaidPlainly('The rota is made up of mechanics aged 18 to 40 and of nobody else.')).toBe('The rota is made up only of mechanics aged 18 to 40.');
    expect(withOnlySaidPlainly("Restarts happen on the controller's say-so and on nobody else's.")).toBe("Restarts happen only on the controller's say-so.");
    expect(withOnlySaidPlainly('Restarting an engine is a job for the control room, and the control room alone.')).toBe('Restarting an engine is a job for the control room alone.');
  });

  it('leaves a second party alone', () => {
    expect(withOnlySaidPlainly('Restarting an engine is a job for the control room, and the driver alone.')).toBe('Restarting an engine is a job for the control room, and the driver alone.');
  });
});

describe('an age bound of 18 said as "adult"', () => {
  it('says "only adult guests" and "is an adult" with the bound, where the old rule bounds an age at 18', () => {
    expect(withAdultsSaidAsAge('Rum punch is served only to adult guests.', 'Do not serve rum punch to guests under 18.')).toBe('Rum punch is served only to guests aged 18 or over.');
    expect(withAdultsSaidAsAge('Everyone on the crew is an adult.', 'No one under 18 may join the crew.')).toBe('Everyone on the crew is aged 18 or over.');
  });

  it('reads nothing for another bound, another party beside the adults, or no limit to them', () => {
    expect(withAdultsSaidAsAge('Rum punch is served only to adult guests.', 'Do not serve rum punch to guests under 21.')).toBe('Rum punch is served only to adult guests.');
    expect(withAdultsSaidAsAge('Rum punch is served only to adult guests and to their children.', 'Do not serve rum punch to guests under 18.')).toBe('Rum punch is served only to adult guests and to their children.');
    expect(withAdultsSaidAsAge('Rum punch is served to adult guests.', 'Do not serve rum punch to guests under 18.')).toBe('Rum punch is served to adult guests.');
  });
});
