// Round 34b (issue 11): misses of v42 and v43 read as classes. A negation dropped from a rule whose
// subject is named by a state both versions hold, read as no state kept and no refusal in other
// words; a comparative right after the noun of the thing a duty acts on, which picks the things it
// covers; a subject narrowed by a phrase inserted inside it. Each beside a twin that keeps the rule;
// one kind is also driven through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { keepsTheState } from './_states-kept.ts';
import { foldRefusalSenses } from './_sense-words.ts';
import { undoTightenings } from './_entailed-tightenings.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a negation dropped beside a state both versions hold', () => {
  it('reads no state kept where the new sentence keeps only the state the old one named its subject by', () => {
    expect(keepsTheState('Bags left outside the shop after closing are not put on sale.', 'Bags left outside the shop after closing are put on sale.', lexicon)).toBe(false);
    expect(keepsTheState('Do not leave bikes in the corridor.', 'Keep bikes out of the corridor.', lexicon)).toBe(true);
  });

  it('reads no refusal in words the other version says as written', () => {
    const next = 'Seed packets kept out of the cold store are sent to growers.';
    expect(foldRefusalSenses(next, 'Seed packets kept out of the cold store are not sent to growers.', lexicon)).toBe(next);
  });

  it('flags the negation dropped and passes the ban said as the state kept', async () => {
    expect(await codes('Crates left outside the depot overnight are not loaded onto the barge.', 'Crates left outside the depot overnight are loaded onto the barge.')).toContain('negation-removed');
    expect(await codes('Seed packets kept out of the cold store are not sent to growers.', 'Seed packets kept out of the cold store are sent to growers.')).toContain('negation-removed');
    expect(await codes('Do not put crates left outside overnight onto the barge.', 'Crates left outside overnight stay off the barge.')).toEqual([]);
  });
});

describe('a comparative after the noun of the thing a duty acts on', () => {
  it('reads a raised bound as covering fewer things, and a lowered one as a tightening, whatever the verb', () => {
    expect(undoTightenings('Cool any casting thicker than 40 mm in the sand pit.', 'Cool any casting thicker than 25 mm in the sand pit.')).toBe('Cool any casting thicker than 40 mm in the sand pit.');
    expect(undoTightenings('Cool any casting thicker than 40 mm in the sand pit.', 'Cool any casting thicker than 60 mm in the sand pit.')).toBeNull();
  });

  it('flags the bound raised and passes it lowered; a level a thing is kept at stays the measure', async () => {
    expect(await codes('Store any barrel heavier than 50 kg on the bottom rack.', 'Store any barrel heavier than 80 kg on the bottom rack.')).toEqual(['number-changed']);
    expect(await codes('Store any barrel heavier than 50 kg on the bottom rack.', 'Store any barrel heavier than 30 kg on the bottom rack.')).toEqual([]);
    expect(await codes('Keep the fridge colder than 5 degrees.', 'Keep the fridge colder than 3 degrees.')).toEqual([]);
  });
});

describe('a subject narrowed by a phrase inserted inside it', () => {
  it('flags a participle with an object of its own and passes one that says where again', async () => {
    expect(await codes('Everyone on the ice must wear a helmet.', 'Everyone driving a resurfacer on the ice must wear a helmet.')).toEqual(['scope-narrowed']);
    expect(await codes('Staff in the mews must wear leather gauntlets.', 'Staff working in the mews must wear leather gauntlets.')).toEqual([]);
    expect(await codes('Everyone on the ice must wear a helmet.', 'Everyone who is on the ice must wear a helmet.')).toEqual([]);
  });
});
