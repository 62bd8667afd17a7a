// One prohibition said in the other voice: "No one may operate a crane while ..." = "A crane must
// not be operated by anyone while ..." = "No crane may be operated while ...". The active form's "no one" is its negation; the passive
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

/**
 * "must not be operated by anyone", "may never be opened": the participle's stem and the passive's
 * subject (the words before the negation), or null. "No baggage cart may be left ...": the negation
 * a determiner of the subject, which is the words between it and the modal.
 */
function negatedPassive(text: string): { verb: string; subject: string } | null {
  const participle = '([a-z]+(?:ed|en|t|wn)|' + Object.keys(IRREGULAR).join('|') + ')';
  const negatedSubject = new RegExp(`\\b(?:no|no other)\\s+((?:[a-z'-]+\\s+){1,4}?)(?:may|must|shall|should|can|is|are)\\s+(?:ever\\s+)?be\\s+${participle}\\b`, 'i').exec(text);
  if (negatedSubject && !/^(?:one|body)\b/i.test(negatedSubject[1] ?? '')) return { verb: verbOf(negatedSubject[2]!), subject: negatedSubject[1]! };
  const match = new RegExp(`\\b(?:must|may|shall|should|can|is|are)\\s*(?:not|never|n't)\\s+(?:ever\\s+)?(?:be\\s+)?${participle}(?:\\s+by\\s+(?:anyone|anybody|any one|any person|any member of staff)\\b)?`, 'i').exec(text);
  if (!match) return null;
  return { verb: verbOf(match[1]!), subject: text.slice(0, text.search(/\b(?:not|never|n't)\b/i)) };
}

/** Participles that share no four letters with their verb ("left"/"leave"), as that verb. */
const IRREGULAR: Readonly<Record<string, string>> = {
  left: 'leave', kept: 'keep', sent: 'send', brought: 'bring', bought: 'buy', sold: 'sell', told: 'tell', held: 'hold',
  taken: 'take', given: 'give', shown: 'show', stolen: 'steal', written: 'write', driven: 'drive', thrown: 'throw', lent: 'lend', spent: 'spend',
};

function verbOf(participle: string): string {
  const lower = participle.toLowerCase();
  return normaliseWord(IRREGULAR[lower] ?? lower);
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
    const read = negatedPassive(passive);
    if (!rule || read === null || noOneMayVerb(passive) || !sameVerb(rule.verb, read.verb)) return false;
    // What the active rule acts on is the passive one's subject.
    const subject = read.subject.toLowerCase().split(/[^a-z'-]+/).map(normaliseWord);
    return rule.object.length > 0 && rule.object.some((word) => subject.includes(word));
  });
}
