// A ban said in the passive with its things in the subject, against the act allowed "only" with the
// set (issue 11, round 30a): "Applications without a site location plan are not validated" = "An
// application is validated only once a site location plan is included", "Parcels without a customs
// label are not loaded" = "Only parcels with a customs label are loaded". The gate readings
// (`_only-gates.ts`, `_bans-as-only.ts`, `_rules-from-other-side.ts`) read the imperative form of
// the ban against every "only" form ("Do not load parcels without a customs label" = "A parcel is
// loaded only with a customs label"), but not the passive one, whose negation stands after its
// subject and whose set is a part of that subject. Here the passive ban is written as that
// imperative, in its own words ("Do not load parcels without a customs label"), when the other
// version says it with "only" in the same words (words of presence aside: "once a plan is
// included"), and this one says no "only"; a word of its own in either (the set replaced, widened
// or cut, another place) leaves both as written, since the gate readings do not weigh every such
// change against the imperative. The fold can only take findings away (`reworded-withdrawn.ts`).
// Pure: the dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { contentStems, splitSentences } from './_text.ts';

/** "<things> are not / will not be / must not be / are never <participle> <rest>". */
const PASSIVE_BAN = /^(?<thing>[A-Za-z][^,;:]*?)\s+(?:(?:is|are|will|must|may|can|should|shall)\s+(?:not|never)(?:\s+be)?|cannot\s+be|can't\s+be|won't\s+be|isn't|aren't|mustn't\s+be)\s+(?<participle>[a-z]+)(?<rest>(?:\s+[^;:]*?)?)[.!]?$/i;

/** Irregular participles of acts a passive ban names. */
const IRREGULAR: Readonly<Record<string, string>> = {
  sold: 'sell', sent: 'send', given: 'give', taken: 'take', brought: 'bring', kept: 'keep', lent: 'lend', shown: 'show', seen: 'see', written: 'write', paid: 'pay', made: 'make', held: 'hold', left: 'leave', put: 'put', let: 'let', read: 'read', told: 'tell', bought: 'buy', found: 'find', run: 'run', done: 'do', driven: 'drive', ridden: 'ride', eaten: 'eat', served: 'serve',
};

/** The verb a participle is a form of, as the dictionary holds it; null for a word it holds as no verb. */
function verbOf(participle: string, lexicon: Lexicon): string | null {
  const word = participle.toLowerCase();
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (!/(?:ed|en)$/.test(word)) return null;
  const stem = word.replace(/ed$/, '');
  const candidates = [stem, `${stem}e`, word.replace(/d$/, ''), word.replace(/ied$/, 'y'), /(.)\1$/.test(stem) ? stem.slice(0, -1) : ''];
  for (const candidate of candidates) {
    if (candidate.length < 2) continue;
    if (lexicon.senses(candidate, 'v').some((sense) => sense.lemmas.includes(candidate))) return candidate;
  }
  return null;
}

/** Words of a subject that pick out some of its things: the set a ban's negation reaches. */
const PICKS_OUT = /\b(?:without|with no|that|which|who|whose|not|un[a-z]+ed|under|over|below|above|more than|less than|fewer than|older than|younger than)\b/i;

/**
 * The passive ban written as the imperative ("Parcels without a customs label are not loaded" ->
 * "Do not load parcels without a customs label."); null when the sentence is no passive ban whose
 * subject picks out some of its things, or its participle is no verb the dictionary knows.
 */
export function passiveBanAsImperative(sentence: string, lexicon: Lexicon): string | null {
  const found = PASSIVE_BAN.exec(sentence.trim());
  if (!found?.groups) return null;
  const { thing = '', participle = '', rest = '' } = found.groups;
  if (!PICKS_OUT.test(thing) || /\bonly\b/i.test(sentence)) return null;
  const verb = verbOf(participle, lexicon);
  if (verb === null) return null;
  return `Do not ${verb} ${thing.charAt(0).toLowerCase()}${thing.slice(1)}${rest}.`;
}

/**
 * Words that say a thing is there, beside the set's own: "once a plan is included" says "with a
 * plan", as do attached, enclosed, present, provided, held, shown.
 */
const PRESENCE = new Set(contentStems('attached included enclosed present provided supplied held holding carrying carried shown showing fitted there available already'));

/**
 * Whether an "only" sentence of the other version says the passive ban's words and no word of its
 * own: every content word of each said by root in the other, words of presence aside. The gate
 * readings do not weigh every change of the set against the imperative ("only once a cover sheet is
 * attached" for "without a signed cover sheet", "a hard hat or a cap", "to the office"), so the
 * imperative is written only for its own words said again.
 */
function saysTheSameWords(ban: string, only: string): boolean {
  const [banWords, onlyWords] = [new Set(contentStems(ban)), new Set(contentStems(only))];
  const covers = (one: Set<string>, other: Set<string>) => [...one].every((stem) => other.has(stem) || PRESENCE.has(stem));
  return covers(banWords, onlyWords) && covers(onlyWords, banWords);
}

/**
 * Both versions with each passive ban of a version that says no "only" written as the imperative,
 * when a sentence of the other version says it with "only" in the same words. A sentence both
 * versions hold is left as it is.
 */
export function foldPassiveBans(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  if (!lexicon) return [previous, next];
  const rewrite = (side: string, other: string): string => {
    if (!/\bonly\b/i.test(other) || /\bonly\b/i.test(side)) return side;
    const onlys = splitSentences(other).filter((sentence) => /\bonly\b/i.test(sentence));
    let written = side;
    for (const sentence of splitSentences(side)) {
      if (other.includes(sentence)) continue;
      const imperative = passiveBanAsImperative(sentence, lexicon);
      if (imperative !== null && onlys.some((only) => saysTheSameWords(sentence, only))) written = written.replace(sentence, imperative);
    }
    return written;
  };
  return [rewrite(previous, next), rewrite(next, previous)];
}
