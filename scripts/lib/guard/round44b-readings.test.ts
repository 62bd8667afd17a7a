// Round 44b (issue 11): an "only" said another way ("the one place where", "work reserved for",
// "every wig that goes out travels with"), a duty on every thing said by a negative universal after
// a fronted phrase of its own words, and a ban on the things a word picks out said as the act
// allowed only for the things its opposite picks out; beside the twins that keep their reasons; the
// classes through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { onlyForTheOppositeSet } from './_only-opposite-sets.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

describe('a ban on the things a word picks out, said as "only" the things its opposite picks out', () => {
  const lexicon = createWordNetLexicon();

  it('reads "that fail" against "only ... that pass", every other word kept', () => {
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Only wefts that pass the tension test get sewn in.', lexicon)).toBe(true);
  });

  it('reads nothing where the act, the test or the "only" changed', () => {
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Only wefts that pass the tension test get dyed.', lexicon)).toBe(false);
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Only wefts that pass the colour test get sewn in.', lexicon)).toBe(false);
    expect(onlyForTheOppositeSet('Wefts that fail the tension test are not sewn in.', 'Wefts that pass the tension test get sewn in.', lexicon)).toBe(false);
  });
});
