// Verdict rules the verdict study compares (verdict-study.ts), each chosen on some labelled sets
// and applied to another: today's (any flagging code flags), per-code decisions (a code that fires
// alone mostly on benign edits becomes advisory unless a second code agrees) and a small logistic
// combiner over the signals. Pure.
import type { Reason } from '../lib/schema/records.ts';
import { ALWAYS_FLAGGING, editFeatureOf, SIGNALS, signalValues, WEIGHED_FROM_SCORE, weighedReadings, weighedReasons, weighVerdict, type EditToWeigh, type SignalName, type VerdictWeights } from '../lib/guard/verdict-weights.ts';
import { CONSTRAINT_SETS, type EditSignals } from './_verdict-signals.ts';
import { EDIT_FEATURES } from '../lib/guard/_edit-features.ts';
import { REASON_FEATURES } from '../lib/guard/_reason-features.ts';
import { WHOLE_EDIT_FEATURES } from '../lib/guard/_whole-edit-features.ts';
import { fitStumps, type StumpKnobs } from './_verdict-stumps.ts';
import { widestGapCutOfProbabilities } from './_threshold-gap.ts';

export { ALWAYS_FLAGGING };

export type Verdict = (edit: EditSignals) => boolean;

export interface SetFigures {
  set: string;
  edits: number;
  benign: number;
  caught: number;
  regressions: number;
  benignFlagged: number;
  precision: number;
  recall: number;
  falseFlagRate: number;
}

export const isRegression = (edit: EditSignals): boolean => edit.kind !== 'benign';

/** The distinct codes of the reasons that flag (not advisory). */
export function flaggingCodes(edit: EditSignals): string[] {
  return [...new Set(edit.reasons.filter((reason) => !reason.advisory).map((reason) => reason.code))];
}

export function figuresOf(set: string, edits: readonly EditSignals[], verdict: Verdict): SetFigures {
  let caught = 0;
  let benignFlagged = 0;
  let regressions = 0;
  for (const edit of edits) {
    const flagged = verdict(edit);
    if (isRegression(edit)) {
      regressions++;
      if (flagged) caught++;
    } else if (flagged) benignFlagged++;
  }
  const benign = edits.length - regressions;
  const flagged = caught + benignFlagged;
  return {
    set,
    edits: edits.length,
    benign,
    caught,
    regressions,
    benignFlagged,
    precision: flagged === 0 ? 1 : caught / flagged,
    recall: regressions === 0 ? 1 : caught / regressions,
    falseFlagRate: benign === 0 ? 0 : benignFlagged / benign,
  };
}

/** The sets of a list of edits, in the order they first appear. */
export function bySet(edits: readonly EditSignals[]): Map<string, EditSignals[]> {
  const sets = new Map<string, EditSignals[]>();
  for (const edit of edits) {
    const list = sets.get(edit.set) ?? [];
    list.push(edit);
    sets.set(edit.set, list);
  }
  return sets;
}

/** Mean recall over sets (each set counts once, the tuning set too) and the benign edits flagged in all. */
export function macro(edits: readonly EditSignals[], verdict: Verdict): { recall: number; minRecall: number; benignFlagged: number } {
  const sets = [...bySet(edits)].map(([set, list]) => figuresOf(set, list, verdict));
  const recall = sets.reduce((sum, figures) => sum + figures.recall, 0) / sets.length;
  return { recall, minRecall: Math.min(...sets.map((figures) => figures.recall)), benignFlagged: sets.reduce((sum, figures) => sum + figures.benignFlagged, 0) };
}

// ---------------------------------------------------------------------------------------------
// (a) Today's rule.

export const todaysRule: Verdict = (edit) => edit.flagged;

/** Whether a rule keeps enough recall on the sets it is chosen on. */
export type RecallCheck = (verdict: Verdict) => boolean;

/**
 * The recall a rule must keep on its training sets: the mean over them at a fixed floor, the mean
 * at today's rule's less a margin, or every set within `perSetDrop` of its recall under today's
 * rule (the tuning set too, which the mean lets sink), and named sets at least at their `floors`.
 */
export type RecallFloor = { floor: number } | { margin: number } | { perSetDrop: number; floors?: Readonly<Record<string, number>> };

