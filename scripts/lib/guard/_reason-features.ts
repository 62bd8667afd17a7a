// What the weighing reads of the reasons beyond their codes (round 31a): which reading raised each
// one (its message with the quoted words and figures taken out: two readings of one code are told
// apart, "number changed: _ -> _ (loosens"), and whether a reading's firing has a mirror firing in
// the other direction (a negation added and one removed, a scope narrowed and one widened: the edit
// moved the words, which a rewording in other words does more often than a regression). Pure.
import type { Reason } from '../schema/records.ts';

/**
 * The reading behind a message: the words quoted from the clause and the figures replaced, cut
 * to the first six words (`number changed: "48 hours" -> "72 hours" (loosens the rule)` ->
 * `number changed: _ -> _ (loosens`). Applied to its own output it gives it back.
 */
export function readingOf(message: string): string {
  const unquoted = message.replace(/"[^"]*"/g, '_').replace(/“[^”]*”/g, '_').replace(/\d+(?:[.,]\d+)*/g, 'N');
  return unquoted.split(/\s+/).slice(0, 6).join(' ');
}

/** The key a reading is weighed under: its code and its reading. */
export const readingKey = (reason: Pick<Reason, 'code' | 'message'>): string => `${reason.code}|${readingOf(reason.message)}`;

/** Codes that read one change in opposite directions. */
const MIRRORS: ReadonlyArray<readonly [string, string]> = [
  ['negation-added', 'negation-removed'],
  ['scope-narrowed', 'scope-widened'],
  ['condition-added', 'exception-added'],
];

/** The reason features, each with what it means for a reader. */
export const REASON_FEATURES = {
  'mirrored firings': 'a code fired beside its mirror in the other direction (a negation added and one removed, a scope narrowed and one widened)',
} as const;

/** The reason features of an edit's flagging reasons, as numbers. */
export function reasonFeatures(reasons: readonly Pick<Reason, 'code' | 'advisory'>[]): Record<keyof typeof REASON_FEATURES, number> {
  const codes = new Set(reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code));
  return { 'mirrored firings': MIRRORS.some(([one, other]) => codes.has(one) && codes.has(other)) ? 1 : 0 };
}
