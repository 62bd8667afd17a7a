// A prohibition said as the state it keeps (issue 11, round 23a: v24's "Students must not take
// mordant powders out of the fume cupboard" -> "Mordant powders stay inside the fume cupboard",
// "Nobody may enter the exclusion zone until the all-clear" -> "The exclusion zone stays empty until
// the all-clear"). Forbidding an act that would end a state is keeping that state: what is not taken
// out stays in, a place nobody enters stays empty, what is not disclosed stays sealed. The
// dictionary does not link "take out" with "stay inside" (they are no antonyms, so
// `_rules-from-other-side.ts`'s opposite-kept reading misses them), and the detectors count the
// "not" gone. Here each act names the states that forbidding it keeps; a new sentence that keeps
// one of them ("stays", "remains", "is kept", "is left") with every other word of the prohibition
// said again is the prohibition. A state that lets the act happen ("stays open", "stays outside")
// is none of them, and a case, exception or grant the old rule lacked is checked by the caller. Pure.
import type { Lexicon } from './_lexicon.ts';
import { saysRuleWords } from './_requirement-kept.ts';
import { tokenizeWords } from './_text.ts';
import { wordTable } from './_word-table.ts';
import { endedBy, KEPT_FROM_PLACE, verbAfterNegation } from './_states-ended.ts';

/** Where things stay when they are not taken away, and how they stay: in place, where they are. */
const STAY_IN = ['in', 'inside', 'within', 'there', 'put', 'place', 'where', 'behind', 'indoors', 'onsite', 'on-site', 'aboard', 'locked', 'secured'];
/** How a place stays when nobody goes in. */
const STAY_EMPTY = ['empty', 'clear', 'unoccupied', 'vacant', 'closed', 'shut', 'locked', 'sealed', 'cordoned', 'deserted'];
/** How something stays when it is not made known. */
const STAY_SECRET = ['sealed', 'secret', 'confidential', 'private', 'unpublished', 'undisclosed', 'embargoed', 'internal', 'wraps', 'hidden', 'closed'];
/**
 * How something stays when it is not told or shown, and how its hearers stay: "stays hidden from the
 * audience", "is kept from the press", "are kept unaware of" (round 45b: bans on telling said as the
 * secret kept, in eight read sets).
 */
const STAY_UNTOLD = [...STAY_SECRET, 'unaware', 'unknown', 'unseen', 'unsaid', 'unmentioned', 'from'];
/** How someone stays when they do not drink: "stays off alcohol", "stay sober". */
const STAY_SOBER = ['off', 'sober', 'dry', 'teetotal'];
/** What a sober state says was not drunk. */
const SOBER_SAYS = ['alcohol', 'alcoholic', 'drink', 'drinks', 'booze'];
/** How something stays when nobody touches or moves it. */
const STAY_UNTOUCHED = ['untouched', 'undisturbed', 'unopened', 'intact', 'put', 'place', 'where', 'closed', 'shut', 'sealed'];
/** How a machine stays when nobody starts or uses it. */
const STAY_IDLE = ['off', 'idle', 'unused', 'stopped', 'still', 'switched', 'isolated', 'unplugged'];

/** How someone stays when they do not stand up: "passengers stay seated" (round 46b: v67). */
const STAY_SEATED = ['seated', 'sitting', 'sat', 'down'];
/** How players and instruments stay when nobody plays: "stays silent" (round 46b: v67). */
const STAY_SILENT = ['silent', 'quiet', 'mute', 'muted'];

/** What a silent state says was not played: "every instrument stays silent" for "No one plays". */
const SILENT_SAYS = ['instrument', 'instruments'];

/** Acts whose ban keeps a state, and the words of the states kept. */
const ACTS: Readonly<Record<string, readonly string[]>> = wordTable({
  take: STAY_IN, remove: [...STAY_IN, 'on', 'fitted', 'attached'], carry: STAY_IN, move: [...STAY_IN, ...STAY_UNTOUCHED], bring: STAY_IN,
  leave: STAY_IN, export: STAY_IN, lend: STAY_IN,
  enter: [...STAY_EMPTY, 'off', 'out', 'outside', 'away'], access: STAY_EMPTY, occupy: STAY_EMPTY, use: [...STAY_EMPTY, ...STAY_IDLE],
  disclose: STAY_UNTOLD, reveal: STAY_UNTOLD, publish: STAY_SECRET, release: [...STAY_SECRET, ...STAY_IN], share: STAY_UNTOLD, announce: STAY_SECRET, divulge: STAY_UNTOLD,
  tell: STAY_UNTOLD, show: STAY_UNTOLD, confirm: STAY_UNTOLD, mention: STAY_UNTOLD, inform: STAY_UNTOLD, give: ['from'],
  drink: STAY_SOBER, open: [...STAY_SECRET, ...STAY_UNTOUCHED],
  touch: STAY_UNTOUCHED, disturb: STAY_UNTOUCHED, handle: STAY_UNTOUCHED, unseal: STAY_UNTOUCHED,
  start: STAY_IDLE, run: STAY_IDLE, operate: STAY_IDLE,
  stand: STAY_SEATED, play: STAY_SILENT,
});

