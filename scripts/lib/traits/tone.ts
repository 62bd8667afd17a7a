import { proseText, proseWords, type WordFacts } from './_prose.ts';
import { countHardConstraints } from './constraints.ts';
import { countRegisterMarkers, formalityOf, type RegisterMarkers } from './formality.ts';
import { sentimentOf } from './sentiment.ts';
import { NEGATORS } from './sentiment-lexicon.ts';
import { EMPATHY_CUE, FRIENDLY_CUE, PLAYFUL_CUE, STRICT_CUE } from './tone-lexicon.ts';

// Tone inference: one label from a fixed vocabulary, by the first rule that fires.
//   1. playful     if playful cues (jokes, puns, silly, haha, ...) + emoji + exclamation marks
//                  beyond one per text reach 2, or 1 with a casual register (formality < -0.2)
//   2. empathetic  if empathy cues (sorry, apologise, understand, frustrating, reassure, ...)
//                  reach 2, or reach 1 and outnumber the strictness below
//   3. strict      if hard constraints (see `constraints.ts`) plus half a point per strict cue
//                  (strictly, exactly, limit, refuse, ...) reach 0.5 per sentence
//   4. formal      if formality >= 0.35
//   5. friendly    if formality <= -0.25, or a warmth cue (hi, thanks, glad, welcome, ...) with
//                  non-negative sentiment, or sentiment >= 0.35
//   6. neutral     otherwise
// A cue within two words after a negator ("do not apologise") does not count.
// Cues outrank the register because they are deliberate: a formal apology is still an apology,
// and an instruction full of "never" reads strict whatever its vocabulary. The thresholds were set
// on `tone-examples.ts`, labelled before any tuning; its test prints the accuracy and confusion.

export const TONE_LABELS = ['formal', 'friendly', 'empathetic', 'neutral', 'strict', 'playful'] as const;

/** A tone from the fixed vocabulary that inference can measure. */
export type ToneLabel = (typeof TONE_LABELS)[number];

/** Formality and sentiment of a text, each in [-1, 1] and rounded to 2 decimals. */
export interface ToneMeasures {
  formality: number;
  sentiment: number;
}

/** Formality (-1 casual .. 1 formal) and sentiment (-1 .. 1) of a Markdown body or clause. */
export function measureTone(text: string): ToneMeasures {
  const prose = proseText(text);
  return {
    formality: roundTrait(formalityOf(countRegisterMarkers(prose))),
    sentiment: roundTrait(sentimentOf(prose)),
  };
}

/** The tone a reader would most likely name for `text` (rules at the top of this file). */
export function inferTone(text: string): ToneLabel {
  const prose = proseText(text);
  const markers = countRegisterMarkers(prose);
  return inferToneOf(prose, markers, formalityOf(markers), sentimentOf(prose));
}

/**
 * `measureTone` and `inferTone` of one text, counting its markers once (the recorder needs both
 * for every version without a declared tone); the same values as calling each.
 */
export function measureAndInferTone(text: string): ToneMeasures & { inferred: ToneLabel } {
  const prose = proseText(text);
  const markers = countRegisterMarkers(prose);
  const formality = formalityOf(markers);
  const sentiment = sentimentOf(prose);
  return { formality: roundTrait(formality), sentiment: roundTrait(sentiment), inferred: inferToneOf(prose, markers, formality, sentiment) };
}

function inferToneOf(prose: string, markers: RegisterMarkers, formality: number, sentiment: number): ToneLabel {
  if (markers.words === 0) return 'neutral';
  return inferToneFrom({ markers, formality, sentiment, cues: countCues(proseWords(prose).facts), hardConstraints: countHardConstraints(prose) });
}

/** What tone inference reads of a text, each counted on the whole prose or put together from its parts (chunk-measure.ts). */
export interface ToneFacts {
  markers: RegisterMarkers;
  /** Not rounded. */
  formality: number;
  /** Not rounded. */
  sentiment: number;
  cues: Record<Cue, number>;
  hardConstraints: number;
}

/** The tone rules at the top of this file, on counted facts. */
export function inferToneFrom(facts: ToneFacts): ToneLabel {
  const { markers, formality, sentiment, cues } = facts;
  if (markers.words === 0) return 'neutral';

  const playful = cues.playful + markers.emoji + Math.max(0, markers.exclamations - 1);
  if (playful >= 2 || (playful >= 1 && formality < -0.2)) return 'playful';

  const empathy = cues.empathy;
  const strictness = (facts.hardConstraints + 0.5 * cues.strict) / markers.sentences;
  if (empathy >= 2 || (empathy >= 1 && empathy > strictness)) return 'empathetic';
  if (strictness >= 0.5) return 'strict';

  if (formality >= 0.35) return 'formal';
  const warm = cues.friendly >= 1 && sentiment >= 0;
  if (formality <= -0.25 || warm || sentiment >= 0.35) return 'friendly';
  return 'neutral';
}

const NEGATOR = 1;
const CUES = [['playful', PLAYFUL_CUE], ['empathy', EMPATHY_CUE], ['friendly', FRIENDLY_CUE], ['strict', STRICT_CUE]] as const;
/** A kind of cue word tone inference counts. */
export type Cue = (typeof CUES)[number][0];

/**
 * The cue words of each kind among lower-cased words, in one pass. "Do not apologise" is the
 * opposite of an apology: a cue within two words after a negator does not count.
 */
function countCues(words: readonly WordFacts[]): Record<Cue, number> {
  const counts = noCues();
  for (let index = 0; index < words.length; index++) addCuesAt(words, index, counts);
  return counts;
}

/** Cue counts of nothing yet. */
export function noCues(): Record<Cue, number> {
  return { playful: 0, empathy: 0, friendly: 0, strict: 0 };
}

/** Adds to `counts` the cues the word at `index` counts for: it reads the two words before it, no more (chunk-measure.ts relies on that window). */
export function addCuesAt(words: readonly WordFacts[], index: number, counts: Record<Cue, number>): void {
  const flags = flagsOf(words[index]!);
  if (flags <= NEGATOR) return;
  if ((index >= 1 && flagsOf(words[index - 1]!) & NEGATOR) || (index >= 2 && flagsOf(words[index - 2]!) & NEGATOR)) return;
  for (const [i, [cue]] of CUES.entries()) if (flags & (2 << i)) counts[cue]++;
}

/** A word's flags: NEGATOR, then one bit per cue of CUES; derived once per distinct word. */
function flagsOf(facts: WordFacts): number {
  if (facts.cues === undefined) {
    const word = facts.lower;
    let flags = NEGATORS.has(word) || word.endsWith("n't") ? NEGATOR : 0;
    for (const [i, [, pattern]] of CUES.entries()) if (pattern.test(word)) flags |= 2 << i;
    facts.cues = flags;
  }
  return facts.cues;
}

/** Rounds a measure to 2 decimals so YAML records stay stable; never writes `-0`. */
export function roundTrait(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}
