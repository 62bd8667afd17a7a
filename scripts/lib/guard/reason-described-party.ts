// `object-replaced` for a party described by the words after it replaced by another: "released to
// the person who signed the application" -> "to the funeral director who arranged the cremation",
// "given to the patient who provided the sample" -> "to the nurse who took the sample". The
// sentence keeps its words before the party (ending in to/with/from/by/for and a determiner) and
// after it; the party's head noun changed for one sharing no stem, at least one of them a word for
// people, and the changed words hold a relative clause or a phrase describing the party (a lone
// noun changed, its description kept, "the pharmacist on duty" -> "the cleaner on duty", is
// reason-party.ts's and reason-object.ts's). The same party named by what the old clause said it
// did ("the person who signed" -> "the signatory", "the manager who supervises the shift" -> "the
// shift's supervising manager") is no replacement. Pure.
import type { Reason } from '../schema/records.ts';
import { isParty, sameParty } from './_parties.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { isContent } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';
import { sharedEnds } from './_shared-ends.ts';

const PREPOSITIONS = new Set(['to', 'with', 'from', 'by', 'for']);
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'your', 'his', 'her', 'its', 'our', 'any', 'each', 'every']);
/** Words that open what is said about a party after its noun. */
const DESCRIBERS = new Set(['who', 'whose', 'that', 'which', 'named', 'listed', 'on', 'in', 'at', 'responsible', 'assigned', 'nominated', 'of']);
/** Pronouns that stand for a party with the clause after them ("whoever collects the keys"). */
const PARTY_PRONOUNS = new Set(['whoever', 'anyone', 'anybody', 'someone', 'somebody']);

/** The head noun of a party phrase (its words up to a describer) and whether a description follows. */
function head(words: readonly string[]): { noun: string[]; described: boolean } {
  const at = words.findIndex((word) => DESCRIBERS.has(word));
  return { noun: (at < 0 ? words : words.slice(0, at)).filter(isContent), described: at > 0 };
}

const prefix4 = (word: string): string => word.slice(0, 4);

export function findDescribedPartiesReplaced(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const before = previous.words;
    const after = next.words;
    const { head: start, tail: end } = sharedEnds(before, after);
    // The changed stretch opens right after "to the", "by the", ... or right after "to" ("to the
    // tenant named on the lease" -> "to whoever collects the keys").
    const afterPreposition = PREPOSITIONS.has(before[start - 1] ?? '') || (DETERMINERS.has(before[start - 1] ?? '') && PREPOSITIONS.has(before[start - 2] ?? ''));
    if (!afterPreposition) continue;
    const old = before.slice(start, before.length - end);
    const now = after.slice(start, after.length - end);
    // The description may be kept ("on duty"), so read the party with the words after the change.
    const oldParty = head([...old, ...before.slice(before.length - end)]);
    const newParty = head([...now, ...after.slice(after.length - end)]);
    // A description kept word for word ("the pharmacist on duty" -> "the cleaner on duty") leaves a
    // lone noun changed: reason-party.ts and reason-object.ts read that.
    if (!old.some((word) => DESCRIBERS.has(word)) && !now.some((word) => DESCRIBERS.has(word))) continue;
    const [oldNoun] = oldParty.noun.slice(-1);
    const [newNoun] = newParty.noun.slice(-1);
    const pronoun = now.find((word) => PARTY_PRONOUNS.has(word));
    if (!oldNoun || !(newNoun ?? pronoun) || !(isParty(oldNoun) || isParty(newNoun ?? '') || oldNoun === 'person')) continue;
    const newWords = now.filter(isContent);
    // ("customers who look under 25" -> "every customer": the same noun, plural or not.)
    const newStems = new Set(newParty.noun.map(normaliseWord));
    if (oldParty.noun.some((word) => newStems.has(normaliseWord(word))) || sameParty(oldNoun, newNoun ?? '')) continue;
    // Named by what the old description said it does ("who signed" -> "the signatory").
    const said = old.slice(old.findIndex((word) => DESCRIBERS.has(word)) + 1).find(isContent);
    if (said && newWords.some((word) => prefix4(said) === prefix4(word))) continue;
    const kept = [...before.slice(0, start), ...before.slice(before.length - end)].filter(isContent).length;
    if (kept < 2) continue;
    reasons.push({ code: 'object-replaced', message: `object replaced: "${[...old].join(' ')}" -> "${now.join(' ')}" in ${quote(group.nextText)}` });
  }
  return reasons;
}
