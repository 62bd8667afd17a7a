// The reasons of a clause edit, withdrawn where the new version still states every requirement the
// old one did (issue 11, round 31c). After the readings, each changed sentence of the old version is
// looked for in the new one as a whole requirement (_requirement-frames.ts): the same words on the
// same side of the region the rule forbids (the party, the act, the thing, each case), a word said
// by itself, a word derived from it or a dictionary kin, or its dictionary opposite on the other side
// ("stays closed" for "not opened"), with the same figures and bounds, and no word of its own on
// either side. A sentence found so is written back in the old words and the edit read again: what is
// still read there (a sentence not found, a slot that differs) keeps every reason; nothing read, the
// reasons are withdrawn. One check for every code it withdraws, in place of one excuse per phrasing.
// Reasons read from how the text speaks, or that flag by design, are never withdrawn. Pure.
import type { Reason } from '../schema/records.ts';
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';
import { openActClass, readRelatedFrames, withOpenActsNamed } from './_frame-relations.ts';
import { isOrderWord, readRequirementFrame, type FrameWord, type RequirementFrame } from './_requirement-frames.ts';
import { senseNeighbourhood, type SenseNeighbourhood } from './_sense-neighbourhood.ts';
import { normaliseWord, sameRoot, splitSentences, tokenizeWords } from './_text.ts';
import { reasonsStillRead } from './_reasons-still-read.ts';
import { questionReplaced } from './reason-question-word-replaced.ts';

/**
 * Reasons a kept requirement never excuses: how the text speaks (tone, a pitch), a right of the
 * people served taken (stricter for the codex, a loss for its holder), a reference or version, and
 * the reasons that flag by design (a clause deleted, an edit too large to read, the judge's).
 */
const KEPT = /^(?:tone-|upsell-|right-narrowed$|reference-|version-moved-back$|clause-deleted$|too-large-to-read$|judge-)/;

const blocking = (reasons: readonly Reason[]): Reason[] => reasons.filter((reason) => reason.advisory !== true && !KEPT.test(reason.code));

const PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];
/** Senses read for an opposite: the common ones ("open" and "closed"; not a rare sense's). */
const OPPOSITE_SENSES = 3;

/**
 * Answers already given per dictionary, by relation and word pair: a frame is compared with every
 * changed sentence of the other version, and the same few words meet again and again (round 31c:
 * unremembered, the check cost some 10% of the labelled run's CPU). Emptied when it grows past
 * `PAIRS_KEPT`, so a long run does not grow.
 */
const answered = new WeakMap<Lexicon, Map<string, boolean>>();
const PAIRS_KEPT = 50_000;

function remembered(lexicon: Lexicon, key: string, read: () => boolean): boolean {
  let known = answered.get(lexicon);
  if (!known) answered.set(lexicon, (known = new Map()));
  const found = known.get(key);
  if (found !== undefined) return found;
  const answer = read();
  if (known.size >= PAIRS_KEPT) known.clear();
  known.set(key, answer);
  return answer;
}

/** Whether two words are dictionary opposites in a common sense of each, and share none ("used" is listed against a sense of itself). */
function opposite(lexicon: Lexicon, a: string, b: string): boolean {
  return remembered(lexicon, `o ${a} ${b}`, () => readOpposite(lexicon, a, b));
}

function readOpposite(lexicon: Lexicon, a: string, b: string): boolean {
  if (sameWord(a, b)) return false;
  const mine = new Set(PARTS.flatMap((pos) => lexicon.senses(a, pos).map((sense) => sense.id)));
  if (PARTS.some((pos) => lexicon.senses(b, pos).some((sense) => mine.has(sense.id)))) return false;
  const theirs = new Set(PARTS.flatMap((pos) => lexicon.senses(b, pos).slice(0, OPPOSITE_SENSES).map((sense) => sense.id)));
  return PARTS.some((pos) => lexicon.senses(a, pos).slice(0, OPPOSITE_SENSES).some((sense) => sense.antonyms.some((id) => theirs.has(id))));
}

/** Whether two words are one word: the same stem, or one derived from the other. */
function sameWord(a: string, b: string): boolean {
  const [x, y] = [normaliseWord(a), normaliseWord(b)];
  return x === y || sameRoot(x, y);
}

/** Senses of each part of speech read for kin: the common ones ("examine" and "see" share only a rare sense). */
const KIN_SENSES = 3;

/** The part of speech of a sense id ("v:01348685"). */
const partOf = (id: string) => id.slice(0, id.indexOf(':'));

/**
 * Whether two words are kin in the dictionary: a sense shared ("refund" / "reimburse"), or one word
 * derived from the other in another part of speech ("sell" / "sale"). Not the broader or narrower
 * word of the same part of speech ("dog" / "poodle", "release" / "go"): that is another party or act.
 */
function kin(lexicon: Lexicon, a: string, b: string): boolean {
  return remembered(lexicon, `k ${a} ${b}`, () => readKin(lexicon, a, b));
}