/** Verbs that keep a state: "stays inside", "remain sealed", "is kept empty", "are left where they are". */
const KEEPING = /^(?:stay|stays|stayed|remain|remains|remained|kept|keep|keeps|left|leave|leaves)$/;
/** Words between the keeping verb and its state ("stays strictly inside", "is kept firmly shut", "remain in place"). */
const BETWEEN = /^(?:strictly|firmly|always|fully|completely|entirely|wholly|totally|safely|securely|in|at|the|under|right|exactly|switched)$/;

/**
 * The irregular past forms of the acts `ACTS` and `PLACING` name: a ban is as often passive ("must
 * not be taken out of the rooms") and the suffix rules below never bring "taken" back to "take"
 * (round 30a).
 */
const IRREGULAR: Readonly<Record<string, string>> = wordTable({
  took: 'take', taken: 'take', brought: 'bring', left: 'leave', lent: 'lend', ran: 'run', kept: 'keep', put: 'put', set: 'set', laid: 'lay', hung: 'hang', stood: 'stand', shown: 'show',
});

/** Inflections of an act's verb, back to the form `ACTS` or `PLACING` names ("takes", "entered", "disclosed", "removing", "taken"). */
function actOf(word: string, acts: Readonly<Record<string, unknown>> = ACTS): string | null {
  const irregular = IRREGULAR[word];
  if (irregular && acts[irregular]) return irregular;
  for (const candidate of [word, word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/d$/, ''), word.replace(/ed$/, ''), word.replace(/ing$/, ''), word.replace(/ing$/, 'e'), word.replace(/ped$/, 'p'), word.replace(/ked$/, 'k')]) {
    if (acts[candidate]) return candidate;
  }
  return null;
}

/**
 * Verbs that put a thing somewhere: banned with the place's complement ("never kept outside the
 * safe", "must not be stored away from the drawer") they keep it in the place; banned with the place
 * itself ("never put a hot pan on the worktop", "do not leave bikes in the corridor") they keep it
 * off or out of it (round 30a).
 */
const PLACING: Readonly<Record<string, true>> = wordTable({ keep: true, store: true, put: true, place: true, leave: true, park: true, hang: true, set: true, lay: true, stand: true, stack: true, rest: true });
/** Where a thing goes out of its place: the act keeps it in, or on what it came off. */
const OUT_OF = /^(?:outside|out|away|off|beyond)$/;
/** Where a thing goes into a place: the ban keeps it out, or off what it would be put on. */
const INTO = /^(?:in|into|inside|on|onto|at|within|near|beside|by|against|under|behind)$/;
/** How a thing stays when it is not put somewhere: out of it, off it, away from it. */
const STAY_OUT = ['out', 'off', 'away', 'clear', 'outside', 'free'];

/** Words that open a case or another clause after the act's thing. */
const CASE_OPENS = /^(?:while|when|whenever|if|unless|until|before|after|once|because|since|as|during|and|or|but|so)$/;
/** How many words after the act's verb its place may stand: the thing and a short relative clause. */
const PLACE_REACH = 10;

/**
 * The place word of a ban: the first preposition within `PLACE_REACH` words after the act's verb, and
 * whether it takes the thing out of the place or puts it there.
 */
function placeAfter(words: readonly string[], verbAt: number, into: RegExp = INTO): { written: string; out: boolean } | null {
  // Past the thing and a relative clause of its own: "never put a volume that cannot open to 180 degrees on a scanner".
  for (const word of words.slice(verbAt + 1, verbAt + 1 + PLACE_REACH)) {
    // A case opens: its words are no place of the act ("Nobody enters the store while the extractor is off").
    if (CASE_OPENS.test(word)) return null;
    if (OUT_OF.test(word)) return { written: word, out: true };
    if (into.test(word)) return { written: word, out: false };
  }
  return null;
}

