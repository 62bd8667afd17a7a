// `scope-widened`: the set a rule keeps an act to gains an item, or loses a qualifier, while the
// rule is said in another of the forms that keep an act to a set (round 37d, the tuning set's
// "only" misses): "Only pharmacists may open the controlled drugs cupboard" -> "Opening the
// controlled drugs cupboard is restricted to pharmacists and their assistants", "Do not lend the
// projector to anyone other than teaching staff" -> "The projector is loaned only to teaching staff
// and students", "Never lend a kayak to anyone who is not a club member" -> "Kayaks are lent to club
// members and their guests only", "Only beekeepers holding a venom kit may open the observation
// hive" -> "... is limited to beekeepers, with or without a venom kit". reason-only-widened.ts reads
// an item put in with every other word kept in place; here the two sentences are read apart: each
// one's exclusive set (after "only", "restricted / limited / reserved / confined to", "anyone other
// than / except / but", "anyone who is not", "no one but"; before a closing "only") and its act (the
// content words outside the set). Read when the acts are one (every content word of the old act is
// said in the new sentence by its root or a word one dictionary link away: "lend" / "loaned"), every
// content word of the old set is in the new set, and the new set adds an item joined by "and",
// "or", "as well as" or "plus" with a content word the old sentence did not have; or when the old
// set's qualifier is now said "with or without" / "whether or not". Left alone: an "only" gate
// ("only after", "only once", "only if": a gate given one more thing is stricter, round 36c), an item
// that is a clause or a case ("and only when", "and who"), a pair that acts together ("together",
// "jointly", "both"). Pure: the dictionary is handed in.
import type { Reason } from '../schema/records.ts';
import type { Lexicon } from './_lexicon.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { neighbourhoodsMeet, senseNeighbourhood } from './_sense-neighbourhood.ts';
import { normaliseWord, quote, RULE_WORDS, sameRoot, STOP_WORDS } from './_text.ts';

interface ExclusiveSet {
  /** The set's words as written, lower case. */
  set: string[];
  /** Content words of the sentence outside the set and its marker: the act kept to the set. */
  act: string[];
  /** The whole sentence's words, for "with or without". */
  words: string[];
  /** The preposition the set opens with ("only with a permit"), else null. */
  opensWith: string | null;
  /** Whether the set is of people, said after "anyone other than", "no one but" (round 38a). */
  ofPeople: boolean;
  /** Whether the set is what a ban lets off ("not allowed ..., except the farrier's pony"), not those it keeps an act to. */
  letsOff: boolean;
}

/** Words that open the gate of an "only": a case, not a set ("only after the committee and the sponsor have approved"). */
const GATE_WORDS = new Set(['after', 'once', 'if', 'when', 'whenever', 'while', 'where', 'until', 'before', 'during', 'between', 'since', 'then', 'ever', 'because']);
/** Prepositions an "only" set may open with ("only to teaching staff", "to club members ... only"). */
const SET_PREPOSITIONS = new Set(['to', 'by', 'for', 'from', 'with', 'at', 'in', 'on', 'into', 'onto']);
/** Words that end a set read forward: a modal or verb of being, a case, a clause of its own. */
const SET_ENDS = new Set(['may', 'can', 'could', 'must', 'should', 'shall', 'will', 'would', 'might', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'need', 'needs', 'unless', 'if', 'when', 'whenever', 'until', 'once', 'after', 'before', 'while', 'during', 'only', 'but', 'except']);
const ONLY_WORDS = new Set(['only', 'solely', 'exclusively']);
/** Modals after a party's "alone" that make it the one who may or must act. */
const MODAL_AFTER_ALONE = new Set(['may', 'can', 'must', 'shall', 'should', 'will', 'is', 'are']);
const RESTRICTING = new Set(['restricted', 'limited', 'reserved', 'confined']);
const ANYONE = new Set(['anyone', 'anybody', 'anything', 'anywhere', 'someone', 'somebody']);
const NOBODY = new Set(['nobody', 'none']);
/** Words an added item must not hold: a clause, a case or a pair acting together. */
const NOT_AN_ITEM = new Set(['who', 'whom', 'whose', 'that', 'which', 'when', 'whenever', 'if', 'once', 'after', 'before', 'until', 'while', 'only', 'unless', 'provided', 'together', 'jointly', 'both', 'simultaneously', 'not', 'never', 'no', 'without']);
const COORDINATORS = new Set(['and', 'or', 'plus']);
/** Words that open the set a ban lets off ("except", "excepting", "besides"; "apart from", "other than" read as pairs). */
const BAN_EXCEPTIONS = new Set(['except', 'excepting', 'besides']);
/** Words that make a sentence a ban, whose exceptions are what it lets off. */
const BAN_WORDS = new Set(['not', 'never', 'no', 'nobody', 'none', 'nothing', 'nowhere', 'cannot', 'prohibited', 'forbidden', 'banned']);
/** Words that name nobody new: "or to someone with a claim" restates "a person with a claim". */
const SOMEONE = new Set(['someone', 'somebody', 'anyone', 'anybody', 'person', 'persons', 'people', 'one', 'party', 'individual']);
/** Words that join a qualifier to its set ("holding a venom kit", "having a licence"). */
const JOINING = /^(?:holding|having|carrying|owning|showing|with)$/;