export function recallCheck(train: readonly EditSignals[], floor: RecallFloor): RecallCheck {
  if ('floor' in floor) return (verdict) => macro(train, verdict).recall >= floor.floor;
  if ('margin' in floor) {
    const at = macro(train, todaysRule).recall - floor.margin;
    return (verdict) => macro(train, verdict).recall >= at;
  }
  const sets = [...bySet(train)];
  const today = sets.map(([name, list]) => figuresOf(name, list, todaysRule).recall);
  const floors = floor.floors ?? {};
  return (verdict) =>
    sets.every(([name, list], i) => {
      const recall = figuresOf(name, list, verdict).recall;
      return recall >= today[i]! - floor.perSetDrop - 1e-12 && recall >= (floors[name] ?? 0) - 1e-12;
    });
}

export function describeFloor(floor: RecallFloor): string {
  if ('floor' in floor) return `mean recall over them >= ${floor.floor}`;
  if ('margin' in floor) return `mean recall over them >= today's rule's less ${floor.margin}`;
  const floors = Object.entries(floor.floors ?? {}).map(([name, at]) => `, ${name} >= ${at}`).join('');
  return `recall of each of them >= today's rule's less ${floor.perSetDrop}${floors}`;
}

// ---------------------------------------------------------------------------------------------
// (b) Per-code decisions.

export interface PerCodeRule {
  /** Codes (or `code|reading` keys) that flag only when a second flagging code agrees. */
  advisoryAlone: string[];
  /** Whether a code is told apart by the reading that produced it. */
  byReading: boolean;
  share: number;
  support: number;
}

const keyOf = (code: string, reading: string, byReading: boolean): string => (byReading ? `${code}|${reading}` : code);

/** The keys of an edit's flagging reasons. */
function flaggingKeys(edit: EditSignals, byReading: boolean): string[] {
  return [...new Set(edit.reasons.filter((reason) => !reason.advisory).map((reason) => keyOf(reason.code, reason.reading, byReading)))];
}

export function perCodeVerdict(rule: PerCodeRule): Verdict {
  const advisory = new Set(rule.advisoryAlone);
  return (edit) => {
    if (!edit.flagged) return false;
    // A second code agreeing keeps the flag whatever the codes are.
    if (flaggingCodes(edit).length >= 2) return true;
    return flaggingKeys(edit, rule.byReading).some((key) => !advisory.has(key));
  };
}

/** Lone firings (the edit's only flagging code) per key, benign and regression. */
export function loneFirings(edits: readonly EditSignals[], byReading: boolean): Map<string, { benign: number; regression: number }> {
  const counts = new Map<string, { benign: number; regression: number }>();
  for (const edit of edits) {
    if (!edit.flagged || flaggingCodes(edit).length !== 1) continue;
    for (const key of flaggingKeys(edit, byReading)) {
      const entry = counts.get(key) ?? { benign: 0, regression: 0 };
      if (isRegression(edit)) entry.regression++;
      else entry.benign++;
      counts.set(key, entry);
    }
  }
  return counts;
}

/**
 * Choose, on `train`, which codes flag alone: a code whose lone firings are at least `share`
 * benign, with at least `support` benign lone firings, becomes advisory alone (codes in
 * ALWAYS_FLAGGING never). `share` and `support` are chosen from a small grid for the fewest benign
 * edits flagged while the mean recall over the training sets stays as `keeps` asks.
 */
export function choosePerCodeRule(train: readonly EditSignals[], byReading: boolean, keeps: RecallCheck): PerCodeRule {
  const counts = loneFirings(train, byReading);
  let best: { rule: PerCodeRule; benignFlagged: number; recall: number } | null = null;
  for (const share of [0.34, 0.4, 0.5, 0.6, 0.67, 0.75, 0.8, 0.9]) {
    for (const support of [2, 3, 4, 6]) {
      const advisoryAlone = [...counts]
        .filter(([key, { benign, regression }]) => !ALWAYS_FLAGGING.has(key.split('|')[0]!) && benign >= support && benign / (benign + regression) >= share)
        .map(([key]) => key)
        .sort();
      const rule: PerCodeRule = { advisoryAlone, byReading, share, support };
      if (!keeps(perCodeVerdict(rule))) continue;
      const { recall, benignFlagged } = macro(train, perCodeVerdict(rule));
      if (!best || benignFlagged < best.benignFlagged || (benignFlagged === best.benignFlagged && recall > best.recall)) best = { rule, benignFlagged, recall };
    }
  }
  return best?.rule ?? { advisoryAlone: [], byReading, share: 1, support: Infinity };
}

// ---------------------------------------------------------------------------------------------
// (c) A logistic combiner, deciding among the edits today's rule flags.

