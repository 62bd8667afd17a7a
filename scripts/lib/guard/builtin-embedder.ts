// The offline default embedder: feature hashing of words, word pairs and character n-grams.
// Nothing to download; deterministic; the same text gives the same vector on every machine.
import { STOP_WORDS, normaliseWord, tokenizeWords } from './_text.ts';
import { swappedShare } from './_order-agreement.ts';
import { cosineSimilarity, type Embedder } from './embedder.ts';

/**
 * Bump the version whenever anything below changes the vectors (weights, features, word lists,
 * the stemmer), so audits recorded with the old model are never compared with the new one.
 */
export const BUILTIN_MODEL = 'builtin-lexical-v3';

/** Knobs of the builtin embedder; the defaults are what `scripts/bench/stsb.ts` chose. */
export interface BuiltinParams {
  /** Vector size; a power of two. */
  dimensions: number;
  /** Weight of a stop word relative to a content word of the same rarity. */
  stopWordWeight: number;
  /** Weight of a pair of adjacent content words. */
  bigramWeight: number;
  /** Total weight of one word's character n-grams. */
  charWeight: number;
  /** Character n-gram lengths. */
  charSizes: readonly number[];
  /** How strongly rarity raises a word's weight (0 = every word weighs 1). */
  rarityPower: number;
  /** Weight of an ordered pair of content words up to `orderWindow` apart ("agent < customer"). */
  orderWeight: number;
  /** How many content words apart an ordered pair may be. */
  orderWindow: number;
  /** Weight of a content word with the function word before it ("by agent", "to customer"): its role. */
  roleWeight: number;
  /**
   * How much the score drops per share of shared words that swapped places around a fixed word
   * ("the agent verifies the customer" -> "the customer verifies the agent"); see _order-agreement.ts.
   */
  swapPenalty: number;
}

// Tuned on STS-B dev only (there is no held-out test set here) with `node scripts/bench/stsb.ts
// --tune`. The grid is flat near the top (rho 0.804-0.806), so the choice is not delicate: rarity
// weighting matters most (rho 0.79 without it), char trigrams add ~0.01, stop-word weight barely
// matters. Word pairs cost 0.001 rho on STS-B but are kept at a low weight because word order
// ("refund before verifying" vs "verify before refunding") matters more in clauses than captions.
// 2048 dimensions scored the same as 8192 and keep cached vectors small.
// v2 (issue 11): a bag of words cannot tell "A verifies B" from "B verifies A" (PAWS dev AUC 0.58).
// Ordered word pairs and role features in the vector helped PAWS only by costing STS-B (bigram
// weight 1: PAWS 0.72, STS-B 0.784), so they stay off; instead the score is the cosine times
// (1 - swapPenalty x share of words swapped around a fixed word). Tuned on PAWS dev and STS-B dev
// (`npm run calibrate`): swapPenalty 0.35 gives PAWS AUC 0.813 and STS-B rho 0.802; 0.5 gives
// 0.830 / 0.799.
// v3 (issue 11, second pass): the same features over words with instruction idioms folded ("let
// X know" = "tell X", "say sorry" = "apologise") and a few more synonym groups (_text.ts): STS-B
// dev rho and PAWS dev AUC unchanged (0.802 / 0.813), false flags of rewordings with few shared
// words down.
export const DEFAULT_BUILTIN_PARAMS: BuiltinParams = {
  dimensions: 2048,
  stopWordWeight: 0.15,
  bigramWeight: 0.25,
  charWeight: 0.5,
  charSizes: [3],
  rarityPower: 2,
  orderWeight: 0,
  orderWindow: 4,
  roleWeight: 0,
  swapPenalty: 0.35,
};

