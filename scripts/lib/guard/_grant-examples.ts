// An example that applies a kept grant grants nothing new (round 38a): "Items may be returned
// within 30 days" + "For example, a shirt bought on 1 May can be returned until 31 May." says the
// kept right of one case, with the kept act; the "can" is the kept "may" at work. A sentence
// opened as an example whose grant is of another act ("For example, staff can waive the fee")
// is still read as a grant, and so is an example that reaches past the kept grant (the lead's
// review of round 38a): one that opens it to any time or every case ("... for cash at any time"),
// names the case the grant leaves out ("a worn shirt" beside "Unworn items may ..."), or spans more
// days than the grant's window ("bought on 1 May ... until 30 June" beside "within 30 days"). Pure.
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** What opens an example: "For example, ...", "For instance, ...", "e.g. ...". */
const EXAMPLE = /^\s*(?:for (?:example|instance)|e\.g\.|say)\b/i;
/** The grant's modal: the act is the first content word after it ("can be returned" -> "returned"). */
const GRANT_MODAL = new Set(['may', 'can', 'could']);
/** Words that open an example to every case or time: no one case of the kept grant. */
const BREADTH = new Set(['any', 'anytime', 'always', 'whenever', 'every', 'all', 'anything', 'anyone', 'anywhere']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const DATE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTHS.join('|')})\\b`, 'gi');
const WINDOW = /\b(\d+)\s+(day|week|month)s?\b/i;
const DAYS_OF = { day: 1, week: 7, month: 31 } as const;

/** Whether a new sentence opened as an example grants the act a kept grant, not a ban, already grants. */
export function examplesKeptGrant(added: Statement, kept: readonly Statement[]): boolean {
  if (!EXAMPLE.test(added.text) || added.mainNegations.length > 0) return false;
  if (added.words.some((word) => BREADTH.has(word))) return false;
  const modal = added.words.findIndex((word) => GRANT_MODAL.has(word));
  if (modal < 0) return false;
  const act = added.words.slice(modal + 1).find((word) => isContent(word) && word !== 'be' && word !== 'also' && word !== 'still');
  if (act === undefined) return false;
  const stem = normaliseWord(act);
  return kept.some((rule) => rule.mainNegations.length === 0 && rule.words.some((word) => GRANT_MODAL.has(word)) && rule.stems.includes(stem) && staysInside(added, rule));
}

/** Whether the example names no case the grant leaves out and spans no more days than its window. */
function staysInside(example: Statement, rule: Statement): boolean {
  // "Unworn items may ..." leaves worn ones out: an example of a worn one is a new grant.
  const leftOut = rule.words.flatMap((word) => (/^(?:un|non-?)[a-z]{3,}$/.test(word) ? [word.replace(/^(?:un|non-?)/, '')] : []));
  if (leftOut.some((word) => example.words.includes(word))) return false;
  const window = windowDays(rule.text);
  if (window === null) return true;
  const own = windowDays(example.text);
  if (own !== null && own > window) return false;
  const dates = [...example.text.matchAll(DATE)].map(([, day, month]) => Date.UTC(2001, MONTHS.indexOf(month!.toLowerCase()), Number(day)));
  return dates.length < 2 || (Math.max(...dates) - Math.min(...dates)) / 86_400_000 <= window;
}

/** The days a "within 30 days" / "2 weeks" window spans (a month as its longest), null when none is said. */
function windowDays(text: string): number | null {
  const match = WINDOW.exec(text);
  return match ? Number(match[1]) * DAYS_OF[match[2]!.toLowerCase() as keyof typeof DAYS_OF] : null;
}
