// The verdict's ensemble of one-split trees (round 33c): each stump reads one feature of the edit
// against one cut and adds its leaf's value to the log-odds that the edit is a regression. Chosen
// over the logistic combiner by the sets left out (guard HISTORY, "Session 27, guard33c"): a stump
// can say "a negator gone matters only when little else changed", which one linear weight cannot.
// Fitted by scripts/bench/_verdict-stumps.ts. Pure.

/** One stump: an edit whose feature `feature` is at most `at` adds `below` to the log-odds, else `above`. */
export interface Stump {
  feature: string;
  at: number;
  below: number;
  above: number;
}

/** Each feature the stumps read and the sum of the values its stumps added, in the order first read. */
export function stumpTerms(stumps: readonly Stump[], value: (feature: string) => number): Array<[string, number]> {
  const sums = new Map<string, number>();
  for (const stump of stumps) sums.set(stump.feature, (sums.get(stump.feature) ?? 0) + (value(stump.feature) <= stump.at ? stump.below : stump.above));
  return [...sums];
}