/** Which signals the combiner reads: every one, or none of the edit's size (which differs by how each set was written). */
export type FeatureSet = 'all' | 'no-size' | 'score-and-count';

export interface LogisticRule {
  featureSet: FeatureSet;
  features: string[];
  weights: number[];
  bias: number;
  threshold: number;
}

/** The signals of an edit as named numbers: each flagging code, the number of codes, the similarity. */
export function featuresOf(edit: EditSignals, codes: readonly string[], featureSet: FeatureSet = 'all'): number[] {
  const flagging = new Set(flaggingCodes(edit));
  const advisory = edit.reasons.some((reason) => reason.advisory);
  const firings = edit.reasons.filter((reason) => !reason.advisory).length;
  const score = edit.score ?? 1;
  if (featureSet === 'score-and-count') return [flagging.size >= 2 ? 1 : 0, score];
  const common = [
    ...codes.map((code) => (flagging.has(code) ? 1 : 0)),
    flagging.size >= 2 ? 1 : 0,
    flagging.size >= 3 ? 1 : 0,
    firings >= 2 ? 1 : 0,
    advisory ? 1 : 0,
    score,
    edit.threshold !== null && score < edit.threshold ? 1 : 0,
  ];
  if (featureSet === 'no-size') return common;
  return [...common, Math.log(1 + Math.max(edit.previousWords, edit.nextWords)) / 5, edit.nextSentences !== edit.previousSentences ? 1 : 0];
}

export function signalFeatures(featureSet: FeatureSet): string[] {
  if (featureSet === 'score-and-count') return ['two codes', 'similarity'];
  const common = ['two codes', 'three codes', 'two firings', 'an advisory reason', 'similarity', 'similarity below threshold'];
  return featureSet === 'no-size' ? common : [...common, 'log words / 5', 'sentence count changed'];
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Solve A x = b (A symmetric positive definite) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) if (Math.abs(m[row]![col]!) > Math.abs(m[pivot]![col]!)) pivot = row;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    for (let row = col + 1; row < n; row++) {
      const f = m[row]![col]! / p;
      if (f === 0) continue;
      for (let k = col; k <= n; k++) m[row]![k]! -= f * m[col]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let row = n - 1; row >= 0; row--) {
    let sum = m[row]![n]!;
    for (let k = row + 1; k < n; k++) sum -= m[row]![k]! * x[k]!;
    x[row] = sum / m[row]![row]!;
  }
  return x;
}

/**
 * Weighted L2-regularised logistic regression by Newton's method (deterministic: no random
 * start, no sampling). The bias is the last weight and is not penalised.
 */
export function fitLogistic(xs: readonly number[][], ys: readonly number[], weights: readonly number[], l2: number): { w: number[]; bias: number } {
  const d = (xs[0]?.length ?? 0) + 1;
  let beta = new Array<number>(d).fill(0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (let i = 0; i < xs.length; i++) {
      const x = [...xs[i]!, 1];
      const p = sigmoid(x.reduce((sum, v, k) => sum + v * beta[k]!, 0));
      const wi = weights[i]!;
      const r = wi * (p - ys[i]!);
      const s = wi * p * (1 - p);
      for (let j = 0; j < d; j++) {
        if (x[j] === 0) continue;
        grad[j]! += r * x[j]!;
        for (let k = 0; k < d; k++) if (x[k] !== 0) hess[j]![k]! += s * x[j]! * x[k]!;
      }
    }
    for (let j = 0; j < d - 1; j++) {
      grad[j]! += l2 * beta[j]!;
      hess[j]![j]! += l2;
    }
    hess[d - 1]![d - 1]! += 1e-9;
    const step = solve(hess, grad);
    beta = beta.map((value, j) => value - step[j]!);
    if (Math.max(...step.map(Math.abs)) < 1e-9) break;
  }
  return { w: beta.slice(0, d - 1), bias: beta[d - 1]! };
}

export function logisticProbability(rule: LogisticRule, edit: EditSignals): number {
  const codes = rule.features.slice(0, rule.features.length - signalFeatures(rule.featureSet).length);
  const x = featuresOf(edit, codes, rule.featureSet);
  return sigmoid(x.reduce((sum, v, k) => sum + v * rule.weights[k]!, rule.bias));
}

export function logisticVerdict(rule: LogisticRule): Verdict {
  return (edit) => {
    if (!edit.flagged) return false;
    if (flaggingCodes(edit).some((code) => ALWAYS_FLAGGING.has(code))) return true;
    return logisticProbability(rule, edit) >= rule.threshold;
  };
}

