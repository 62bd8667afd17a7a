// A ban on the things of an act that lie outside a set, said as a duty on every thing of the act
// (issue 11, round 29a): "A partnership may not use any convention that is not disclosed on its
// convention card" = "Every convention a partnership uses must be disclosed on its convention card";
// "Never quote an insurance excess that is not on the rate sheet" = "Any insurance excess you quote
// has to come from the rate sheet". "not (V x and not P(x))" and "for every x V-ed, P(x)" are one
// statement; the detectors counted the "not" that went. Here the ban is written in the duty's form,
// in its own words ("Every convention a partnership use must be disclosed on its convention card"),
// and every other reading then weighs the two sentences as it weighs any rewording: a duty said
// with "should", a set or a party replaced, a predicate dropped stay flagged there.
//
// Read only when the other version holds a sentence that opens with "every / any / all / each",
// names the ban's thing by root, says its act (the verb by root or one dictionary link) before a
// duty's modal, has no negation of its own, and says after that modal every word of the old
// version's set ("must have been checked" for "that has not been checked by a second pharmacist"
// drops the checker and is not read; nor is a ban that drops a word of the old duty's set). The fold can only take findings away (`reworded-withdrawn.ts`). Pure:
// the dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { negationsIn } from './_rule-words.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';
import { normaliseWord, sameRoot, splitSentences, STOP_WORDS, tokenizeWords } from './_text.ts';

/**
 * A ban whose things are picked out by a negated relative clause or an "unless it is" gate:
 * "[subject] must not / may not / cannot / do not / never <verb> [any | a | the] <thing> that is not <set>".
 */
const BAN_OUTSIDE_SET = new RegExp(
  String.raw`^(?<subject>[^,;:]*?\s)??(?<neg>do not|don't|never|must not|mustn't|may not|cannot|can not|can't|should not|shall not)\s+` +
    String.raw`(?<verb>[a-z]+)(?<particle>\s+(?:out|off|up|over|back|in|on))?\s+(?:(?:any|an?|the)\s+)?(?<thing>[a-z'-]+(?:\s+[a-z'-]+){0,2}?)\s+` +
    String.raw`(?:(?:that|which|who)\s+(?<aux>is|are|has|have|was|were|does|do|can)\s*not|unless\s+(?:it|they)\s+(?<gateAux>is|are|has|have))\s+(?<set>[^;:.!]+?)[.!]?$`,
  'i',
);

/** What the duty says for the relative clause's auxiliary: "is not on the list" -> "must be on the list". */
const DUTY_AUX: Readonly<Record<string, string>> = { is: 'be', are: 'be', was: 'be', were: 'be', has: 'have', have: 'have', does: '', do: '', can: 'be able to' };

/** A duty over every thing of an act: "Every convention a partnership uses must ...", "Any excess you quote has to ...". */
const EVERY_DUTY = /^(?:every|any|all|each)\s+(?<body>.+?)\s+(?<modal>must|has to|have to|needs to|need to|is to|are to|shall)\s+(?<set>[^;:]+?)[.!]?$/i;

export interface BanAsEvery {
  /** The ban in the duty's form, in its own words. */
  written: string;
  verb: string;
  thing: string;
  set: string;
}

