// The verdict as a whole (round 28c): whether the reasons an edit raised flag it, weighed by a
// logistic combiner over the signals (which codes fired, how many, the similarity of what the edit
// changed) fitted on every released labelled set (`npm run fit:verdict`, scripts/bench/verdict-fit.ts).
// It only ever takes a flag away: an edit no reason flags stays unflagged. Since round 29c it reads
// the edit, never the clause around it: the similarity of the changed sentences alone, and no
// reason read from the whole clause's similarity, so an edit buried in a long clause weighs as it
// does alone. Since round 31a it reads what the changed sentences changed too (_edit-features.ts:
// the kinds of words lost and gained, how much changed, whether the words come back elsewhere, the
// dictionary's links; _reason-features.ts: a code fired beside its mirror). Since round 33c the
// fitted weights are an ensemble of one-split trees over the same codes, signals and features and
// the whole change's (_whole-edit-features.ts, _stump-ensemble.ts), which the sets left out chose
// over the linear weights; the linear form stays for weights that carry linear terms. Pure.
import type { Reason } from '../schema/records.ts';
import { VERDICT_WEIGHTS } from './verdict-weights.data.ts';
import { readingKey, reasonFeatures, REASON_FEATURES } from './_reason-features.ts';
import { stumpTerms, type Stump } from './_stump-ensemble.ts';

/**
 * The switch: whether the guard weighs its verdict when its caller says nothing
 * (`evaluateClauseChange` without `verdictWeights`: the hook, `record`, `rejudge`). Off: every
 * flagging reason flags. On since session 23, by a rule declared before the blind sets v34 and
 * v35 were written (guard HISTORY, the lead's measurements); the guard's tests pass either way (`npx vitest run scripts`). On, it is part of every audit's
 * `guard_version` (guard-version.ts).
 */
export const WEIGH_VERDICT_BY_DEFAULT = true;

/** The weights the guard weighs with when its caller says nothing: the fitted ones when the switch is on, else none. */
export function defaultVerdictWeights(): VerdictWeights | null {
  return WEIGH_VERDICT_BY_DEFAULT ? VERDICT_WEIGHTS : null;
}

/**
 * Codes that flag by design, whatever the weights: a number changed (a limit loosened, or moved
 * where the sentence does not say which way is stricter), a rule or a required step gone whole, an
 * edit too large to read, a judge's verdict, a clause deleted. Each states a fact of the edit a
 * reviewer must see, not a reading that may have misread other words. The flag learned where no
 * reading flags (`learned-shape`, _learned-shape.ts, round 40d) is listed too: it is a fitted
 * probability already, raised only on edits no other reason flags, never weighed two ways. Beside them, a reading of
 * order, direction, polarity or scope read from one word the edit changed in place flags too
 * (_certain-readings.ts: "lowest" -> "highest", "never" dropped, "only" moved).
 */
export const ALWAYS_FLAGGING: ReadonlySet<string> = new Set(['number-changed', 'requirement-removed', 'too-large-to-read', 'judge-weakened', 'clause-deleted', 'learned-shape']);

/**
 * Below this builtin score of the changed sentences an edit is a rewrite of them, or only added or
 * removed sentences (scored 0: nothing was said in other words), where evaluate-clause-change's own
 * rule (REWRITE_SCORE there, the same 0.4) decides what a lone reason is worth and keeps the ones
 * read from single words ("the cheapest plan" -> "the most expensive plan"): the weights, fitted
 * above it, do not weigh it again. Measured on every labelled set (round 28c): weighing below it
 * too quieted 7 benign edits and lost 11 regressions.
 */
export const WEIGHED_FROM_SCORE = 0.4;

/** The parameters of the combiner, as the fitting script writes them. */
export interface VerdictWeights {
  /** The codes the combiner knows, with their linear weights (0 where the stumps weigh them); a code it does not know flags as before. */
  codes: Record<string, number>;
  /** Weights of the signals beyond the codes (names in SIGNALS). */
  signals: Record<string, number>;
  /**
   * Weights of what the edit changed (round 31a): the features of _edit-features.ts and
   * _reason-features.ts, by name; absent in weights fitted before them.
   */
  edit?: Record<string, number>;
  /** Weights of the readings that raised a code (`code|reading`, _reason-features.ts), beside the code's own. */
  readings?: Record<string, number>;
  /**
   * One-split trees whose values add to the log-odds beside the linear terms (round 33c), each
   * reading a code (1 when it fired), a signal or a feature of the edit by name.
   */
  stumps?: Stump[];
  bias: number;
  /** An edit is flagged when its probability is at or above this. */
  threshold: number;
  /** How the parameters were chosen, for the record: sets, edits, the recall kept. */
  fitted: string;
}

