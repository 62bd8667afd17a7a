// Whether a rule the sentence alignment lost is said again, in other words, in a sentence or two
// of the new version: every word of what it demands (its act, what the act is done to, the case
// it applies in, who does it) found again as the same word, a dictionary synonym, the broader or
// narrower word, or a word derived from it ("approval" for "approve"), in a stretch that keeps the
// rule's kind (a prohibition still forbids, a duty still binds and grants nothing) and adds no
// case of its own (issue 11, round 21a). Pure: the dictionary is handed in.
import type { Lexicon, PartOfSpeech } from './_lexicon.ts';
import { neighbourhoodsMeet, senseNeighbourhood, type SenseNeighbourhood } from './_sense-neighbourhood.ts';
import { negationsIn } from './_rule-words.ts';
import { normaliseWord, RULE_WORDS, SAME_ROOT, sameRoot, splitSentences, STOP_WORDS, tokenizeWords } from './_text.ts';

/** Parts of speech a word is looked up as: a rewording turns a verb into a noun ("approve" -> "approval"). */
const PARTS: readonly PartOfSpeech[] = ['v', 'n', 'a', 'r'];

/** Particles that make a verb of two words ("put on", "tie off", "make up"). */
const PARTICLES = new Set(['on', 'off', 'up', 'out', 'in', 'down', 'back', 'away', 'over']);

/**
 * Words that name whoever a rule binds without saying who in particular: a rewording swaps them
 * freely ("Staff must wear" -> "Anyone running the blower puts on"), and a party named in their
 * place is another detector's finding (actor-replaced).
 */
export const ANYONE = new Set(['staff', 'anyone', 'anybody', 'everyone', 'everybody', 'someone', 'somebody', 'person', 'people', 'member', 'members', 'user', 'users', 'one', 'whoever']);

/** Words that take in every person: "Riggers must wear ..." -> "Anyone operating the winch puts on ..." binds the riggers too. */
const EVERYONE = new Set(['anyone', 'anybody', 'everyone', 'everybody', 'whoever', 'nobody']);

/** Words of how often or how many that a rewording says in its own way ("whenever" -> "above eaves level, every ..."). */
const QUANTIFIERS = new Set(['whenever', 'wherever', 'every', 'each', 'least', 'another']);

/** Words that grant: a stretch holding one the old rule lacks lets something, it binds less. */
const GRANTS = /\b(?:may|can|could|allowed|permitted|free to|welcome to|entitled to|optional|optionally|need not|if they wish|if you wish|up to you)\b/;

/** Words that open an exception: a stretch gaining one lets the rule off somewhere. */
const EXCEPTIONS = /\b(?:unless|except|excepting|other than|apart from|but not|save for|however)\b/;

/** Words that open a case: a stretch gaining a case the old rule had none of applies it less. */
const CASES = /\b(?:if|when|whenever|while|once|where|after|before|until|during|who|which|that|any|every|each|anyone|whoever)\b/;

interface Term {
  written: string;
  stem: string;
}

/** Content words as written and normalised, with a verb and its particle read as one ("puts on"). */
function termsOf(text: string): Term[] {
  const words = tokenizeWords(text);
  const terms: Term[] = [];
  words.forEach((word, i) => {
    const next = words[i + 1];
    if (next !== undefined && PARTICLES.has(next) && !STOP_WORDS.has(word) && !RULE_WORDS.has(word)) terms.push({ written: `${word} ${next}`, stem: `${normaliseWord(word)} ${next}` });
    if (!STOP_WORDS.has(word) && !RULE_WORDS.has(word) && !/^\d/.test(word)) terms.push({ written: word, stem: normaliseWord(word) });
  });
  return terms;
}

/** Whether a new word says an old one: the same stem or root, one sense shared, or one link between their senses. */
function says(lexicon: Lexicon, old: Term, now: Term): boolean {
  if (old.stem === now.stem || (!old.stem.includes(' ') && !now.stem.includes(' ') && sameRoot(old.stem, now.stem))) return true;
  // Every sense, not only the common ones: "handle" is "touch" in its fourth sense ("handle, palm").
  // What keeps this from matching anything is that every word of the rule must be found.
  return neighbourhoodsMeet(neighbourhoodOf(lexicon, old.written), neighbourhoodOf(lexicon, now.written));
}

/** Whether a word of the new text says a word of the old one, as `says` reads it (reason-plain-duty-replaced.ts). */
export function saysWord(lexicon: Lexicon, old: string, now: string): boolean {
  return says(lexicon, { written: old, stem: normaliseWord(old) }, { written: now, stem: normaliseWord(now) });
}

