// The verdict as a whole (round 28c): whether the reasons an edit raised flag it, weighed by a
// logistic combiner over the signals (which codes fired, how many, the similarity of the whole)
// fitted on every released labelled set (`npm run fit:verdict`, scripts/bench/verdict-fit.ts).
// It only ever takes a flag away: an edit no reason flags stays unflagged. Pure.
import type { Reason } from '../schema/records.ts';

/**
 * Codes that flag by design, whatever the weights: a number changed (a limit loosened, or moved
 * where the sentence does not say which way is stricter), a rule or a required step gone whole, an
 * edit too large to read, a judge's verdict, a clause deleted. Each states a fact of the edit a
 * reviewer must see, not a reading that may have misread other words.
 */
export const ALWAYS_FLAGGING: ReadonlySet<string> = new Set(['number-changed', 'requirement-removed', 'too-large-to-read', 'judge-weakened', 'clause-deleted']);

/**
 * Below this builtin score an edit is a whole rewrite, where evaluate-clause-change's own rule
 * (REWRITE_SCORE there, the same 0.4) already decides what a lone reason is worth and keeps the
 * ones read from single words ("the cheapest plan" -> "the most expensive plan"): the weights,
 * fitted above it, do not weigh it again. Measured on every labelled set: weighing below it too
 * quieted 7 benign edits and lost 11 regressions.
 */
export const WEIGHED_FROM_SCORE = 0.4;

/** The parameters of the combiner, as the fitting script writes them. */
export interface VerdictWeights {
  /** The codes the combiner has a weight for; a code it does not know flags as before. */
  codes: Record<string, number>;
  /** Weights of the signals beyond the codes (names in SIGNALS). */
  signals: Record<string, number>;
  bias: number;
  /** An edit is flagged when its probability is at or above this. */
  threshold: number;
  /** How the parameters were chosen, for the record: sets, edits, the recall kept. */
  fitted: string;
}

/** The signals beyond the codes, each with what it means for a reader. */
export const SIGNALS = {
  'two codes': 'two codes or more fired',
  'three codes': 'three codes or more fired',
  'two firings': 'two flagging reasons or more fired',
  'an advisory reason': 'an advisory reason fired beside them',
  similarity: 'the similarity of the whole (builtin score)',
  'similarity below threshold': "the similarity is below the clause's threshold",
} as const;
export type SignalName = keyof typeof SIGNALS;

/** The signals of an edit as numbers, by name. */
export function signalValues(reasons: readonly Reason[], score: number, threshold: number): Record<SignalName, number> {
  const codes = new Set(reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code));
  return {
    'two codes': codes.size >= 2 ? 1 : 0,
    'three codes': codes.size >= 3 ? 1 : 0,
    'two firings': reasons.filter((reason) => reason.advisory !== true).length >= 2 ? 1 : 0,
    'an advisory reason': reasons.some((reason) => reason.advisory === true) ? 1 : 0,
    similarity: score,
    'similarity below threshold': score < threshold ? 1 : 0,
  };
}

export interface WeighedVerdict {
  /** Whether the edit stays flagged. */
  flagged: boolean;
  /** Null when a code decided alone (one that flags by design, or one the weights do not know). */
  probability: number | null;
  /** Why, in one line: which code or which signals decided. */
  why: string;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The combiner's probability that the edit is a regression, and each term that went into it. */
export function weighSignals(weights: VerdictWeights, reasons: readonly Reason[], score: number, threshold: number): { probability: number; terms: Array<[string, number]> } {
  const codes = [...new Set(reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code))];
  const values = signalValues(reasons, score, threshold);
  const terms: Array<[string, number]> = [
    ...codes.map((code): [string, number] => [code, weights.codes[code] ?? 0]),
    ...Object.entries(values).map(([name, value]): [string, number] => [name === 'similarity' ? `similarity ${score.toFixed(2)}` : name, value * (weights.signals[name] ?? 0)]),
  ].filter(([, term]) => term !== 0);
  return { probability: sigmoid(terms.reduce((sum, [, term]) => sum + term, weights.bias)), terms };
}

/**
 * Whether the flagging reasons of an edit flag it. Any code that flags by design, or that the
 * weights do not know (a reading newer than the fit), flags as every code did before; otherwise
 * the combiner's probability decides against its threshold.
 */
export function weighVerdict(weights: VerdictWeights, reasons: readonly Reason[], score: number, threshold: number): WeighedVerdict {
  const codes = [...new Set(reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code))];
  if (codes.length === 0) return { flagged: false, probability: null, why: 'no reason flags' };
  const byDesign = codes.find((code) => ALWAYS_FLAGGING.has(code));
  if (byDesign) return { flagged: true, probability: null, why: `${byDesign} flags by design` };
  if (score < WEIGHED_FROM_SCORE) return { flagged: true, probability: null, why: `a whole rewrite (similarity ${score.toFixed(2)} < ${WEIGHED_FROM_SCORE}) is weighed by its own rule` };
  const unknown = codes.find((code) => !(code in weights.codes));
  if (unknown) return { flagged: true, probability: null, why: `${unknown} has no weight yet and flags` };
  const { probability, terms } = weighSignals(weights, reasons, score, threshold);
  const flagged = probability >= weights.threshold;
  const said = terms
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .map(([name, term]) => `${name} ${term > 0 ? '+' : ''}${term.toFixed(2)}`)
    .join(', ');
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
