// Round 33b (issue 11): a ban said as the state it keeps, the act that would end the state read from
// the dictionary; and a negation or a short form inside a word, spelled out: a negative adjective
// after its noun's verb of state said as a negated relative clause, a negative word's base said in a
// word the dictionary links to it, a unit written as its symbol, an exception said in a sentence of
// its own. Each beside a twin that drops the negation or changes the case, unit or figure, which
// keeps its flag; one kind is also driven through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { foldNegativeClauses } from './_negative-clauses.ts';
import { linksToBase } from './_negative-word-links.ts';
import { spellUnitSymbols } from './_unit-symbols.ts';
import { joinExceptionSentences } from './_exceptions-said-apart.ts';
import { foldAgentNouns } from './_agent-nouns.ts';
import { endedBy, verbAfterNegation } from './_states-ended.ts';
import { keepsTheState } from './_states-kept.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a ban said as the state it keeps, the act read from the dictionary', () => {
  it('reads the first verb after the negation, and whether it puts a thing somewhere', () => {
    expect(verbAfterNegation(['do', 'not', 'mount', 'a', 'dish', 'on', 'a', 'chimney', 'stack'], 1, lexicon)).toEqual({ written: 'mount', at: 2, putting: true });
    expect(verbAfterNegation(['no', 'glass', 'is', 'allowed', 'on', 'the', 'poolside'], 0, lexicon)).toMatchObject({ written: 'allowed', putting: true });
    expect(verbAfterNegation(['never', 'alter', 'a', 'result'], 0, lexicon)).toMatchObject({ written: 'alter', putting: false });
  });

  it('reads the states an act ends: its result negated, "as it was" for a change, a place kept free for an act that puts a thing there', () => {
    expect(endedBy('amend', 'unamended', [], lexicon, false)).toBe(true);
    expect(endedBy('alter', 'as', ['measured'], lexicon, false)).toBe(true);
    expect(endedBy('edit', 'as', ['they', 'are'], lexicon, false)).toBe(true);
    // "as a customer asks" says what it is made to be; "as" of an act that changes nothing is no state of it.
    expect(endedBy('alter', 'as', ['a', 'customer', 'asks'], lexicon, false)).toBe(false);
    expect(endedBy('share', 'as', ['given'], lexicon, false)).toBe(false);
    expect(endedBy('mount', 'off', [], lexicon, true)).toBe(true);
    expect(endedBy('mount', 'off', [], lexicon, false)).toBe(false);
  });

  it('reads the ban kept, with every other word said again', () => {
    expect(keepsTheState('Do not mount a dish on a chimney stack.', 'Keep dishes off chimney stacks.', lexicon)).toBe(true);
    expect(keepsTheState('No glass is allowed anywhere on the poolside.', 'The poolside is kept entirely free of glass.', lexicon)).toBe(true);
    expect(keepsTheState('Do not attach padlocks to the bridge railings.', 'Keep the bridge railings free of padlocks.', lexicon)).toBe(true);
    expect(keepsTheState('Never edit a published article.', 'Published articles stay as they are.', lexicon)).toBe(true);
    expect(keepsTheState('Do not attach padlocks to the bridge railings.', 'Keep the bridge railings free of graffiti.', lexicon)).toBe(false);
    expect(keepsTheState('Never alter a measurement result.', 'Measurement results stay exactly as a customer asks.', lexicon)).toBe(false);
  });

  it('passes the state kept and flags its twins: the other side of the place, a case added, the state made what someone asks', async () => {
    expect(await codes('Do not mount a dish on a chimney stack.', 'Keep dishes off chimney stacks.')).toEqual([]);
    expect(await codes('Do not mount a dish on a chimney stack.', 'Keep dishes on chimney stacks.')).toContain('negation-removed');
    expect(await codes("Never alter a measurement result at a customer's request.", 'Measurement results stay exactly as measured, whatever a customer asks.')).toEqual([]);
    expect(await codes("Never alter a measurement result at a customer's request.", 'Measurement results stay exactly as measured unless a customer asks.')).not.toEqual([]);
    expect(await codes("Never alter a measurement result at a customer's request.", 'Measurement results stay exactly as a customer asks.')).not.toEqual([]);
    expect(await codes('Never amend a signed minute.', 'Signed minutes remain unamended.')).toEqual([]);
    expect(await codes('Never amend a signed minute.', 'Signed minutes remain amended.')).toContain('negation-removed');
  });
});

describe('a negative adjective after a verb of state, said as a negated relative clause', () => {
  it('writes the clause back as the verb and the adjective, only when it negates the base', () => {
    expect(foldNegativeClauses('Return any parcel left uncollected for 14 days.', 'Return any parcel that has not been collected for 14 days.')[1]).toBe('Return any parcel left uncollected for 14 days.');
    expect(foldNegativeClauses('Return any parcel left uncollected for 14 days.', 'Return any parcel that has been collected for 14 days.')[1]).toBe('Return any parcel that has been collected for 14 days.');
  });

  it('passes the spelled-out state and flags its twin', async () => {
    expect(await codes('Samples left unlabelled at the end of the shift must be discarded.', 'Samples that have not been labelled at the end of the shift must be discarded.')).toEqual([]);
    expect(await codes('Samples left unlabelled at the end of the shift must be discarded.', 'Samples that have been labelled at the end of the shift must be discarded.')).not.toEqual([]);
  });
});

