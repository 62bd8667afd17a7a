// Round 38d (issue 11): the "only" rewordings. The set an exclusive rule admits, read in more of
// the forms English says it (solely, exclusively, "X alone may", "X and nobody else may", a ban's
// "except" / "apart from") and compared across forms; an item added to it, or its qualifier made
// optional, flags whatever the verdict's weights say. Each beside a twin that keeps the set; both
// through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { exclusiveSet, readsAnItemAdded } from './reason-exclusive-set-widened.ts';
import { certainReading } from './_certain-readings.ts';
import { withOnlySaidPlainly } from './_only-phrasings.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('the set an exclusive rule admits, read in more of its forms', () => {
  it('reads "solely", "exclusively", a party "alone" before its modal and "X and nobody else"', () => {
    expect(exclusiveSet('The breeding snails are harvested solely by the farm manager and the seasonal pickers.')?.set).toEqual(['the', 'farm', 'manager', 'and', 'the', 'seasonal', 'pickers']);
    expect(exclusiveSet('The cache coordinates are given exclusively to paid-up club members.')?.set).toEqual(['paid-up', 'club', 'members']);
    expect(exclusiveSet('Canoe polo goalkeepers alone may use the long paddle.')?.set).toEqual(['canoe', 'polo', 'goalkeepers']);
    expect(exclusiveSet('The drum captain and nobody else may call the stroke rate.')?.set).toEqual(['the', 'drum', 'captain']);
    expect(withOnlySaidPlainly('The drum captain and nobody else may call the stroke rate.')).toBe('Only the drum captain may call the stroke rate.');
  });

  it('reads what a ban lets off after its "except" or "apart from", and no set in a grant\'s exception or an "except when"', () => {
    const ban = exclusiveSet('Taiko drums are not played in the rehearsal hall, except the small shime drums.');
    expect(ban?.set).toEqual(['the', 'small', 'shime', 'drums']);
    expect(ban?.letsOff).toBe(true);
    expect(exclusiveSet('Apart from the small shime drums, no taiko drum is played in the rehearsal hall.')?.set).toEqual(['the', 'small', 'shime', 'drums']);
    expect(exclusiveSet('Members may use the hall, except the stage.')).toBeNull();
    expect(exclusiveSet('Drums are not played in the hall except when the choir is away.')).toBeNull();
  });
});

describe('an "alone" inside a relative clause', () => {
  it('reads no set kept to ("Staff who work alone must carry a radio") and passes its rewording, while a party\'s own "alone" is still read', async () => {
    expect(exclusiveSet('Staff who work alone must carry a radio.')).toBeNull();
    expect(await codes('Staff who work alone must carry a radio.', 'Staff who work on their own must carry a radio.')).toEqual([]);
    expect(exclusiveSet('Canoe polo goalkeepers alone may use the long paddle.')).toMatchObject({ set: ['canoe', 'polo', 'goalkeepers'] });
  });
});

describe('a set widened across forms, its act said by its noun', () => {
  it('flags an item added, and passes the same set said in the other form', async () => {
    expect(await codes("Only the workshop's voicer may tune a harpsichord's upper register.", "Tuning a harpsichord's upper register is restricted to the workshop's voicer and the apprentices.")).toContain('scope-widened');
    expect(await codes("Only the workshop's voicer may tune a harpsichord's upper register.", "Tuning a harpsichord's upper register is restricted to the workshop's voicer.")).toEqual([]);
    expect(await codes('Do not give the cache coordinates to anyone other than a paid-up club member.', 'The cache coordinates are given exclusively to paid-up club members and their families.')).toContain('scope-widened');
    expect(await codes('Do not give the cache coordinates to anyone other than a paid-up club member.', 'The cache coordinates are given exclusively to paid-up club members.')).toEqual([]);
    expect(await codes('The drum captain and nobody else may call the stroke rate in a dragon boat race.', 'Calling the stroke rate in a dragon boat race is limited to the drum captain and the steerer.')).toContain('scope-widened');
    expect(await codes('The drum captain and nobody else may call the stroke rate in a dragon boat race.', 'Calling the stroke rate in a dragon boat race is limited to the drum captain.')).toEqual([]);
  });

  it('flags a ban\'s exceptions widened, and passes them said the other way round', async () => {
    expect(await codes("Taiko drums are not played in the rehearsal hall, except the small shime drums.", "Apart from the small shime drums and the chappa cymbals, no taiko instrument is played in the rehearsal hall.")).toContain('scope-widened');
    expect(await codes("Taiko drums are not played in the rehearsal hall, except the small shime drums.", "Apart from the small shime drums, no taiko drum is played in the rehearsal hall.")).toEqual([]);
  });

  it('reads an item added as certain, so the weighing cannot quiet it', () => {
    const reason = { code: 'scope-widened', message: 'scope widened: "and the steerer" added to those "the drum captain" the rule was kept to, in "Calling the stroke rate is limited to the drum captain and the steerer."' };
    expect(readsAnItemAdded(reason)).toBe(true);
    expect(readsAnItemAdded({ code: 'scope-widened', message: 'scope widened: the rule no longer keeps its act to "the named driver", in "The keys are given to the named driver."' })).toBe(false);
    expect(certainReading([reason], 'The drum captain and nobody else may call the stroke rate.', 'Calling the stroke rate is limited to the drum captain and the steerer.')).toEqual(reason);
  });
});
