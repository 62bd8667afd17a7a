// A flag learned from the shape of an edit where no reading flags (round 40d): an ensemble of
// one-split trees (_stump-ensemble.ts) over what the changed sentences lost and gained by kind of
// word (_edit-features.ts), what the whole change kept (_whole-edit-features.ts), the changed
// sentences' similarity and a few counts and positions, fitted by `npm run fit:verdict` on the
// edits of every released labelled set that no reading flags. It reads no domain's content words:
// only closed classes of English words, counts, shares and positions. Chosen by the sets left out
// under a rule declared before the study ran (HISTORY.md, "Session 34, guard40d"). It only ever
// adds a flag, and only to an edit on which no reading raised a flagging reason. Pure: the
// dictionary, the similarity and the weights are handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { wordHunks } from './_changed-sentences.ts';
import { changedSentencesFeatures } from './_edit-features.ts';
import { stumpTerms, type Stump } from './_stump-ensemble.ts';
import { splitSentences, tokenizeWords } from './_text.ts';
import { wholeEditFeatures } from './_whole-edit-features.ts';

/** The fitted flag, as `npm run fit:verdict` writes it (learned-shape.data.ts). */
export interface LearnedShapeWeights {
  stumps: Stump[];
  /** The ensemble's base log-odds. */
  bias: number;
  /** An edit is flagged when its log-odds are at or above this. */
  threshold: number;
  /** How it was fitted, for the record: sets, edits, the rule of the threshold. */
  fitted: string;
}

/** The features beyond _edit-features.ts's and _whole-edit-features.ts's, each with what it means for a reader. */
export const SHAPE_FEATURES = {
  similarity: 'the builtin similarity of the changed sentences (0 when a version only gained or lost sentences)',
  'an advisory reason': 'a reading spoke on the edit, advisory only',
  'kept head': "the share of the changed sentences' words kept word for word at their head",
  'kept tail': "the share of the changed sentences' words kept word for word at their tail",
  'sentences before': 'the changed sentences of the old version (a quarter each, at most 1)',
  'sentences after': 'the changed sentences of the new version (a quarter each, at most 1)',
  'words grew': 'how much the changed sentences grew (+) or shrank (-), as a share of the old words, between -1 and 1',
} as const;

/**
 * The features of an edit's changed sentences (_changed-sentences.ts `changedSentences`, as
 * written), with the similarity the weighing reads of them and whether an advisory reason spoke.
 */
export function shapeFeatures(before: string, after: string, lexicon: Lexicon | null | undefined, similarity: number, advisory: boolean): Record<string, number> {
  const a = tokenizeWords(before);
  const b = tokenizeWords(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const longer = Math.max(1, a.length, b.length);
  return {
    ...changedSentencesFeatures(before, after, lexicon),
    ...wholeEditFeatures(before, after, lexicon),
    similarity,
    'an advisory reason': advisory ? 1 : 0,
    'kept head': head / longer,
    'kept tail': tail / longer,
    'sentences before': Math.min(1, (before === '' ? 0 : splitSentences(before).length) / 4),
    'sentences after': Math.min(1, (after === '' ? 0 : splitSentences(after).length) / 4),
    'words grew': a.length === 0 ? 1 : Math.max(-1, Math.min(1, (b.length - a.length) / a.length)),
  };
}

/** The ensemble's log-odds that an edit of these features is a regression, and each feature's term. */
export function shapeScore(weights: LearnedShapeWeights, features: Readonly<Record<string, number>>): { score: number; terms: Array<[string, number]> } {
  const terms = stumpTerms(weights.stumps, (name) => features[name] ?? 0);
  return { score: terms.reduce((sum, [, term]) => sum + term, weights.bias), terms };
}

/** Above this many words a side, the quote is cut with an ellipsis: the line stays one a reviewer reads. */
const QUOTED_WORDS = 12;

const quote = (words: readonly string[]): string => (words.length > QUOTED_WORDS ? `${words.slice(0, QUOTED_WORDS).join(' ')} ...` : words.join(' '));

/** The largest stretch the changed sentences traded, as `"gone" -> "came"`. */
export function tradedWords(before: string, after: string): string {
  const hunks = wordHunks(before, after) ?? [{ gone: tokenizeWords(before), came: tokenizeWords(after) }];
  const largest = hunks.reduce<{ gone: string[]; came: string[] } | null>((best, hunk) => (!best || hunk.gone.length + hunk.came.length > best.gone.length + best.came.length ? hunk : best), null);
  if (!largest) return '"" -> ""';
  const more = hunks.length > 1 ? ` (and ${hunks.length - 1} more stretch${hunks.length > 2 ? 'es' : ''})` : '';
  return `"${quote(largest.gone)}" -> "${quote(largest.came)}"${more}`;
}

/** The terms the reason names, largest first. */
const NAMED_TERMS = 3;

/**
 * The `learned-shape` reason of an edit no reading flagged, or null when its log-odds stay below
 * the threshold. Its line quotes the words the edit traded and the features that weighed most.
 */
export function learnedShapeReason(weights: LearnedShapeWeights, before: string, after: string, features: Readonly<Record<string, number>>): Reason | null {
  const { score, terms } = shapeScore(weights, features);
  if (score < weights.threshold) return null;
  const named = terms
    .filter(([, term]) => term > 0)
    .sort((x, y) => y[1] - x[1])
    .slice(0, NAMED_TERMS)
    .map(([name, term]) => `${name} +${term.toFixed(2)}`)
    .join(', ');
  return {
    code: 'learned-shape',
    message: `learned shape: ${tradedWords(before, after)}: no reading flags this edit, but what it changed is shaped like the regressions of the labelled sets (log-odds ${score.toFixed(2)} >= ${weights.threshold.toFixed(2)}: ${named || 'base'})`,
  };
}
