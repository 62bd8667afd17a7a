// A sentence whose coordinated items were put in another order (issue 11, round 34c: v43's "Every
// house comes with a gas safety certificate and an electrical installation certificate" -> "... an
// electrical installation certificate and a gas safety certificate", v36's two duties joined by ",
// and" said the other way round, the tuning set's checks before a climb). The readings of roles
// compare the words at each place, so two items trading places read as two parties exchanging
// roles. Here a sentence of the new version that holds the same items as a sentence of the old one,
// split at its semicolons where it has any, else at commas (not a thousands comma) and "and", each
// item word for word and in another order, is written as the old sentence before any reading: a
// reordered list names the same things. An item that changed a word ("the buyer pays the agent" ->
// "the agent pays the buyer" is one item) or a sequence said in words ("then", "first", "next",
// "finally", "followed by", numbered steps) keeps the sentence as written, so an order of steps
// stays compared. Every
// labelled edit of the sets v3-v43 and the tuning set that is such a permutation is benign (17, 2
// flagged as roles swapped before this reading). Pure.
import { gappedClausesSwapped } from './_gapped-clauses.ts';
import { conjunctsExchanged, exchangeKey } from './_conjuncts-exchanged.ts';

/** Words that say the items come in a sequence: their order is the rule's. */
// "first aid" and "first language" name a thing, no step (round 42d: v58's "a first aid kit" and
// v57's "the client's first language" kept reordered items as written, read as roles swapped).
// "next year's final", "next season" name a time, and "a 30-second rinse" a length of one: no step
// (round 48c: v70's cheese race, "the cheese, a certificate and a place in next year's final" said
// the other way round, kept as written and read as roles swapped).
const SEQUENCE = /\b(?:then|first(?! (?:aid|language)\b)|firstly|(?<!\d[- ]?)second|secondly|third|thirdly|next(?! (?:year|week|month|season|spring|summer|autumn|winter|day|morning|evening|weekend|term|session|time)\b)|finally|lastly|afterwards|followed by|after that|before that|step \d+|in (?:that|this) order|in order)\b(?!-)/i;

/**
 * The sentences of a text and the line breaks between them, every character in one piece: a line
 * that ends with no stop (a heading, a list item, "Agents must:", a table row) is one of its own
 * (such lines were dropped before: a one-figure edit in a 400-sentence handbook read as 100
 * requirements removed; issue 9).
 */
function sentencesOf(text: string): string[] {
  return text.match(/[^.!?\n]*[.!?]+|[^.!?\n]+|\n+/g) ?? [];
}

/** A sentence in lower case, its spaces round it and its end punctuation taken off. */
function bare(sentence: string): string {
  return sentence.toLowerCase().trim().replace(/[.!?]+$/, '');
}

/**
 * A sentence's items, lower case, its end punctuation taken off, sorted. Where it has semicolons
 * they alone part its items, each read whole with its commas and colons: "Adults: two tablets;
 * children: half a tablet" holds two pairs, and split at its colons too it held four items that the
 * same pairs with their amounts swapped also hold.
 */
function itemsOf(sentence: string): string[] {
  const text = bare(sentence);
  const items = text
    .split(text.includes(';') ? /;/ : /,(?!\d)|\band\b/)
    // A leading "or" stays the item's: "damp or mould" -> "damp and mould" is no reorder.
    .map((item) => alternativesSorted(item.trim().replace(/^and\s+/, '').replace(/\s+/g, ' ')))
    .filter((item) => item !== '');
  // "A, B, or C" -> "C, B, or A": the "or" that opens the last item is the list's, not C's; the list
  // is marked as one of alternatives instead, so "A, B and C" stays another list (round 41b, v56).
  const last = items.length >= 3 ? items.at(-1) : undefined;
  if (last !== undefined && /^or\s/.test(last)) items.splice(-1, 1, last.replace(/^or\s+/, ''), '\u0000or');
  return items.sort();
}

/** Words that open an item before its alternatives ("but not", "except"): they say how the alternatives are held, not which. */
const ALTERNATIVES_LEAD = /^((?:(?:but|not|no|nor|never|except|excluding|including|either|neither)\s+)+)/;

