// Ranks PAWS dev pairs (paraphrases vs. word-scrambled non-paraphrases that keep every word) by
// the builtin similarity: ROC AUC of "paraphrase" against the score. PAWS is what a bag of words
// cannot see: "the agent verifies the customer" and "the customer verifies the agent".
//
//   node scripts/bench/paws.ts [path/to/dev.tsv]
//
// The data stays outside the repository (default `../shared/data/paws/dev.tsv` from the repository
// root): tab-separated id, sentence1, sentence2, label (1 = paraphrase), without a header. Dev was
// used for tuning; there is no held-out PAWS test set here.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtinSimilarity, DEFAULT_BUILTIN_PARAMS, prepareBuiltinEmbedder, type BuiltinParams } from '../lib/guard/builtin-embedder.ts';
import { rocAuc } from './_stats.ts';

export interface PawsPair {
  first: string;
  second: string;
  paraphrase: boolean;
}

/** Parse PAWS's tsv; a header line (`id sentence1 sentence2 label`) is skipped if present. */
export function parsePaws(text: string): PawsPair[] {
  const pairs: PawsPair[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('id\t')) continue;
    const [, first, second, label] = line.split('\t');
    if (first === undefined || second === undefined || (label !== '0' && label !== '1')) {
      throw new Error(`unexpected PAWS line (want id, sentence1, sentence2, label 0/1): ${line.slice(0, 200)}`);
    }
    pairs.push({ first, second, paraphrase: label === '1' });
  }
  return pairs;
}

/** AUC of the builtin similarity on PAWS pairs. */
export function pawsAuc(pairs: readonly PawsPair[], params: BuiltinParams = DEFAULT_BUILTIN_PARAMS): number {
  const scores = pairs.map((pair) => builtinSimilarity(pair.first, pair.second, params));
  return rocAuc(scores, pairs.map((pair) => pair.paraphrase));
}

function main(argv: string[]): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const file = argv.find((arg) => !arg.startsWith('--')) ?? resolve(root, '../shared/data/paws/dev.tsv');
  const pairs = parsePaws(readFileSync(file, 'utf8'));
  console.log(`PAWS dev: ${pairs.length} pairs (${pairs.filter((pair) => pair.paraphrase).length} paraphrases), ${file}`);
  console.log(`ROC AUC (builtin similarity, paraphrase vs not): ${pawsAuc(pairs).toFixed(4)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await prepareBuiltinEmbedder();
  main(process.argv.slice(2));
}
