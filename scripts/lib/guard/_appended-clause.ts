// The one kept sentence an edit only appended to, and what the appended text matched: the shape
// both "a kept rule taken back" (round 37a) and "a kept right taken back" (round 38a) start from
// ("Customers may return items within 30 days" -> "... within 30 days, except for opened items").
// Pure.
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
