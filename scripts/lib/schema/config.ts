import { z } from 'zod';
import { expandBraces, MAX_BRACE_ALTERNATIVES } from '../prompt/brace-expansion.ts';
import { CONFIG_FILE, DEFAULT_CODEX_GLOBS, DEFAULT_PROMPT_GLOBS, globOutsideRepository, TOKENIZERS } from './config-defaults.ts';
import { reviewerEmail } from '../guard/identity.ts';

export { CONFIG_FILE };

// `.promptvault.yaml` at the repository root: the one place for settings. Every default below is
// written here, documented in README.md, and recorded in what it produced (a checkpoint names its
// tokenizer, an audit its embedder, metric and threshold), so nothing changes silently.

export const TOKENIZER_ENCODINGS = TOKENIZERS;

/**
 * Built-in default similarity threshold, calibrated on STS-B dev (see README, "Calibration") with
 * the builtin embedder (`node scripts/bench/stsb.ts`): the cosine that maximises Youden's J when
 * separating same-meaning pairs (human score >= 4) from the rest is 0.513 (recall 0.89, precision
 * 0.40), rounded down to 0.5. Youden's J rather than F1 because it does not depend on how rare
 * same-meaning pairs are in STS-B, and because the lexical reasons, not this score, catch pointed
 * rule changes: the score only has to catch gross rewrites without flagging rewordings. It suits
 * the builtin embedder's scale only: set `guard.threshold` when choosing another embedder.
 */
export const DEFAULT_THRESHOLD = 0.5;

/**
 * Default of `guard.max_sentence_pairs` (lib/guard/reason-too-large-to-read.ts), chosen from
 * measurements (session 18, lib/guard/HISTORY.md): the largest of the 7,438 labelled edits reads
 * 7 x 7 pairs, the bench's 400-sentence handbook clause rewritten in every sentence 511 x 511
 * (list items and table rows are sentences): both stay under it, while a 1,000-sentence clause
 * rewritten whole (1,259 x 1,259, minutes of reading) does not.
 */
export const DEFAULT_MAX_SENTENCE_PAIRS = 300_000;

/**
 * Default of `guard.max_sentence_words` (lib/guard/reason-too-large-to-read.ts): the longest
 * changed sentence the statement readings read whole, in words. Chosen from measurements (round
 * 29d, lib/guard/HISTORY.md): the longest sentence of the 10,353 labelled edits holds 43 words; one
 * figure changed in a run-on sentence of 2,000 words of rules costs about 0.4 s of CPU; a table of
 * codes and deadlines written as one sentence, the slowest shape measured, 1.1 s at 2,000 words,
 * 1.5 s at 2,500 and 2.0 s at 3,000 (each figure reads its whole sentence; 4.0 s at 2,500 before).
 */
export const DEFAULT_MAX_SENTENCE_WORDS = 2_500;

const embedderSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** The built-in offline embedder: nothing to download. */
    kind: z.literal('builtin'),
  }),
  z.strictObject({
    /** Any OpenAI-compatible `/v1/embeddings` endpoint (OpenAI, Ollama, vLLM, LM Studio). */
    kind: z.literal('openai'),
    /** e.g. `http://localhost:11434/v1` */
    base_url: z.url(),
    /** e.g. `text-embedding-3-small` or `nomic-embed-text` */
    model: z.string().min(1),
    /** Name of the environment variable holding the API key; none for local servers. */
    api_key_env: z.string().min(1).optional(),
    /** Give up on a request after this many milliseconds. */
    timeout_ms: z.number().int().positive().default(30_000),
  }),
]);

/** The optional LLM judge of clause edits (off unless set). */
const judgeSchema = z.strictObject({
  /** Any OpenAI-compatible `/v1/chat/completions` endpoint (OpenAI, Ollama, vLLM). */
  kind: z.literal('openai'),
  /** e.g. `http://localhost:11434/v1` */
  base_url: z.url(),
  /** e.g. `gpt-4o-mini` or `llama3.1` */
  model: z.string().min(1),
  /** Name of the environment variable holding the API key; none for local servers. */
  api_key_env: z.string().min(1).optional(),
  /** Give up on a request after this many milliseconds. */
  timeout_ms: z.number().int().positive().default(60_000),
});

const clauseSettingsSchema = z.strictObject({
  /** Similarity below this flags semantic drift for this clause. */
  threshold: z.number().min(0).max(1).optional(),
});

