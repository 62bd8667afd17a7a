import type { TOKENIZER_ENCODINGS } from '../schema/config.ts';

/** One of the BPE encodings a checkpoint may be measured with (see `.promptvault.yaml`). */
export type TokenizerEncoding = (typeof TOKENIZER_ENCODINGS)[number];

/** Counts BPE tokens under one named encoding; the name is recorded next to the count. */
export interface Tokenizer {
  encoding: string;
  countTokens(text: string): number;
}

// Resolved per encoding so each import is a literal string the bundler and Node can see, and only
// the one asked for is read: loading o200k costs ~120 ms, which a commit touching no prompt skips.
const IMPORTERS: Record<TokenizerEncoding, () => Promise<{ countTokens: CountTokens }>> = {
  o200k_base: () => import('gpt-tokenizer/encoding/o200k_base'),
  cl100k_base: () => import('gpt-tokenizer/encoding/cl100k_base'),
  p50k_base: () => import('gpt-tokenizer/encoding/p50k_base'),
  r50k_base: () => import('gpt-tokenizer/encoding/r50k_base'),
};

type CountTokens = (text: string, options?: { disallowedSpecial?: Set<string> }) => number;

// A prompt that mentions `<|endoftext|>` is text, not a control token: count it as the model's
// API would for user content instead of throwing, which gpt-tokenizer does by default.
const SPECIAL_TOKENS_AS_TEXT = { disallowedSpecial: new Set<string>() };

// Promises, not tokenizers, so concurrent callers share one import.
const cache = new Map<TokenizerEncoding, Promise<Tokenizer>>();

/** Loads (once per process) the tokenizer for `encoding`; nothing is imported until first call. */
export function loadTokenizer(encoding: TokenizerEncoding): Promise<Tokenizer> {
  const cached = cache.get(encoding);
  if (cached) return cached;
  const importer = IMPORTERS[encoding];
  if (!importer) {
    return Promise.reject(new TypeError(`Unknown tokenizer encoding "${String(encoding)}"; expected one of ${Object.keys(IMPORTERS).join(', ')}.`));
  }
  const loading = importer().then(
    (module): Tokenizer => ({
      encoding,
      countTokens: (text) => module.countTokens(text, SPECIAL_TOKENS_AS_TEXT),
    }),
  );
  // A failed import must not poison the cache for a later retry.
  loading.catch(() => cache.delete(encoding));
  cache.set(encoding, loading);
  return loading;
}
