// Calibrates the builtin embedder on STS-B dev: Spearman's rho against human scores, and the
// cosine threshold that best separates "same meaning" pairs (score >= 4) from the rest.
//
//   node scripts/bench/stsb.ts [path/to/sts-dev.csv] [--tune]
//
// The data stays outside the repository (default `../shared/data/stsb/sts-dev.csv` from the
// repository root). STS-B dev is the only set used, for tuning and for reporting alike; there is
// no held-out test set here, so the figures printed are optimistic by an unknown margin.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinSimilarity, DEFAULT_BUILTIN_PARAMS, prepareBuiltinEmbedder, type BuiltinParams } from '../lib/guard/builtin-embedder.ts';
import { bestBy, spearman, sweepThresholds } from './_stats.ts';

interface Pair {
  score: number;
  first: string;
  second: string;
}

/** The file is tab-separated without a header; some lines carry extra trailing columns. */
export function parseStsb(text: string): Pair[] {
  const pairs: Pair[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const columns = line.split('\t');
    const score = Number(columns[4]);
    const first = columns[5];
    const second = columns[6];
    if (!Number.isFinite(score) || first === undefined || second === undefined) {
      throw new Error(`unexpected STS-B line (want genre, file, year, id, score, s1, s2): ${line.slice(0, 200)}`);
    }
    pairs.push({ score, first, second });
  }
  return pairs;
}

function scorePairs(pairs: readonly Pair[], params: BuiltinParams): number[] {
  return pairs.map((pair) => builtinSimilarity(pair.first, pair.second, params));
}

function tune(pairs: readonly Pair[]): void {
  const human = pairs.map((pair) => pair.score);
  const results: Array<{ rho: number; params: BuiltinParams }> = [];
  for (const stopWordWeight of [0.05, 0.15, 0.3]) {
    for (const bigramWeight of [0, 0.25, 0.5]) {
      for (const charWeight of [0, 0.25, 0.5, 1]) {
        for (const rarityPower of [0, 1, 2]) {
          for (const charSizes of [[3], [3, 4], [3, 4, 5]]) {
            if (charWeight === 0 && charSizes.length > 1) continue;
            const params = { ...DEFAULT_BUILTIN_PARAMS, stopWordWeight, bigramWeight, charWeight, rarityPower, charSizes };
            results.push({ rho: spearman(scorePairs(pairs, params), human), params });
          }
        }
      }
    }
  }
  results.sort((a, b) => b.rho - a.rho);
  for (const { rho, params } of results.slice(0, 10)) console.log(rho.toFixed(4), JSON.stringify(params));
}

function main(argv: string[]): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const file = argv.find((arg) => !arg.startsWith('--')) ?? resolve(root, '../shared/data/stsb/sts-dev.csv');
  const pairs = parseStsb(readFileSync(file, 'utf8'));
  if (argv.includes('--tune')) {
    tune(pairs);
    return;
  }
  const cosines = scorePairs(pairs, DEFAULT_BUILTIN_PARAMS);
  const human = pairs.map((pair) => pair.score);
  const positive = human.map((score) => score >= 4);
  const points = sweepThresholds(cosines, positive);
  const byF1 = bestBy(points, 'f1');
  const byYouden = bestBy(points, 'youden');
  const format = (label: string, point: typeof byF1): string =>
    `${label}: threshold ${point.threshold.toFixed(3)}  precision ${point.precision.toFixed(3)}  recall ${point.recall.toFixed(3)}  F1 ${point.f1.toFixed(3)}  J ${point.youden.toFixed(3)}`;
  console.log(`STS-B dev: ${pairs.length} pairs (${positive.filter(Boolean).length} with score >= 4), ${file}`);
  console.log(`Spearman rho (builtin score vs human score): ${spearman(cosines, human).toFixed(4)}`);
  console.log(format('max F1     ', byF1));
  console.log(format('max Youden ', byYouden));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await prepareBuiltinEmbedder();
  main(process.argv.slice(2));
}