/** A glob of repository-relative paths, e.g. `prompts/**\/*.md`: never absolute, never `..`. */
const globSchema = z.string().min(1).superRefine((glob, context) => {
  const why = globOutsideRepository(glob);
  if (why) context.addIssue({ code: 'custom', message: `"${glob}" ${why}: globs are relative to the repository root and stay inside it, e.g. 'prompts/**/*.md'` });
  else if (!expandBraces(glob)) context.addIssue({ code: 'custom', message: `"${glob}" stands for more than ${MAX_BRACE_ALTERNATIVES} globs through its braces ({a,b}{c,d} multiplies), and git, which reads no braces, would match none: split it into several globs or use wildcards, e.g. 'prompts/**/*.md'` });
});

/**
 * A reviewer: an email, or `Name <email>` (the name is for people; only the email is matched,
 * case-insensitively). Team handles such as `@org/team` are not accepted: promptvault sees git
 * identities, not a forge's teams (CODEOWNERS maps teams).
 */
const reviewerSchema = z.string().superRefine((entry, context) => {
  if (reviewerEmail(entry)) return;
  const team = entry.trim().startsWith('@') ? ': a team handle names no git identity, so list its members (CODEOWNERS is where teams go)' : '';
  context.addIssue({ code: 'custom', message: `"${entry}" is not an email or "Name <email>"${team}: write e.g. 'dana@example.com' or 'Dana Lee <dana@example.com>' (the email git commits carry: \`git config user.email\`)` });
});

/** Who may review flagged clause audits; see README, "Review and CI". */
const reviewSettingsSchema = z.strictObject({
  /**
   * People whose accept/reject counts in `check`, matched by email. Absent: any decision counts
   * (the gate is open, and `check` warns so).
   */
  reviewers: z.array(reviewerSchema).min(1, 'list at least one reviewer, e.g. reviewers: ["Dana Lee <dana@example.com>"], or remove the key').optional(),
  /** Let the author of a flagged clause change review it herself (off: another reviewer must). */
  allow_self_review: z.boolean().default(false),
});

export const configSchema = z.strictObject({
  /** Glob patterns of prompt files, relative to the repository root. */
  prompts: z.array(globSchema).min(1).default(DEFAULT_PROMPT_GLOBS),
  /** Glob patterns of codex clause files, relative to the repository root. */
  codex: z.array(globSchema).min(1).default(DEFAULT_CODEX_GLOBS),
  /**
   * Largest prompt file read, in bytes; a larger one is refused with its size and this limit.
   * Default 1 MiB, far above the largest real prompts (400 KB); `null` for no limit.
   */
  max_prompt_bytes: z.number().int().positive().nullable().default(1_048_576),
  /** BPE encoding for token counts; recorded in every checkpoint. */
  tokenizer: z.enum(TOKENIZER_ENCODINGS).default('o200k_base'),
  guard: z
    .strictObject({
      embedder: embedderSchema.default({ kind: 'builtin' }),
      /**
       * Ask an LLM whether each clause edit weakens, strengthens or keeps the rule; "weakens" flags
       * the audit (`judge-weakened`). Off by default; verdicts are cached and recorded in the audit.
       */
      judge: judgeSchema.optional(),
      /** Global similarity threshold (0-1). */
      threshold: z.number().min(0).max(1).default(DEFAULT_THRESHOLD),
      /** Per-clause settings keyed by clause id. */
      clauses: z.record(z.string(), clauseSettingsSchema).default({}),
      /** Largest tolerated move of the clause's formality (-1..1 scale) before a tone flag. */
      max_formality_shift: z.number().min(0).max(2).default(0.35),
      /** Largest tolerated move of the clause's sentiment (-1..1 scale) before a tone flag. */
      max_sentiment_shift: z.number().min(0).max(2).default(0.5),
      /**
       * Largest clause edit the guard reads statement by statement, in sentence pairs (old x new
       * sentences of the changed part); a larger one is flagged `too-large-to-read` for review by
       * hand. `null` for no bound (a 1,000-sentence clause rewritten whole takes minutes).
       */
      max_sentence_pairs: z.number().int().positive().nullable().default(DEFAULT_MAX_SENTENCE_PAIRS),
      /**
       * Longest changed sentence the guard reads whole, in words (a list or a table written as one
       * sentence); a longer one is flagged `too-large-to-read` for review by hand. `null` for no bound.
       */
      max_sentence_words: z.number().int().positive().nullable().default(DEFAULT_MAX_SENTENCE_WORDS),
    })
    .prefault({}),
  review: reviewSettingsSchema.prefault({}),
  site: z
    .strictObject({
      /** Items per page of the site's long lists (the mutation list); later items go on further pages. */
      page_size: z.number().int().min(1).max(10_000).default(100),
    })
    .prefault({}),
});

export type Config = z.infer<typeof configSchema>;
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;
export type EmbedderConfig = z.infer<typeof embedderSchema>;
export type JudgeConfig = z.infer<typeof judgeSchema>;
