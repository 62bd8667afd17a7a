// A ban on every case outside a set, said as the act allowed only for that set, with the act or its
// set in other words (issue 11, round 28a): "Do not release personal effects to anyone other than
// the next of kin or the executor" = "Personal effects are handed over only to the next of kin or
// the executor"; "Never serve chicken that has not reached 75 °C in the middle" = "Chicken is served
// only once its centre has hit 75 °C"; "Made-to-measure blinds cannot be returned unless they are
// faulty" = "A made-to-measure blind comes back to us only if something is wrong with it".
// "not (A and not P)" and "A only if P" are one statement. `_only-gates.ts` writes the new sentence
// as the old one when both name the act and the condition with the same roots; when either is said
// in other words the detectors counted the "not" that went and the "unless" that became "only".
// Here the old ban is written in the form the new sentence has, in the old sentence's own words:
// its rule's negation taken away and its restriction ("to anyone other than S", "unless C",
// "without C", "until C", "<thing> that has not P") said by "only" ("only to S", "only if C", "only
// with C", "only once C", "only <thing> that has P"). The two sentences then differ only in their
// words, which every other reading weighs as it weighs any rewording (a set widened, a condition
// replaced, a party or a figure changed stay flagged there).
//
// One check is this reading's own, since the readings of a rewording are lenient on a verb said in
// the passive: the ban's act must be the new sentence's act, its verb said there by root or by a
// word one dictionary link from it ("release" / "handed", "reach" / "hit"); "Personal effects are
// photographed only by the next of kin" keeps every other word and stays flagged. Not read: a ban
// whose act is someone's "let" or "allow" (the act is further on, past a party), a ban with more
// than one restriction, a new sentence with a negation of its own or no "only". The fold can only
// take findings away (`reworded-withdrawn.ts`). Pure: the dictionary is handed in.
import type { Lexicon } from './_lexicon.ts';
import { negationsIn } from './_rule-words.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';
import { contentStems, normaliseWord, sameRoot, splitSentences, STOP_WORDS, tokenizeWords } from './_text.ts';

/** The rule's own negation: an imperative's "Do not" / "Never", or a modal's or a passive's "not". */
// The head is optional and lazy, so the first negation is the rule's: "Do not accept ... from anyone who is
// not a registered trader" bans the accepting, and "is not" is its restriction.
const RULE_NEGATION = /^(?<head>(?:[^,;:]*?\s)??)(?<neg>do not|don't|never|must not|mustn't|may not|cannot|can not|can't|should not|shall not|will not|won't|is not|are not)\s+(?<act>[^;:]+?)(?<end>[.!]?)$/i;

/** What the positive sentence says where the negation stood. */
function positive(neg: string): string {
  const said = neg.toLowerCase();
  if (said === 'do not' || said === "don't" || said === 'never') return '';
  if (said === 'is not') return 'is ';
  if (said === 'are not') return 'are ';
  return 'may ';
}

