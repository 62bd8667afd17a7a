import type { Mutation } from '../schema/records.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

// A prompt's heads are its versions no later version descends from. One head is the normal case;
// two or more appear when branches that both recorded the prompt are merged, and the merge commit
// then records a version with every head as parent.

export interface VersionRef {
  prompt: string;
  version: number;
  content_hash: string;
}

export function sameVersion(a: VersionRef, b: VersionRef): boolean {
  return a.prompt === b.prompt && a.version === b.version && a.content_hash === b.content_hash;
}

/** Mutations of one prompt that no other mutation of it names as a parent, highest version first. */
export function findHeads<M extends Pick<Mutation, 'prompt' | 'version' | 'content_hash' | 'parents'>>(mutations: M[]): M[] {
  const referenced = new Set<string>();
  for (const mutation of mutations) {
    for (const parent of mutation.parents) referenced.add(refKey(parent));
  }
  return mutations
    .filter((mutation) => !referenced.has(refKey(mutation)))
    .sort((a, b) => b.version - a.version || compareCodeUnits(a.content_hash, b.content_hash));
}

export function refKey(ref: VersionRef): string {
  return `${ref.prompt}@${ref.version}:${ref.content_hash}`;
}