/**
 * The words a negation forbids: from the first "not/never/no/nobody" on, past auxiliaries; the act
 * is the first verb `ACTS` or `PLACING` knows, with the states its ban keeps: an act's own, or for
 * an act that moves a thing to or from a place the side of the place it keeps ("taken off the stage"
 * keeps it on, "left in the corridor" keeps it out).
 */
function forbiddenAct(words: readonly string[], lexicon: Lexicon): ForbiddenAct | null {
  const at = words.findIndex((word) => /^(?:not|never|no|nobody|none)$/.test(word) || (word === 'one' && words[words.indexOf(word) - 1] === 'no'));
  if (at < 0) return null;
  const listed = tableAct(words, at);
  if (listed && !lexicon.tagger) return listed;
  // A verb of its own before the listed one is the act; the listed word is then its thing's
  // participle ("Never edit a published article": "edit", not "publish").
  const read = dictionaryAct(words, at, lexicon);
  if (!listed) return read;
  const position = (act: ForbiddenAct) => words.indexOf(act.written, at + 1);
  return read && position(read) < position(listed) ? read : listed;
}

/** What a ban forbids: the act, as written, the states its ban keeps, the place word; `putting`, when the states are read from the dictionary (`_states-ended.ts`). */
interface ForbiddenAct {
  act: string;
  written: string;
  states: readonly string[];
  place: string;
  /** Read from the dictionary: whether the act puts a thing in the place its ban keeps it from. */
  dictionary?: { putting: boolean };
}

/** The act `ACTS` or `PLACING` knows, with its states: see `forbiddenAct`. */
function tableAct(words: readonly string[], at: number): ForbiddenAct | null {
  for (const [offset, word] of words.slice(at + 1, at + 6).entries()) {
    const act = actOf(word) ?? actOf(word, PLACING);
    if (!act) continue;
    const place = placeAfter(words, at + 1 + offset);
    const own = ACTS[act] ?? [];
    if (place === null) return own.length > 0 ? { act, written: word, states: own, place: '' } : null;
    if (place.out) return { act, written: word, states: [...STAY_IN, ...(place.written === 'off' ? ['on'] : [])], place: place.written };
    // A thing put into a place is kept out of it; an act of its own into a place ("enter", "bring into") keeps its own states too.
    return { act, written: word, states: [...STAY_OUT, ...(PLACING[act] ? [] : own.filter((state) => !STAY_IN.includes(state)))], place: place.written };
  }
  return null;
}

/**
 * An act no table names, read from the dictionary (round 33b): the first verb after the negation.
 * Taken out of a place, the thing is kept in it; put into one by an act of contact or motion (or
 * "allowed" there), it is kept off, out of or free of it; any act keeps the states `endedBy` reads.
 */
function dictionaryAct(words: readonly string[], at: number, lexicon: Lexicon): ForbiddenAct | null {
  const verb = verbAfterNegation(words, at, lexicon);
  if (!verb) return null;
  // An act of contact puts its thing onto what "to" names ("attach padlocks to the railings").
  const place = placeAfter(words, verb.at) ?? (verb.putting ? placeAfter(words, verb.at, /^to$/) : null);
  if (place?.out) return { act: verb.written, written: verb.written, states: [...STAY_IN, ...(place.written === 'off' ? ['on'] : [])], place: place.written };
  const putting = verb.putting && place !== null;
  return { act: verb.written, written: verb.written, states: putting ? KEPT_FROM_PLACE : [], place: place?.written ?? '', dictionary: { putting } };
}

/**
 * The state words a new sentence keeps: each word after a keeping verb, up to two words on. A
 * keeping verb the old sentence says with the same word after it keeps no state of the new one's
 * own: "Bags left outside the shop are not put on sale" -> "Bags left outside the shop are put on
 * sale" names the bags by a state both versions hold, and keeps none the ban kept (round 34b: v42).
 */