describe("a negative word's base said in a word the dictionary links to it", () => {
  it('links a verb one sense away, a collocation as two words, and a verb of allowing after the noun the adjective comes from', () => {
    const solicited = linksToBase('solicited', lexicon)!;
    expect(solicited(['we', 'have', 'not', 'asked', 'for'], 3)).toBe(2);
    expect(solicited(['we', 'have', 'not', 'asked', 'for'], 1)).toBe(0);
    const lawful = linksToBase('lawful', lexicon)!;
    expect(lawful(['the', 'law', 'does', 'not', 'permit'], 4)).toBe(1);
    expect(lawful(['the', 'client', 'does', 'not', 'permit'], 4)).toBe(0);
    expect(lawful(['the', 'law', 'does', 'not', 'require'], 4)).toBe(0);
  });

  it('passes the base said in linked words under a negation, and flags it said without one', async () => {
    expect(await codes('Do not reply to unsolicited offers from suppliers.', 'Do not reply to offers from suppliers that we have not asked for.')).toEqual([]);
    expect(await codes('Do not reply to unsolicited offers from suppliers.', 'Do not reply to offers from suppliers that we have asked for.')).toContain('negation-removed');
    expect(await codes('Remove illegal listings from the marketplace.', 'Remove listings that the law does not allow from the marketplace.')).toEqual([]);
    expect(await codes('Investigators must not make unlawful recordings of phone calls.', 'Investigators must not make recordings of phone calls that the law does not require.')).not.toEqual([]);
  });
});

describe('a unit written as its symbol after a figure', () => {
  it('spells SI prefixes and symbols, "/" as "per" and a power of a length, and leaves the units the number readings know as written', () => {
    expect(spellUnitSymbols('at or above 200 Bq/m³.')).toBe('at or above 200 becquerels per cubic metre.');
    expect(spellUnitSymbols('above 10 µg/m³, below 85 dB, 1 kWh')).toBe('above 10 micrograms per cubic metre, below 85 decibels, 1 kilowatt hour');
    expect(spellUnitSymbols('2 cm, 5 mg/kg, at 7am, the 1990s, a 4G phone')).toBe('2 cm, 5 mg/kg, at 7am, the 1990s, a 4G phone');
  });

  it('passes a unit said either way and flags a figure or a prefix changed', async () => {
    expect(await codes('Flag any reading above 10 micrograms per cubic metre.', 'Flag any reading above 10 µg/m³.')).toEqual([]);
    expect(await codes('Flag any reading above 10 micrograms per cubic metre.', 'Flag any reading above 10 mg/m³.')).toContain('number-changed');
    expect(await codes('Keep the noise at the boundary below 85 decibels.', 'Keep the noise at the boundary below 95 dB.')).toContain('number-changed');
  });
});

describe('an exception said in a sentence of its own', () => {
  it('joins "The exception is when", "An exception is made if", "This does not apply where" to the rule before it', () => {
    expect(joinExceptionSentences('Visits end at 8 p.m. The exception is when a patient is dying.')).toBe('Visits end at 8 p.m., except when a patient is dying.');
    expect(joinExceptionSentences('Refunds are given within 30 days. An exception is made if the item is faulty.')).toBe('Refunds are given within 30 days, except if the item is faulty.');
    expect(joinExceptionSentences('Drivers break every 4 hours. This rule does not apply where the route ends.')).toBe('Drivers break every 4 hours, except where the route ends.');
    // Whom it leaves out is said by other readings of its own.
    expect(joinExceptionSentences('Drivers break every 4 hours. This does not apply to members.')).toBe('Drivers break every 4 hours. This does not apply to members.');
  });

  it('passes the split or join of the same exception and flags its case changed', async () => {
    expect(await codes('Drivers must take a break every 4 hours. This does not apply when the journey ends within 30 minutes.', 'Drivers must take a break every 4 hours, except when the journey ends within 30 minutes.')).toEqual([]);
    expect(await codes('Visitors may enter the ward only between 2 and 8 p.m. The exception is when a patient is receiving end-of-life care.', 'Visitors may enter the ward only between 2 and 8 p.m., except when a patient is asleep.')).not.toEqual([]);
  });
});

describe('a doer named by an agent noun, said as a description by its act', () => {
  it('writes "the people who text in", "anyone who visits" as the noun the other version names, and no description by another verb', () => {
    expect(foldAgentNouns('Do not share a surname with a texter.', 'Keep each surname private from the people who text in.')[1]).toBe('Keep each surname private from the texters.');
    expect(foldAgentNouns('Greet every visitor.', 'Greet anyone who visits.')[1]).toBe('Greet any visitor.');
    expect(foldAgentNouns('Greet every visitor.', 'Greet anyone who leaves.')[1]).toBe('Greet anyone who leaves.');
  });

  it('passes the doer described by its act', async () => {
    expect(await codes("Do not share a volunteer's surname or location with a texter.", "Keep every volunteer's surname and whereabouts private from the people who text in.")).toEqual([]);
    expect(await codes('Offer a refund to any subscriber who cancels within 14 days.', 'Offer a refund to anyone who subscribes and cancels within 14 days.')).toEqual([]);
  });
});