/**
 * Fit the combiner on the edits of `train` today's rule flags (the ones it can unflag), each set
 * weighing the same in all, then take the highest threshold keeping the mean recall over the
 * training sets as `keeps` asks.
 */
export function chooseLogisticRule(train: readonly EditSignals[], keeps: RecallCheck, featureSet: FeatureSet = 'all', l2 = 1): LogisticRule {
  const codeCounts = new Map<string, number>();
  for (const edit of train) if (edit.flagged) for (const code of flaggingCodes(edit)) codeCounts.set(code, (codeCounts.get(code) ?? 0) + 1);
  const codes = featureSet === 'score-and-count' ? [] : [...codeCounts].filter(([code, count]) => count >= 5 && !ALWAYS_FLAGGING.has(code)).map(([code]) => code).sort();
  const flagged = train.filter((edit) => edit.flagged && !flaggingCodes(edit).some((code) => ALWAYS_FLAGGING.has(code)));
  const setSizes = new Map<string, number>();
  for (const edit of flagged) setSizes.set(edit.set, (setSizes.get(edit.set) ?? 0) + 1);
  const xs = flagged.map((edit) => featuresOf(edit, codes, featureSet));
  const ys = flagged.map((edit) => (isRegression(edit) ? 1 : 0));
  // Each set weighs as much as any other: the tuning set's 2,700 edits would otherwise decide.
  const ws = flagged.map((edit) => 100 / setSizes.get(edit.set)!);
  const { w, bias } = fitLogistic(xs, ys, ws, l2);
  const features = [...codes, ...signalFeatures(featureSet)];
  const unfitted = { featureSet, features, weights: w, bias, threshold: 0 };
  const probability = new Map(train.map((edit) => [edit, logisticProbability(unfitted, edit)] as const));
  const always = new Set(train.filter((edit) => flaggingCodes(edit).some((code) => ALWAYS_FLAGGING.has(code))));
  const candidates = [...new Set(flagged.map((edit) => probability.get(edit)!))].sort((a, b) => b - a);
  let threshold = 0;
  for (const candidate of candidates) {
    const verdict: Verdict = (edit) => edit.flagged && (always.has(edit) || probability.get(edit)! >= candidate);
    if (keeps(verdict)) {
      threshold = candidate;
      break;
    }
  }
  return { featureSet, features, weights: w, bias, threshold };
}

// ---------------------------------------------------------------------------------------------
// (d) A similarity floor under lone codes: one code alone on an edit that keeps few of the old
// words (a rewording in other words) is advisory; two codes, or one on an edit that keeps its
// words, flag.

export interface FloorRule {
  floor: number;
  /** Codes the floor applies to (every code not in ALWAYS_FLAGGING, or those chosen per code). */
  codes: string[] | 'all';
}

export function floorVerdict(rule: FloorRule): Verdict {
  const codes = rule.codes === 'all' ? null : new Set(rule.codes);
  return (edit) => {
    if (!edit.flagged) return false;
    const fired = flaggingCodes(edit);
    if (fired.length >= 2) return true;
    const code = fired[0]!;
    if (ALWAYS_FLAGGING.has(code) || (codes && !codes.has(code))) return true;
    return (edit.score ?? 1) >= rule.floor;
  };
}

