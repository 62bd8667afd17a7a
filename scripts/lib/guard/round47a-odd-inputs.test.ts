// Round 47a's readings (a trailing "not" swapped, a word put after "a"/"every", a margin said with
// "by", a negation beside a sole-doer form, an instruction's act replaced, "if" said "only if") on
// inputs a reasonable clause may hold that their own fixtures do not: empty or punctuation-only
// sentences, a contrast or determiner at either end, Markdown lists, very long sentences. In a hook
// an exception is exit 70 and no commit, so each is read through evaluateClauseChange, as the hook
// reads it, and must answer (session 41, review41; round 47c's exchanged acts and figures before a
// verb among the seeds). The odd pairs are made from fixed seeds by fixed
// edits, so a failure names the pair to read again.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { findContrastSwap, findTrailingContrastSwap } from './_contrast-swap.ts';
import { kindQualified } from './reason-kind-qualified.ts';
import { byIsAMargin } from './_margins.ts';
import { BARE_TEXTS, ODD_EDITS } from './odd-inputs.fixture.ts';

const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();
const lexicon = createWordNetLexicon();

/** Sentences in the shapes round 47a reads, each with the edit it was written for. */
const SEEDS: readonly [string, string][] = [
  ['The packhouse inspector samples each grower\'s bins, not the grower.', 'Each grower samples their own bins, not the packhouse inspector.'],
  ['All clay beds must be watered before a match.', 'All clay beds must be watered before a cup match.'],
  ['League matches are played to 11 points, win by 2.', 'League matches are played to 11 points, win by 1.'],
  ['Cancel the trek if the wind is above 40 km/h.', 'Cancel the trek only if the wind is above 40 km/h and a warning is in force.'],
  ['Sweep the ring after every session.', 'Salt the ring after every session.'],
  ['Frogs are not to be recorded by ear alone.', 'Frogs are to be recorded by ear alone.'],
  ['HR, not the line manager, decides.', 'The line manager, not HR, decides.'],
  // Round 47c's two acts exchanged round their shared thing, and a figure before the rule's verb.
  ['Guests may buy pearls at the jetty shop or order them online.', 'Guests may order pearls online or buy them at the jetty shop.'],
  ['Visitors under 12 years old must stay with an adult.', 'Visitors younger than twelve must stay with an adult.'],
];

const answers = async (previous: string, next: string) => {
  const result = await evaluateClauseChange({ clauseId: 'odd/inputs', previous, next, declaredTone: null, config, embedder, lexicon });
  return typeof result.regression_flag;
};

describe("round 47a's readings on odd inputs", () => {
  it.each(ODD_EDITS.map(([name, edit]) => [name, edit] as const))('answer for every seed edited with %s', async (_, edit) => {
    for (const [previous, next] of SEEDS) expect(await answers(edit(previous), edit(next)), `${edit(previous)} -> ${edit(next)}`).toBe('boolean');
  });

  it('answer for texts with next to nothing in them, against each other and against a seed', async () => {
    const [previous, next] = SEEDS[0]!;
    for (const bare of BARE_TEXTS) {
      for (const other of [BARE_TEXTS[BARE_TEXTS.indexOf(bare) + 1] ?? '', previous, next]) {
        expect(await answers(bare, other), `${JSON.stringify(bare)} -> ${JSON.stringify(other)}`).toBe('boolean');
        expect(await answers(other, bare), `${JSON.stringify(other)} -> ${JSON.stringify(bare)}`).toBe('boolean');
      }
    }
  });

  it('read no kind narrowed when the word ends a sentence cut short after "a" (no kept noun: the message quoted "a " -> "a ball ")', async () => {
    const result = await evaluateClauseChange({ clauseId: 'odd/inputs', previous: 'Players must not bring a', next: 'Players must not bring a ball', declaredTone: null, config, embedder, lexicon });
    expect(result.reasons.filter((reason) => reason.code === 'scope-narrowed')).toEqual([]);
    expect(kindQualified(['every', 'player', 'must', 'wear', 'a'], ['every', 'player', 'must', 'wear', 'a', 'helmet'])).toBeNull();
  });

  it('read no swap, kind or margin from empty or one-word inputs, and throw on none', () => {
    const cases: [string[], string[]][] = [[[], []], [['not'], ['not']], [['a'], ['a', 'cup']], [['not', 'by'], ['by', 'not']], [['rather', 'than'], ['than', 'rather']], [['x', 'not'], ['not', 'x']]];
    for (const [before, after] of cases) {
      expect(findContrastSwap(before, after)).toBeNull();
      expect(findTrailingContrastSwap(before, after)).toBeNull();
      expect(kindQualified(before, after)).toBeNull();
    }
    const margins: [string, string][] = [['', ''], ['by', ''], ['win by', ''], ['by', ' '], ['cut back by', '%']];
    for (const [prefix, after] of margins) expect(typeof byIsAMargin(prefix, after)).toBe('boolean');
  });
});