/** 32-bit FNV-1a: stable across platforms, so vectors are reproducible. */
function hash32(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

const rarityCache = new Map<string, number>();

// The cl100k ranks are loaded on first use: a commit that changes no clause never pays it. From
// the binary table (traits/bpe-table.ts, one read) rather than gpt-tokenizer's 2 MB module, which
// each guard thread compiled and turned into a Map (about 400 ms of CPU a thread); the table gives
// every word the same count and rank as gpt-tokenizer's `encode` (builtin-embedder.test.ts).
let tokensOf: ((text: string) => { count: number; rank: number }) | undefined;

/** Loads what embedBuiltin needs; the embedder's `embed` does this itself. */
export async function prepareBuiltinEmbedder(): Promise<void> {
  if (tokensOf) return;
  const { loadBpeCounter } = await import('../traits/bpe-table-fs.ts');
  const counter = await loadBpeCounter('cl100k_base');
  tokensOf = (text) => counter.countAndRank(text);
}

/**
 * How rare a word is, in [0.2, 1.6], read from its BPE token rank: a tokenizer's merge order follows
 * word frequency in its training text, so a low rank means a common word, and a word split into
 * several tokens is rare. A corpus-free stand-in for inverse document frequency.
 */
function rarity(word: string): number {
  const cached = rarityCache.get(word);
  if (cached !== undefined) return cached;
  if (!tokensOf) throw new Error('embedBuiltin called before prepareBuiltinEmbedder()');
  const tokens = tokensOf(` ${word}`);
  const rank = tokens.count === 1 ? tokens.rank : 100_000 * tokens.count;
  const value = Math.min(1.6, Math.max(0.2, Math.log(rank + 1) / Math.log(20_000)));
  rarityCache.set(word, value);
  return value;
}

function addFeature(vector: number[], feature: string, weight: number): void {
  const hash = hash32(feature);
  const index = hash & (vector.length - 1);
  // The top bit picks a sign so that colliding features cancel on average instead of piling up.
  vector[index] = (vector[index] ?? 0) + (hash & 0x80000000 ? -weight : weight);
}

/** What one word adds to a vector on its own (its word feature and its character n-grams), in order. */
interface WordFeatures {
  stem: string;
  isStop: boolean;
  /** Vector slots, and the signed weight added at each, in the order embedBuiltin adds them. */
  slots: number[];
  values: number[];
}

/**
 * Each word's own features by the parameters they were hashed with. A 1,000-clause commit embeds
 * 1,000 pairs of texts sharing a few hundred words: hashing each word's n-grams again was most of
 * the embedder's time. Replaying the same additions in the same order gives the same vector, bit
 * for bit. Cleared, not evicted, when full.
 */
const wordFeatures = new WeakMap<BuiltinParams, Map<string, WordFeatures>>();
const WORD_FEATURES_LIMIT = 20_000;

function featuresOf(word: string, params: BuiltinParams): WordFeatures {
  let known = wordFeatures.get(params);
  if (!known) wordFeatures.set(params, (known = new Map()));
  const cached = known.get(word);
  if (cached) return cached;
  const stem = normaliseWord(word);
  const isStop = STOP_WORDS.has(word);
  const features: WordFeatures = { stem, isStop, slots: [], values: [] };
  const add = (feature: string, weight: number) => {
    const hash = hash32(feature);
    features.slots.push(hash & (params.dimensions - 1));
    features.values.push(hash & 0x80000000 ? -weight : weight);
  };
  const weight = (isStop ? params.stopWordWeight : 1) * rarity(word) ** params.rarityPower;
  add(`w:${stem}`, weight);
  if (!isStop && params.charWeight > 0 && word.length > 3) {
    const padded = `<${word}>`;
    const grams: string[] = [];
    for (const size of params.charSizes) {
      for (let i = 0; i + size <= padded.length; i++) grams.push(padded.slice(i, i + size));
    }
    const each = (params.charWeight * weight) / Math.sqrt(grams.length);
    for (const gram of grams) add(`c:${gram}`, each);
  }
  if (known.size >= WORD_FEATURES_LIMIT) known.clear();
  known.set(word, features);
  return features;
}

/** Embed one text with explicit parameters (exposed for calibration). */
export function embedBuiltin(text: string, params: BuiltinParams = DEFAULT_BUILTIN_PARAMS): number[] {
  // A plain array from the start: copying a typed one out (Array.from) cost half of each embedding.
  const vector = new Array<number>(params.dimensions).fill(0);
  const words = tokenizeWords(text);
  const content: string[] = [];
  for (const word of words) {
    const { stem, isStop, slots, values } = featuresOf(word, params);
    for (let i = 0; i < slots.length; i++) vector[slots[i]!] = vector[slots[i]!]! + values[i]!;
    if (isStop) continue;
    content.push(stem);
  }
  for (let i = 0; i + 1 < content.length; i++) {
    addFeature(vector, `b:${content[i]} ${content[i + 1]}`, params.bigramWeight);
  }
  if (params.orderWeight > 0) {
    for (let i = 0; i < content.length; i++) {
      for (let j = i + 2; j < content.length && j <= i + params.orderWindow; j++) {
        addFeature(vector, `o:${content[i]}<${content[j]}`, params.orderWeight);
      }
    }
  }
  if (params.roleWeight > 0) {
    words.forEach((word, i) => {
      if (STOP_WORDS.has(word)) return;
      const before = i === 0 ? '^' : (words[i - 1] ?? '^');
      const marker = STOP_WORDS.has(before) || before === '^' ? before : '_';
      addFeature(vector, `r:${marker} ${normaliseWord(word)}`, params.roleWeight * rarity(word) ** params.rarityPower);
    });
  }
  return vector;
}

/**
 * The builtin score of two texts (what an audit records, metric `cosine-order`): the cosine of
 * their vectors, lowered when words swapped roles or places around a fixed word.
 */
export function builtinSimilarity(first: string, second: string, params: BuiltinParams = DEFAULT_BUILTIN_PARAMS): number {
  const cosine = cosineSimilarity(embedBuiltin(first, params), embedBuiltin(second, params));
  if (params.swapPenalty === 0) return cosine;
  return cosine * (1 - Math.min(0.95, params.swapPenalty * swappedShare(first, second)));
}

/** The offline default: `id: 'builtin'`, `model: BUILTIN_MODEL`, scored by `builtinSimilarity`. */
export function createBuiltinEmbedder(): Embedder {
  return {
    id: 'builtin',
    model: BUILTIN_MODEL,
    metric: 'cosine-order',
    embed: async (texts) => {
      await prepareBuiltinEmbedder();
      return texts.map((text) => embedBuiltin(text));
    },
    compare: async (first, second) => {
      await prepareBuiltinEmbedder();
      return builtinSimilarity(first, second);
    },
  };
}
