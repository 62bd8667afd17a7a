// `object-replaced`: the rule keeps its frame, but what it acts on or whom it is for was swapped for
// something else ("Send the refund confirmation to the billing contact" -> "... to the requester",
// "Offer a discount code when a delivery is late" -> "Offer a survey link when ..."). Pure.
//
// The words of the two sentences are matched in order (stems and synonym groups folded). The edit
// counts when exactly one stretch of content words changed, that stretch was replaced (words went
// and others came, none of them sharing a stem or a synonym group), and the rest of the sentence,
// at least FRAME_KEPT content words of it, stayed. A faithful rewording in other words changes
// several stretches, or keeps fewer words, so it does not count; neither does a stretch with a
// modal, negation, number or condition word, which the other detectors read.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { clauseBreaks, isContent, type Statement } from './_statements.ts';
import { differingMiddle } from './_differing-middle.ts';
import { normaliseWord, quote, sameRoot } from './_text.ts';
import { maskReferences } from './reason-reference.ts';
import { CUSTOMER_WORDS, isParty } from './_parties.ts';
import { widerIsStricter } from './_stricter-edits.ts';
import { NUMBER_WORD_PATTERN, RATE_ADVERB_PERIODS, SCALE_WORDS, TIMES_WORDS } from './_numbers.ts';

/** Content words that must stay around the replaced stretch for the frame to count as kept. */
const FRAME_KEPT = 2;
/**
 * Content words the replaced stretch must lose. A lone word swapped ("the customer writes in" ->
 * "uses", "its instructions" -> "its system prompt") is most often a synonym the groups do not
 * know; a named thing with its modifier swapped ("the billing contact" -> "the requester", "a
 * discount code" -> "a survey link") is a new object.
 */
const MIN_REMOVED = 2;
/** A replaced stretch longer than this is a new sentence, not a new object (rule-replaced's business). */
const MAX_STRETCH = 6;
/**
 * Words whose change other detectors read (conditions, order, quantifiers), and numbers with their
 * units: "within five days" -> "within three days" is number-changed's to judge, and a tighter one
 * is stricter, not another rule.
 */
const OTHER_DETECTORS = new RegExp(
  '^(?:\\d.*|if|when|whenever|unless|until|before|after|once|only|all|every|each|any|some|most|more|less|least|first|last|except|even|while|where|also|or|and|' +
    `${NUMBER_WORD_PATTERN}|${Object.keys(SCALE_WORDS).join('|')}|${Object.keys(TIMES_WORDS).join('|')}|third|half|quarter|` +
    `seconds?|minutes?|hours?|days?|weeks?|months?|years?|business|working|${Object.keys(RATE_ADVERB_PERIODS).join('|')})$`,
);
const COORDINATORS = new Set(['and', 'or']);
const MODALS = /^(?:must|shall|should|may|might|can|could|will|would|ought|need|needs)$/;
/** Quantifiers that take a whole class ("any cashier", "all staff"): in a new holder they only widen it. */
const WIDENING = /^(?:any|all|every|each)$/;

export interface Stretch {
  removed: string[];
  added: string[];
  /** Index of the stretch's first word in the old sentence. */
  at: number;
  /** Indexes of the removed words in the old sentence. */
  removedAt: number[];
}

/** Changed stretches between words matched in order (longest common subsequence of folded words). */
export function changedStretches(before: readonly string[], after: readonly string[]): Stretch[] {
  const a = before.map(normaliseWord);
  const b = after.map(normaliseWord);
  // The table covers only the middle the two lists differ in (`_differing-middle.ts`): one word
  // changed in a 2,000-word sentence filled 4 M cells, now a few (round 29d). `lengths` holds the
  // middle's own subsequence lengths; the suffix left out adds the same to each, so no choice moves.
  const { head, aEnd, bEnd } = differingMiddle(a, b);
  const lengths: number[][] = Array.from({ length: aEnd - head + 1 }, () => new Array<number>(bEnd - head + 1).fill(0));
  for (let i = aEnd - 1; i >= head; i--) {
    for (let j = bEnd - 1; j >= head; j--) {
      const row = lengths[i - head] as number[];
      row[j - head] = a[i] === b[j] ? (lengths[i - head + 1]?.[j - head + 1] ?? 0) + 1 : Math.max(lengths[i - head + 1]?.[j - head] ?? 0, row[j - head + 1] ?? 0);
    }
  }
  const stretches: Stretch[] = [];
  let current: Stretch = { removed: [], added: [], at: 0, removedAt: [] };
  let i = 0;
  let j = 0;
  const close = (): void => {
    if (current.removed.length + current.added.length > 0) stretches.push(current);
    current = { removed: [], added: [], at: i + 1, removedAt: [] };
  };
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      // A kept "the" or "to" does not end a stretch: "the self-service portal" -> "calling the
      // sales team" is one stretch replaced, not a verb added and a noun replaced.
      if (isContent(before[i] ?? '') || current.removed.length + current.added.length === 0) close();
      i++;
      j++;
    } else if (j >= bEnd || (i < aEnd && (lengths[i - head + 1]?.[j - head] ?? 0) >= (lengths[i - head]?.[j - head + 1] ?? 0))) {
      current.removed.push(before[i] ?? '');
      current.removedAt.push(i);
      i++;
    } else {
      current.added.push(after[j] ?? '');
      j++;
    }
  }
  close();
  return stretches;
}