/** A set named by what lies outside it: "to anyone other than the next of kin" -> "only to the next of kin". */
const OUTSIDE_SET = /\b(?:(?<prep>to|with|for|on|by|from|into|onto|at)\s+)?(?:anyone|anybody|anything|anywhere|any\s+\w+)\s+(?:other than|apart from|except(?: for)?|but|besides)\s+/i;
/** A ban lifted by a condition: "unless C" -> "only if C". */
const GATES: Readonly<Record<string, string>> = { unless: 'only if', without: 'only with', until: 'only once', 'except when': 'only when', 'except if': 'only if' };
const GATE = /\s+(?<gate>unless|without|until|except when|except if)\s+/gi;
/** A negated relative clause that picks out the things banned: "chicken that has not reached 75 °C". */
// "whose tank has not been washed" names its things by a part of them; "who cannot give" by an ability.
const NOT_RELATIVE = /\b(?<rel>that|who|which|they|it|whose(?:\s+[a-z'-]+){1,3}?)\s+(?<aux>has|have|is|are|was|were|does|do|did|can)\s*not\s+(?:yet\s+)?/i;

const PLURAL_AUX: Readonly<Record<string, string>> = { is: 'are', has: 'have', was: 'were', does: 'do' };
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'their', 'its', 'his', 'her', 'our', 'your', 'each', 'every']);
const PREPOSITIONS = new Set(['to', 'with', 'for', 'on', 'by', 'from', 'into', 'onto', 'at', 'in', 'of']);
/** Words before the act's verb that are no verb. */
const NOT_THE_VERB = /^(?:one|be|been|to|ever|even|may|can|must|should|shall|will|is|are)$/;

/** The gate word an "only" sentence lifts its act with ("only once", "only if"), when it has one. */
const ONLY_CASE = /\bonly\s+(?:ever\s+)?(?<gate>once|if|when|after|while|where)\b/i;

/**
 * The act's restriction said by "only"; null when there is none, or more than one of a kind it
 * cannot tell apart. A negated relative clause is said as the set ("only chicken that has reached")
 * or, when the other sentence lifts the act by a case, as that case ("chicken only once it has reached").
 */
function restrictionAsOnly(act: string, caseGate: string | null): { said: string; restriction: string } | null {
  const outside = OUTSIDE_SET.exec(act);
  if (outside) {
    const restriction = act.slice(outside.index + outside[0].length);
    return { said: `${act.slice(0, outside.index)}only ${outside.groups?.prep ? `${outside.groups.prep} ` : ''}${restriction}`, restriction };
  }
  const gates = [...act.matchAll(GATE)];
  // The last gate lifts the ban; an earlier "without" describes the thing ("a garment without a care label unless ...").
  const gate = gates.at(-1);
  if (gate?.groups && gates.filter((found) => found[1]!.toLowerCase() !== 'without').length <= 1) {
    const restriction = act.slice(gate.index + gate[0].length);
    return { said: `${act.slice(0, gate.index)} ${GATES[gate.groups.gate!.toLowerCase()]} ${restriction}`, restriction };
  }
  const relative = NOT_RELATIVE.exec(act);
  if (!relative?.groups) return null;
  const rest = act.slice(relative.index + relative[0].length);
  // "whose flue has not been tested": the part named is part of the restriction ("their pipes have been tested" is another).
  const part = /^whose\s+(?<part>.+)$/i.exec(relative.groups.rel!)?.groups?.part;
  const restriction = part === undefined ? rest : `${part} ${rest}`;
  if (caseGate !== null) {
    const pronoun = part !== undefined ? `its ${part}` : /^(?:who|they)$/i.test(relative.groups.rel!) ? 'they' : 'it';
    return { said: `${act.slice(0, relative.index).trimEnd()} only ${caseGate} ${pronoun} ${relative.groups.aux} ${rest}`, restriction };
  }
  // "to anyone who is not a club member" -> "only to a club member"; "anyone who cannot" -> "only people who can":
  // "anyone" after "only" would read as a set widened to all.
  const before = act.slice(0, relative.index).trimEnd();
  const anyone = /\b(?:anyone|anybody|someone|somebody)$/i.exec(before);
  if (anyone && /^who$/i.test(relative.groups.rel!)) {
    const head = before.slice(0, anyone.index).trimEnd();
    const prep = /\s(?<prep>to|with|for|on|by|from|at)$/i.exec(` ${head}`)?.groups?.prep;
    const verbPart = prep === undefined ? head : head.slice(0, head.length - prep.length).trimEnd();
    const aux = relative.groups.aux!.toLowerCase();
    const named = aux === 'is' && /^(?:a|an)\s/i.test(rest) ? rest : `people who ${PLURAL_AUX[aux] ?? aux} ${rest}`;
    return { said: `${verbPart} only ${prep === undefined ? '' : `${prep} `}${named}`, restriction };
  }
  // "only" goes before the noun phrase the relative clause follows: its preposition, else its determiner, else the noun after the verb.
  const words = before.split(/\s+/);
  let at = words.length - 1;
  while (at > 1 && !DETERMINERS.has(words[at]!.toLowerCase()) && !PREPOSITIONS.has(words[at]!.toLowerCase())) at -= 1;
  if (at > 1 && DETERMINERS.has(words[at]!.toLowerCase()) && PREPOSITIONS.has(words[at - 1]!.toLowerCase())) at -= 1;
  const head = words.slice(0, Math.max(at, 1)).join(' ');
  const phrase = words.slice(Math.max(at, 1)).join(' ');
  return { said: `${head} only ${phrase} ${relative.groups.rel} ${relative.groups.aux} ${rest}`, restriction };
}

/** The ban said with "only" in its own words; null when it is no ban this reading knows. */
export function banAsOnly(sentence: string, other = ''): { written: string; verb: string; restriction: string } | null {
  const found = RULE_NEGATION.exec(sentence.trim());
  if (!found?.groups || /\bonly\b/i.test(sentence)) return null;
  const { head = '', neg = '', act = '', end = '' } = found.groups;
  const verb = tokenizeWords(act).find((word) => !NOT_THE_VERB.test(word));
  // "Do not let a child leave with ...": the act is further on, past a party; left unread.
  if (verb === undefined || /^(?:let|allow|allowed|permit|permitted|a|an|the|any|anyone)$/.test(verb)) return null;
  const read = restrictionAsOnly(act, ONLY_CASE.exec(other)?.groups?.gate?.toLowerCase() ?? null);
  // One negation for the rule and one for its restriction, and nothing else negated.
  if (read === null || negationsIn(read.said.toLowerCase()).length > 0) return null;
  const { said, restriction } = read;
  const opening = `${head}${positive(neg)}`;
  const written = `${opening}${said}`.replace(/\s+/g, ' ').trim();
  return { written: `${written.charAt(0).toUpperCase()}${written.slice(1)}${end}`, verb, restriction };
}

/** Whether the new sentence names the ban's act: its verb by root, or a word one dictionary link from it. */
function saysAct(verb: string, ban: string, sentence: string, lexicon: Lexicon | null | undefined): boolean {
  const stem = normaliseWord(verb);
  const single = tokenizeWords(sentence);
  if (single.some((word) => sameRoot(stem, normaliseWord(word)))) return true;
  // A verb with its particle is one word to the dictionary ("comes back" for "returned").
  const words = [...single, ...single.slice(1).map((word, i) => `${single[i]} ${word}`)];
  if (!lexicon) return false;
  const own = senseNeighbourhood(lexicon, verb);
  // A word the ban says too is its own thing or party, not the act said again.
  const kept = contentStems(ban);
  return contentStems(sentence).length > 0 && words.some((word) => word.length > 2 && !STOP_WORDS.has(word) && !kept.some((stem) => sameRoot(stem, normaliseWord(word))) && neighbourhoodsMeet(own, senseNeighbourhood(lexicon, word)));
}

/**
 * Whether the new sentence says every word of the ban's set or condition: a thing, a party or a
 * figure by its root ("a consultant has signed" -> "a doctor has signed" widens the case; "paid for
 * in full" -> "in part" changes it), any other word by its root or a word one dictionary link from
 * it ("reached" / "hit"). Words are read after `reworded-withdrawn.ts` has put the new version in
 * the old one's words where a common sense is shared.
 */
function keepsRestriction(restriction: string, sentence: string, lexicon: Lexicon | null | undefined): boolean {
  const words = tokenizeWords(sentence).filter((word) => !STOP_WORDS.has(word));
  return tokenizeWords(restriction).filter((word) => !STOP_WORDS.has(word) && contentStems(word).length > 0).every((word) => {
    const stem = normaliseWord(word);
    if (words.some((their) => sameRoot(stem, normaliseWord(their)))) return true;
    if (!lexicon || /\d/.test(word) || lexicon.senses(word, 'n').length > 0) return false;
    const own = senseNeighbourhood(lexicon, word);
    return words.some((their) => their.length > 2 && neighbourhoodsMeet(own, senseNeighbourhood(lexicon, their)));
  });
}

/**
 * What an "only" sentence limits its act to: the words after its "only". The ban's set or condition
 * must be said there, not in the act ("A banksman is in position only when trees near the road are
 * felled" for "must not fell trees near the road unless a banksman is in position" exchanges them).
 */
function afterOnly(sentence: string): string {
  // "accepted from registered traders only": the set stands before a closing "only", after its preposition.
  const closing = /\b(?<set>(?:to|from|by|for|with|at|on|in|into)\s+[^,;:]+?)\s+only\s*[.!]?$/i.exec(sentence);
  if (closing?.groups) return `only ${closing.groups.set}`;
  const at = sentence.search(/\bonly\b/i);
  return at < 0 ? sentence : sentence.slice(at);
}

/** Content roots two sentences share: the pairing of a ban with the sentence that rewords it. */
function shared(a: string, b: string): number {
  const theirs = contentStems(b);
  return contentStems(a).filter((stem) => theirs.some((their) => sameRoot(stem, their))).length;
}

/**
 * Both versions with each ban of one that the other says with "only" written in that form, in the
 * ban's own words. A sentence both versions hold is left as it is.
 */
export function foldBansAsOnly(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  if (!/\bonly\b/i.test(previous + ' ' + next)) return [previous, next];
  const rewrite = (banSide: string, onlySide: string): string => {
    const onlies = splitSentences(onlySide).filter((sentence) => !banSide.includes(sentence) && /\bonly\b/i.test(sentence) && negationsIn(sentence.toLowerCase()).length === 0);
    if (onlies.length === 0) return banSide;
    let written = banSide;
    for (const sentence of splitSentences(banSide)) {
      if (onlySide.includes(sentence)) continue;
      if (banAsOnly(sentence) === null) continue;
      const best = onlies.map((only) => ({ only, score: shared(sentence, only) })).sort((a, b) => b.score - a.score)[0];
      const ban = best ? banAsOnly(sentence, best.only) : null;
      if (!best || !ban || best.score < 2 || !saysAct(ban.verb, sentence, best.only, lexicon) || !keepsRestriction(ban.restriction, afterOnly(best.only), lexicon)) continue;
      written = written.replace(sentence, ban.written);
    }
    return written;
  };
  return [rewrite(previous, next), rewrite(next, previous)];
}
