import type { Checkpoint, Mutation, MUTATION_KINDS, ParentRef } from '../schema/records.ts';
import type { Prompt } from '../schema/prompt.ts';
import type { Traits } from '../schema/traits.ts';
import { diffTraits } from './delta.ts';
import { deriveTags } from './tags.ts';

// Pure: turns a measured prompt and its chosen parents into the checkpoint and mutation records.

export interface ParentVersion {
  ref: ParentRef;
  /** The parent's checkpoint, for its traits; absent when its record could not be found. */
  checkpoint?: Pick<Checkpoint, 'traits' | 'tone_type' | 'tags' | 'variables' | 'codex'>;
}

export interface BuildVersionInput {
  prompt: Prompt;
  kind: (typeof MUTATION_KINDS)[number];
  parents: ParentVersion[];
  traits: Traits;
  variables: string[];
  tone: { type: string; source: 'declared' | 'inferred' };
  tokenizer: string;
  createdAt: string;
  commitParents: string[];
  userTags: string[];
  /** An earlier version of this prompt with exactly this text, when there is one. */
  revertsTo?: { prompt: string; version: number; content_hash: string };
  /** The file differs from its parent's only in line endings or a byte order mark: tagged `@line-endings`. */
  lineEndingsOnly?: boolean;
}

/** Version 1 for a new prompt or a fork, else one more than the highest same-lineage parent. */
export function nextVersion(kind: BuildVersionInput['kind'], parents: ParentVersion[]): number {
  if (kind === 'new' || kind === 'fork') return 1;
  return Math.max(0, ...parents.map((parent) => parent.ref.version)) + 1;
}

export function buildVersion(input: BuildVersionInput): { checkpoint: Checkpoint; mutation: Mutation } {
  const { prompt, kind, parents, traits, variables, tone } = input;
  const fm = prompt.frontMatter;
  const version = nextVersion(kind, parents);
  const first = parents[0];
  const next = { traits, tone_type: tone.type, tags: fm.tags, variables, codex: fm.codex };
  const delta = diffTraits(traits, first?.checkpoint?.traits);
  const derived = deriveTags({ kind, parent: first?.checkpoint, next, delta });
  if (input.revertsTo) derived.push('@revert');
  if (input.lineEndingsOnly) derived.push('@line-endings');
  const symbolicTags = [...derived, ...input.userTags.filter((tag) => !(derived as readonly string[]).includes(tag))];
  const checkpoint: Checkpoint = {
    prompt: prompt.id,
    version,
    token_count: traits.token_count,
    tone_type: tone.type,
    tags: fm.tags,
    created_at: input.createdAt,
    path: prompt.path,
    title: fm.title,
    assistant: fm.assistant ?? null,
    tone_source: tone.source,
    content_hash: prompt.contentHash,
    tokenizer: input.tokenizer,
    traits,
    variables,
    codex: fm.codex,
    forked_from: fm.forked_from ?? null,
    commit_parents: input.commitParents,
    kind: prompt.kind,
    ...(prompt.description !== undefined ? { description: prompt.description } : {}),
    ...(prompt.model !== undefined ? { model: prompt.model } : {}),
  };
  const mutation: Mutation = {
    prompt: prompt.id,
    version,
    parent_prompt: first?.ref.prompt ?? null,
    parent_version: first?.ref.version ?? null,
    assistant: fm.assistant ?? null,
    symbolic_tags: symbolicTags,
    trait_delta: delta,
    created_at: input.createdAt,
    kind,
    parents: parents.map((parent) => parent.ref),
    ...(input.revertsTo ? { reverts_to: input.revertsTo } : {}),
    content_hash: prompt.contentHash,
    commit_parents: input.commitParents,
  };
  return { checkpoint, mutation };
}

/** The commit's date as git gives it to the hook, normalised to ISO 8601 UTC. */
export function commitDate(env: Record<string, string | undefined>, now: () => Date = () => new Date()): string {
  const raw = env.GIT_COMMITTER_DATE || env.GIT_AUTHOR_DATE;
  const date = raw ? parseGitDate(raw) : undefined;
  return (date ?? now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function parseGitDate(raw: string): Date | undefined {
  const epoch = /^@?(\d{9,})(?:\s+[+-]\d{4})?$/.exec(raw.trim());
  const date = epoch ? new Date(Number(epoch[1]) * 1000) : new Date(raw);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
