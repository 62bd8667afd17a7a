// An example that applies a kept grant grants nothing new (round 38a): "Items may be returned
// within 30 days" + "For example, a shirt bought on 1 May can be returned until 31 May." says the
// kept right of one case, with the kept act; the "can" is the kept "may" at work. A sentence
// opened as an example whose grant is of another act ("For example, staff can waive the fee")
// is still read as a grant. Pure.
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** What opens an example: "For example, ...", "For instance, ...", "e.g. ...". */
const EXAMPLE = /^\s*(?:for (?:example|instance)|e\.g\.|say)\b/i;
/** The grant's modal: the act is the first content word after it ("can be returned" -> "returned"). */
const GRANT_MODAL = new Set(['may', 'can', 'could']);

/** Whether a new sentence opened as an example grants the act a kept grant, not a ban, already grants. */
export function examplesKeptGrant(added: Statement, kept: readonly Statement[]): boolean {
  if (!EXAMPLE.test(added.text) || added.mainNegations.length > 0) return false;
  const modal = added.words.findIndex((word) => GRANT_MODAL.has(word));
  if (modal < 0) return false;
  const act = added.words.slice(modal + 1).find((word) => isContent(word) && word !== 'be' && word !== 'also' && word !== 'still');
  if (act === undefined) return false;
  const stem = normaliseWord(act);
  return kept.some((rule) => rule.mainNegations.length === 0 && rule.words.some((word) => GRANT_MODAL.has(word)) && rule.stems.includes(stem));
}
