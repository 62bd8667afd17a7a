// A negative adjective of one version said as a clause in the other: "undated fillings" = "fillings
// ... if they carry no date", "unauthorised adults" = "adults unless they are authorised",
// "inactive memberships" = "memberships that have not been used", "left uncollected" = "not picked
// up", "unlabelled cables" = "cables without a label". Before two versions are compared the clause
// is written back as the adjective, so spelling a negative word out is no condition, exception or
// negation added. The clause must negate the adjective's own base (or a near word of it), and an
// "unless" must not: "if they carry a date" or "if they are authorised" stay a change. Pure.
import type { Lexicon } from './_lexicon.ts';
import { normaliseWord, sentenceBounds, STOP_WORDS } from './_text.ts';
import { linksToBase, type BaseLink } from './_negative-word-links.ts';

/** A word that may be a negative adjective ("undated", "inactive", "non-compliant", "ticketless"). */
const NEGATIVE = /^(?:un|in|im|il|ir|non|dis)[a-z]{4,}$|^un[a-z]{3}$|^[a-z]{3,}less$/;
const NOT_NEGATIVE = new Set(['unless', 'regardless', 'nevertheless', 'nonetheless', 'until', 'under', 'unlimited']);

/**
 * Bases a clause may say in a near word: "inactive" is "not used", "uncollected" is "not picked up".
 * Keyed by the stem of the base; the values are stems.
 */
const NEAR_BASES: Readonly<Record<string, readonly string[]>> = {
  activ: ['us', 'pick'],
  collect: ['pick', 'claim'],
  pai: ['settl'],
  attend: ['supervis', 'watch'],
  occupi: ['us'],
  // "unaccompanied children" = "children who are not with an adult" (round 34c): the companion after "with" is its object.
  accompani: ['with'],
};

const NEGATORS = /^(?:not|no|never|without|nobody|none|cannot|can't|don't|doesn't|haven't|hasn't|isn't|aren't|wasn't|weren't)$/;
const OPENERS = /^(?:if|when|where|unless|that|which|who|whose)$/;
const PRONOUNS = /^(?:they|it|he|she|these|those|such)$/;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** The text between the word before and this one. */
  gap: string;
}

