// `exception-added`: every old sentence kept word for word and one sentence appended that lets more
// in "also", "too" or "as well", in a case of its own put after it ("Specialists may give
// home-management advice only for exposures listed in the low-risk table." + "Exposures not in the
// table may also be managed at home if the caller would rather not travel."; "We accept umbrellas
// for repair only if they have a steel frame." + "Fibreglass frames are taken as well if the
// customer insists."). reason-exception.ts reads a new sentence that opens with its case; here the
// case trails, and the word of addition says the sentence widens what the kept text allowed. Read:
// the new text is the old one and one more sentence, which holds "also", "as well" or a "too"
// that adds (at its end or before a case or comma, not "too far"), a case word after it (if, when,
// where, as long as, provided), and binds no one (no must/shall/never/always/required: a duty
// added in a case is stricter). Round 46a (v65's rescope misses #71, #236; the shape holds 8
// regressions of the read sets, 7 rescopes and a drift, and no benign edit). Pure.
import type { Reason } from '../schema/records.ts';
import { quote, splitSentences } from './_text.ts';

/** A word that adds: "also", "as well", or a "too" ending the sentence or its clause. */
const ADDS = /\b(?:also|as well)\b|\btoo\b(?=\s*(?:[,.;!]|$|if\b|when\b|where\b|for\b|as long as\b|provided\b))/i;
/** A case of its own, after the word that adds. */
const CASE = /\b(?:if|when|whenever|where|as long as|so long as|provided|providing)\b/i;
/** Words that bind: a duty added in a case asks more, stricter. */
const BINDS = /\b(?:must|shall|never|always|required|requires|has to|have to|need to|needs to|do not|don't)\b/i;

export function findAlsoInACase(previous: string, next: string): Reason[] {
  const old = previous.trim();
  const now = next.trim();
  if (!now.startsWith(old) || now.length === old.length) return [];
  const before = splitSentences(old);
  const after = splitSentences(now);
  if (after.length !== before.length + 1) return [];
  const added = after.at(-1) ?? '';
  const adds = ADDS.exec(added);
  if (!adds || BINDS.test(added)) return [];
  if (!CASE.test(added.slice(adds.index + adds[0].length))) return [];
  return [{ code: 'exception-added', message: `exception added: ${quote(added)} lets more in "${adds[0].toLowerCase()}", in a case of its own, beside the kept rules` }];
}