function readKin(lexicon: Lexicon, a: string, b: string): boolean {
  const [first, second] = [senseNeighbourhood(lexicon, a, KIN_SENSES), senseNeighbourhood(lexicon, b, KIN_SENSES)];
  for (const id of first.own) if (second.own.has(id)) return true;
  const derived = (from: SenseNeighbourhood, to: SenseNeighbourhood) => {
    const own = new Set([...from.own].map(partOf));
    return [...to.own].some((id) => from.near.has(id) && !own.has(partOf(id)));
  };
  return derived(first, second) || derived(second, first);
}

/** Whether `now` says `old` on the same side (the word, a derived word or a dictionary kin), or its opposite on the other side; people on either side when `peopleFree`. */
function sameSlot(lexicon: Lexicon, old: FrameWord, now: FrameWord, peopleFree: boolean): boolean {
  if (isOrderWord(old.word) || isOrderWord(now.word)) return isOrderWord(old.word) && isOrderWord(now.word) && old.side === now.side;
  // People are the party a rule binds or serves, not a side of what it forbids: read as themselves.
  if (old.side === now.side || (peopleFree && namesPeople(lexicon, old.word) && namesPeople(lexicon, now.word))) return sameWord(old.word, now.word) || kin(lexicon, old.word, now.word);
  return opposite(lexicon, old.word, now.word);
}

/** Whether a word names a person or a body of people in its commonest sense, and is no verb ("instructor", "visitors"; not "tell", which names William Tell too). */
function namesPeople(lexicon: Lexicon, word: string): boolean {
  if (word === 'we' || word === 'i') return true;
  return remembered(lexicon, `p ${word}`, () => readNamesPeople(lexicon, word));
}

function readNamesPeople(lexicon: Lexicon, word: string): boolean {
  if (lexicon.senses(word, 'v').length > 0) return false;
  const category = lexicon.senses(word, 'n')[0]?.category;
  return category === 'noun.person' || category === 'noun.group';
}

/** The words of a frame that are not its acts and are said as themselves in the other frame, in order, each once. */
function keptInOrder(lexicon: Lexicon, frame: RequirementFrame, other: RequirementFrame): string[] {
  const theirs = new Set(other.words.filter((word) => !word.act).map((word) => normaliseWord(word.word)));
  const order: string[] = [];
  for (const word of frame.words) {
    const stem = normaliseWord(word.word);
    if (word.act || isOrderWord(word.word) || !theirs.has(stem) || order.includes(stem)) continue;
    order.push(stem);
  }
  return order;
}

/**
 * Whether two frames state one requirement: the same figures, alternatives and "every"; where both
 * name who the rule binds, the same people; the same acts in order; every word of each said in the other on its side (a word said as itself matched first,
 * what is left on each side said by what is left on the other: "the ground floor" for "every floor"
 * leaves "ground" with nothing of its own); and the things said as themselves in the same order
 * ("The dispatcher assigns drivers" is not "The drivers assign the dispatcher").
 */
export function sameRequirement(lexicon: Lexicon, old: RequirementFrame, now: RequirementFrame): boolean {
  return slotMissed(lexicon, old, now) === null;
}

/** The first slot of `old` that `now` does not state again ("figures", "alternatives", "every", "party", "acts", "words", "order"), or null when every slot is found. */
function slotMissed(lexicon: Lexicon, old: RequirementFrame, now: RequirementFrame): string | null {
  if (old.figures.join(' ') !== now.figures.join(' ')) return 'figures';
  if (old.alternatives !== now.alternatives) return 'alternatives';
  if (old.every !== now.every) return 'every';
  const [oldActs, newActs] = [old.words.filter((word) => word.act), now.words.filter((word) => word.act)];
  if (oldActs.length !== newActs.length) return 'acts';
  const [oldParty, newParty] = [old.party.filter((word) => namesPeople(lexicon, word)), now.party.filter((word) => namesPeople(lexicon, word))];
  // Both name people as the party: each person of each is the other's, as itself.
  if (oldParty.length > 0 && newParty.length > 0 && !(oldParty.every((a) => newParty.some((b) => sameWord(a, b))) && newParty.every((b) => oldParty.some((a) => sameWord(a, b))))) return 'party';
  // In order: each clause's act with its side ("not charged on books but charged on DVDs").
  if (!oldActs.every((act, k) => sameSlot(lexicon, act, newActs[k]!, false))) return 'acts';
  // People cross sides only where each frame holds a word or a bound outside the region that says
  // which of them ("certified divers" / "divers without certification", "under 8" / "8 or over"); with none, the people
  // themselves moved across is the rule turned ("Never give keys to visitors" / "Give keys only to visitors").
  const qualified = (frame: RequirementFrame) => frame.words.some((word) => word.side === -1 && !word.act && (isOrderWord(word.word) || !namesPeople(lexicon, word.word)));
  const peopleFree = qualified(old) && qualified(now);
  const said = (word: FrameWord, other: RequirementFrame) => !isOrderWord(word.word) && other.words.some((theirs) => sameWord(word.word, theirs.word) && (theirs.side === word.side || (peopleFree && namesPeople(lexicon, word.word))));
  const [oldLeft, newLeft] = [old.words.filter((word) => !said(word, now)), now.words.filter((word) => !said(word, old))];
  if (!oldLeft.every((word) => newLeft.some((theirs) => sameSlot(lexicon, word, theirs, peopleFree))) || !newLeft.every((theirs) => oldLeft.some((word) => sameSlot(lexicon, word, theirs, peopleFree)))) return 'words';
  return keptInOrder(lexicon, old, now).join(' ') === keptInOrder(lexicon, now, old).join(' ') ? null : 'order';
}