/** The highest floor (0.05 steps) keeping the training recall as `keeps` asks. */
export function chooseFloorRule(keeps: RecallCheck): FloorRule {
  let best: FloorRule = { floor: 0, codes: 'all' };
  for (let step = 1; step <= 19; step++) {
    const rule: FloorRule = { floor: step / 20, codes: 'all' };
    if (keeps(floorVerdict(rule))) best = rule;
    else break;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// (c) as shipped: the combiner of lib/guard/verdict-weights.ts, its parameters fitted here.

/** An edit's reasons as the verdict assembly holds them. */
export function reasonsOf(edit: EditSignals): Reason[] {
  return edit.reasons.map((reason) => ({ code: reason.code, message: reason.reading, ...(reason.advisory ? { advisory: true } : {}) }));
}

/** What the weighing reads of an edit (evaluate-clause-change's `weighing`, dumped). */
export function editToWeigh(edit: EditSignals): EditToWeigh {
  return { reasons: reasonsOf(edit), score: edit.changedScore ?? 1, threshold: edit.threshold ?? 0, certain: edit.certain, ...(edit.features ? { features: edit.features } : {}) };
}

export function shippedVerdict(weights: VerdictWeights): Verdict {
  return (edit) => edit.flagged && weighVerdict(weights, editToWeigh(edit)).flagged;
}

/** Flagged firings a code needs on the training sets before it gets a weight (else it flags as before). */
export const MIN_FIRINGS_FOR_WEIGHT = 5;

/** The distinct flagging codes the weighing reads (those of the whole clause's similarity left out). */
export function weighedCodes(edit: EditSignals): string[] {
  return [...new Set(weighedReasons(reasonsOf(edit)).filter((reason) => reason.advisory !== true).map((reason) => reason.code))];
}

/**
 * What the combiner reads beyond the codes and the signals (round 31a): what the edit changed
 * (_edit-features.ts, _reason-features.ts), the readings that raised each code, and the strength of
 * the L2 penalty (1 before round 31a).
 */
export interface CombinerReads {
  /** Every feature of what the edit changed, none, or those named. */
  edit: boolean | readonly string[];
  readings: boolean;
  l2: number;
  /** The features of the whole change (_whole-edit-features.ts, round 33c) beside the edit's. */
  whole?: boolean;
  /** Boosted stumps with these knobs instead of the linear weights (round 33c); `l2` and `readings` then unused. */
  stumps?: StumpKnobs;
  /**
   * Whether the sets the fit only keeps by a floor (CONSTRAINT_SETS: our canonical regressions) are
   * fitted on too, each weighing as one set as every released set does (round 39d). Kept by a floor
   * alone, a set's regressions are edits the weights never saw, and the threshold falls to the
   * lowest probability among them, wherever each refit happens to put it.
   */
  learnsKeptSets?: boolean;
  /**
   * How far below the highest threshold the floors allow (in log-odds) the threshold may go to sit
   * in the middle of the widest gap between two distinct probabilities of the edits weighed
   * (round 41c, _threshold-gap.ts); absent or 0: halfway to the next probability below, as before.
   */
  gapBelow?: number;
}

/** What the combiner read before round 31a: the codes and the signals. */
export const CODES_AND_SIGNALS: CombinerReads = { edit: false, readings: false, l2: 1 };

/**
 * Fit the shipped combiner on `train`: the edits today's rule flags whose codes can all be weighed
 * (none flags by design, no reading certain on its own, each code fired at least
 * MIN_FIRINGS_FOR_WEIGHT times, changed sentences not rewritten), each set weighing the same in
 * all, then the highest threshold keeping the training recall as `keeps` asks.
 */
export function fitVerdictWeights(train: readonly EditSignals[], keeps: RecallCheck, fitted = '', reads: CombinerReads = CODES_AND_SIGNALS): VerdictWeights {
  // A set that only constrains (our canonical regressions) is kept by `keeps`, and fitted on only when `reads.learnsKeptSets`.
  const fittedOn = (edit: EditSignals) => reads.learnsKeptSets === true || !CONSTRAINT_SETS.has(edit.set);
  const counts = new Map<string, number>();
  for (const edit of train) if (edit.flagged && fittedOn(edit)) for (const code of weighedCodes(edit)) counts.set(code, (counts.get(code) ?? 0) + 1);
  const codes = [...counts].filter(([code, count]) => count >= MIN_FIRINGS_FOR_WEIGHT && !ALWAYS_FLAGGING.has(code)).map(([code]) => code).sort();
  const known = new Set(codes);
  const weighable = train.filter((edit) => {
    if (!fittedOn(edit) || !edit.flagged || edit.certain || (edit.changedScore ?? 1) < WEIGHED_FROM_SCORE) return false;
    const fired = weighedCodes(edit);
    return fired.length > 0 && fired.every((code) => known.has(code));
  });
  const names = Object.keys(SIGNALS) as SignalName[];
  const editNames = [
    ...(reads.edit === true ? [...Object.keys(EDIT_FEATURES), ...Object.keys(REASON_FEATURES)] : reads.edit === false ? [] : [...reads.edit]),
    ...(reads.whole ? Object.keys(WHOLE_EDIT_FEATURES) : []),
  ];
  const readingCounts = new Map<string, number>();
  if (reads.readings) for (const edit of weighable) for (const key of weighedReadings(reasonsOf(edit))) readingCounts.set(key, (readingCounts.get(key) ?? 0) + 1);
  const readings = [...readingCounts].filter(([, count]) => count >= MIN_FIRINGS_FOR_WEIGHT).map(([key]) => key).sort();
  const features = (edit: EditSignals) => {
    const fired = new Set(weighedCodes(edit));
    const weighed = editToWeigh(edit);
    const values = signalValues(weighed);
    const featureOf = editFeatureOf(weighed);
    const keys = new Set(weighedReadings(weighed.reasons));
    return [
      ...codes.map((code) => (fired.has(code) ? 1 : 0)),
      ...names.map((name) => values[name]),
      ...editNames.map(featureOf),
      ...readings.map((key) => (keys.has(key) ? 1 : 0)),
    ];
  };
  const setSizes = new Map<string, number>();
  for (const edit of weighable) setSizes.set(edit.set, (setSizes.get(edit.set) ?? 0) + 1);
  // Each set weighs as much as any other: the tuning set's 2,700 edits would otherwise decide.
  const xs = weighable.map(features);
  const ys = weighable.map((edit) => (isRegression(edit) ? 1 : 0));
  const ws = weighable.map((edit) => 100 / setSizes.get(edit.set)!);
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  if (reads.stumps) {
    const ensemble = fitStumps([...codes, ...names, ...editNames], xs, ys, ws, reads.stumps);
    // The stumps weigh the codes: each known code keeps a key (a code without one flags), at 0.
    const stumps: VerdictWeights = {
      codes: Object.fromEntries(codes.map((code) => [code, 0])),
      signals: {},
      stumps: ensemble.stumps.map((stump) => ({ ...stump, below: round(stump.below), above: round(stump.above) })),
      bias: round(ensemble.base),
      threshold: 0,
      fitted,
    };
    return withThreshold(stumps, train, keeps, round, reads.gapBelow ?? 0);
  }
  const { w, bias } = fitLogistic(xs, ys, ws, reads.l2);
  const linear: VerdictWeights = {
    codes: Object.fromEntries(codes.map((code, i) => [code, round(w[i]!)])),
    signals: Object.fromEntries(names.map((name, i) => [name, round(w[codes.length + i]!)])),
    ...(editNames.length > 0 ? { edit: Object.fromEntries(editNames.map((name, i) => [name, round(w[codes.length + names.length + i]!)])) } : {}),
    ...(reads.readings ? { readings: Object.fromEntries(readings.map((key, i) => [key, round(w[codes.length + names.length + editNames.length + i]!)])) } : {}),
    bias: round(bias),
    threshold: 0,
    fitted,
  };
  return withThreshold(linear, train, keeps, round, reads.gapBelow ?? 0);
}

/**
 * The weights with the highest threshold keeping the training recall as `keeps` asks, moved down
 * into the middle of the widest gap between probabilities within `gapBelow` log-odds of it.
 */
export function withThreshold(base: VerdictWeights, train: readonly EditSignals[], keeps: RecallCheck, round: (value: number) => number, gapBelow = 0): VerdictWeights {
  // Every edit the weights may quiet, those of the constraining sets too, decides the threshold.
  const probability = new Map<EditSignals, number>();
  for (const edit of train) {
    const weighed = edit.flagged ? weighVerdict(base, editToWeigh(edit)).probability : null;
    if (weighed !== null) probability.set(edit, weighed);
  }
  const candidates = [...new Set(probability.values())].sort((a, b) => b - a);
  const keptAt = (candidate: number) => keeps((edit) => edit.flagged && (!probability.has(edit) || probability.get(edit)! >= candidate));
  if (candidates.length === 0 || !keptAt(candidates[candidates.length - 1]!)) return base;
  // The highest candidate that keeps the recall, by halving (round 44c): a lower threshold only adds
  // flags, so the recall `keeps` asks, once kept, stays kept all the way down. The same threshold a
  // walk down every candidate finds, in a dozen checks instead of thousands.
  let [high, low] = [-1, candidates.length - 1];
  while (low - high > 1) {
    const middle = (high + low) >> 1;
    if (keptAt(candidates[middle]!)) low = middle;
    else high = middle;
  }
  const candidate = candidates[low]!;
  // In a gap: a refit that shifts every probability a little moves no edit across it.
  if (gapBelow > 0) return { ...base, threshold: round(widestGapCutOfProbabilities(candidates, candidate, gapBelow)) };
  // Halfway down to the next probability below, so a rounding of the last digit cannot move an edit.
  const below = candidates[low + 1] ?? 0;
  return { ...base, threshold: round((candidate + below) / 2) };
}