/** What the weighing reads of one edit: its reasons and what the edit itself changed. */
export interface EditToWeigh {
  /** Every reason raised; those read from the whole clause's similarity are left out of the weighing. */
  reasons: readonly Reason[];
  /** The similarity of the changed sentences alone (builtin score; 0 when a version only gained or lost sentences). */
  score: number;
  /** The clause's similarity threshold. */
  threshold: number;
  /** The code of a reading that carries its own certainty (_certain-readings.ts), or null. */
  certain: string | null;
  /** What the edit changed (_edit-features.ts `editFeatures`), by name; a feature absent is 0. */
  features?: Readonly<Record<string, number>>;
}

/** The signals beyond the codes, each with what it means for a reader. */
export const SIGNALS = {
  'two codes': 'two codes or more fired',
  'three codes': 'three codes or more fired',
  'two firings': 'two flagging reasons or more fired',
  'an advisory reason': 'an advisory reason fired beside them',
  similarity: 'the similarity of the changed sentences (builtin score)',
  'similarity below threshold': "the similarity of the changed sentences is below the clause's threshold",
} as const;
export type SignalName = keyof typeof SIGNALS;

/**
 * Whether a reason was read from the whole clause's similarity (`semantic-drift` or
 * `low-similarity` of evaluate-clause-change's driftReason): it says how much of the clause the
 * edit left alone, which a long clause lifts, so the weighing leaves it out and reads the changed
 * sentences' similarity instead. The readings' own `semantic-drift` (a duty replaced) stays.
 */
export function readFromWholeClause(reason: Reason): boolean {
  return reason.code === 'low-similarity' || (reason.code === 'semantic-drift' && reason.message.startsWith('semantic drift: similarity '));
}

/** The reasons the weighing reads: all but those of the whole clause's similarity. */
export function weighedReasons(reasons: readonly Reason[]): Reason[] {
  return reasons.filter((reason) => !readFromWholeClause(reason));
}

const flaggingCodesOf = (reasons: readonly Reason[]): string[] => [...new Set(reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code))];

/** The distinct readings (`code|reading`, _reason-features.ts) of the flagging reasons the weighing reads. */
export function weighedReadings(reasons: readonly Reason[]): string[] {
  return [...new Set(weighedReasons(reasons).filter((reason) => reason.advisory !== true).map(readingKey))];
}

/** One feature of what the edit changed, by name: a reason feature read from its reasons, else its dumped feature (0 when absent). */
export function editFeatureOf(edit: EditToWeigh): (name: string) => number {
  const mirrors = reasonFeatures(weighedReasons(edit.reasons));
  return (name) => (name in REASON_FEATURES ? mirrors[name as keyof typeof REASON_FEATURES] : (edit.features?.[name] ?? 0));
}

/** The signals of an edit as numbers, by name. */
export function signalValues(edit: EditToWeigh): Record<SignalName, number> {
  const reasons = weighedReasons(edit.reasons);
  const codes = flaggingCodesOf(reasons);
  return {
    'two codes': codes.length >= 2 ? 1 : 0,
    'three codes': codes.length >= 3 ? 1 : 0,
    'two firings': reasons.filter((reason) => reason.advisory !== true).length >= 2 ? 1 : 0,
    'an advisory reason': reasons.some((reason) => reason.advisory === true) ? 1 : 0,
    similarity: edit.score,
    'similarity below threshold': edit.score < edit.threshold ? 1 : 0,
  };
}

export interface WeighedVerdict {
  /** Whether the edit stays flagged. */
  flagged: boolean;
  /** Null when a code decided alone (one that flags by design, a certain reading, or one the weights do not know). */
  probability: number | null;
  /** Why, in one line: which code or which signals decided. */
  why: string;
}

/** Terms the `why` names, largest first; the rest are counted. */
const WHY_TERMS = 5;

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * What the stumps read of an edit by name: a code (1 when it fired among the flagging reasons
 * weighed), a signal (SIGNALS), else a feature of what the edit changed (0 when absent). Built from
 * what `weighSignals` has already read of the edit.
 */
