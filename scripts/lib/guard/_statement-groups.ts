// Aligned sentences of two clause versions, each read as a statement. Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { readStatement, type Statement } from './_statements.ts';

export interface StatementGroup {
  previous: Statement[];
  next: Statement[];
  /** The group's sentences joined, for quotes and word checks. */
  previousText: string;
  nextText: string;
}

export interface StatementDiffInput {
  groups: StatementGroup[];
  /** Old sentences with no counterpart in the new text. */
  removed: Statement[];
  /** New sentences with no counterpart in the old text. */
  added: Statement[];
  previousText: string;
  nextText: string;
}

/** The groups of exactly one old and one new sentence, with those two statements. */
export function* oneToOneGroups(groups: StatementGroup[]): Generator<{ group: StatementGroup; previous: Statement; next: Statement }> {
  for (const group of groups) {
    const [previous] = group.previous;
    const [next] = group.next;
    if (group.previous.length === 1 && group.next.length === 1 && previous && next) yield { group, previous, next };
  }
}

/** Each one-to-one aligned pair's reason, where `read` finds one: the loop every pairwise detector runs. */
export function readOneToOne<T extends Reason>(input: StatementDiffInput, read: (pair: { group: StatementGroup; previous: Statement; next: Statement }) => T | null): T[] {
  const reasons: T[] = [];
  for (const pair of oneToOneGroups(input.groups)) {
    const reason = read(pair);
    if (reason) reasons.push(reason);
  }
  return reasons;
}

/** Align two versions and read every sentence as a statement (each against the other version's text). */
export function readStatementGroups(previous: string, next: string): StatementDiffInput {
  const alignment = alignSentences(previous, next);
  return {
    groups: alignment.groups.map((group) => ({
      previous: group.previous.map((sentence) => readStatement(sentence, next)),
      next: group.next.map((sentence) => readStatement(sentence, previous)),
      previousText: group.previous.join(' '),
      nextText: group.next.join(' '),
    })),
    removed: alignment.unmatched.map((sentence) => readStatement(sentence, next)),
    added: alignment.added.map((sentence) => readStatement(sentence, previous)),
    previousText: previous,
    nextText: next,
  };
}
