// Where a fitted threshold is put among the scores of the edits it was fitted on (round 41c). The
// ensembles' scores are sums of leaves, so blocks of edits share one score and the levels crowd;
// a threshold put just under the level a rule binds on moves a block across at the next refit,
// when every level shifts a little. Put in the middle of the widest gap between two levels near
// it instead, a refit has to shift the levels by half that gap to move an edit. Pure.

const logit = (p: number): number => Math.log(p / (1 - p));
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The cut in the middle of the widest gap between two consecutive distinct `scores`, each gap
 * clipped to the window [`from` - `below`, `from` + `above`] (log-odds, or any additive scale), so
 * the cut never leaves the window. `from` is the lowest score the rule keeps flagged (itself one of
 * `scores`), so with `above` 0 the cut only moves down and flags at least what the rule flags. A tie
 * between gaps goes to the higher one (the fewest flags added); no gap in the window: halfway below
 * `from`, as before round 41c.
 */
export function widestGapCut(scores: Iterable<number>, from: number, below: number, above = 0): number {
  const levels = [...new Set(scores)].sort((a, b) => b - a);
  const top = from + above;
  const bottom = from - below;
  let best: { width: number; cut: number } | null = null;
  for (let i = 0; i < levels.length; i++) {
    // Above the highest score and below the lowest the gap is open: clipped by the window alone.
    const upper = Math.min(i === 0 ? Infinity : levels[i - 1]!, top);
    const lower = Math.max(levels[i]!, bottom);
    const ends = i === levels.length - 1 ? [[Math.min(levels[i]!, top), bottom] as const] : [];
    for (const [high, low] of [[upper, lower] as const, ...ends]) {
      // The cut sits strictly under `high` when `high` is a level, so the level stays on its side.
      const width = high - low;
      if (width <= 1e-12) continue;
      if (!best || width > best.width + 1e-12) best = { width, cut: (high + low) / 2 };
    }
  }
  if (best) return best.cut;
  const next = levels.find((level) => level < from);
  return next === undefined ? from - 1 : (from + next) / 2;
}

/** The same cut for probabilities, the gaps measured in log-odds (where the stumps add). */
export function widestGapCutOfProbabilities(probabilities: Iterable<number>, from: number, below: number, above = 0): number {
  const clamp = (p: number) => Math.min(1 - 1e-12, Math.max(1e-12, p));
  return sigmoid(widestGapCut([...probabilities].map((p) => logit(clamp(p))), logit(clamp(from)), below, above));
}