function valueByName(codes: readonly string[], values: Record<SignalName, number>, featureOf: (name: string) => number): (name: string) => number {
  const fired = new Set(codes);
  return (name) => (fired.has(name) ? 1 : name in SIGNALS ? values[name as SignalName] : featureOf(name));
}

/** The combiner's probability that the edit is a regression, and each term that went into it (a stumps' term: the sum of one feature's stumps). */
export function weighSignals(weights: VerdictWeights, edit: EditToWeigh): { probability: number; terms: Array<[string, number]> } {
  const codes = flaggingCodesOf(weighedReasons(edit.reasons));
  const values = signalValues(edit);
  const featureOf = editFeatureOf(edit);
  const readings = weighedReadings(edit.reasons);
  const terms: Array<[string, number]> = [
    ...codes.map((code): [string, number] => [code, weights.codes[code] ?? 0]),
    ...Object.entries(values).map(([name, value]): [string, number] => [name === 'similarity' ? `similarity ${edit.score.toFixed(2)}` : name, value * (weights.signals[name] ?? 0)]),
    ...Object.entries(weights.edit ?? {}).map(([name, weight]): [string, number] => [name, featureOf(name) * weight]),
    ...readings.map((key): [string, number] => [`reading ${key}`, weights.readings?.[key] ?? 0]),
    ...(weights.stumps ? stumpTerms(weights.stumps, valueByName(codes, values, featureOf)).map(([name, term]): [string, number] => [name === 'similarity' ? `similarity ${edit.score.toFixed(2)}` : name, term]) : []),
  ].filter(([, term]) => term !== 0);
  return { probability: sigmoid(terms.reduce((sum, [, term]) => sum + term, weights.bias)), terms };
}

/**
 * Whether the flagging reasons of an edit flag it. Any code that flags by design, a reading that
 * carries its own certainty, or a code the weights do not know (a reading newer than the fit),
 * flags as every code did before; so does an edit whose changed sentences were rewritten or only
 * added or removed (below WEIGHED_FROM_SCORE); otherwise the combiner's probability decides
 * against its threshold.
 */
export function weighVerdict(weights: VerdictWeights, edit: EditToWeigh): WeighedVerdict {
  const codes = flaggingCodesOf(weighedReasons(edit.reasons));
  if (codes.length === 0) {
    // The whole clause's similarity flags alone only with an embedder whose score is evidence, which is never weighed.
    const flagged = edit.reasons.some((reason) => reason.advisory !== true);
    return { flagged, probability: null, why: flagged ? 'the similarity flags alone' : 'no reason flags' };
  }
  const byDesign = codes.find((code) => ALWAYS_FLAGGING.has(code));
  if (byDesign) return { flagged: true, probability: null, why: `${byDesign} flags by design` };
  if (edit.certain) return { flagged: true, probability: null, why: `${edit.certain} read from one word the edit changed in place` };
  if (edit.score < WEIGHED_FROM_SCORE) return { flagged: true, probability: null, why: `the changed sentences were rewritten, added or removed (similarity ${edit.score.toFixed(2)} < ${WEIGHED_FROM_SCORE}): weighed by the rewrite rule` };
  const unknown = codes.find((code) => !(code in weights.codes));
  if (unknown) return { flagged: true, probability: null, why: `${unknown} has no weight yet and flags` };
  const { probability, terms } = weighSignals(weights, edit);
  const flagged = probability >= weights.threshold;
  // The largest terms only: the line stays one a reviewer reads.
  const sorted = terms.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  const said = [...sorted.slice(0, WHY_TERMS).map(([name, term]) => `${name} ${term > 0 ? '+' : ''}${term.toFixed(2)}`), ...(sorted.length > WHY_TERMS ? [`${sorted.length - WHY_TERMS} smaller`] : [])].join(', ');
  return { flagged, probability, why: `weighed ${probability.toFixed(3)} ${flagged ? '>=' : '<'} ${weights.threshold.toFixed(3)} (${said}; base ${weights.bias.toFixed(2)})` };
}

/**
 * The reasons as recorded: unchanged when the edit stays flagged (its flagging reasons decided),
 * else each flagging reason made advisory, its message saying the weighing that made it so.
 */
export function applyVerdict(reasons: readonly Reason[], verdict: WeighedVerdict): Reason[] {
  if (verdict.flagged) return [...reasons];
  return reasons.map((reason) => (reason.advisory === true ? reason : { ...reason, message: `${reason.message}; advisory as a whole: ${verdict.why}, review suggested`, advisory: true }));
}