function statesKept(words: readonly string[], oldWords: readonly string[] = []): string[] {
  const kept: string[] = [];
  const said = new Set(oldWords.slice(0, -1).map((word, i) => `${word} ${oldWords[i + 1] ?? ''}`));
  words.forEach((word, i) => {
    if (!KEEPING.test(word) || said.has(`${word} ${words[i + 1] ?? ''}`)) return;
    for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
      const after = words[k] ?? '';
      // "from" is a state only of "kept from" (the told thing kept from its hearers): "Tours leave
      // from the pier", "left from the old stock" keep nothing (review39; round 46b).
      if (after === 'from' && !/^(?:keep|keeps|kept)$/.test(word)) break;
      kept.push(after);
      if (!BETWEEN.test(after)) break;
    }
    // "Keep volumes that will not open out fully off the scanners": a thing kept off or out of a place, its words between (round 30a); "Keep the railings free of padlocks": the place kept free of the thing (round 33b).
    if (/^(?:keep|keeps|kept)$/.test(word)) {
      const reach = words.slice(i + 1, i + 1 + PLACE_REACH);
      const end = reach.findIndex((after) => CASE_OPENS.test(after));
      kept.push(...reach.slice(0, end < 0 ? reach.length : end).filter((after) => /^(?:off|out|away|clear|free)$/.test(after)));
    }
  });
  return kept;
}

/** Words of a ban or a kept state that the other side says in its own words. */
const FORM_WORDS = ['not', 'never', 'no', 'nobody', 'none', 'one', 'may', 'must', 'can', 'cannot', 'should', 'shall', 'allowed', 'permitted', 'out', 'of', 'away', 'from', 'into', 'off', 'stay', 'stays', 'remain', 'remains', 'kept', 'keep', 'left'];

/**
 * Whether `next` says the prohibition `previous` as the state it keeps: the old sentence forbids an
 * act `ACTS` knows, the new one forbids nothing and keeps one of that act's states, and every other
 * word of the old sentence is said again.
 */
export function keepsTheState(previous: string, next: string, lexicon: Lexicon): boolean {
  // A new sentence that keeps no state ("stays", "remains", "is kept") says no ban this way, whatever
  // the old one forbids: asked first, since reading the forbidden act tags the old sentence, and the
  // tagger's first use loads it (110 ms of CPU; issue 9: a handbook's unchanged "Never ..." near a
  // changed figure loaded it for a sentence that keeps nothing).
  const oldWords = tokenizeWords(previous);
  const newWords = tokenizeWords(next);
  const candidates = statesKept(newWords, oldWords);
  if (candidates.length === 0) return false;
  const forbidden = forbiddenAct(oldWords, lexicon);
  if (!forbidden) return false;
  const { dictionary } = forbidden;
  const kept = candidates.filter((word) => forbidden.states.includes(word) || (dictionary !== undefined && endedBy(forbidden.written, word, newWords.slice(newWords.indexOf(word) + 1), lexicon, dictionary.putting)));
  if (kept.length === 0) return false;
  // A ban "anywhere" on the place is the state kept on all of it ("entirely free of glass"): its universal words need not be said again.
  // "stay sober" says what is not drunk: the ban's "alcohol" is in the state's word.
  const said = kept.some((word) => STAY_SOBER.includes(word) && word !== 'off') ? SOBER_SAYS : [];
  if (!saysRuleWords(previous, next, lexicon, new Set([...FORM_WORDS, ...ANYWHERE, forbidden.written, forbidden.place, ...kept, ...said]))) return false;
  // Nor may the new sentence hold a word of its own, a case or a time that narrows the state kept
  // ("The lifejackets stay in the lockers overnight"): each of its words is said in the old one.
  // The participle of "as measured", "as written" names the state kept, no case of its own.
  const asWhat = kept.includes('as') ? [newWords[newWords.indexOf('as') + 1] ?? ''] : [];
  // The instruments a silent state is said of are what the ban on playing forbade to sound.
  const played = forbidden.act === 'play' && kept.some((word) => STAY_SILENT.includes(word)) ? SILENT_SAYS : [];
  return saysRuleWords(next, previous, lexicon, new Set([...FORM_WORDS, ...EVERY_TIME, ...kept, ...asWhat, ...played, ...newWords.filter((word) => KEEPING.test(word) || BETWEEN.test(word))]), true);
}

/** Words that spread a ban over all of its place or time: the state kept says them by holding at all. */
const ANYWHERE = ['anywhere', 'ever', 'at', 'all', 'times'];

/** Words that say the state holds at every time, stricter than the ban's own: "at all times", "always"; and the "it is" of "as it is" (round 33b). */
const EVERY_TIME = ['always', 'ever', 'all', 'times', 'whatever', 'every', 'any', 'them', 'it', 'they', 'there', 'is', 'are'];
