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

/**
 * Folds of sets the cut's scores are cross-fitted over when a fit asks for it (round 43c): the
 * population's sets dealt in turn into this many folds, each fold scored by stumps fitted on the
 * others. In sample the stumps have learned every regression they are cut on, so the cut sits among
 * scores no new edit gets; cross-fitted, each edit is scored as an edit of a set left out is.
 */
export const SHAPE_CUT_FOLDS = 5;

/** One edit of the population as the cut counts it: its score, its label, its set's weight. */
export interface ScoredEdit {
  score: number;
  regression: boolean;
  weight: number;
}

/** The stumps fitted on `population`, each set weighing the same. */
function stumpsOn(population: readonly EditSignals[], knobs: StumpKnobs): Pick<LearnedShapeWeights, 'stumps' | 'bias'> {
  const names = [...new Set(population.flatMap((edit) => Object.keys(edit.shape!)))];
  const inSet = new Map<string, number>();
  for (const edit of population) inSet.set(edit.set, (inSet.get(edit.set) ?? 0) + 1);
  const xs = population.map((edit) => names.map((name) => edit.shape![name] ?? 0));
  const ys = population.map((edit) => (edit.kind === 'benign' ? 0 : 1));
  // Each set weighs as much as any other, as in the verdict's fit.
  const ws = population.map((edit) => 100 / inSet.get(edit.set)!);
  const ensemble = fitStumps(names, xs, ys, ws, knobs);
  return { stumps: ensemble.stumps.map((stump) => ({ ...stump, below: round(stump.below), above: round(stump.above) })), bias: round(ensemble.base) };
}

/** Each edit's weight in the cut: its set counted as one of SET_EDITS edits. */
function setWeights(signals: readonly EditSignals[]): Map<string, number> {
  const setEdits = new Map<string, number>();
  for (const edit of signals) setEdits.set(edit.set, (setEdits.get(edit.set) ?? 0) + 1);
  return new Map([...setEdits].map(([set, edits]) => [set, SET_EDITS / edits]));
}

/**
 * The population scored out of fold (round 43c): each fold of sets by stumps fitted on the other
 * folds. Null when the population holds fewer than two sets (nothing to leave out).
 */
export function crossFittedScores(signals: readonly EditSignals[], knobs: StumpKnobs, folds: number): ScoredEdit[] | null {
  const population = shapePopulation(signals);
  const sets = [...new Set(population.map((edit) => edit.set))];
  if (sets.length < 2) return null;
  const count = Math.min(folds, sets.length);
  const foldOf = new Map(sets.map((set, i) => [set, i % count]));
  const weightOf = setWeights(signals);
  const scored: ScoredEdit[] = [];
  for (let fold = 0; fold < count; fold++) {
    const fitted = { ...stumpsOn(population.filter((edit) => foldOf.get(edit.set) !== fold), knobs), threshold: Infinity, fitted: '' };
    for (const edit of population) if (foldOf.get(edit.set) === fold) scored.push({ score: shapeScore(fitted, edit.shape!).score, regression: edit.kind !== 'benign', weight: weightOf.get(edit.set)! });
  }
  return scored;
}

/**
 * The stumps fitted on the population (shapePopulation), the threshold the one that maximises
 * catches less SHAPE_FALSE_FLAG_COST x benign flags: on the stumps' own scores, or with `folds` (2
 * or more) on scores cross-fitted over that many folds of sets (crossFittedScores, round 43c).
 */
export function fitLearnedShape(signals: readonly EditSignals[], knobs: StumpKnobs, fitted: string, gap?: ShapeGap, folds = 0): LearnedShapeWeights {
  const weights: LearnedShapeWeights = { ...stumpsOn(shapePopulation(signals), knobs), threshold: Infinity, fitted };
  const outOfFold = folds >= 2 ? crossFittedScores(signals, knobs, folds) : null;
  return outOfFold ? { ...weights, threshold: shapeCut(outOfFold, gap) } : withShapeThreshold(weights, signals, gap);
}

/** The fitted stumps with the threshold that maximises catches less SHAPE_FALSE_FLAG_COST x benign flags on their own scores (put in a gap when `gap` says so). */
export function withShapeThreshold(weights: LearnedShapeWeights, signals: readonly EditSignals[], gap?: ShapeGap): LearnedShapeWeights {
  const weightOf = setWeights(signals);
  const scored = shapePopulation(signals).map((edit) => ({ score: shapeScore(weights, edit.shape!).score, regression: edit.kind !== 'benign', weight: weightOf.get(edit.set)! }));
  return { ...weights, threshold: shapeCut(scored, gap) };
}

/** The cut that maximises catches less SHAPE_FALSE_FLAG_COST x benign flags over `scored`; 1e6 when no cut gains. */
export function shapeCut(edits: readonly ScoredEdit[], gap?: ShapeGap): number {
  const scored = [...edits].sort((a, b) => b.score - a.score);
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
  return Number.isFinite(threshold) ? threshold : 1e6;
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

/**
 * The learned flag with its cut raised past the lowest-scoring benign edit of `set` it flags (round
 * 44c): halfway up to the next score of the population above that edit, so that edit and every
 * edit scored below it go unflagged and none above moves. Null when it flags no benign edit of `set`.
 */
export function cutPastLowestFalseFlag(weights: LearnedShapeWeights, signals: readonly EditSignals[], set: string): LearnedShapeWeights | null {
  const scores = shapePopulation(signals).map((edit) => ({ edit, score: shapeScore(weights, edit.shape!).score }));
  const falseFlags = scores.filter(({ edit, score }) => edit.set === set && edit.kind === 'benign' && score >= weights.threshold).map(({ score }) => score);
  if (falseFlags.length === 0) return null;
  const lowest = Math.min(...falseFlags);
  const above = scores.map(({ score }) => score).filter((score) => score > lowest);
  if (above.length === 0) return { ...weights, threshold: 1e6 };
  const next = Math.min(...above);
  const halfway = round((lowest + next) / 2);
  return { ...weights, threshold: halfway > lowest ? halfway : next };
}