const isContent = (word: string): boolean => /^[a-z][a-z'-]{2,}$/.test(word) && !STOP_WORDS.has(word) && !RULE_WORDS.has(word);

/** Lower-case words and the punctuation that ends a set. */
function tokens(text: string): string[] {
  return (text.toLowerCase().replace(/[’‘]/g, "'").match(/[a-z0-9][a-z0-9'-]*|[,;:.!?()]/g) ?? []).map((word) => word.replace(/'s$/, ''));
}

const isStop = (word: string | undefined): boolean => word === undefined || /^[,;:.!?()]$/.test(word);

/** Where a set read forward from `from` ends. */
function forwardEnd(words: readonly string[], from: number): number {
  let at = from;
  while (at < words.length && !isStop(words[at]) && !SET_ENDS.has(words[at]!)) at += 1;
  return at;
}

/** The set a sentence keeps its act to, and the act; null when it keeps none or more than one. */
export function exclusiveSet(text: string): ExclusiveSet | null {
  const words = tokens(text);
  const found: Array<{ marker: [number, number]; set: [number, number]; letsOff?: boolean }> = [];
  const banned = words.some((word) => BAN_WORDS.has(word) || word.endsWith("n't"));
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (RESTRICTING.has(word) && (next === 'to' || next === 'for')) {
      found.push({ marker: [i, i + 2], set: [i + 2, forwardEnd(words, i + 2)] });
    } else if ((ANYONE.has(word) || (word === 'any' && next !== undefined && !isStop(next))) && i + 2 < words.length) {
      const at = word === 'any' ? i + 2 : i + 1;
      const phrase = `${words[at]} ${words[at + 1]}`;
      const length = ['other than', 'apart from', 'except for'].includes(phrase) ? 2 : ['except', 'but', 'besides'].includes(words[at]!) ? 1 : 0;
      if (length > 0) found.push({ marker: [i, at + length], set: [at + length, forwardEnd(words, at + length)] });
      else {
        // "anyone (at all) who is not a club member".
        const who = words[i + 1] === 'at' && words[i + 2] === 'all' ? i + 3 : i + 1;
        if (ANYONE.has(word) && words[who] === 'who' && /^(?:is|are)$/.test(words[who + 1] ?? '') && words[who + 2] === 'not') found.push({ marker: [i, who + 3], set: [who + 3, forwardEnd(words, who + 3)] });
      }
    } else if ((NOBODY.has(word) || (word === 'no' && next === 'one')) && ['but', 'except'].includes(words[word === 'no' ? i + 2 : i + 1] ?? '')) {
      const at = (word === 'no' ? i + 2 : i + 1) + 1;
      found.push({ marker: [i, at], set: [at, forwardEnd(words, at)] });
    } else if (word === 'alone' && next !== undefined && MODAL_AFTER_ALONE.has(next)) {
      // "Canoe polo goalkeepers alone may use the long paddle" (round 38d): the party before it.
      let at = i - 1;
      while (at >= 0 && !isStop(words[at]) && !SET_PREPOSITIONS.has(words[at]!) && !SET_ENDS.has(words[at]!)) at -= 1;
      // "Staff who work alone", "people working alone": a manner of working, no party kept to an act.
      const party = words.slice(at + 1, i);
      if (at < i - 1 && (at < 0 || isStop(words[at])) && !party.some((their) => /^(?:who|that|which|whom|whose)$/.test(their) || /ing$/.test(their))) found.push({ marker: [i, i + 1], set: [at + 1, i] });
    } else if (word === 'and' && (((next === 'nobody' || next === 'no-one' || next === 'nowhere') && words[i + 2] === 'else') || (next === 'no' && words[i + 2] === 'one' && words[i + 3] === 'else'))) {
      // "The vet and nobody else may sedate a ferret" (round 38d): the set stands before it, from the
      // sentence's start or its preposition ("to the sales office and nowhere else" is said as "only"
      // before the readings, _only-phrasings.ts).
      let at = i - 1;
      while (at >= 0 && !isStop(words[at]) && !SET_PREPOSITIONS.has(words[at]!) && !SET_ENDS.has(words[at]!)) at -= 1;
      if (at < i - 1 && (at < 0 || isStop(words[at]) || SET_PREPOSITIONS.has(words[at]!))) found.push({ marker: [i, next === 'no' ? i + 4 : i + 3], set: [at + 1, i] });
    } else if (BAN_EXCEPTIONS.has(word) || (word === 'apart' && next === 'from') || (word === 'other' && next === 'than')) {
      // "Horses are not allowed anywhere in the orchard, except the farrier's pony": the set a ban lets
      // off (round 38d). Only in a ban: a grant's exception widened is stricter, a duty's is the
      // exception readings'; "anyone other than", "no one but" are read above; "except when" is a case.
      const at = word === 'apart' || word === 'other' || (word === 'except' && next === 'for') ? i + 2 : i + 1;
      const taken = found.some(({ marker }) => i >= marker[0] && i < marker[1]) || ANYONE.has(words[i - 1] ?? '') || NOBODY.has(words[i - 1] ?? '') || words[i - 1] === 'one' || words[i - 2] === 'any';
      if (!taken && banned && at < words.length && !GATE_WORDS.has(words[at]!) && !isStop(words[at])) found.push({ marker: [i, at], set: [at, forwardEnd(words, at)], letsOff: true });
    } else if (ONLY_WORDS.has(word)) {
      // "Not only X but also Y" keeps the act to no set; "solely" and "exclusively" say "only".
      if (next === undefined || GATE_WORDS.has(next) || words[i - 1] === 'not') continue;
      if (isStop(next)) {
        // "lent to club members and their guests only": the set stands after its preposition.
        let at = i - 1;
        while (at >= 0 && !isStop(words[at]) && !SET_PREPOSITIONS.has(words[at]!)) at -= 1;
        if (at >= 0 && SET_PREPOSITIONS.has(words[at]!) && at < i - 1) found.push({ marker: [i, i + 1], set: [at + 1, i] });
      } else {
        const from = SET_PREPOSITIONS.has(next) ? i + 2 : i + 1;
        if (from < words.length && !GATE_WORDS.has(words[from]!)) found.push({ marker: [i, from], set: [from, forwardEnd(words, from)] });
      }
    }
  }
  // A set that opens with a figure is an amount ("limited to 3 hours"), no set of who or what.
  const sets = found.filter(({ set }) => set[1] > set[0] && !/^\d/.test(words[set[0]]!));
  if (sets.length !== 1) return null;
  const [{ marker, set, letsOff }] = sets as [{ marker: [number, number]; set: [number, number]; letsOff?: boolean }];
  const inside = (at: number) => (at >= marker[0] && at < marker[1]) || (at >= set[0] && at < set[1]);
  const act = words.filter((word, at) => !inside(at) && isContent(word) && !ANYONE.has(word));
  const opener = words[set[0] - 1] ?? '';
  const markerWord = words[marker[0]] ?? '';
  const ofPeople = ANYONE.has(markerWord) || NOBODY.has(markerWord) || markerWord === 'no';
  return { set: words.slice(set[0], set[1]), act, words, opensWith: SET_PREPOSITIONS.has(opener) ? opener : null, ofPeople, letsOff: letsOff === true };
}

/** Past participles the dictionary does not bring to their verb ("Kayaks are lent to ..."). */
const PARTICIPLES: Readonly<Record<string, string>> = { lent: 'lend', sent: 'send', spent: 'spend', kept: 'keep', held: 'hold', sold: 'sell', shown: 'show', given: 'give', taken: 'take', left: 'leave', brought: 'bring', paid: 'pay', made: 'make', built: 'build', bought: 'buy', told: 'tell', worn: 'wear', driven: 'drive', ridden: 'ride', flown: 'fly', thrown: 'throw', shot: 'shoot', fed: 'feed', led: 'lead', dealt: 'deal', met: 'meet' };
const verbOf = (word: string): string => PARTICIPLES[word] ?? word;

/** Whether `word` is said by one of `others`: its root, or a word one dictionary link away. */
function saidBy(word: string, others: readonly string[], lexicon: Lexicon | null | undefined): boolean {
  const stem = normaliseWord(verbOf(word));
  if (others.some((other) => sameRoot(stem, normaliseWord(verbOf(other))))) return true;
  if (!lexicon) return false;
  const own = senseNeighbourhood(lexicon, verbOf(word));
  return others.some((other) => isContent(other) && neighbourhoodsMeet(own, senseNeighbourhood(lexicon, verbOf(other))));
}

/** The item the new set adds: from its coordinator on, when it brings a content word the old sentence lacked; else null. */
function addedItem(previous: ExclusiveSet, next: ExclusiveSet): string[] | null {
  const oldContent = previous.set.filter(isContent);
  const newSet = next.set;
  if (oldContent.length === 0) return null;
  if (!oldContent.every((word) => newSet.some((their) => sameRoot(normaliseWord(word), normaliseWord(their))))) return null;
  for (let at = 1; at < newSet.length; at++) {
    const word = newSet[at]!;
    const opens = COORDINATORS.has(word) || (word === 'as' && newSet[at + 1] === 'well' && newSet[at + 2] === 'as');
    if (!opens) continue;
    const item = newSet.slice(at);
    if (item.some((their) => NOT_AN_ITEM.has(their))) return null;
    // "only with the parent's written consent ... and dose": a thing the act needs, given one more, is
    // stricter; people the old rule kept it to ("with anyone other than the owner" -> "only with the
    // owner and their family") are those it is shared with, and one more widens it (round 38a).
    if (next.opensWith === 'with' && word !== 'or' && !previous.ofPeople) return null;
    const fresh = item.filter((their) => isContent(their) && !SOMEONE.has(their) && !previous.words.some((old) => sameRoot(normaliseWord(old), normaliseWord(their))));
    // An "or" between two words of the old set ("the pharmacist or the technician" both kept) adds nothing.
    if (fresh.length > 0) return item;
  }
  return null;
}

/** The old set's qualifier now said "with or without" / "whether or not": the words, else null. */
function qualifierMadeOptional(previous: ExclusiveSet, next: ExclusiveSet): string[] | null {
  // "beekeepers holding a venom kit": the participle that joins the qualifier is no part of it.
  const missing = previous.set.filter((word) => isContent(word) && !JOINING.test(word) && !next.set.some((their) => sameRoot(normaliseWord(word), normaliseWord(their))));
  if (missing.length === 0) return null;
  const said = next.words.join(' ');
  const optional = /\b(?:with or without|whether or not(?: they (?:have|hold|are))?|regardless of whether they (?:have|hold|are))\s+([a-z0-9' -]+)/.exec(said);
  if (!optional) return null;
  const phrase = optional[1]!.split(' ');
  return missing.every((word) => phrase.some((their) => sameRoot(normaliseWord(word), normaliseWord(their)))) ? optional[0].trim().split(' ') : null;
}

/**
 * Words that keep an act to its party in a sentence with no exclusive set of its own ("is the
 * duty manager's job", "the pharmacist alone", a negation of another party): no limit went.
 */
// A universal ("Every part you order comes from the approved catalogue" = "Only order parts from
// it"), a need ("needs the signature of a physiotherapist"), "keep to", "the one person who" say it too.
const STILL_KEPT = new Set(['only', 'alone', 'sole', 'solely', 'exclusively', 'just', 'nobody', 'none', 'else', 'never', 'not', 'no', 'without', 'except', 'unless', 'restricted', 'limited', 'reserved', 'confined', 'job', 'task', 'responsibility', 'duty', 'role', 'preserve', 'privilege', 'right', 'charge', 'entitled', 'authorised', 'authorized', 'permitted', 'allowed', 'approved', 'every', 'all', 'any', 'each', 'always', 'whichever', 'whatever', 'need', 'needs', 'require', 'requires', 'required', 'keep', 'keeps', 'one']);
/** "Legal representation is for members with ...": a thing said to be for a party is kept to it. */
const IS_FOR = /\b(?:is|are)\s+(?:strictly\s+)?for\b/;

/** The old set kept whole in a new sentence that keeps the act to nobody: the limit dropped ("to anyone other than the named driver" -> "given to the named driver"). */
function limitDropped(previous: ExclusiveSet, nextText: string): boolean {
  const words = tokens(nextText);
  if (words.some((word) => STILL_KEPT.has(word) || word.endsWith("n't")) || IS_FOR.test(words.join(' '))) return false;
  const content = previous.set.filter(isContent);
  return content.length > 0 && content.every((word) => words.some((their) => sameRoot(normaliseWord(word), normaliseWord(their))));
}

export function findExclusiveSetsWidened(input: StatementDiffInput, lexicon?: Lexicon | null): Reason[] {
  return readOneToOne(input, ({ group }) => {
    const previous = exclusiveSet(group.previousText);
    if (!previous || previous.act.length === 0) return null;
    const newWords = tokens(group.nextText).filter(isContent);
    // The act kept: every content word of the old act said in the new sentence.
    if (!previous.act.every((word) => saidBy(word, newWords, lexicon))) return null;
    const next = exclusiveSet(group.nextText);
    // A ban's exception gone makes the ban stricter: no limit dropped.
    if (!next && previous.letsOff) return null;
    if (!next) {
      // "Pay suppliers by bank transfer; use no other payment method": the limit said in the clause after a semicolon is kept.
      const at = input.nextText.indexOf(group.nextText);
      const rest = at < 0 ? '' : (input.nextText.slice(at + group.nextText.length).split(/[.!?](?:\s|$)/)[0] ?? '');
      return limitDropped(previous, `${group.nextText} ${rest}`) ? { code: 'scope-widened', message: `scope widened: the rule no longer keeps its act to "${previous.set.join(' ')}", in ${quote(group.nextText)}` } : null;
    }
    const added = addedItem(previous, next);
    if (added) return { code: 'scope-widened', message: `scope widened: "${added.join(' ')}" added to those "${previous.set.join(' ')}" the rule ${previous.letsOff ? 'let off' : 'was kept to'}, in ${quote(group.nextText)}` };
    const optional = qualifierMadeOptional(previous, next);
    if (optional) return { code: 'scope-widened', message: `scope widened: the set "${previous.set.join(' ')}" the rule was kept to now holds anyone "${optional.join(' ')}", in ${quote(group.nextText)}` };
    return null;
  });
}

/** Whether a reason is this reading's item added to a set, or a qualifier made optional (not its limit dropped: that reads no new member). */
export function readsAnItemAdded(reason: Pick<Reason, 'code' | 'message'>): boolean {
  return reason.code === 'scope-widened' && (/^scope widened: "[^"]*" added to those "[^"]*" the rule (?:was kept to|let off), in /.test(reason.message) || /^scope widened: the set "[^"]*" the rule was kept to now holds anyone "[^"]*", in /.test(reason.message));
}
