// Fits the flag learned where no reading flags (lib/guard/_learned-shape.ts, round 40d) on the
// dumped signals of every released labelled set: boosted stumps over the shape features of the
// edits no reading flags, each set weighing the same, and the threshold that maximises catches less
// SHAPE_FALSE_FLAG_COST x benign flags over them, each set counting as one set of SET_EDITS edits.
// Chosen by leaving each set v20-v55 out in turn under a rule declared before (HISTORY.md, "Session
// 34, guard40d"). Pure.
import type { LearnedShapeWeights } from '../lib/guard/_learned-shape.ts';
import { shapeScore } from '../lib/guard/_learned-shape.ts';
import { CONSTRAINT_SETS, type EditSignals } from './_verdict-signals.ts';
import { fitStumps, type StumpKnobs } from './_verdict-stumps.ts';
import { widestGapCut } from './_threshold-gap.ts';

/** A benign edit flagged costs this many catches: the declared rule asks at least two catches a false flag left out, so the fit asks three in. */
export const SHAPE_FALSE_FLAG_COST = 3;

/** The size of a labelled set the threshold counts every set as (the blind sets' 297), so the tuning set's 4,141 edits weigh as one set. */
const SET_EDITS = 297;

/**
 * The edits the flag may add a flag to and is fitted on: no reading flags them, their shape was
 * read, not a set kept by a floor only, and no reading knows their change faithful (round 42c):
 * the flag stands down there as it ships (round 41b), so they neither teach its stumps nor count
 * against its cut. Fitted on them, the cut was placed on a population the flag never acts on.
 */
export function shapePopulation(signals: readonly EditSignals[]): EditSignals[] {
  return signals.filter((edit) => !edit.flagged && edit.shape && edit.faithful !== true && !CONSTRAINT_SETS.has(edit.set));
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Where the threshold may move from the best cut to sit in the middle of the widest gap between two
 * distinct scores (round 41c, _threshold-gap.ts): within `below` and `above` log-odds of the lowest
 * score the best cut flags. Absent: halfway to the next score below, as round 40d fitted it.
 */
export interface ShapeGap {
  below: number;
  above: number;
}

export function fitLearnedShape(signals: readonly EditSignals[], knobs: StumpKnobs, fitted: string, gap?: ShapeGap): LearnedShapeWeights {
  const population = shapePopulation(signals);
  const names = [...new Set(population.flatMap((edit) => Object.keys(edit.shape!)))];
  const inSet = new Map<string, number>();
  for (const edit of population) inSet.set(edit.set, (inSet.get(edit.set) ?? 0) + 1);
  const xs = population.map((edit) => names.map((name) => edit.shape![name] ?? 0));
  const ys = population.map((edit) => (edit.kind === 'benign' ? 0 : 1));
  // Each set weighs as much as any other, as in the verdict's fit.
  const ws = population.map((edit) => 100 / inSet.get(edit.set)!);
  const ensemble = fitStumps(names, xs, ys, ws, knobs);
  const weights: LearnedShapeWeights = { stumps: ensemble.stumps.map((stump) => ({ ...stump, below: round(stump.below), above: round(stump.above) })), bias: round(ensemble.base), threshold: Infinity, fitted };
  return withShapeThreshold(weights, signals, gap);
}

/** The fitted stumps with the threshold that maximises catches less SHAPE_FALSE_FLAG_COST x benign flags (put in a gap when `gap` says so). */
export function withShapeThreshold(weights: LearnedShapeWeights, signals: readonly EditSignals[], gap?: ShapeGap): LearnedShapeWeights {
  const population = shapePopulation(signals);
  const setEdits = new Map<string, number>();
  for (const edit of signals) setEdits.set(edit.set, (setEdits.get(edit.set) ?? 0) + 1);
  const scored = population
    .map((edit) => ({ score: shapeScore(weights, edit.shape!).score, regression: edit.kind !== 'benign', weight: SET_EDITS / setEdits.get(edit.set)! }))
    .sort((a, b) => b.score - a.score);
  let value = 0;
  let best = 0;
  let threshold = Infinity;
  let lowestFlagged = Infinity;
  for (const [i, edit] of scored.entries()) {
    value += edit.regression ? edit.weight : -SHAPE_FALSE_FLAG_COST * edit.weight;
    const next = scored[i + 1];
    if (next && next.score === edit.score) continue;
    if (value > best + 1e-9) {
      best = value;
      lowestFlagged = edit.score;
      // Halfway down to the next score below, so a rounding of the last digit cannot move an edit.
      threshold = round(next ? (edit.score + next.score) / 2 : edit.score - 1);
    }
  }
  // In a gap: a refit that shifts every score a little moves no edit across it.
  if (gap && Number.isFinite(lowestFlagged)) threshold = round(widestGapCut(scored.map((edit) => edit.score), lowestFlagged, gap.below, gap.above));
  // No cut that gains: a threshold no edit reaches (JSON has no Infinity).
  return { ...weights, threshold: Number.isFinite(threshold) ? threshold : 1e6 };
}

/**
 * The signals as the verdict's fit sees them once the learned flag is read: each edit it flags gains
 * its reason; none where it stands down, a reading knowing the change faithful (as it ships).
 */
export function withLearnedShape(signals: readonly EditSignals[], weights: LearnedShapeWeights): EditSignals[] {
  return signals.map((edit) =>
    !edit.flagged && edit.shape && edit.faithful !== true && shapeScore(weights, edit.shape).score >= weights.threshold
      ? { ...edit, flagged: true, reasons: [...edit.reasons, { code: 'learned-shape', advisory: false, reading: 'learned shape' }] }
      : edit,
  );
}
