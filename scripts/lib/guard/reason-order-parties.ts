// `order-changed` for two parties that traded their turns across clauses: "inform the designated
// safeguarding lead first; the parents are contacted only afterwards" -> "contact the parents
// first; the designated safeguarding lead is informed only afterwards". Each clause is rebuilt
// (a voice change, a verb said in other words), so no aligned sentence keeps its words and the
// order cues ("first", "afterwards") stay where they were. Read per clause (split at sentence ends,
// semicolons and ", then"): a party named in the clause that goes first is, in the new version,
// named only in a clause that goes after, and a party the old version named only after now goes
// first. Pure.
import type { Reason } from '../schema/records.ts';
import { isParty } from './_parties.ts';
import { normaliseWord, quote, splitSentences, tokenizeWords } from './_text.ts';

/** A party, plural or not: "parents", "the lead", "HR". */
const ROLES = new Set(['lead', 'leads', 'police', 'family', 'families', 'hr', 'team', 'teams', 'board', 'guardian', 'guardians', 'insurer', 'insurers', 'landlord', 'landlords', 'tenant', 'tenants', 'parent', 'parents', 'owner', 'owners', 'regulator', 'regulators']);
const isPartyWord = (word: string): boolean => ROLES.has(word) || isParty(word) || (word.endsWith('s') && isParty(word.slice(0, -1)));

const FIRST = /\b(?:first|beforehand|before anything else|before anyone else)\b/;
const AFTER = /\b(?:afterwards|afterward|after that|later|subsequently|only then|only after|next|then)\b/;

interface Turns {
  first: Set<string>;
  after: Set<string>;
}

function turns(text: string): Turns {
  const first = new Set<string>();
  const after = new Set<string>();
  for (const clause of splitSentences(text).flatMap((sentence) => sentence.split(/;|,\s*(?=then\b)/))) {
    const words = tokenizeWords(clause);
    const joined = ` ${words.join(' ')} `;
    const isFirst = FIRST.test(joined);
    const isAfter = AFTER.test(joined);
    if (isFirst === isAfter) continue;
    for (const word of words.filter(isPartyWord)) (isFirst ? first : after).add(normaliseWord(word));
  }
  return { first, after };
}

export function findPartiesReordered(previous: string, next: string): Reason[] {
  const before = turns(previous);
  const now = turns(next);
  if (before.first.size === 0 || now.first.size === 0) return [];
  // Went first, now is named only after; went only after, now goes first. A party may stay named
  // in the other clause too ("... and only if the lead agrees").
  const demoted = [...before.first].find((party) => !now.first.has(party) && now.after.has(party));
  const promoted = [...now.first].find((party) => !before.first.has(party) && before.after.has(party));
  if (!demoted || !promoted || demoted === promoted) return [];
  return [{ code: 'order-changed', message: `order changed: "${promoted}" now goes first and "${demoted}" after in ${quote(next)}` }];
}