/**
 * An item of "or" alternatives with its alternatives in one order, the words that open it kept in
 * front ("but not cannabis products or nicotine pouches" = "but not nicotine pouches or cannabis
 * products"; round 38c, v51's vape shop): alternatives name the same things in any order. Only the
 * item's own "or" is read: an item that says anything beside them keeps its words as written, and
 * a sequence ("first ..., then ...") is never read as reordered.
 */
function alternativesSorted(item: string): string {
  if (!/\bor\b/.test(item)) return item;
  const lead = ALTERNATIVES_LEAD.exec(item)?.[1] ?? '';
  const alternatives = item.slice(lead.length).split(/\s+or\s+/).map((alternative) => alternative.trim());
  return alternatives.length >= 2 && alternatives.every((alternative) => alternative !== '') ? `${lead}${alternatives.sort().join(' or ')}` : item;
}

/**
 * The words of a sentence's items, sorted, with every "or": two sentences whose items are the same,
 * whole or after the words both open with, have the same (`itemsReordered`), so only sentences with
 * the same words are compared (a 400-sentence clause compared every sentence with every other one).
 */
function itemWords(sentence: string): string {
  return bare(sentence).replace(/;|:|,(?!\d)|\band\b/g, ' ').split(/\s+/).filter((word) => word !== '' && word !== 'or').sort().join(' ');
}

/** Whether two runs of text hold the same items, two at least. */
function sameItems(previous: string, next: string): boolean {
  const before = itemsOf(previous);
  const after = itemsOf(next);
  return before.length >= 2 && before.length === after.length && before.every((item, i) => item === after[i]);
}

/**
 * Whether `next` says the items of `previous` in another order, and nothing else: the whole
 * sentences, or what follows the words both open with ("Every house comes with" before "a gas
 * safety certificate and an electrical installation certificate").
 */
export function itemsReordered(previous: string, next: string): boolean {
  if (previous.trim() === next.trim() || SEQUENCE.test(previous) || SEQUENCE.test(next)) return false;
  if (sameItems(previous, next)) return true;
  const before = previous.trim().split(/\s+/);
  const after = next.trim().split(/\s+/);
  let shared = 0;
  while (shared < before.length && shared < after.length && before[shared]!.toLowerCase() === after[shared]!.toLowerCase()) shared++;
  // "Pack a first-aid kit, a torch and a whistle" -> "Pack a whistle, ...": the article both open
  // their first item with belongs to it, so the shared opening is also read a word or two shorter.
  // Items that open with a relative clause ("who receive the ..., who are ..., or who receive the
  // ...") share up to four words of it at the opening.
  for (let cut = shared; cut > 0 && cut >= shared - 4; cut--) if (sameItems(before.slice(cut).join(' '), after.slice(cut).join(' '))) return true;
  // A phrase both close with is the whole list's, not its last item's ("your altimeter, your
  // handles and your buddy's pins before boarding": round 42d, v59's drop zone).
  // The closing phrase may end in the words both last items end with ("a 200 m swim test and a
  // treading-water test before entering the sea"): each shorter tail is read too, down to one word
  // (round 43d, v60's sea swimming).
  let tail = 0;
  while (tail < before.length - shared && tail < after.length - shared && before.at(-1 - tail)!.toLowerCase() === after.at(-1 - tail)!.toLowerCase()) tail++;
  for (let kept = tail; kept > 0; kept--) for (let cut = shared; cut >= 0 && cut >= shared - 4; cut--) if (sameItems(before.slice(cut, -kept).join(' '), after.slice(cut, -kept).join(' '))) return true;
  return false;
}

/** A phrase of place or occasion fronted before the main clause: "At every ..., ..., chaperones are present." */
const FRONTED = /^\s*(?:at|for|in|on|during|from|to|with|after|before)\s/i;

