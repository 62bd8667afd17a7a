// Boosted stumps for the verdict study (round 33c): an ensemble of one-split trees fitted by
// gradient boosting on the logistic loss, each leaf's value a Newton step with an L2 penalty, each
// edit weighted (each set weighing the same). Deterministic: no sampling, ties broken by feature
// order and cut order; continuous features cut at no more than MAX_CUTS of their values. Pure.

import type { Stump } from '../lib/guard/_stump-ensemble.ts';

export interface StumpEnsemble {
  base: number;
  stumps: Stump[];
}

export interface StumpKnobs {
  rounds: number;
  shrinkage: number;
  /** L2 penalty on each leaf's value. */
  leafL2: number;
}

/** Cuts tried per feature: its distinct values, or as many quantiles of them when there are more. */
const MAX_CUTS = 32;

function cutsOf(values: readonly number[]): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  // A cut at the largest value splits nothing.
  const usable = distinct.slice(0, -1);
  if (usable.length <= MAX_CUTS) return usable;
  return [...new Set(Array.from({ length: MAX_CUTS }, (_, i) => usable[Math.floor(((i + 0.5) * usable.length) / MAX_CUTS)]!))];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The ensemble's score of one edit's features (log-odds). */
export function stumpScore(ensemble: StumpEnsemble, value: (feature: string) => number): number {
  let score = ensemble.base;
  for (const stump of ensemble.stumps) score += value(stump.feature) <= stump.at ? stump.below : stump.above;
  return score;
}

/** Fit the stumps on rows of named features, labels 0/1 and weights. */
export function fitStumps(names: readonly string[], xs: readonly number[][], ys: readonly number[], weights: readonly number[], knobs: StumpKnobs): StumpEnsemble {
  const n = xs.length;
  const cuts = names.map((_, j) => cutsOf(xs.map((row) => row[j]!)));
  // bins[j][i]: the first cut row i's value is at or below (cuts.length when above them all).
  const bins = names.map((_, j) => {
    const out = new Uint8Array(n);
    const list = cuts[j]!;
    for (let i = 0; i < n; i++) {
      const v = xs[i]![j]!;
      let k = 0;
      while (k < list.length && v > list[k]!) k++;
      out[i] = k;
    }
    return out;
  });
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const positive = ys.reduce((sum, y, i) => sum + y * weights[i]!, 0);
  const mean = Math.min(1 - 1e-6, Math.max(1e-6, positive / totalWeight));
  const base = Math.log(mean / (1 - mean));
  const score = new Float64Array(n).fill(base);
  const stumps: Stump[] = [];
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  for (let round = 0; round < knobs.rounds; round++) {
    let G = 0;
    let H = 0;
    for (let i = 0; i < n; i++) {
      const p = sigmoid(score[i]!);
      g[i] = weights[i]! * (p - ys[i]!);
      h[i] = weights[i]! * p * (1 - p);
      G += g[i]!;
      H += h[i]!;
    }
    let best: { gain: number; j: number; k: number; gl: number; hl: number } | null = null;
    for (let j = 0; j < names.length; j++) {
      const list = cuts[j]!;
      if (list.length === 0) continue;
      const gb = new Float64Array(list.length + 1);
      const hb = new Float64Array(list.length + 1);
      const bin = bins[j]!;
      for (let i = 0; i < n; i++) {
        gb[bin[i]!]! += g[i]!;
        hb[bin[i]!]! += h[i]!;
      }
      let gl = 0;
      let hl = 0;
      for (let k = 0; k < list.length; k++) {
        gl += gb[k]!;
        hl += hb[k]!;
        const gr = G - gl;
        const hr = H - hl;
        const gain = (gl * gl) / (hl + knobs.leafL2) + (gr * gr) / (hr + knobs.leafL2) - (G * G) / (H + knobs.leafL2);
        if (!best || gain > best.gain + 1e-12) best = { gain, j, k, gl, hl };
      }
    }
    if (!best || best.gain <= 1e-12) break;
    const below = (-best.gl / (best.hl + knobs.leafL2)) * knobs.shrinkage;
    const above = (-(G - best.gl) / (H - best.hl + knobs.leafL2)) * knobs.shrinkage;
    const at = cuts[best.j]![best.k]!;
    stumps.push({ feature: names[best.j]!, at, below, above });
    const bin = bins[best.j]!;
    for (let i = 0; i < n; i++) score[i]! += bin[i]! <= best.k ? below : above;
  }
  return { base, stumps };
}
