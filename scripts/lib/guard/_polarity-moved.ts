// A rule said with its polarity moved (issue 11, round 47b: 19 of v68/v69's 35 false flags at
// session 41's start, each read as a negation added, removed or moved). The shape, not a wording:
// a rule has two places a "no" can sit, on its act ("do not open", "nobody opens", "never
// leaves", "may ... only") and on the case or set it restricts ("who have not signed", "unless",
// "until", "only after", "only by staff who"). Moving a "no" from the verb to an antonym ("must
// stay shut" = "nobody opens"), from a ban to "only" with the set's complement ("Runners who have
// not signed may not start" = "Only runners with a signed waiver start"), or from "only" to a ban
// with a negated case ("may be driven only by staff who have passed" = "if you have not passed,
// you do not drive") keeps what the rule obliges when each place keeps its parity: the act
// forbidden or required as before, the same cases restricted. Here each sentence's "no"s are
// counted in its two places ("only" counts once in each: "only X may" = "no one who is not X
// may"), each antonym traded between the versions flips its place, and a new sentence whose two
// parities match an old one's, the old one's words said again (a generic "nobody" / "you" for its
// doers) and no case, exception or grant added, is written as that old one. Negation regressions
// change a parity ("Do not serve guests who are drunk" -> "Serve guests who are not drunk": the
// act's "no" moved into its set) and stay read. Round 48b: the words each version leaves unsaid
// must pair one to one by what they are (`_polarity-words.ts`: an opposite traded with its "no",
// the same thing in another word), the figures kept; a ban put on the thing whole ("off limits",
// "put away") is a "no" on the old act, whose verb need not be said again. Pure: the dictionary
// is handed in.
import type { Lexicon } from './_lexicon.ts';
import { opposedWords, saysSameThing } from './_polarity-words.ts';
import { saysRuleWords } from './_requirement-kept.ts';
import { normaliseWord, splitSentences, tokenizeWords } from './_text.ts';

type Place = 'act' | 'case';

