// `object-replaced` for a recipient replaced where more than one stretch of the sentence moved:
// "reported to the poison information service first, then to the tour office" -> "to the tour
// office first, then to the guide on the next tour" (the first recipient gone, a new one last),
// "Release the files only to the artist's manager named on the booking form" -> "only to whoever
// paid for the session" (a named party replaced by one picked by what they did). reason-object
// reads one changed stretch, so a chain reordered or a free relative ("whoever ...") passes it.
// Read by shape: a party after "to" of the old sentence whose head and most of whose content words
// are gone from the new one; a party after "to" in the new sentence whose first and most content
// words the old one never had, or a "whoever/anyone who" clause; the words before the old "to" kept. The person the rule is about
// in general ("to the customer" -> "to whoever is on the line") says who in other words. Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences, oneToOnePairs } from './_align.ts';
import { GENERIC_PARTIES } from './_parties.ts';
import { contentStems, quote } from './_text.ts';

/** "to <party>" up to a clause break, "first/then/and", or another "to". */
const TO_PARTY = /\bto ((?:the |a |an |their |your |our |its |his |her |whoever |anyone |anybody |whichever )[^,;.\d]*?)(?= first\b| then\b| and\b| or\b| before\b| after\b| if\b| when\b| within\b| by\b|,|;|\.|$)/gi;
const FREE_RELATIVE = /^(?:whoever|whomever|anyone|anybody|whichever [a-z]+)\b/i;

function parties(sentence: string): Array<{ text: string; stems: string[]; at: number }> {
  return [...sentence.matchAll(TO_PARTY)].map((match) => ({ text: match[1] ?? '', stems: contentStems(match[1] ?? ''), at: match.index ?? 0 })).filter((party) => party.stems.length > 0 || FREE_RELATIVE.test(party.text));
}

export function findRecipientsReplaced(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  const alignment = alignSentences(previous, next);
  // A sentence whose recipient went may share too few words to align: the one left on each side is its counterpart.
  const pairs = oneToOnePairs(alignment);
  if (alignment.unmatched.length === 1 && alignment.added.length === 1) pairs.push([alignment.unmatched[0] ?? '', alignment.added[0] ?? '']);
  for (const [before, after] of pairs) {
    const oldStems = new Set(contentStems(before));
    const newStems = new Set(contentStems(after));
    // Its head gone and most of its words ("the poison information service" -> "poisonings" elsewhere keeps one).
    const gone = parties(before).find((party) => {
      const lost = party.stems.filter((stem) => !newStems.has(stem));
      return party.stems.length > 0 && !newStems.has(party.stems.at(-1) ?? '') && lost.length * 2 > party.stems.length && !party.text.split(/\s+/).some((word) => GENERIC_PARTIES.has(word.toLowerCase()));
    });
    if (!gone) continue;
    // The verb that hands the thing over kept: the last content word before the old "to".
    const lead = contentStems(before.slice(0, gone.at));
    const verb = lead.at(-1);
    if (verb === undefined || !newStems.has(verb) || lead.filter((stem) => newStems.has(stem)).length < 2) continue;
    // Only where one stretch cannot say it (reason-object's): a chain of recipients, or a party picked by what they did.
    const chain = parties(before).length >= 2;
    const came = parties(after).find((party) => FREE_RELATIVE.test(party.text) || (chain && party.stems.length > 0 && !oldStems.has(party.stems[0] ?? '') && party.stems.filter((stem) => !oldStems.has(stem)).length * 2 > party.stems.length));
    if (!came) continue;
    reasons.push({ code: 'object-replaced', message: `recipient replaced: "to ${gone.text}" -> "to ${came.text}" in ${quote(after)}` });
  }
  return reasons;
}