function wordsOf(text: string): Word[] {
  let end = 0;
  return [...text.matchAll(/[A-Za-z][A-Za-z'-]*/g)].map((m) => {
    const word = { text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, gap: text.slice(end, m.index) };
    end = word.end;
    return word;
  });
}

/**
 * A negative word's base as written, its prefix or "-less" taken off ("solicited" of "unsolicited");
 * "under-" before a word of measure is a prefix of its own ("sized" of "undersized", "age" of
 * "underage": below the size or age the rule means, said "not of legal size", round 34c).
 */
function baseWord(word: string): string {
  if (UNDER.test(word)) return word.slice(5);
  return word.endsWith('less') ? word.slice(0, -4) : word.replace(/^(?:non-?|un|in|im|il|ir|dis)/, '');
}
/** "under-" words of size, age and weight: each says "not of the <base> the rule means". */
const UNDER = /^under(?:sized?|age|aged|weight)$/;

/** The stems a "not ..." must name to spell out `word`, or none when it is no negative adjective. */
function basesOf(word: string): string[] {
  if (NOT_NEGATIVE.has(word) || !NEGATIVE.test(word)) return [];
  const stemmed = normaliseWord(baseWord(word));
  return [stemmed, ...(NEAR_BASES[stemmed] ?? [])];
}

/** Whether a stem names a negative word's base: the base itself, or one of four letters or more that opens the other ("signature", "signed" for "sign"). */
export function namesBase(stem: string, base: string): boolean {
  return stem === base || (base.length >= 4 && stem.length >= 4 && (stem.startsWith(base) || base.startsWith(stem)));
}

/** Whether a word of a clause names one of the bases; a preposition only as itself ("with", not "without"). */
function names(word: Word, bases: readonly string[]): boolean {
  const stemmed = normaliseWord(word.lower);
  return bases.some((base) => (COMPLEMENT_PREPOSITIONS.test(base) ? word.lower === base : namesBase(stemmed, base)));
}

/** Whether words[from..to] stand with only a space between each two. */
function adjacent(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (!/^\s+$/.test(words[k]?.gap ?? '')) return false;
  return true;
}

/** Where the clause opening at word `i` ends: the next comma, semicolon, colon, full stop or line end. */
function clauseEnd(text: string, from: number): number {
  const rest = text.slice(from).search(/[,;:.!?\n]/);
  return rest === -1 ? text.length : from + rest;
}

/**
 * `other` with each clause that spells out a negative adjective of `text` written back as that
 * adjective before its noun, as `text` says it.
 */
function foldInto(text: string, other: string, lexicon: Lexicon | null | undefined): string {
  const own = wordsOf(text);
  const otherLower = new Set(wordsOf(other).map((word) => word.lower));
  let result = other;
  for (const [i, word] of own.entries()) {
    const bases = basesOf(word.lower);
    if (bases.length === 0 || otherLower.has(word.lower)) continue;
    const folded = foldOne(result, own, i, bases, linksToBase(baseWord(word.lower), lexicon), text);
    if (folded) result = folded;
  }
  return result;
}

function foldOne(other: string, own: Word[], i: number, bases: readonly string[], link: BaseLink | null, ownText: string): string | null {
  const adjective = own[i]!;
  const words = wordsOf(other);
  const predicate = foldPredicateClause(other, words, own, i, bases) ?? foldEmbeddedPredicate(other, words, ownText, own, i, bases);
  if (predicate) return predicate;
  // The noun the adjective stands before ("undated cream fillings"): the longest run of its next
  // words (three at most) the other version also says in a row.
  for (let length = 3; length >= 1; length--) {
    const noun = own.slice(i + 1, i + 1 + length);
    if (noun.length < length || noun.some((word) => NEGATORS.test(word.lower) || OPENERS.test(word.lower) || STOP_WORDS.has(word.lower))) continue;
    // One noun phrase: nothing but a space between its words ("invoices after 30 days" is none).
    if (!adjacent(own, i, i + length)) continue;
    for (let j = 0; j + length <= words.length; j++) {
      if (!noun.every((word, k) => normaliseWord(words[j + k]!.lower) === normaliseWord(word.lower)) || !adjacent(words, j, j + length - 1)) continue;
      const after = j + length;
      const found = clauseAfter(other, words, after, bases, link);
      if (!found) continue;
      // A complement the version with the adjective says after its noun stays: "Unclaimed tickets at
      // the collection desk" = "Tickets that have not been claimed at the collection desk" (round 27a).
      const complement = wordsOf(other.slice(found.baseEnd, found.end)).map((word) => word.lower);
      const ownAfter = own.slice(i + 1 + length, i + 1 + length + complement.length).map((word) => word.lower);
      const clause = complement.length > 0 && complement.every((word, k) => ownAfter[k] === word) ? { start: found.start, end: found.baseEnd } : found;
      const phrase = `${adjective.text} ${noun.map((word) => word.text).join(' ')}`;
      const nounStart = words[j]!.start;
      const nounEnd = words[after - 1]!.end;
      const keep = (from: number, to: number): string => other.slice(from, to);
      // The clause is cut with the comma or space before it; the noun gains the adjective.
      const cutFrom = other.slice(0, clause.start).replace(/[\s,]+$/, '').length;
      if (clause.start === nounEnd || cutFrom <= nounEnd) return `${keep(0, nounStart)}${matchCase(phrase, other, nounStart)}${keep(clause.end, other.length)}`;
      return `${keep(0, nounStart)}${matchCase(phrase, other, nounStart)}${keep(nounEnd, cutFrom)}${keep(clause.end, other.length)}`;
    }
  }
  // Said after a verb ("garments left uncollected" -> "clothes not picked up"): the "not" and its
  // participle (with its particle) read as the adjective.
  for (const [j, word] of words.entries()) {
    if (!/^(?:not|never)$/.test(word.lower)) continue;
    let k = j + 1;
    while (words[k] && /^(?:yet|been|ever|being)$/.test(words[k]!.lower)) k++;
    const verb = words[k];
    if (!verb || !/(?:ed|en|t)$/.test(verb.lower) || !names(verb, bases)) continue;
    const particle = words[k + 1] && /^(?:up|out|off|in|back)$/.test(words[k + 1]!.lower) && other.slice(verb.end, words[k + 1]!.start) === ' ' ? words[k + 1]! : verb;
    // Only where nothing stands before it that makes it a verb's own negation ("must not be collected").
    const before = words[j - 1]?.lower ?? '';
    if (/^(?:must|shall|should|may|can|will|would|do|does|did|is|are|was|were|be|has|have|had)$/.test(before)) continue;
    return `${other.slice(0, word.start)}${adjective.text}${other.slice(particle.end)}`;
  }
  return null;
}

/** Verbs a negative adjective stands after as the state its noun is left in ("conversations left unanswered", "parcels kept unopened"). */
const LEFT_IN_STATE = /^(?:left|kept|gone|goes|go|stays?|stayed|remains?|remained|lies?|lying|sits?|sitting)$/;
/** Auxiliaries of a relative clause's negated participle ("that have not been claimed", "which is not yet paid"). */
const CLAUSE_AUXILIARIES = /^(?:has|have|had|is|are|was|were|be|been|being|yet|ever|still|so|far)$/;

/**
 * A negative adjective said after its noun's verb of state ("Tables left unclaimed after 15 minutes
 * may be released") and, in the other version, as a relative clause negating its base right after
 * the same noun ("Tables that have not been claimed after 15 minutes ..."): the clause is written
 * back as the verb and the adjective, so a state said as "not" plus its participle is no object,
 * conjunct or negation changed (round 33b). Without the negation ("that have been claimed") the
 * clause names the opposite things and stays.
 */
function foldPredicateClause(other: string, words: readonly Word[], own: readonly Word[], i: number, bases: readonly string[]): string | null {
  const verb = own[i - 1];
  const noun = own[i - 2];
  if (!verb || !noun || !LEFT_IN_STATE.test(verb.lower) || !adjacent(own, i - 2, i)) return null;
  for (let j = 0; j + 2 < words.length; j++) {
    if (normaliseWord(words[j]!.lower) !== normaliseWord(noun.lower) || !/^(?:that|which|who)$/.test(words[j + 1]!.lower) || !adjacent(words, j, j + 1)) continue;
    let k = j + 2;
    while (words[k] && CLAUSE_AUXILIARIES.test(words[k]!.lower)) k++;
    if (!/^(?:not|never)$/.test(words[k]?.lower ?? '')) continue;
    k++;
    while (words[k] && CLAUSE_AUXILIARIES.test(words[k]!.lower)) k++;
    const participle = words[k];
    if (!participle || !/(?:ed|en|t)$/.test(participle.lower) || !names(participle, bases) || !adjacent(words, j + 1, k)) continue;
    return `${other.slice(0, words[j + 1]!.start)}${verb.text} ${own[i]!.text}${other.slice(participle.end)}`;
  }
  return null;
}

/** The sentence of `text` that holds the character at `at`: from the last sentence end before it to the next. */
function sentenceSpan(text: string, at: number): { start: number; end: number } {
  const bounds = sentenceBounds(text, at);
  return { start: bounds.start, end: bounds.mark < 0 ? text.length : bounds.mark + 1 };
}

/**
 * A negative adjective before its noun said as a relative clause whose own subject finds or judges
 * the noun in the state, the clause's other words as the adjective's version says them after its
 * noun ("any unlocked doors or windows they find on arrival" = "any doors or windows that they find
 * are not locked on arrival", round 34c). Read only when taking the clause's opener and its negated
 * participle out and putting the adjective back gives the adjective's sentence word for word: then
 * the other version's sentence is written as it.
 */
function foldEmbeddedPredicate(other: string, words: readonly Word[], ownText: string, own: readonly Word[], i: number, bases: readonly string[]): string | null {
  const ownKey = (from: number, to: number): string => own.filter((word, at) => at !== i && word.start >= from && word.end <= to).map((word) => normaliseWord(word.lower)).join(' ');
  for (const [j, opener] of words.entries()) {
    if (!/^(?:that|which)$/.test(opener.lower) || !PRONOUNS.test(words[j + 1]?.lower ?? '')) continue;
    // The subject and its verb ("they find"), then the negated state ("are not locked").
    for (let k = j + 2; k <= j + 4 && k < words.length; k++) {
      let m = k;
      while (words[m] && CLAUSE_AUXILIARIES.test(words[m]!.lower)) m++;
      if (m === k || !/^(?:not|never)$/.test(words[m]?.lower ?? '')) continue;
      m++;
      while (words[m] && CLAUSE_AUXILIARIES.test(words[m]!.lower)) m++;
      const participle = words[m];
      if (!participle || !names(participle, bases) || !adjacent(words as Word[], j, m)) continue;
      const cut = new Set([j, ...Array.from({ length: m - k + 1 }, (_, n) => k + n)]);
      const span = sentenceSpan(other, opener.start);
      const reduced = words.filter((word, at) => !cut.has(at) && word.start >= span.start && word.end <= span.end).map((word) => normaliseWord(word.lower)).join(' ');
      const mine = sentenceSpan(ownText, own[i]!.start);
      if (reduced !== ownKey(mine.start, mine.end)) continue;
      return `${other.slice(0, span.start)}${ownText.slice(mine.start, mine.end).trimStart()}${other.slice(span.end)}`;
    }
  }
  return null;
}

/** The clause after a noun that negates one of the bases: right after it, or later with a pronoun subject. */
function clauseAfter(other: string, words: Word[], after: number, bases: readonly string[], link: BaseLink | null): { start: number; end: number; baseEnd: number } | null {
  const next = words[after];
  if (!next) return null;
  const stop = other.slice(next.start).search(/[.;:!?\n]/);
  const sentenceEnd = stop === -1 ? other.length : next.start + stop;
  const direct = other.slice(words[after - 1]!.end, next.start).trim() === '' || other.slice(words[after - 1]!.end, next.start).trim() === ',';
  for (let k = after; k < words.length && words[k]!.start < sentenceEnd; k++) {
    const opener = words[k]!;
    // "without a label" right after the noun.
    if (k === after && direct && opener.lower === 'without') {
      const end = clauseEnd(other, opener.start);
      const inside = words.filter((word) => word.start > opener.start && word.end <= end);
      if (inside.length <= 3 && inside.some((word) => names(word, bases))) return { start: opener.start, end, baseEnd: end };
      return null;
    }
    if (!OPENERS.test(opener.lower)) continue;
    // "images of private property for which no release exists": a relative clause after the
    // noun's own "of" phrase (three words at most), with the preposition that leads it, points back
    // to the noun as one right after it does.
    // So does one right after the noun ("footage for which no licence exists").
    const ofPhrase = k > after && (words[after]!.lower === 'of' || k === after + 1) && k - after <= 4 && direct && /^(?:which|whom)$/.test(opener.lower) && /^(?:for|of|in|to|on|by)$/.test(words[k - 1]!.lower) && words.slice(after + 1, k - 1).every((word) => !OPENERS.test(word.lower) && !NEGATORS.test(word.lower));
    // "recordings of phone calls that the law does not permit": a "that" clause after the noun's own
    // "of" phrase (three words at most) read through a dictionary link points back to the noun (round 33b).
    const afterOf = !ofPhrase && link !== null && k > after + 1 && k - after <= 4 && direct && words[after]!.lower === 'of' && /^(?:that|which)$/.test(opener.lower) && words.slice(after + 1, k).every((word) => !OPENERS.test(word.lower) && !NEGATORS.test(word.lower) && !STOP_WORDS.has(word.lower));
    const relative = (k === after && direct && /^(?:that|which|who)$/.test(opener.lower)) || ofPhrase || afterOf;
    const reach = clauseEnd(other, opener.start);
    const all = words.filter((word) => word.start > opener.start && word.end <= reach);
    // The base named as it is, or said by a word the dictionary links to it (round 33b: "unsolicited" = "not asked for").
    const lower = all.map((word) => word.lower);
    const ownName = all.findIndex((word) => names(word, bases));
    // The own base without a negation before it ("the law" of "that the law does not permit") leaves the link to find the word.
    const ownNegated = ownName !== -1 && lower.slice(0, ownName + 1).some((word) => NEGATORS.test(word));
    const linkedAt = !ownNegated && link && relativeOpener(opener.lower) ? lower.findIndex((_word, at) => link(lower, at) > 0) : -1;
    const named = linkedAt === -1 ? ownName : linkedAt;
    if (named === -1 || (afterOf && linkedAt === -1)) continue;
    // A clause away from its noun needs a pronoun that points back to it ("if they carry no date",
    // "if nobody has signed it").
    if (!(k === after && direct) && !ofPhrase && !afterOf && !PRONOUNS.test(words[k + 1]?.lower ?? '') && !all.some((word) => /^(?:it|them|they)$/.test(word.lower))) continue;
    // A relative clause right after its noun ends at the base ("memberships that have not been
    // used are cancelled"); a condition runs to the clause's end.
    // "... no property release exists": "exists" after the base closes the clause like a particle.
    const particle = /^(?:up|out|off|back)$/.test(all[named + 1]?.lower ?? '') || (ofPhrase && /^(?:exists?)$/.test(all[named + 1]?.lower ?? '')) || (linkedAt !== -1 && link!(lower, linkedAt) === 2) ? 1 : 0;
    // A complement the participle takes goes with it ("bait that is not sealed in a box is ...",
    // "fathers who are not married to the mother may ..."): a thing not sealed in a box is what the
    // rule calls unsealed (round 24a, v25). Only a short one, ended by the main verb or a modal.
    const complement = relative ? complementAfter(all, named + particle) : 0;
    const end = relative ? all[named + particle + complement]!.end : reach;
    const inside = relative ? all.slice(0, named + 1 + particle) : all;
    if (inside.length > 7) continue;
    const negated = inside.slice(0, named + 1).some((word) => NEGATORS.test(word.lower)) || inside[named]!.lower === 'no';
    // "unless they are authorised" says "unauthorised" plainly; any other opener needs the negation.
    if (opener.lower === 'unless' ? negated || inside.some((word) => NEGATORS.test(word.lower)) : !negated) continue;
    // Nothing after the base but a particle or a time ("have not been used", "not picked up within 90 days").
    // Where the participle (and its particle) ends, before any complement: the caller may leave the complement standing.
    const baseEnd = relative ? all[named + particle]!.end : end;
    return { start: ofPhrase ? words[k - 1]!.start : opener.start, end, baseEnd };
  }
  return null;
}

const COMPLEMENT_PREPOSITIONS = /^(?:to|in|into|on|onto|by|with|for|from|at)$/;
const COMPLEMENT_DETERMINERS = /^(?:the|a|an|their|its|his|her|our|your|any|each)$/;
/** A main verb or modal that ends a relative clause and opens the sentence's own predicate. */
const MAIN_VERB = /^(?:is|are|was|were|must|may|might|can|cannot|could|should|shall|will|need|needs|goes|go|stays?|remains?)$/;

/**
 * How many words after `last` (the participle) are its complement: a preposition, a determiner and
 * one or two words, the word after them a main verb or modal; 0 when there is none.
 */
function complementAfter(all: readonly Word[], last: number): number {
  // The participle's or adjective's own word ends the clause: a main verb or modal follows, or nothing does.
  const ends = (at: number): boolean => at >= all.length || MAIN_VERB.test(all[at]!.lower);
  const plain = (words: readonly Word[]): boolean => words.every((word) => !MAIN_VERB.test(word.lower) && !NEGATORS.test(word.lower) && !OPENERS.test(word.lower));
  // "animals that are not fit to travel are left ...": an adjective's infinitive, one verb (round 34c).
  if (all[last + 1]?.lower === 'to' && all[last + 2] && plain([all[last + 2]!]) && !COMPLEMENT_DETERMINERS.test(all[last + 2]!.lower) && ends(last + 3)) return 2;
  // "children who are not with an adult": the base is a preposition, its object the complement (round 34c).
  const preposition = COMPLEMENT_PREPOSITIONS.test(all[last]?.lower ?? '') ? 0 : 1;
  if (preposition === 1 && !COMPLEMENT_PREPOSITIONS.test(all[last + 1]?.lower ?? '')) return 0;
  if (!COMPLEMENT_DETERMINERS.test(all[last + preposition + 1]?.lower ?? '')) return 0;
  for (const length of [1, 2]) {
    const words = all.slice(last + preposition + 2, last + preposition + 2 + length);
    if (words.length === length && plain(words) && ends(last + preposition + 2 + length) && (preposition === 1 ? MAIN_VERB.test(all[last + 3 + length]?.lower ?? '') : true)) return preposition + 1 + length;
  }
  return 0;
}

/** The phrase with its first letter as the text it replaces has it, the noun after it no longer capitalised. */
function matchCase(phrase: string, other: string, at: number): string {
  const first = other[at] ?? '';
  const [adjective = '', ...noun] = phrase.split(' ');
  const head = noun[0] ?? '';
  if (/^[A-Z][a-z]/.test(head)) noun[0] = head.charAt(0).toLowerCase() + head.slice(1);
  const cased = /[A-Z]/.test(first) ? adjective.charAt(0).toUpperCase() + adjective.slice(1) : adjective.charAt(0).toLowerCase() + adjective.slice(1);
  return [cased, ...noun].join(' ');
}

/** A relative clause's opener: only a clause right after its noun is read through a dictionary link. */
function relativeOpener(word: string): boolean {
  return /^(?:that|which|who|whom)$/.test(word);
}

/**
 * Both versions with every clause that spells out a negative adjective of the other written back as
 * it; with a dictionary, also a clause that says the adjective's base in a word linked to it.
 */
export function foldNegativeClauses(previous: string, next: string, lexicon?: Lexicon | null): [string, string] {
  return [foldInto(next, previous, lexicon), foldInto(previous, next, lexicon)];
}