/** A prohibition, or a restriction ("only with ...", "may only", which forbid everything else). */
function forbids(text: string): boolean {
  const lower = text.toLowerCase();
  return negationsIn(lower).length > 0 || /\bonly\b/.test(lower);
}

/** What a reading found: the sentences of the new text that say the rule again. */
export interface KeptRequirement {
  /** The new sentence, or two neighbouring sentences, that hold every word of the rule. */
  sentences: readonly string[];
}

/**
 * Fewest words a rule needs to be read as said again: one or two words ("Shower out") are found in
 * any sentence through some sense or other.
 */
const MIN_RULE_WORDS = 3;

/**
 * From this many words, one word of the rule may be said by a word the dictionary does not link to
 * it ("give the forecast hazard level" -> "report the forecast danger rating"), when a word of the
 * stretch that says no other word of the rule stands in its place and is not its opposite. A word
 * dropped with nothing in its place is never excused.
 */
const MIN_WORDS_FOR_ONE_UNLINKED = 5;

/**
 * Whether a word of the new text may be another thing of the same kind put in the old word's place
 * rather than the old word in other words: the two are opposites, or a common sense of each is the
 * same kind of thing (WordNet's lexicographer file: "kosher" and "halal" are both foods, "yellow" and
 * "amber" colours, "post" and "email" communication). A word in other words the dictionary does not
 * link is most often of another kind ("give" a possession, "report" a communication) or unknown to
 * it ("meat-free").
 */
function swappedFor(lexicon: Lexicon, gone: string, now: string): boolean {
  const theirs = new Set(PARTS.flatMap((pos) => lexicon.senses(now, pos).map((sense) => sense.id)));
  if (PARTS.some((pos) => lexicon.senses(gone, pos).some((sense) => sense.antonyms.some((id) => theirs.has(id))))) return true;
  const kinds = (word: string) => new Set(PARTS.flatMap((pos) => lexicon.senses(word, pos).slice(0, KIND_SENSES).map((sense) => sense.category)));
  const goneKinds = kinds(gone);
  return [...kinds(now)].some((kind) => goneKinds.has(kind));
}

/** Senses read for a word's kind: the common ones, as for the senses a word is matched by. */
const KIND_SENSES = 3;

/**
 * A word's senses and their neighbours, made once per dictionary by senseNeighbourhood itself
 * (bounded there): a sentence of 2,000 words compared with its edited copy asked `says` of every
 * word pair, each time building both neighbourhoods (4 M lookups, 80% of 3 s of CPU; round 29d).
 * A second map here, never emptied, grew with every distinct word a long run met.
 */
function neighbourhoodOf(lexicon: Lexicon, word: string): SenseNeighbourhood {
  return senseNeighbourhood(lexicon, word);
}

/**
 * Whether some term of a stretch says `old`, as `says` reads it: the same stem or root looked up in
 * the stretch's index first, the dictionary asked only for a word the stretch does not repeat. One
 * word changed in a long sentence leaves every other word found by the index, so the reading
 * follows the sentence's length, not its square (round 29d).
 */
function saidIn(lexicon: Lexicon, old: Term, theirs: readonly Term[], index: { stems: ReadonlySet<string>; roots: ReadonlySet<string> }): boolean {
  if (index.stems.has(old.stem)) return true;
  if (!old.stem.includes(' ') && old.stem.length >= SAME_ROOT && index.roots.has(old.stem.slice(0, SAME_ROOT))) return true;
  const own = neighbourhoodOf(lexicon, old.written);
  if (own.own.size === 0 && own.near.size === 0) return false;
  return theirs.some((now) => neighbourhoodsMeet(own, neighbourhoodOf(lexicon, now.written)));
}

/** The stems of a stretch's terms, and the roots (`sameRoot`'s first letters) of its one-word terms. */
function indexOf(terms: readonly Term[]): { stems: Set<string>; roots: Set<string> } {
  const stems = new Set(terms.map((term) => term.stem));
  const roots = new Set(terms.filter((term) => !term.stem.includes(' ') && term.stem.length >= SAME_ROOT).map((term) => term.stem.slice(0, SAME_ROOT)));
  return { stems, roots };
}

