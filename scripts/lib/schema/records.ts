import { z } from 'zod';
import { idSchema } from './id-schema.ts';
import { traitDeltaSchema, traitsSchema } from './traits.ts';

// The vault's records. Field names of the product's data model stay as specified (snake_case);
// what we add sits beside them. Each record is one YAML file, named `<version>-<hash>.yaml` under
// a folder per prompt, so two branches that record the same prompt never write the same path.

const isoDate = z.iso.datetime({ offset: true });
const commitSha = z.string().regex(/^[0-9a-f]{40}$/, 'a 40-character git commit id');
const contentHash = z.string().regex(/^sha256-[0-9a-f]{64}$/, 'a content hash like "sha256-<64 hex digits>"');

/** A prompt version a mutation descends from. */
export const parentRefSchema = z.object({
  /** Prompt id of the parent (another id for a fork or a rename). */
  prompt: idSchema,
  /** The parent's checkpoint version. */
  version: z.number().int().positive(),
  /** The parent's content hash, which with `prompt` and `version` names its record file. */
  content_hash: contentHash,
  /** A commit in which this parent was the prompt's current version (HEAD, or the merged branch's head). */
  commit: commitSha.nullable(),
});
export type ParentRef = z.infer<typeof parentRefSchema>;

/** One recorded version of a prompt: `vault/checkpoints/<promptId>/<version>-<hash>.yaml`. */
export const checkpointSchema = z.object({
  /** Prompt id. */
  prompt: idSchema,
  /** 1 for a new prompt or a fork, else one more than the highest parent version. */
  version: z.number().int().positive(),
  /** Tokens of the body under `tokenizer`. */
  token_count: z.number().int().nonnegative(),
  /** Declared tone, or the inferred one when none is declared (see `tone_source`). */
  tone_type: z.string(),
  /** The prompt's own tags from its front matter. */
  tags: z.array(z.string()),
  /** When the commit that recorded it was made (the committer date git gives the hook). */
  created_at: isoDate,
  /** Where the prompt lived, e.g. `prompts/support/refund.md`. */
  path: z.string(),
  title: z.string(),
  /** Assistant from the front matter, null when none is named. */
  assistant: z.string().nullable(),
  /** `declared` when the front matter names the tone, `inferred` otherwise. */
  tone_source: z.enum(['declared', 'inferred']),
  /** sha256 of the prompt file's bytes: the version's identity. */
  content_hash: contentHash,
  /** BPE encoding the token count was measured with, e.g. `o200k_base`. */
  tokenizer: z.string(),
  /** Every measured trait. */
  traits: traitsSchema,
  /** Names of the template variables, e.g. `[customer_name]`. */
  variables: z.array(z.string()),
  /** Clause ids the prompt cites. */
  codex: z.array(idSchema),
  /** The prompt this one was forked from, when it says so. */
  forked_from: idSchema.nullable(),
  /** Parents of the commit being made when this was recorded (empty for a root commit). */
  commit_parents: z.array(commitSha),
  /**
   * The file's shape (`claude-agent`, `copilot-prompt`, `cursor-rule`, `dotprompt`, `prompty`,
   * `github-models`, `markdown`, ...; see scripts/lib/formats/kinds.ts). Absent in records written
   * before shapes were read.
   */
  kind: z.string().optional(),
  /** The file's `description`, when it has one. */
  description: z.string().optional(),
  /** The model the file names (`model`, or Prompty's deployment), when it names one. */
  model: z.string().optional(),
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const MUTATION_KINDS = ['new', 'edit', 'fork', 'rename', 'merge'] as const;

/** How a checkpoint descends from its parents: `vault/mutations/<promptId>/<version>-<hash>.yaml`. */
export const mutationSchema = z.object({
  /** Prompt id. */
  prompt: idSchema,
  /** Version of the checkpoint this mutation produced. */
  version: z.number().int().positive(),
  /** First parent's prompt id; null for a new prompt. */
  parent_prompt: idSchema.nullable(),
  /** First parent's version; null for a new prompt. */
  parent_version: z.number().int().positive().nullable(),
  /** Assistant of the new version, null when none is named. */
  assistant: z.string().nullable(),
  /** Derived tags (`@new`, `@clarity+`, ...) followed by tags a person added to the commit. */
  symbolic_tags: z.array(z.string().regex(/^@[a-z0-9][a-z0-9+\-_.:/]*$/i, 'a tag like "@tested"')),
  /** New minus first parent, per trait; zero for a new prompt. */
  trait_delta: traitDeltaSchema,
  created_at: isoDate,
  /** What kind of change it was. */
  kind: z.enum(MUTATION_KINDS),
  /** Every parent; two or more for a merge. */
  parents: z.array(parentRefSchema),
  /**
   * Set when the new text is exactly an earlier version's (a `git revert`, an undo): that version.
   * The new version still gets a number of its own; a number names one text on a branch for good.
   */
  reverts_to: z.object({ prompt: idSchema, version: z.number().int().positive(), content_hash: contentHash }).optional(),
  /** Content hash of the new version, naming its checkpoint. */
  content_hash: contentHash,
  commit_parents: z.array(commitSha),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const REVIEW_STATUSES = ['pending', 'accepted', 'rejected'] as const;

/** A prompt in an audit's blast radius. */
export const promptRefSchema = z.object({
  prompt: idSchema,
  /** Its current checkpoint version, null when not yet recorded. */
  version: z.number().int().positive().nullable(),
});

/** One rule that fired on a clause change. */
export const reasonSchema = z.object({
  /** e.g. `modal-weakened`, `negation-removed`, `semantic-drift`. */
  code: z.string(),
  /** One line for a person, quoting the words involved. */
  message: z.string(),
  /**
   * True for a reason that suggests a review but does not flag the change (`low-similarity`: the
   * builtin lexical score alone, with no change found in what the clause's statements say;
   * `rule-replaced`; and a single statement reason in a whole rewrite, builtin score under 0.4).
   * Absent on every blocking reason, and on all reasons recorded before it existed.
   */
  advisory: z.boolean().optional(),
});
export type Reason = z.infer<typeof reasonSchema>;

/** How a similarity score was obtained, so CI can reproduce it and no default hides. */
export const similaritySchema = z.object({
  score: z.number(),
  embedder: z.string(),
  model: z.string(),
  metric: z.string(),
  threshold: z.number(),
});

/** A review decision on an audit. */
export const reviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  by: z.string().nullable(),
  at: isoDate.nullable(),
  note: z.string().nullable(),
  /**
   * The id of the audit the decision was made on, written by `review`. git's rename detection can
   * carry a review commit's lines onto another, similar audit file (a cherry-pick or merge of the
   * review after an amend replaced the audit it decided): a decision naming another audit does not
   * count there. Absent on decisions written before it existed, which count as before.
   */
  of: z.string().optional(),
});

/** The audit of one clause change: `vault/audits/<clauseId>/<date>-<hash>.yaml`. */
export const auditSchema = z.object({
  /** Clause id. */
  clause: idSchema,
  /** Full clause text before the change; null for a new clause. */
  previous_version: z.string().nullable(),
  /** Full clause text after the change; null for a deleted clause. */
  new_version: z.string().nullable(),
  /** The blast radius: prompts citing the clause and prompts changed in the same commit. */
  prompt_delta: z.object({
    citing: z.array(promptRefSchema),
    /** Prompt versions recorded in the same commit; at most 100 (those citing the clause first). */
    changed_in_commit: z.array(promptRefSchema),
    /** How many prompt versions the commit recorded, when more than the list holds (a bulk import). */
    changed_in_commit_total: z.number().int().nonnegative().optional(),
  }),
  /** True when any reason that is not `advisory` fired; CI fails until the review accepts it. */
  regression_flag: z.boolean(),
  created_at: isoDate,
  /** Audit id, also its file name without `.yaml`. */
  id: z.string(),
  change: z.enum(['added', 'edited', 'deleted']),
  path: z.string(),
  /** The clause's id before this change moved it (its text is compared with the old one's). */
  renamed_from: idSchema.optional(),
  previous_hash: contentHash.nullable(),
  new_hash: contentHash.nullable(),
  /** Null when there was nothing to compare (a new or deleted clause). */
  similarity: similaritySchema.nullable(),
  /** Measured tone of the clause before and after, with the declared one. */
  tone: z.object({
    declared: z.string().nullable(),
    previous: z.string().nullable(),
    new: z.string().nullable(),
    formality_shift: z.number(),
    sentiment_shift: z.number(),
  }),
  reasons: z.array(reasonSchema),
  /**
   * The guard that judged the change: promptvault's version and a digest of its `guard:` settings,
   * e.g. `0.1.0+3fa9c2d1e0ab` (lib/guard/guard-version.ts). Absent on audits written before it existed.
   */
  guard_version: z.string().optional(),
  /** The LLM judge's verdict, when `guard.judge` is configured (absent otherwise). */
  judge: z
    .object({
      /** Provider id, e.g. `openai`. */
      judge: z.string(),
      /** Model that answered. */
      model: z.string(),
      /** Version of the question asked, e.g. `clause-judge-v1`. */
      prompt_version: z.string(),
      /** What the new text does to the rule. */
      verdict: z.enum(['weakens', 'strengthens', 'keeps']),
      /** The judge's one-line reason. */
      reason: z.string(),
    })
    .optional(),
  /**
   * Id of a rejected audit this change undoes: the clause went back to the text it had before that
   * change, which was reviewed then, so the reasons are kept for the reader but not flagged.
   */
  reverts: z.string().nullable().default(null),
  review: reviewSchema,
  commit_parents: z.array(commitSha),
});
export type Audit = z.infer<typeof auditSchema>;
