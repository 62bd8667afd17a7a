import type { MUTATION_KINDS } from '../schema/records.ts';
import type { TraitDelta, Traits } from '../schema/traits.ts';

// Symbolic tags say in one word what kind of change a version was. They are derived from the
// change alone, so the same change always gets the same tags; a person's own tags follow them.

/** Flesch points a rewrite must gain or lose to count as clearer or harder to read. */
const CLARITY_STEP = 5;
/** A length change counts when it moves at least this share of the tokens... */
const LENGTH_SHARE = 0.1;
/** ...and at least this many tokens, so a one-word edit to a short prompt is not "@length+". */
const LENGTH_MIN_TOKENS = 5;

export interface TagInput {
  kind: (typeof MUTATION_KINDS)[number];
  /** First parent's traits and front matter facts, absent for a new prompt. */
  parent?: { traits: Traits; tone_type: string; tags: string[]; variables: string[]; codex: string[] };
  next: { traits: Traits; tone_type: string; tags: string[]; variables: string[]; codex: string[] };
  delta: TraitDelta;
}

/**
 * Every tag deriveTags and the recorder (build.ts: `@revert`, `@line-endings`) give: the rest of a
 * version's tags are a person's own (ownTags). Typed, so a tag given and not listed fails to compile.
 */
const DERIVED_TAGS = ['@new', '@fork', '@rename', '@merge', '@tone-shift', '@clarity+', '@clarity-', '@length+', '@length-', '@constraint+', '@constraint-', '@tags-changed', '@variables-changed', '@codex-changed', '@revert', '@line-endings'] as const;
type DerivedTag = (typeof DERIVED_TAGS)[number];
const DERIVED = new Set<string>(DERIVED_TAGS);

export function deriveTags({ kind, parent, next, delta }: TagInput): DerivedTag[] {
  const tags: DerivedTag[] = [];
  if (kind === 'new') tags.push('@new');
  if (kind === 'fork') tags.push('@fork');
  if (kind === 'rename') tags.push('@rename');
  if (kind === 'merge') tags.push('@merge');
  if (!parent) return tags;
  if (parent.tone_type !== next.tone_type) tags.push('@tone-shift');
  if (delta.readability >= CLARITY_STEP) tags.push('@clarity+');
  if (delta.readability <= -CLARITY_STEP) tags.push('@clarity-');
  const lengthStep = Math.max(LENGTH_MIN_TOKENS, parent.traits.token_count * LENGTH_SHARE);
  if (delta.token_count >= lengthStep) tags.push('@length+');
  if (delta.token_count <= -lengthStep) tags.push('@length-');
  if (delta.hard_constraints > 0) tags.push('@constraint+');
  if (delta.hard_constraints < 0) tags.push('@constraint-');
  if (!sameSet(parent.tags, next.tags)) tags.push('@tags-changed');
  if (!sameSet(parent.variables, next.variables)) tags.push('@variables-changed');
  if (!sameSet(parent.codex, next.codex)) tags.push('@codex-changed');
  return tags;
}

/** A version's own tags (PROMPTVAULT_TAGS, `promptvault tag`): its symbolic tags but the derived ones, in order, each once. */
export function ownTags(symbolicTags: readonly string[]): string[] {
  return [...new Set(symbolicTags.filter((tag) => !DERIVED.has(tag)))];
}

function sameSet(a: string[], b: string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((item) => right.has(item));
}

/** What a person's tag may be: the same rule as the records' schema for `symbolic_tags`. */
export const USER_TAG = /^@[a-z0-9][a-z0-9+\-_.:/]*$/i;

/** Tags (as parseUserTags returns them) that are not valid tags. */
export function invalidTags(tags: string[]): string[] {
  return tags.filter((tag) => !USER_TAG.test(tag));
}

/**
 * Own tags named as a derived one (`@new`, `@length+`, `@revert`): a version's tags are one list,
 * derived first, so such a tag could not be told from the recorder's own, and an amend, which keeps
 * the replaced version's own tags (ownTags), dropped it where the amended text does not derive it.
 */
export function derivedTagNames(tags: string[]): string[] {
  return tags.filter((tag) => DERIVED.has(tag));
}

/** Why a derived name is refused as an own tag, and what to give instead: the message's end. */
export const DERIVED_TAG_RULE = 'promptvault gives those tags itself, from the change (the README\'s "Symbolic tags"), and an own tag of the same name could not be told from them (a `git commit --amend` would drop it); give another name, e.g. @tested or @reverted-by-hand';

/** How to write a tag, for error messages: USER_TAG's first character too (`@__proto__` and `@-oops` are refused for it). */
export const TAG_RULE = 'a tag is "@", a letter or digit, then letters, digits and - _ . : / +, e.g. @tested';

/** Parses tags a person gives ("tested, @approved"), normalised to the `@name` form. */
export function parseUserTags(text: string | undefined): string[] {
  if (!text) return [];
  return text
    .split(/[\s,]+/)
    .map((tag) => tag.trim())
    .filter(Boolean)
    .map((tag) => (tag.startsWith('@') ? tag : `@${tag}`));
}
