// `scope-narrowed` for a duty that gained a window of time and nothing else (issue 11, round 44a):
// "All guests must wear a wetsuit" -> "Guests must wear a wetsuit in spring and autumn", "Staff wear
// a body camera on every shift" -> "on night shifts", "Bottle-feeding sessions must be supervised"
// -> "Bottle-feeding sessions at weekends must be ...": the duty now holds only inside the window.
// reason-threshold-added.ts reads a window added to a prohibition and leaves duties alone (a duty's
// new "for more than six years" may be a floor); a window is no floor, but a duty gains one
// stricter as often, in a clause of its own ("..., and again at night"), so here every word the
// sentence gained must lie in the window, every content word of the old sentence be kept, and the
// old sentence name no time of its own. Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import type { Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** A span of the year, the week or the day, or a kind of shift or day. */
const SPAN = String.raw`(?:spring|summer|autumn|winter|weekends?|weekdays?|week ?nights?|nights?|mornings?|evenings?|afternoons?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|term[- ]time|(?:school |bank )?holidays|(?:night|day|late|early|weekend) shifts?|(?:match|open|market|race|busy) days?|peak times?|(?:school|office|working|opening|business) hours)`;
/** A window of time after "in", "during", "on", "at" or "over", its spans joined by "and"/"or" ("in spring and autumn"). */
const WINDOW = new RegExp(String.raw`\b(?:in|during|on|at|over) (?:the )?${SPAN}(?:(?:,| and| or) (?:the )?${SPAN})*\b`, 'g');
/** Any time a sentence names already: a window, a time of day, a length of time, a word of time or order. */
const NAMES_TIME = new RegExp(String.raw`${WINDOW.source}|\b\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m|p\.m|o'clock)\b|\b\d{1,2}:\d{2}\b|\b\d+\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:between|before|after|until|during|while|when|whenever|once|daily|weekly|monthly|always|every (?:day|week|month|year|time))\b`, 'i');
/** Words that grant: a grant narrowed to a window is stricter (`_stricter-edits.ts`). */
const GRANTS = /\b(?:may|can|could|allowed|permitted|free to|welcome to|entitled to)\b/;

/** The window a kept duty gained, every other word of it kept, or null. */
export function windowAdded(previous: Statement, next: Statement): string | null {
  const before = previous.text.toLowerCase();
  const after = next.text.toLowerCase();
  if (previous.mainNegations.length > 0 || next.mainNegations.length > 0 || GRANTS.test(before) || GRANTS.test(after) || NAMES_TIME.test(before)) return null;
  const windows = [...after.matchAll(WINDOW)];
  const [found] = windows;
  // "..., and at weekends": a window joined to the rest is another occasion, not the duty's limit.
  if (windows.length !== 1 || !found || /(?:,|\band|\bor)\s*$/.test(after.slice(0, found.index))) return null;
  const inWindow = new Set((found[0].match(/[a-z]+/g) ?? []).map(normaliseWord));
  const kept = new Set(previous.stems);
  const now = new Set(next.stems);
  const gained = [...now].filter((stem) => !kept.has(stem));
  if (gained.length === 0 || !gained.every((stem) => inWindow.has(stem)) || ![...kept].every((stem) => now.has(stem))) return null;
  return found[0];
}

/** One reason per one-to-one aligned duty that now holds only within a window of time. */
export function findDutyWindowsAdded(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const added = windowAdded(previous, next);
    return added ? { code: 'scope-narrowed', message: `scope narrowed: the duty now holds only "${added}" in ${quote(group.nextText)}` } : null;
  });
}
