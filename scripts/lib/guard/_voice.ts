// One prohibition said in the other voice: "No one may operate a crane while ..." = "A crane must
// not be operated by anyone while ...". The active form's "no one" is its negation; the passive
// form carries it as "not"/"never" with "by anyone" (or no agent). Pure.
import { normaliseWord } from './_text.ts';

/** "No one may operate a crane", "Nobody is allowed to open the drawer": the verb's stem and what it acts on, or null. */
function noOneMay(text: string): { verb: string; object: string[] } | null {
  const match = /\b(?:no one|no-one|nobody)\s+(?:may|can|shall|must|should|is (?:allowed|permitted) to|is to)\s+(?:ever\s+)?([a-z]+)((?:\s+[a-z'-]+){0,4})/i.exec(text);
  if (!match) return null;
  const object = (match[2] ?? '').toLowerCase().split(/\s+/).filter((word) => word.length > 3 && !/^(?:open|down|into|from|with|while|when|during|unless)$/.test(word));
  return { verb: normaliseWord(match[1]!.toLowerCase()), object: object.map(normaliseWord) };
}

const noOneMayVerb = (text: string): string | null => noOneMay(text)?.verb ?? null;

/** "must not be operated by anyone", "may never be opened": the participle's stem, or null. */
function negatedPassiveVerb(text: string): string | null {
  const match = /\b(?:must|may|shall|should|can|is|are)\s*(?:not|never|n't)\s+(?:ever\s+)?(?:be\s+)?([a-z]+(?:ed|en|t|wn))(?:\s+by\s+(?:anyone|anybody|any one|any person|any member of staff)\b)?/i.exec(text);
  if (!match) return null;
  return normaliseWord(match[1]!.toLowerCase());
}

/** Whether a participle's stem and a verb's stem name one verb ("operated"/"operate", "shut"/"shut"). */
function sameVerb(verb: string, participle: string): boolean {
  return verb === participle || (verb.length >= 4 && participle.startsWith(verb.slice(0, 4)));
}

/** Whether one text says "No one may X ..." and the other "... must not be X-ed (by anyone)". */
export function saysNoOneMayInOtherVoice(previous: string, next: string): boolean {
  const pairs: Array<[string, string]> = [[previous, next], [next, previous]];
  return pairs.some(([active, passive]) => {
    const rule = noOneMay(active);
    const participle = negatedPassiveVerb(passive);
    if (!rule || participle === null || noOneMayVerb(passive) || !sameVerb(rule.verb, participle)) return false;
    // What the active rule acts on is the passive one's subject, before its "not".
    const subject = passive.slice(0, passive.search(/\b(?:not|never|n't)\b/i)).toLowerCase().split(/[^a-z'-]+/).map(normaliseWord);
    return rule.object.length > 0 && rule.object.some((word) => subject.includes(word));
  });
}