/** Whether a stretch says every word of the rule, or all but one with a word of its own in that one's place. */
function saysEveryWord(lexicon: Lexicon, rule: readonly Term[], stretch: string, exact: boolean, listed: ReadonlySet<string>, actor: ReadonlySet<string>): boolean {
  const ruleIndex = indexOf(rule);
  // A verb with its particle ("puts on") counts only when it says a word of the rule.
  const theirs = termsOf(stretch).filter((term) => !term.written.includes(' ') || saidIn(lexicon, term, rule, ruleIndex));
  const index = indexOf(theirs);
  const everyone = tokenizeWords(stretch).some((word) => EVERYONE.has(word));
  // At most one word may be missing, and none when exact or the rule is short: stop at the first too many.
  const allowed = exact || rule.length < MIN_WORDS_FOR_ONE_UNLINKED ? 0 : 1;
  const missing: Term[] = [];
  for (const term of rule) {
    if (everyone && actor.has(term.written)) continue;
    if (saidIn(lexicon, term, theirs, index)) continue;
    missing.push(term);
    if (missing.length > allowed) return false;
  }
  if (missing.length === 0) return true;
  const gone = missing[0]!;
  if (listed.has(gone.written)) return false;
  const spare = theirs.filter((now) => !now.written.includes(' ') && !ANYONE.has(now.written) && !QUANTIFIERS.has(now.written) && !saidIn(lexicon, now, rule, ruleIndex));
  return spare.length > 0 && !spare.some((now) => swappedFor(lexicon, gone.written, now.written));
}

/** Whether a stretch keeps the rule's kind and adds no exception, grant or case of its own. */
function keepsKind(rule: string, stretch: string): boolean {
  const [old, now] = [rule.toLowerCase(), stretch.toLowerCase()];
  if (forbids(old) !== forbids(now)) return false;
  if (GRANTS.test(now) && !GRANTS.test(old)) return false;
  if (EXCEPTIONS.test(now) && !EXCEPTIONS.test(old)) return false;
  return CASES.test(old) || !CASES.test(now);
}

/**
 * Words standing beside an "and", "or" or a comma in the rule: items of a list ("a halal or
 * vegetarian parcel"), of which a rewording that drops one or puts another in its place ("a kosher
 * or halal selection") is never excused a word.
 */
function listedWords(rule: string): Set<string> {
  const words = rule.toLowerCase().replace(/,/g, ' , ').split(/\s+/);
  const listed = new Set<string>();
  words.forEach((word, i) => {
    if (word !== 'and' && word !== 'or' && word !== ',') return;
    for (const near of [words[i - 1], words[i + 1]]) if (near) listed.add(near.replace(/[^a-z0-9-]/g, ''));
  });
  return listed;
}

/** Who a rule binds: the words before its modal ("Riggers" in "Riggers must wear ..."); none in an imperative. */
function actorWords(rule: string): Set<string> {
  const modal = /\b(?:must|shall|should|will|has to|have to|needs? to|is to|are to)\b/i.exec(rule);
  return new Set(modal ? termsOf(rule.slice(0, modal.index)).map((term) => term.written) : []);
}

/** The rule's words a rewording must say again: not its whoever-words or quantifiers, nor its rule or function words. */
function ruleTerms(rule: string): Term[] {
  return termsOf(rule).filter((term) => !term.written.includes(' ') && !ANYONE.has(term.written) && !QUANTIFIERS.has(term.written));
}

/**
 * The sentences of `next` (one, or two side by side) that say `rule` again: every content word of
 * the rule said there, the rule's kind kept. Null when none do. `item`: the rule is a list item
 * read with its lead-in, whose words every other item says again; the item's own words must
 * number MIN_RULE_WORDS, and none may go unlinked ("how to appeal" is not said by "the deadline
 * for appealing").
 */
export function findRequirementKept(rule: string, next: string, lexicon: Lexicon, item?: string): KeptRequirement | null {
  const terms = ruleTerms(rule);
  const listed = listedWords(rule);
  const actor = actorWords(rule);
  const exact = item !== undefined;
  if (terms.length < MIN_RULE_WORDS || (exact && ruleTerms(item).length < MIN_RULE_WORDS)) return null;
  const sentences = splitSentences(next);
  const stretches = [...sentences.map((sentence) => [sentence]), ...sentences.slice(1).map((sentence, i) => [sentences[i]!, sentence])];
  const found = stretches.find((stretch) => keepsKind(rule, stretch.join(' ')) && saysEveryWord(lexicon, terms, stretch.join(' '), exact, listed, actor));
  return found ? { sentences: found } : null;
}

/**
 * Whether `stretch` says every word of `rule` but `leaveOut` (or, unless `exact`, all but one, as above), the rule's
 * kind not read: for readings that compare a rule with one said in another form
 * (`_rules-from-other-side.ts`).
 */
export function saysRuleWords(rule: string, stretch: string, lexicon: Lexicon, leaveOut: ReadonlySet<string> = new Set(), exact = false): boolean {
  const terms = ruleTerms(rule).filter((term) => !leaveOut.has(term.written));
  return terms.length > 0 && saysEveryWord(lexicon, terms, stretch, exact, listedWords(rule), actorWords(rule));
}
