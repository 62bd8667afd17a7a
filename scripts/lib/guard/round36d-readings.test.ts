// Round 36d (issue 11): the tuning set's role swaps read as classes. Two parties of one clause
// traded where one is a pronoun or a possessive ("The club pays them" -> "They pay the club"), read
// whole or clause by clause; a gate's act and condition traded places. Each beside a twin that
// keeps the rule; the pronoun swap also through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { partiesTradedInClause } from './reason-clause-parties-traded.ts';
import { gateSidesExchanged } from './reason-gate-sides-exchanged.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('two parties of one clause traded where one is a pronoun or a possessive', () => {
  it('reads a pronoun traded with a noun of one to three words, its cases one party', () => {
    expect(partiesTradedInClause('The falconry centre lends them a leather glove.', 'They lend the falconry centre a leather glove.')).toEqual(['falconry centre', 'them']);
    expect(partiesTradedInClause('The balloon pilot confirms our landing field.', "We confirm the balloon pilot's landing field.")).toEqual(['balloon pilot', 'our']);
  });

  it('reads a clause of its own when the sentence names the party again elsewhere', () => {
    expect(partiesTradedInClause('Volunteers must report any fault to us, and we fix it before the next run.', 'We must report any fault to volunteers, and they fix it before the next run.')).toEqual(['Volunteers', 'us']);
  });

  it('reads nothing where the voice turns, the clauses trade places or the act is said in other words', () => {
    expect(partiesTradedInClause('The falconry centre lends them a leather glove.', 'Each of them is lent a leather glove by the falconry centre.')).toBeNull();
    expect(partiesTradedInClause('The pilot phones us, and we phone the pilot.', 'We phone the pilot, and the pilot phones us.')).toBeNull();
    expect(partiesTradedInClause('Volunteers must report any fault to us, and we fix it.', 'Volunteers must tell us about any fault, and we fix it.')).toBeNull();
  });

  it('flags the parties traded and passes each twin', async () => {
    expect(await codes('The falconry centre lends them a leather glove for the flying display.', 'They lend the falconry centre a leather glove for the flying display.')).toEqual(['roles-swapped']);
    expect(await codes('The falconry centre lends them a leather glove for the flying display.', 'Each of them is lent a leather glove by the falconry centre for the flying display.')).toEqual([]);
    expect(await codes('The balloon pilot confirms our landing field before we inflate the envelope.', "We confirm the balloon pilot's landing field before we inflate the envelope.")).toEqual(['roles-swapped']);
    expect(await codes('The balloon pilot confirms our landing field before we inflate the envelope.', 'Before we inflate the envelope, the balloon pilot confirms our landing field.')).toEqual([]);
  });
});

describe("a gate's act and condition traded places", () => {
  it('reads the two events turned round, and nothing where the same gate is said the other way', () => {
    expect(gateSidesExchanged('The glassblower must not open the annealer until the gaffer has signed the log.', 'The gaffer signs the log only once the glassblower has opened the annealer.')).toBe(true);
    expect(gateSidesExchanged('The glassblower must not open the annealer until the gaffer has signed the log.', 'The glassblower opens the annealer only once the gaffer has signed the log.')).toBe(false);
    expect(gateSidesExchanged('Rangers must not leave the hide until a relief ranger has arrived.', 'A relief ranger arrives at the hide only once a ranger has left it.')).toBe(true);
    // "once a year" is a rate, not a gate.
    expect(gateSidesExchanged('Have the flue swept once a year.', 'Have the flue swept twice a year, and once a month while the stove is lit.')).toBe(false);
  });
});