const contentOf = (words: readonly string[]): string[] => words.filter(isContent);

/**
 * Whether a kept content word leads into the stretch within its clause ("Send the confirmation |to
 * the billing contact|", "Suggest |the self-service portal|"): the stretch is what the rule acts on.
 * A stretch that opens a clause replaces its verb ("Check that" -> "Make sure", "Ask for consent"
 * -> "Get permission"), which rewordings do all the time.
 */
function ledByKeptWord(previous: Statement, at: number): boolean {
  const breaks = clauseBreaks(previous.text);
  for (let k = at - 1; k >= 0; k--) {
    if (breaks.has(k + 1)) return false;
    if (isContent(previous.words[k] ?? '')) return true;
  }
  return false;
}

/**
 * Two changed stretches with one kept content word between them, in one clause, are one noun phrase
 * replaced ("to the fraud investigations team" -> "to your team lead"): merged into one stretch
 * whose removed and added words leave the kept word out. Null when they are not.
 */
function mergedAroundKeptWord(previous: Statement, first: Stretch, second: Stretch): Stretch | null {
  const end = first.removedAt.length > 0 ? (first.removedAt.at(-1) ?? 0) + 1 : first.at;
  const between = previous.words.slice(end, second.at);
  // A path or link taken apart into words ("codex/security/passwords") is reference-removed's to read.
  if (maskReferences(previous.text) !== previous.text) return null;
  const keptContent = between.filter(isContent);
  if (keptContent.length !== 1 || between.length > 2) return null;
  const breaks = clauseBreaks(previous.text);
  for (let k = end; k <= second.at; k++) if (breaks.has(k)) return null;
  return { removed: [...first.removed, ...second.removed], added: [...first.added, ...second.added], at: first.at, removedAt: [...first.removedAt, ...second.removedAt] };
}

/** The sentence's changed stretches with content words: one, or two read as one noun phrase. */
function oneStretch(previous: Statement, next: Statement): Stretch | null {
  const stretches = changedStretches(previous.words, next.words).filter((stretch) => contentOf([...stretch.removed, ...stretch.added]).length > 0);
  if (stretches.length === 1) return stretches[0] ?? null;
  if (stretches.length === 2) return mergedAroundKeptWord(previous, stretches[0] as Stretch, stretches[1] as Stretch);
  return null;
}

/**
 * The doer of a duty replaced ("The duty pharmacist signs off every delivery" -> "The pharmacy
 * assistant signs off every delivery"): the only changed stretch is the sentence's subject, the
 * words before its kept verb, and other words came in for words that went. Read from the sentence's
 * shape, not from a list of roles.
 */
const SUBJECT_OPENERS = new Set(['the', 'a', 'an', 'each', 'every', 'any', 'all', 'our', 'your', 'their', 'its', 'his', 'her']);
const SUBJECT_MODALS = new Set(['must', 'should', 'shall', 'may', 'can', 'will', 'needs', 'need', 'has', 'have', 'is', 'are']);

/** A count opening a subject, then up to two modifiers of its noun: "at least two ski", "three", "no fewer than 2 trained". */
const COUNTED_SUBJECT = new RegExp(`^(?:(?:at least|at most|no fewer than|no more than|not more than|up to|a minimum of|a maximum of|only) )?(?:\\d+|${NUMBER_WORD_PATTERN})(?: [a-z-]+){0,2}$`);

function replacedActor(previous: Statement, next: Statement): Stretch | null {
  const stretches = changedStretches(previous.words, next.words).filter((stretch) => contentOf([...stretch.removed, ...stretch.added]).length > 0);
  if (stretches.length !== 1) return null;
  const [stretch] = stretches as [Stretch];
  // The subject opens the sentence: nothing kept before it but determiners.
  // Or a count and the noun's own modifiers before it, with a modal right after it: "At least two
  // ski patrollers must" -> "At least two ski instructors must".
  const before = previous.words.slice(0, stretch.at);
  const countedSubject = SUBJECT_MODALS.has(previous.words[(stretch.removedAt.at(-1) ?? 0) + 1] ?? '') && COUNTED_SUBJECT.test(before.join(' '));
  if ((before.some(isContent) && !countedSubject) || stretch.removedAt.length === 0) return null;
  // A noun phrase, not an imperative's verb ("Check that" -> "Make sure"): it opens with a
  // determiner, or a modal follows it ("Team leads must ...").
  const following = previous.words[(stretch.removedAt.at(-1) ?? 0) + 1] ?? '';
  if (!SUBJECT_OPENERS.has(previous.words[0] ?? '') && !SUBJECT_MODALS.has(following)) return null;
  const removed = contentOf(stretch.removed).map(normaliseWord);
  const added = contentOf(stretch.added).map(normaliseWord);
  const gone = removed.filter((stem) => !added.includes(stem));
  const came = added.filter((stem) => !removed.includes(stem));
  if (gone.length === 0 || came.length === 0 || stretch.added.length > MAX_STRETCH || stretch.removed.length > MAX_STRETCH) return null;
  if ([...stretch.removed, ...stretch.added.filter((word) => !WIDENING.test(word))].some((word) => OTHER_DETECTORS.test(word))) return null;
  // A verb follows the subject and the rest of the sentence stayed.
  const rest = previous.words.slice((stretch.removedAt.at(-1) ?? 0) + 1);
  if (contentOf(rest).length < FRAME_KEPT) return null;
  const initials = (words: readonly string[]): string => words.map((word) => word[0] ?? '').join('');
  if (stretch.added.includes(initials(contentOf(stretch.removed))) || stretch.removed.includes(initials(contentOf(stretch.added)))) return null;
  return stretch;
}