/**
 * The new text with each changed sentence that states the requirement of a changed old sentence
 * written as that old sentence; the text as it was when none does.
 */
export function withKeptRequirementsInOldWords(previous: string, next: string, lexicon: Lexicon): string {
  const oldSentences = splitSentences(previous);
  const newSentences = splitSentences(next);
  const oldSet = new Set(oldSentences);
  const newSet = new Set(newSentences);
  const gone = oldSentences.filter((sentence) => !newSet.has(sentence));
  const come = newSentences.filter((sentence) => !oldSet.has(sentence));
  let text = next;
  const used = new Set<string>();
  // Each new sentence's frame read once, not once per old sentence it is compared with.
  const frames = new Map(come.map((candidate) => [candidate, readRequirementFrame(candidate)] as const));
  // Frames restated by a relation between acts (round 32a), read only where the plain frames found
  // nothing: the tagger loads then. readRelatedFrames keeps what it read, per sentence.
  const tagger = lexicon.tagger;
  const relatedFrames = (text: string, plain: RequirementFrame | null): RequirementFrame[] => (tagger ? readRelatedFrames(text, plain, tagger) : []);
  const stated = (a: readonly RequirementFrame[], b: readonly RequirementFrame[]) => a.some((x) => b.some((y) => sameRequirement(lexicon, ...withOpenActsNamed(lexicon, x, y))));
  // A duty whose question turned ("tell each customer when their bell will be delivered" -> "where ..."): the
  // frame reads no wh-word, so it would read the requirement kept (round 48a).
  const questionTurned = (sentence: string, candidate: string): boolean => questionReplaced(tokenizeWords(sentence), tokenizeWords(candidate), sentence) !== null;
  for (const sentence of gone) {
    const frame = readRequirementFrame(sentence);
    let kept = frame === null ? undefined : come.find((candidate) => {
      const theirs = frames.get(candidate);
      return !used.has(candidate) && !questionTurned(sentence, candidate) && theirs !== null && theirs !== undefined && sameRequirement(lexicon, frame, theirs);
    });
    kept ??= come.find((candidate) => {
      if (used.has(candidate) || questionTurned(sentence, candidate)) return false;
      const theirs = frames.get(candidate) ?? null;
      const plainOld = frame === null ? [] : [frame];
      const plainNew = theirs === null ? [] : [theirs];
      // One side as written, or both said by a relation (an act left open on each: "not let into" / "closed to");
      // two plain declaratives restated with "must" are not compared, so each reading's slips cannot meet.
      const open = (read: readonly RequirementFrame[]) => read.filter((one) => one.words.some((word) => word.act && openActClass(word.word) !== null));
      return stated(plainOld, relatedFrames(candidate, theirs)) || stated(relatedFrames(sentence, frame), plainNew) || stated(open(relatedFrames(sentence, frame)), open(relatedFrames(candidate, theirs)));
    });
    if (kept === undefined) continue;
    used.add(kept);
    text = text.replace(kept, sentence);
  }
  return text;
}

/**
 * `reasons` (read on the texts as written by `read`), withdrawn when the new text, with every
 * requirement it keeps written in the old words, reads as nothing blocking.
 */
export function findReasonsBeyondKeptRequirements(previous: string, next: string, lexicon: Lexicon | null | undefined, reasons: Reason[], read: (previous: string, next: string) => Reason[]): Reason[] {
  if (!lexicon || blocking(reasons).length === 0) return reasons;
  const rewritten = withKeptRequirementsInOldWords(previous, next, lexicon);
  if (rewritten === next) return reasons;
  const again = rewritten === previous ? [] : read(previous, rewritten);
  // A sentence not found still blocks: the codes of the sentences found go, the rest stay as written (round 35a).
  if (blocking(again).length > 0) return reasonsStillRead(reasons, again, KEPT, { previous, next, previousFolded: previous, nextFolded: rewritten });
  return [...reasons.filter((reason) => KEPT.test(reason.code)), ...again.filter((reason) => reason.advisory === true && !KEPT.test(reason.code))];
}