/** Words that open the case a rule restricts: a condition, a time, a relative clause. */
const OPENS_CASE = new Set(['if', 'when', 'whenever', 'while', 'unless', 'until', 'till', 'once', 'after', 'before', 'who', 'whose', 'which', 'that', 'provided', 'whether']);
/** Openers of a case that negate it: "unless X" is "if not X", "without X" is "with no X". ("until X" is "before X": read as that order in time.) */
const NEGATING_OPENERS = new Set(['unless', 'without', 'except']);
/** Words that end a case said after its rule's subject ("Runners who have not signed ... may not start"). */
const MODALS = new Set(['must', 'may', 'can', 'cannot', 'should', 'shall', 'will', 'might', 'could']);
/** Negations of a place: "not" (and the "n't" `tokenizeWords` expands), "never", "no" and the negative pronouns. */
const NEGATIONS = new Set(['not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'cannot', 'without', 'except', 'forbidden', 'prohibited', 'banned', 'non']);
/** Relative clauses: said in a sentence's subject ("Shoes that leave marks are not permitted"), they end at its verb. */
const RELATIVE = new Set(['who', 'whose', 'which', 'that', 'without']);
/** A ban said as staying away from its object ("students stay off the lathe"): a "no" on the act. */
const STAY_AWAY = /\b(?:keep|keeps|stay|stays)\s+(?:out of|away from|clear of|off)\b/gi;
/**
 * A ban put on the thing whole ("Slopes steeper than 1 in 3 are off limits for the horses",
 * "phones stay put away"): a "no" on every act on it, so on the old rule's act, which need not be
 * said again (round 48b). A whole ban is never weaker than a ban on one act.
 */
const THING_BANNED = /\b(?:(?:is|are|be|been|stays?|remains?|kept)\s+)?(?:off[- ]limits|out of bounds|hands[- ]off|out of use|put away)\b/gi;

/**
 * Words on either side of a bound or an order in time, which the dictionary does not give as
 * opposites ("beyond" / "inside", "older" / "under", "after" / "before"): one traded for a word of
 * the other side turns the bound round as an antonym does.
 */
const UP = new Set(['over', 'above', 'beyond', 'past', 'outside', 'more', 'older', 'greater', 'higher', 'longer', 'later', 'after', 'once', 'exceed', 'exceeds', 'exceeding']);
const DOWN = new Set(['under', 'below', 'within', 'inside', 'less', 'fewer', 'younger', 'lower', 'shorter', 'earlier', 'before']);

/** Words the two versions may trade without saying anything of their own: form, modality and polarity. */
const FORM_WORDS = new Set([
  'only', 'not', 'never', 'no', 'nobody', 'none', 'nothing', 'neither', 'nor', 'cannot', 'one', 'must', 'may', 'can', 'should', 'shall', 'will', 'do', 'does', 'is', 'are', 'be', 'been',
  'forbidden', 'prohibited', 'banned', 'whose', 'always', 'anywhere',
  'keep', 'keeps', 'kept', 'stay', 'stays', 'remain', 'remains', 'allowed', 'permitted', 'unless', 'until', 'if', 'when', 'whenever', 'while', 'once', 'after', 'who', 'that', 'which', 'with', 'without', 'any', 'anyone', 'anybody', 'every', 'each', 'all', 'a', 'an', 'the',
]);
/** Doers said generically: a rule on "nobody under 20" or on "you" binds the old rule's doers. */
const GENERIC_DOERS = /\b(?:nobody|no one|no-one|anyone|anybody|everyone|everybody|you|we)\b/i;

/** Words that add a case, exception or grant, or soften a rule: a new sentence gaining one says less. */
const CASE_OR_GRANT = /\b(?:if|unless|when|whenever|whether|during|provided|may|might|can|could|allowed|permitted|need|needed|needs|optional|should|ought|usually|normally|generally|ideally|sometimes|possible|practical|try|except|expected|recommended|advised|encouraged)\b/gi;

interface PlacedWord {
  word: string;
  place: Place;
}

export interface Polarity {
  words: PlacedWord[];
  /** The "no"s of each place as said, to tell a "no" moved from one counted the same. */
  said: string;
  /** How many "no"s each place holds. */
  act: number;
  case: number;
}

/**
 * The words of a sentence, each in its place, and the "no"s of each place. A case runs from its
 * opener to the next comma, or, said after the subject, to the next modal; "only" opens a case
 * running to the end of its clause (or, opening the sentence, to its verb) and counts a "no" in
 * each place.
 */
export function polarityOf(sentence: string): Polarity {
  const clauses = sentence.replace(STAY_AWAY, ' not stay ').replace(THING_BANNED, ' not ').replace(/\bas long as\b/gi, 'while').replace(/\bother than\b/gi, 'except').replace(/\b(?:until|till)\b/gi, 'before').split(/[,;:]/);
  const words: PlacedWord[] = [];
  const counts = { act: 0, case: 0 };
  const said: string[] = [];
  for (const clause of clauses) {
    const tokens = tokenizeWords(clause);
    let inCase = false;
    // A case said in the subject, before any modal or "no" of the act, ends at the act's verb ("is", "are").
    let endsAtVerb = false;
    let opened = 0;
    let actSaid = false;
    for (const [i, word] of tokens.entries()) {
      if (inCase && (MODALS.has(word) || (endsAtVerb && i - opened > 1 && /^(?:is|are|was|were)$/.test(word)))) inCase = false;
      if (word === 'only') {
        counts.act += 1;
        counts.case += 1;
        said.push('only');
        inCase = true;
        endsAtVerb = i === 0;
        opened = i;
        continue;
      }
      if (!inCase && (OPENS_CASE.has(word) || NEGATING_OPENERS.has(word))) {
        inCase = true;
        endsAtVerb = RELATIVE.has(word) && !actSaid;
        opened = i;
      }
      const place: Place = inCase ? 'case' : 'act';
      if (NEGATIONS.has(word) || NEGATING_OPENERS.has(word)) {
        counts[place] += 1;
        said.push(`${place}:${word}`);
      }
      if (!inCase && (MODALS.has(word) || NEGATIONS.has(word))) actSaid = true;
      words.push({ word, place });
    }
  }
  return { words, said: said.join(' '), ...counts };
}

/** Whether two words are opposites: the dictionary's (`_polarity-words.ts`, round 48b), or words on either side of a bound. */
function opposite(lexicon: Lexicon, a: string, b: string): boolean {
  const across = (x: ReadonlySet<string>, y: ReadonlySet<string>) => (x.has(a) && y.has(b)) || (y.has(a) && x.has(b));
  return across(UP, DOWN) || opposedWords(lexicon, a, b);
}

/** The antonyms traded between the versions, each old word with the new word opposite it and its place on each side. */
function tradedOpposites(old: Polarity, now: Polarity, lexicon: Lexicon): Array<{ old: PlacedWord; now: PlacedWord }> {
  const oldSet = new Set(old.words.map((entry) => entry.word));
  const newSet = new Set(now.words.map((entry) => entry.word));
  const tradable = (word: string) => word.length > 1 && (!FORM_WORDS.has(word) || UP.has(word));
  // A word said again in another form ("sell" / "sold") is no word traded: its derivations' opposites ("buyers") are not looked for.
  const saidIn = (words: ReadonlySet<string>, word: string) => words.has(word) || [...words].some((other) => sameForm(word, other));
  const gone = old.words.filter((entry) => tradable(entry.word) && !saidIn(newSet, entry.word));
  const gained = now.words.filter((entry) => tradable(entry.word) && !saidIn(oldSet, entry.word));
  const traded: Array<{ old: PlacedWord; now: PlacedWord }> = [];
  const used = new Set<PlacedWord>();
  for (const entry of gone) {
    // Of several words opposite it, the one in its own place ("opens" for "shut", not "the opening hours").
    const candidates = gained.filter((other) => !used.has(other) && opposite(lexicon, entry.word, other.word));
    const match = candidates.find((other) => other.place === entry.place && !/ing$/.test(other.word)) ?? candidates.find((other) => other.place === entry.place) ?? candidates[0];
    if (match) {
      used.add(match);
      traded.push({ old: entry, now: match });
    }
  }
  return traded;
}

/** Whether `next` adds a case, exception, grant or softening word `previous` lacks ("is not permitted" forbids, it grants nothing). */
function addsCaseOrGrant(previous: string, next: string): boolean {
  const kind = (word: string) => word.toLowerCase().replace(/^whenever$/, 'when');
  const own = new Set((previous.match(CASE_OR_GRANT) ?? []).map(kind));
  // A "may" or a case said with "only" restricts ("may be photographed only with consent", "only when it is dry"): no grant.
  const restricted = /\bonly\b/i.test(next) ? next.replace(/\b(?:may|can)\b/gi, ' ') : next;
  const theirs = (restricted.replace(/\bcannot\b|\bcan't\b|\bnot (?:allowed|permitted)\b|\bonly (?:if|when|whenever|while|once|after)\b|\bif (?:you|they|he|she|it) (?:have|has|do|does|are|is) not\b/gi, ' ').match(CASE_OR_GRANT) ?? []).map(kind);
  return theirs.some((word) => !own.has(word));
}

/**
 * Whether `next` says the rule of `previous` with its polarity moved: a "no" traded between the
 * act, its case, "only" and an antonym, each place's parity kept; the old words said again (its
 * doers may be said generically, its traded antonyms and form words are not looked for) and no
 * case, exception or grant added.
 */
export function saysWithPolarityMoved(previous: string, next: string, lexicon: Lexicon): boolean {
  // One clause each: "never A; do B only with C" counts the "no"s of two rules (`, but`, `, and`, `;`, `:` join two).
  if ([previous, next].some((text) => /[;:]|,\s*(?:but|and|or|so)\b/i.test(text))) return false;
  const [old, now] = [polarityOf(previous), polarityOf(next)];
  // A sentence with no case says where its antonym stands by the other's place ("never grind on a wet stone" -> "ground only on a dry stone").
  const placed = (pair: { old: PlacedWord; now: PlacedWord }) => (old.case === 0 && !old.words.some((entry) => entry.place === 'case') ? { ...pair, old: { ...pair.old, place: pair.now.place } } : pair);
  const traded = tradedOpposites(old, now, lexicon).map(placed);
  // An antonym traded across places, or two in one place (a swap: "before ..., never after" -> "after ..., never before"), is no polarity moved.
  if (traded.some((pair) => pair.old.place !== pair.now.place)) return false;
  if (traded.filter((pair) => pair.now.place === 'act').length > 1 || traded.filter((pair) => pair.now.place === 'case').length > 1) return false;
  const flips = (place: Place) => traded.filter((pair) => pair.now.place === place).length;
  const wholeBan = (text: string) => new RegExp(THING_BANNED.source, 'i').test(text);
  const moved = old.said !== now.said || traded.length > 0 || wholeBan(previous) !== wholeBan(next);
  if (!moved) return false;
  if ((old.act + now.act + flips('act')) % 2 !== 0 || (old.case + now.case + flips('case')) % 2 !== 0) return false;
  if (addsCaseOrGrant(previous, next)) return false;
  const leaveOut = new Set<string>([...FORM_WORDS, ...traded.map((pair) => pair.old.word)]);
  // A ban on going past a bound said as keeping inside it ("may not sail beyond the buoys" = "keep inside the buoys"): the keeping verb says the act.
  const keeping = /\b(?:keep|keeps|stay|stays|remain|remains)\b/i;
  if (traded.length > 0 && keeping.test(next) && !keeping.test(previous)) leaveOut.add(actVerbOf(previous) ?? '');
  if (wholeBan(next) && !wholeBan(previous)) leaveOut.add(actVerbOf(previous) ?? '');
  if (GENERIC_DOERS.test(next)) for (const word of [...doersOf(previous), ...peopleIn(previous, lexicon)]) leaveOut.add(word);
  const giveBack = new Set<string>([...FORM_WORDS, ...traded.map((pair) => pair.now.word)]);
  if (GENERIC_DOERS.test(previous)) for (const word of [...doersOf(next), ...peopleIn(next, lexicon)]) giveBack.add(word);
  // Every word said again both ways, and the old case's words said in the new case: a case swapped with the act ("may not discharge unless a consultant has signed" -> "a consultant signs only if a patient is discharged") is no polarity moved.
  const caseWords = (polarity: Polarity) => polarity.words.filter((entry) => entry.place === 'case').map((entry) => entry.word).join(' ');
  const oldCase = caseWords(old);
  // The words left unsaid each way must pair one to one, each new word saying an old one's thing
  // in other words (`_polarity-words.ts`, round 48b): "photographed" for "photographing" is said,
  // "letter" for a dropped "in writing" is not (the letter is said already).
  // A whole ban's own words ("off limits") are its "no", not words of the rule.
  const [said, saying] = [previous, next].map((text) => text.replace(THING_BANNED, ' not ')) as [string, string];
  const paired = pairInOtherWords(unsaidIn(said, saying, lexicon, leaveOut), unsaidIn(saying, said, lexicon, giveBack), lexicon);
  if (!paired || !sameFigures(previous, next)) return false;
  const newCase = caseWords(now);
  const caseKept = oldCase.trim() === '' || unsaidIn(oldCase, newCase, lexicon, leaveOut).every((word) => tokenizeWords(newCase).includes(paired.get(word) ?? ''));
  return caseKept;
}

/** The old words said by new ones in other words, one to one (`_polarity-words.ts`), or null when a word on either side is left over. */
function pairInOtherWords(oldWords: readonly string[], newWords: readonly string[], lexicon: Lexicon): Map<string, string> | null {
  if (oldWords.length !== newWords.length) return null;
  const pairs = new Map<string, string>();
  const left = [...newWords];
  for (const word of oldWords) {
    // A bound's word said by another of its side ("beyond" / "past", "under" / "below") says the same bound.
    const sameSide = (other: string) => (UP.has(word) && UP.has(other)) || (DOWN.has(word) && DOWN.has(other));
    const at = left.findIndex((other) => sameSide(other) || saysSameThing(lexicon, word, other));
    if (at < 0) return null;
    pairs.set(word, left[at] ?? '');
    left.splice(at, 1);
  }
  return pairs;
}

/** Whether both versions say the same figures: a figure changed is never a polarity moved. */
function sameFigures(previous: string, next: string): boolean {
  const figures = (text: string) => (text.match(/\d+(?:[.,]\d+)*/g) ?? []).sort().join(' ');
  return figures(previous) === figures(next);
}

/** Whether two words are one word in two forms ("drive" / "driven", "signed" / "sign"). */
function sameForm(a: string, b: string): boolean {
  const stem = (word: string) => word.replace(/(?:ing|ed|en|es|s|e)$/, '');
  return a === b || (stem(a).length >= 3 && stem(a) === stem(b));
}

/** Words that say nothing of a rule's content: articles, pronouns, prepositions of place and "be". */
const FILLERS = new Set(['you', 'your', 'we', 'someone', 'anyone', 'nobody', 'everyone', 'the', 'and', 'for', 'of', 'to', 'in', 'on', 'at', 'by', 'from', 'into', 'onto', 'its', 'his', 'her', 'their', 'they', 'them', 'it', 'our', 'us', 'has', 'have', 'had', 'was', 'were', 'any', 'this', 'these', 'those', 'there']);

/** Whether two words are one: the same stem ("drive" / "driven", "signed" / "sign"), or a sense in common. */
function sameWord(lexicon: Lexicon, a: string, b: string): boolean {
  // `normaliseWord` also folds a few synonyms ("open" / "start"): one word for the words said again, never for the words traded.
  if (sameForm(a, b) || normaliseWord(a) === normaliseWord(b)) return true;
  const ids = (word: string) => new Set((['v', 'n', 'a', 'r'] as const).flatMap((pos) => lexicon.senses(word, pos).map((sense) => sense.id)));
  const theirs = ids(b);
  return [...ids(a)].some((id) => theirs.has(id));
}

/**
 * The content words of `rule` but `leaveOut` not said in `stretch` by their stem or a sense in
 * common: stricter than the requirement readings' links, which let "a teacher is supervising" be
 * said by "a teacher is in the building". What is left must pair with the other side's leftovers.
 */
function unsaidIn(rule: string, stretch: string, lexicon: Lexicon, leaveOut: ReadonlySet<string>): string[] {
  const theirs = tokenizeWords(stretch);
  return tokenizeWords(rule).filter((word) => !(word.length < 3 || /^\d/.test(word) || FILLERS.has(word) || leaveOut.has(word) || theirs.some((other) => sameWord(lexicon, word, other))));
}

/** The verb a rule binds: the first word after its modal and its "not" ("may not sail" -> "sail"). */
function actVerbOf(sentence: string): string | null {
  const words = tokenizeWords(sentence);
  const modal = words.findIndex((word) => MODALS.has(word) || word === 'do' || word === 'never' || word === 'not');
  return modal < 0 ? null : (words.slice(modal + 1).find((word) => !/^(?:not|never|be|been|ever|always|to)$/.test(word)) ?? null);
}

/** The words of a text naming people ("staff", "guests", "passengers"): a generic "nobody" or "you" may stand for them. */
function peopleIn(text: string, lexicon: Lexicon): string[] {
  return tokenizeWords(text).filter((word) => word.length > 2 && lexicon.senses(word, 'n').slice(0, 2).some((sense) => sense.category === 'noun.person' || sense.category === 'noun.group'));
}

/** The words naming a rule's doers: its subject before the modal ("Tasting-room guests must ..."), or the set a ban names ("sell seats to anyone ..."). */
function doersOf(sentence: string): string[] {
  const words = tokenizeWords(sentence);
  const modal = words.findIndex((word) => MODALS.has(word) || word === 'only');
  return modal > 0 ? words.slice(0, modal).filter((word) => word.length > 2 && !/^(?:the|all|every|each|any)$/.test(word)) : [];
}

/**
 * `next` with each sentence that says an old sentence's rule with its polarity moved written as
 * that old sentence, so the detectors read only what else changed. Without a dictionary nothing is folded.
 */
export function foldPolarityMoved(previous: string, next: string, lexicon: Lexicon | null | undefined): [string, string] {
  if (!lexicon) return [previous, next];
  const oldSentences = splitSentences(previous);
  const kept = new Set(oldSentences);
  let written = next;
  for (const sentence of splitSentences(next)) {
    if (kept.has(sentence) || !written.includes(sentence)) continue;
    const match = oldSentences.find((old) => !splitSentences(written).includes(old) && saysWithPolarityMoved(old, sentence, lexicon));
    if (match) written = written.replace(sentence, match);
  }
  return [previous, written];
}
