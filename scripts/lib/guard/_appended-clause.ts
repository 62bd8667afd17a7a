// The two shapes of an edit that keeps its old sentences, which both "a kept rule taken back"
// (round 37a) and "a kept right taken back" (round 38a) start from: new sentences added beside
// old ones kept word for word ("... within 30 days." + "Closed on Sundays."), and one kept
// sentence with a clause appended ("Customers may return items within 30 days" -> "... within 30
// days, except for opened items"). Pure.
import type { StatementDiffInput } from './_statement-groups.ts';
import type { Statement } from './_statements.ts';

/**
 * The kept sentence and `pattern`'s match on the text appended to it, when the edit removed and
 * added no sentence, changed exactly one sentence, and changed it only by appending what `pattern`
 * matches (anchored by the caller); null otherwise.
 */
export function appendedToOneSentence(input: StatementDiffInput, pattern: RegExp): { kept: Statement; appended: RegExpExecArray } | null {
  if (input.removed.length > 0 || input.added.length > 0) return null;
  let found: { kept: Statement; appended: RegExpExecArray } | null = null;
  for (const group of input.groups) {
    const [before, after] = [group.previousText.replace(/\s+/g, ' ').trim(), group.nextText.replace(/\s+/g, ' ').trim()];
    if (before === after) continue;
    const body = before.replace(/[.!?]+$/, '');
    const [kept] = group.previous;
    if (found || group.previous.length !== 1 || !kept || !after.startsWith(body)) return null;
    const appended = pattern.exec(after.slice(body.length));
    if (!appended) return null;
    found = { kept, appended };
  }
  return found;
}

/** The kept sentences of an edit that only added sentences, every old one word for word in its place; null otherwise. */
export function keptSentences(input: StatementDiffInput): Statement[] | null {
  if (input.removed.length > 0 || input.added.length === 0) return null;
  const kept: Statement[] = [];
  for (const group of input.groups) {
    if (!sameText(group.previousText, group.nextText)) return null;
    kept.push(...group.previous);
  }
  return kept;
}

/** Whether two texts are the same but for their spacing. */
function sameText(a: string, b: string): boolean {
  return a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}
