// Small statistics for the benches. Pure.

/** Ranks with ties given their average rank (1-based). */
export function rankValues(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    const average = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]?.index ?? 0] = average;
    i = j + 1;
  }
  return ranks;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const meanX = xs.reduce((sum, x) => sum + x, 0) / n;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (xs[i] ?? 0) - meanX;
    const dy = (ys[i] ?? 0) - meanY;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's rho: Pearson's correlation of the ranks (ties averaged). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(rankValues(xs), rankValues(ys));
}

export interface ThresholdPoint {
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  /** Youden's J: true-positive rate minus false-positive rate. */
  youden: number;
}

/**
 * Every candidate threshold t (predict positive when score >= t), with its precision, recall, F1
 * and Youden's J. Candidates are the midpoints between consecutive distinct scores.
 */
export function sweepThresholds(scores: readonly number[], positive: readonly boolean[]): ThresholdPoint[] {
  const distinct = [...new Set(scores)].sort((a, b) => a - b);
  const totalPositive = positive.filter(Boolean).length;
  const totalNegative = positive.length - totalPositive;
  const points: ThresholdPoint[] = [];
  for (let i = 0; i + 1 < distinct.length; i++) {
    const threshold = ((distinct[i] ?? 0) + (distinct[i + 1] ?? 0)) / 2;
    let tp = 0;
    let fp = 0;
    scores.forEach((score, k) => {
      if (score < threshold) return;
      if (positive[k]) tp++;
      else fp++;
    });
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = totalPositive === 0 ? 0 : tp / totalPositive;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const youden = recall - (totalNegative === 0 ? 0 : fp / totalNegative);
    points.push({ threshold, precision, recall, f1, youden });
  }
  return points;
}

export function bestBy(points: readonly ThresholdPoint[], key: 'f1' | 'youden'): ThresholdPoint {
  let best = points[0];
  if (!best) throw new Error('no threshold candidates');
  for (const point of points) if (point[key] > best[key]) best = point;
  return best;
}

/** ROC AUC: the chance that a random positive scores above a random negative (ties count half). */
export function rocAuc(scores: readonly number[], positive: readonly boolean[]): number {
  const ranks = rankValues(scores);
  let positives = 0;
  let rankSum = 0;
  ranks.forEach((rank, i) => {
    if (!positive[i]) return;
    positives++;
    rankSum += rank;
  });
  const negatives = scores.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