function replacedObject(previous: Statement, next: Statement): Stretch | null {
  const stretch = oneStretch(previous, next);
  if (!stretch) return null;
  const removed = contentOf(stretch.removed);
  const added = contentOf(stretch.added);
  if (removed.length < MIN_REMOVED || added.length === 0 || Math.max(removed.length, added.length) > MAX_STRETCH) return null;
  // "Never leave a child unattended in the play area" -> "... anywhere on the premises": what a
  // prohibition forbids, taken as any or every, widens it (stricter); in a duty it is a new holder.
  if (next.mainNegations.length > 0 && /^(?:any|anywhere|anyone|anybody|anything|every|everywhere|everyone|everything|all)$/.test(stretch.added[0] ?? '')) return null;
  // "Escalate complaints that mention a lawyer" -> "Escalate every complaint": a relative clause that
  // picked some of a duty's things gave way to "every"; where a wider rule is stricter, no new object.
  if (/^(?:that|which|who|whose)$/.test(stretch.removed[0] ?? '') && stretch.added.every((word) => WIDENING.test(word)) && widerIsStricter(next.text)) return null;
  // "to the finance manager" -> "to any available agent": a new holder taken as "any" is still a new holder.
  const addedWords = stretch.added.filter((word) => !WIDENING.test(word));
  // "to their spouse or partner" -> "to family and friends": a coordinated holder replaced by
  // another, no word kept, is a new holder; an item dropped or added beside kept ones is
  // conjunct-dropped's or scope-widened's (they share a word, or nothing came).
  const coordinated = (word: string): boolean => COORDINATORS.has(word) && added.length > 0 && removed.length >= MIN_REMOVED;
  if ([...stretch.removed, ...addedWords].some((word) => !isContent(word) && OTHER_DETECTORS.test(word) && !coordinated(word))) return null;
  if ([...removed, ...added.filter((word) => !WIDENING.test(word))].some((word) => OTHER_DETECTORS.test(word))) return null;
  // "must promise release dates" -> "are to commit to a launch date": a stretch that takes the
  // rule's modal with it rewords the verb, not what it acts on.
  if (stretch.removed.some((word) => MODALS.test(word))) return null;
  // What went is one noun phrase ("the billing contact"), not words across a clause ("the data we hold").
  const at = stretch.removedAt.filter((index) => isContent(previous.words[index] ?? ''));
  if ((at.at(-1) ?? 0) - (at[0] ?? 0) + 1 !== stretch.removedAt.filter((index) => index >= (at[0] ?? 0) && index <= (at.at(-1) ?? 0)).length) return null;
  // "to the account holder" -> "to the customer": a party named by the generic word for the person the rule is about.
  if (isParty(removed.at(-1) ?? '') && added.every((word) => CUSTOMER_WORDS.has(word))) return null;
  const removedStems = new Set(removed.map(normaliseWord));
  if (added.some((word) => removedStems.has(normaliseWord(word)) || removed.some((gone) => sameRoot(gone, word)))) return null;
  if (!ledByKeptWord(previous, stretch.at)) return null;
  // A name swapped for its acronym ("the General Data Protection Regulation" -> "the GDPR").
  const initials = (words: readonly string[]): string => words.map((word) => word[0] ?? '').join('');
  if (added.includes(initials(removed)) || removed.includes(initials(added))) return null;
  const kept = contentOf(previous.words).length - removed.length;
  return kept >= FRAME_KEPT ? stretch : null;
}

/** One reason per aligned sentence whose object or target was replaced while its frame stayed. */
export function findObjectsReplaced(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const actor = replacedActor(previous, next);
    if (actor) {
      reasons.push({ code: 'actor-replaced', message: `actor replaced: "${actor.removed.join(' ')}" -> "${actor.added.join(' ')}" in ${quote(group.nextText)}` });
      continue;
    }
    const stretch = replacedObject(previous, next);
    if (!stretch) continue;
    reasons.push({
      code: 'object-replaced',
      message: `object replaced: "${stretch.removed.join(' ')}" -> "${stretch.added.join(' ')}" in ${quote(group.nextText)}`,
    });
  }
  return reasons;
}