/** The ban on things outside a set said as a duty on every thing of its act; null when the sentence is no such ban. */
export function banAsEvery(sentence: string): BanAsEvery | null {
  const found = BAN_OUTSIDE_SET.exec(sentence.trim());
  if (!found?.groups) return null;
  const { subject = '', neg = '', verb = '', particle = '', thing = '', set = '' } = found.groups;
  const aux = (found.groups.aux ?? found.groups.gateAux ?? '').toLowerCase();
  if (/\bonly\b/i.test(sentence) || negationsIn(set.toLowerCase()).length > 0 || /^(?:let|allow|permit|be|have)$/i.test(verb)) return null;
  const imperative = subject.trim() === '' && /^(?:do not|don't|never)$/i.test(neg);
  // A modal ban keeps its subject ("A partnership may not use"); an imperative's doer is "you".
  const doer = imperative ? 'you' : subject.trim().replace(/^\w/, (first) => first.toLowerCase());
  if (doer === '') return null;
  const duty = `must ${DUTY_AUX[aux] ?? ''} ${set}`.replace(/\s+/g, ' ');
  return { written: `Every ${thing} ${doer} ${verb}${particle} ${duty}.`, verb, thing, set };
}

/** Whether `word` is `verb` by root or one dictionary link from it (a verb with its particle is one word to the dictionary). */
function saysVerb(verb: string, words: readonly string[], lexicon: Lexicon | null | undefined): boolean {
  const stem = normaliseWord(verb);
  if (words.some((word) => sameRoot(stem, normaliseWord(word)))) return true;
  if (!lexicon) return false;
  const own = senseNeighbourhood(lexicon, verb);
  return words.some((word) => word.length > 2 && !STOP_WORDS.has(word) && neighbourhoodsMeet(own, senseNeighbourhood(lexicon, word)));
}

/**
 * Whether every content word of the old version's set is said in the new one's: a thing, a party or
 * a figure by its root, any other word by its root or one dictionary link ("come from the rate sheet"
 * for "on the rate sheet" says the sheet; "logged" for "logged in the register" drops the register).
 */
function keepsSet(oldSet: string, newSet: string, lexicon: Lexicon | null | undefined): boolean {
  const theirs = tokenizeWords(newSet).filter((word) => !STOP_WORDS.has(word));
  return tokenizeWords(oldSet)
    .filter((word) => !STOP_WORDS.has(word))
    .every((word) => {
      if (theirs.some((their) => sameRoot(normaliseWord(word), normaliseWord(their)))) return true;
      if (!lexicon || /\d/.test(word) || lexicon.senses(word, 'n').length > 0) return false;
      const own = senseNeighbourhood(lexicon, word);
      return theirs.some((their) => their.length > 2 && neighbourhoodsMeet(own, senseNeighbourhood(lexicon, their)));
    });
}

/** Whether `duty` says the ban's rule as a duty on every thing of its act; `banIsOld` says which version's set must be kept. */
function saysBanAsDuty(ban: BanAsEvery, duty: string, banIsOld: boolean, lexicon: Lexicon | null | undefined): boolean {
  const found = EVERY_DUTY.exec(duty.trim());
  if (!found?.groups || negationsIn(duty.toLowerCase()).length > 0 || /\bonly\b/i.test(duty)) return false;
  const body = tokenizeWords(found.groups.body!);
  const head = tokenizeWords(ban.thing).at(-1);
  if (head === undefined || !body.some((word) => sameRoot(normaliseWord(head), normaliseWord(word)))) return false;
  const dutySet = found.groups.set!;
  return saysVerb(ban.verb, body, lexicon) && (banIsOld ? keepsSet(ban.set, dutySet, lexicon) : keepsSet(dutySet, ban.set, lexicon));
}

/**
 * Both versions with each ban of one that the other says as a duty on every thing of its act
 * written in that form, in the ban's own words. A sentence both versions hold is left as it is.
 */
export function foldBansAsEvery(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  if (!/\b(?:every|any|all|each)\b/i.test(previous + ' ' + next)) return [previous, next];
  const rewrite = (banSide: string, dutySide: string, banIsOld: boolean): string => {
    const duties = splitSentences(dutySide).filter((sentence) => !banSide.includes(sentence) && EVERY_DUTY.test(sentence.trim()));
    if (duties.length === 0) return banSide;
    let written = banSide;
    for (const sentence of splitSentences(banSide)) {
      if (dutySide.includes(sentence)) continue;
      const ban = banAsEvery(sentence);
      if (ban === null || !duties.some((duty) => saysBanAsDuty(ban, duty, banIsOld, lexicon))) continue;
      written = written.replace(sentence, ban.written);
    }
    return written;
  };
  return [rewrite(previous, next, true), rewrite(next, previous, false)];
}