/**
 * A sentence that fronts a phrase of place or occasion before its main clause, the clause after a
 * comma ("For every court appearance, and for every client interview ..., interpreters are
 * booked."), written with the clause first and the phrase after it ("Interpreters are booked for
 * every court appearance, and for every client interview ..."): one reading for each comma the
 * phrase may end at, the last first (the phrase may hold commas of its own; the clause may hold a
 * list's: "Before boarding, check your buddy's pins, your handles and your altimeter", round 42d,
 * v59); none for any other sentence.
 */
function frontedPhraseAfter(sentence: string): string[] {
  const text = sentence.trim();
  if (!FRONTED.test(text)) return [];
  const readings: string[] = [];
  for (let comma = text.lastIndexOf(','); comma >= 0; comma = text.lastIndexOf(',', comma - 1)) {
    const phrase = text.slice(0, comma).trim();
    const clause = text.slice(comma + 1).trim();
    const end = /[.!?]+$/.exec(clause)?.[0] ?? '';
    const body = clause.slice(0, clause.length - end.length);
    if (body.split(/\s+/).length >= 2 && phrase !== '') readings.push(`${body[0]!.toUpperCase()}${body.slice(1)} ${phrase[0]!.toLowerCase()}${phrase.slice(1)}${end}`);
    if (comma === 0) break;
  }
  return readings;
}

/**
 * Whether `next` says `previous` with its items reordered, or with a phrase fronted and its items in
 * any order; or the old sentence fronted the phrase the new one says after its clause ("Before
 * lifting a hull, notify the harbour master and confirm the tide tables" -> "Confirm the tide tables
 * and notify the harbour master before lifting a hull": round 43d, v60's and v61's reorders read as
 * roles swapped); or two clauses sharing their verb, the second saying it once, traded places
 * (`gappedClausesSwapped`).
 */
function saidAsBefore(previous: string, next: string): boolean {
  if (itemsReordered(previous, next)) return true;
  if (frontedPhraseAfter(next).some((unfronted) => bare(unfronted) === bare(previous) || itemsReordered(previous, unfronted))) return true;
  if (frontedPhraseAfter(previous).some((unfronted) => bare(unfronted) === bare(next) || itemsReordered(unfronted, next))) return true;
  return gappedClausesSwapped(bare(previous), bare(next));
}

/** `next` with each sentence that reorders the items of a sentence of `previous` written as that sentence. */
function writtenAsBefore(previous: string, next: string): string {
  // A sentence that says its items come in a sequence is never read as reordered, nor one with
  // other words: only the old sentences with the same words are asked, in their order. Each is
  // asked once for each sentence written differently (both read trimmed): a clause saying the same
  // line thousands of times asked every line of one version about every like line of the other
  // (50,000 one-word lines: 122 s of CI's CPU, quadratic).
  const old = Map.groupBy(new Set(sentencesOf(previous).map((candidate) => candidate.trim()).filter((candidate) => !SEQUENCE.test(candidate))), itemWords);
  // Two acts said the other way round, the thing they share moving to the first (_conjuncts-exchanged.ts, round 47c).
  const exchanged = Map.groupBy(new Set(sentencesOf(previous).map((candidate) => candidate.trim())), exchangeKey);
  const asked = new Map<string, string | undefined>();
  const sameAs = (sentence: string) =>
    SEQUENCE.test(sentence) ? undefined : (old.get(itemWords(sentence))?.find((candidate) => saidAsBefore(candidate, sentence)) ?? exchanged.get(exchangeKey(sentence))?.find((candidate) => conjunctsExchanged(candidate, sentence)));
  return sentencesOf(next)
    .map((sentence) => {
      const written = sentence.trim();
      if (!asked.has(written)) asked.set(written, sameAs(written));
      const same = asked.get(written);
      if (!same) return sentence;
      // Keep the spacing the new sentence had round it.
      const lead = /^\s*/.exec(sentence)?.[0] ?? '';
      const trail = /\s*$/.exec(sentence)?.[0] ?? '';
      return `${lead}${same.trim()}${trail}`;
    })
    .join('');
}

/** Both versions with every reordered list of the new one written in the old order. */
export function foldReorderedItems(previous: string, next: string): [string, string] {
  return [previous, writtenAsBefore(previous, next)];
}
