// One sentence's main clause read by its parts of speech (issue 11, round 32a): who it speaks of
// (the subject), its verb group (modal, negation, "only"), its verb and particle, and what follows.
// The word lists of `_requirement-frames.ts` find a rule's act after a modal or at an imperative's
// start; a declarative with no modal ("Keys go only to people who signed", "The workshop is closed
// to children") has its act after a subject of any length, which only a tagger finds. A case that
// opens the sentence ("After dark, ...") is kept apart and read as it is. Tags from the tagger
// handed in (`_part-of-speech.ts`). Pure.
import { isVerbTag, tagWords, type PartOfSpeechTagger } from './_part-of-speech.ts';

export interface ClauseReading {
  /** A case before the main clause, with its comma ("After dark,"), or "". */
  opening: string;
  /** The subject's words as written; empty for an imperative. */
  subject: string[];
  /** The modal of the verb group ("must", "may"), or null. */
  modal: string | null;
  /** The auxiliaries of the verb group ("are", "to" of "are to stay"; "is" of "is kept"). */
  auxiliaries: string[];
  /** Whether the verb group is negated ("do not", "never", "cannot"). */
  negated: boolean;
  /** Whether an "only" stands in the verb group or right after the verb ("go only to"). */
  only: boolean;
  /** The main verb as written, lower case ("go", "is", "keep"). */
  verb: string;
  /** A particle right after the verb ("out" of "leave out"), or null. */
  particle: string | null;
  /** The words after the verb (and its particle, and an "only" right after them), as written. */
  rest: string[];
}

/** Words that open a case before the main clause ("After dark, ..."). */
const CASE_FIRST = /^(?:if|when|whenever|once|while|where|during|after|before|unless|until|except|in|on|at|for|between|outside|from)$/i;
/** Words of a verb group that are not its verb. */
const GROUP = /^(?:must|shall|should|may|can|cannot|will|would|could|might|need|do|does|did|don't|doesn't|never|not|always|only|also|please|to|is|are|was|were|be|been|has|have|had)$/;
const AUXILIARY_VERB = /^(?:is|are|was|were|be|been|has|have|had|do|does|did)$/;
const NEGATION = /^(?:not|never|cannot|don't|doesn't|can't|won't|mustn't|shouldn't)$/;
const MODAL = /^(?:must|shall|should|may|can|cannot|will|would|could|might|need)$/;
/** Words that open a relative clause in a subject: its verb is not the sentence's. */
const RELATIVE = /^(?:who|whom|whose|which|that)$/;
/** Words of a case or an "only": in what reads as a subject, the verb was not found ("Test a sample only when ..."). */
const CASE_WORD = /^(?:if|when|whenever|unless|until|only|once|while|where|before|after|except)$/;
const DETERMINER = /^(?:a|an|the|each|every|any|all|no|this|that|these|those|its|their|our|your|his|her)$/;
const PARTICLES = /^(?:out|off|in|up|away|back|over|down)$/;
/** A possessive ("offender's", "nurses'"): the word after it belongs to its noun phrase. */
const POSSESSIVE = /(?:['’]s|s['’])$/i;

/** Punctuation off a word's ends ("needle." -> "needle"). */
const bare = (token: string) => token.replace(/^[("'“‘]+|[.,;:!?)"'”’]+$/g, '');

/**
 * The main clause of a one-clause sentence, or null when its verb cannot be told (no verb, a
 * relative clause inside the subject, a question, a second main clause after a semicolon).
 */
export function readClause(sentence: string, tagger: PartOfSpeechTagger): ClauseReading | null {
  const text = sentence.trim();
  if (!text || /[?;]/.test(text)) return null;
  let tokens = text.split(/\s+/);
  let opening = '';
  // "After dark, the towpath is ...": the case is kept as written, the clause after it read.
  if (CASE_FIRST.test(bare(tokens[0]!))) {
    const comma = tokens.findIndex((token) => token.endsWith(','));
    if (comma < 0 || comma === tokens.length - 1) return null;
    opening = tokens.slice(0, comma + 1).join(' ');
    tokens = tokens.slice(comma + 1);
  }
  const words = tokens.map(bare);
  if (words.some((word) => word === '')) return null;
  const tags = tagWords(tagger, words);
  const lower = words.map((word) => word.toLowerCase());
  // The verb group starts at the first verb, modal or negation word ("Complaints do not go").
  // A participle after a determiner describes a thing ("Each signed contract"), and is no verb; nor
  // is the word after a possessive, a noun the tagger reads as a verb ("The offender's release
  // address", "Each party's contact details": round 36b).
  const start = lower.findIndex((word, i) => (isVerbTag(tags[i]!) && !(/^VB[DN]$/.test(tags[i]!) && DETERMINER.test(lower[i - 1] ?? '')) && !POSSESSIVE.test(tokens[i - 1] ?? '')) || MODAL.test(word) || NEGATION.test(word) || (word === 'do' && i === 0));
  if (start < 0) return null;
  if (lower.slice(0, start).some((word) => RELATIVE.test(word) || CASE_WORD.test(word))) return null;
  // A comma inside the subject is a list or an aside the reading does not place.
  if (tokens.slice(0, start).some((token) => /[,:]$/.test(token))) return null;
  let k = start;
  let modal: string | null = null;
  const auxiliaries: string[] = [];
  let negated = false;
  let only = false;
  // The group runs over modals, negations, "only" and auxiliaries; the last verb of it that no verb follows is the clause's verb.
  while (k < words.length - 1 && GROUP.test(lower[k]!) && (isVerbTag(tags[k + 1]!) || GROUP.test(lower[k + 1]!))) {
    if (MODAL.test(lower[k]!)) modal ??= lower[k] === 'cannot' ? 'can' : lower[k]!;
    if (NEGATION.test(lower[k]!)) negated = true;
    if (lower[k] === 'only') only = true;
    if (AUXILIARY_VERB.test(lower[k]!) || lower[k] === 'to') auxiliaries.push(lower[k]!);
    k++;
  }
  if (NEGATION.test(lower[k]!) || lower[k] === 'only') return null;
  if (!isVerbTag(tags[k]!) && !AUXILIARY_VERB.test(lower[k]!)) return null;
  let next = k + 1;
  const particle = PARTICLES.test(lower[next] ?? '') && (tags[next] === 'RP' || tags[next] === 'IN' || tags[next] === 'RB') ? lower[next]! : null;
  if (particle) next++;
  if (lower[next] === 'only') {
    only = true;
    next++;
  }
  if (lower[next] === 'not' || lower[next] === 'never') {
    negated = !negated;
    next++;
  }
  // A modal after the verb: the verb read was a participle of the subject ("A roost found during a survey may be ...").
  if (lower.slice(next).some((word) => MODAL.test(word))) return null;
  return { opening, subject: words.slice(0, start), modal, auxiliaries, negated, only, verb: lower[k]!, particle, rest: tokens.slice(next) };
}
