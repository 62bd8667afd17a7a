// Round 35c (issue 11): the non-`reword` false flags of v44 and v45, read as forms the readings
// missed: contractions written out or made (a formality shift read as a tone shift), abbreviations
// written by convention ("e.g.", "Ltd", "tel.", "ref. no.", "ID") and "mmHg" after a figure, and a
// duty stressed as "(this is not optional)" read as a grant. Each benign form beside a twin that
// changes the rule and keeps its flag; the readings' own functions beside; the contractions and the
// abbreviations also driven through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { spellOutContractions } from './_register-shift.ts';
import { expandAbbreviations } from './_abbreviations.ts';
import { spellUnitSymbols } from './_unit-symbols.ts';
import { readModal } from './_rule-words.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
const embedder = createBuiltinEmbedder();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);
/** The reasons' codes with a declared tone, unweighed (flaggingCodes declares none). */
async function codesWithTone(previous: string, next: string, tone: string): Promise<string[]> {
  const result = await evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: tone, config: configSchema.parse({}), embedder, lexicon, verdictWeights: null });
  return result.regression_flag ? result.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code) : [];
}

describe('contractions written out or made', () => {
  it('writes out a contraction only where the other version says its words written out', () => {
    expect(spellOutContractions("They can't open it and won't move it; we're sorry.", 'They cannot open it and will not move it; we are sorry.')).toBe('They cannot open it and will not move it; we are sorry.');
    expect(spellOutContractions("Don't worry, it's fine.", 'Do not worry.')).toBe("Do not worry, it's fine.");
    // A possessive is no contraction.
    expect(spellOutContractions("The keeper's hut isn't open.", 'The keeper is not in the hut.')).toBe("The keeper's hut is not open.");
  });

  it('passes contractions written out or made and flags the twins that drop a negation or bring a brush-off', async () => {
    const made = ['Lighthouse visitors must not climb the lamp gallery railings, and children under 10 cannot go up the tower alone.', "Lighthouse visitors mustn't climb the lamp gallery railings, and children under 10 can't go up the tower alone."] as const;
    expect(await codes(...made)).toEqual([]);
    expect(await codes(made[1], made[0])).toEqual([]);
    expect(await codesWithTone("We're sorry the organ tuner couldn't get in today; we'll ring you as soon as the vicarage has the key back.", 'We are sorry the organ tuner could not get in today; we will ring you as soon as the vicarage has the key back.', 'warm')).toEqual([]);
    expect(await codes(made[0], "Lighthouse visitors mustn't climb the lamp gallery railings, and children under 10 can go up the tower alone.")).toContain('negation-removed');
    expect(await codes('If an organ tuner asks why the church is locked, explain politely that the key is held at the vicarage and give them the number.', "If an organ tuner asks why the church is locked, tell them it's not our job to let them in and they'd better sort it out themselves.")).toContain('tone-shift');
  });

  it('still reads slang and exclamation marks that came with the contractions as a change of tone', async () => {
    // The contractions written out carry no shift, but "mate" and "Cheers!" came with them (review29):
    // both passed while the written-out shift alone decided.
    const previous = 'We cannot refund a ticket once the show has started, and we do not exchange tickets for another night. We will answer every complaint about a show within two working days and we will not charge for the call.';
    const contracted = "We can't refund a ticket once the show has started, and we don't exchange tickets for another night. We'll answer every complaint about a show within two working days and we won't charge for the call.";
    expect(await codes(previous, contracted)).toEqual([]);
    expect(await codes(previous, contracted.replace('started,', 'started, mate,'))).toContain('tone-shift');
    expect(await codes(previous, `${contracted} Cheers!`)).toContain('tone-shift');
  });
});

describe('abbreviations written by convention', () => {
  it('writes "e.g.", "Ltd", "tel.", "ref. no." and "ID" as the words the other version says, and "mmHg" after a figure as its unit', () => {
    expect(expandAbbreviations('Collect from Fenwick Taxidermy Limited, telephone 01632 960 412, for example on a Saturday.', 'Collect from Fenwick Taxidermy Ltd, tel. 01632 960 412, e.g. on a Saturday.')[1]).toBe('Collect from Fenwick Taxidermy Limited, telephone 01632 960 412, for example on a Saturday.');
    expect(expandAbbreviations('Quote the reference number on the permit.', 'Quote the ref. no. on the permit.')[1]).toBe('Quote the reference number on the permit.');
    expect(expandAbbreviations('Show a valid form of identification.', 'Show valid ID.')[1]).toBe('Show valid identification.');
    // Unsaid by the other version, an abbreviation stays as written; a "no." ending a sentence is no number.
    expect(expandAbbreviations('Show a passport.', 'Show ID, e.g. a passport.')[1]).toBe('Show ID, e.g. a passport.');
    expect(expandAbbreviations('Give the number.', 'If asked to lend it, say no.')[1]).toBe('If asked to lend it, say no.');
    expect(spellUnitSymbols('a resting blood pressure above 160 mmHg')).toBe('a resting blood pressure above 160 millimetres of mercury');
  });

  it('passes each abbreviation and flags the twins that change a figure, a negation or a modal', async () => {
    expect(await codes('Foragers must quote the reference number on their permit when they phone the ranger.', 'Foragers must quote the ref. no. on their permit when they phone the ranger.')).toEqual([]);
    expect(await codes('Canal boat hirers must show a valid form of identification, for example a passport, at the boatyard office.', 'Canal boat hirers must show valid ID, e.g. a passport, at the boatyard office.')).toEqual([]);
    expect(await codes('Freedivers with a resting blood pressure above 160 millimetres of mercury do not dive that day.', 'Freedivers with a resting blood pressure above 160 mmHg do not dive that day.')).toEqual([]);
    expect(await codes('Foragers must quote the reference number on their permit when they phone the ranger.', 'Foragers must not quote the ref. no. on their permit when they phone the ranger.')).toContain('negation-added');
    expect(await codes('Canal boat hirers must show a valid form of identification, for example a passport, at the boatyard office.', 'Canal boat hirers should show valid ID, e.g. a passport, at the boatyard office.')).toContain('modal-weakened');
    expect(await codes('Freedivers with a resting blood pressure above 160 millimetres of mercury do not dive that day.', 'Freedivers with a resting blood pressure above 190 mmHg do not dive that day.')).toContain('number-changed');
  });
});

describe('a duty stressed as not optional', () => {
  it('reads "not optional" as binding and passes it, and flags the twin that makes the duty optional', async () => {
    expect(readModal('Pickers wear gloves (this is not optional).')?.strength).toBe(3);
    expect(await codes('Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines.', 'Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines (this is not optional).')).toEqual([]);
    expect(await codes('Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines.', 'Vineyard pickers wear cut-resistant gloves whenever they use secateurs on the vines (this is optional).')).toContain('modal-weakened');
  });
});
