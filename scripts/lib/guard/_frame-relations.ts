// Rules said through a relation between acts rather than a negation (issue 11, round 32a), restated
// in the plain shape a requirement frame reads (`_requirement-frames.ts`), with the act left open to
// a class of verbs that the other version names:
// - keeping a thing (secret) from a party is not passing it to them: "Keep the route from callers",
//   "The date is kept from the business", "The address stays confidential from callers" = "Do not <pass> the route to callers" (any verb of giving or
//   telling: "tell", "give", "share", "disclose", "send");
// - a place off limits, closed or kept closed to a party, a party staying out of or off it, or not
//   let into it, is the party not entering it: "The pitch is off limits to spectators" = "Spectators must not <enter> the pitch"
//   (a verb of moving or using: "enter", "use", "go on");
// - skipping or leaving out a thing is not doing the act to it: "Skip doors with a sign" = "Do not
//   <act> doors with a sign" (the other version's act, whatever it is);
// - a thing going to a party is someone passing it to them: "Keys go only to people who signed" =
//   "<pass> keys only to people who signed".
// A plain declarative with no modal states a duty ("Each rider wears a helmet" = "Each rider must
// wear a helmet"): restated with "must", so the frame finds its act after the subject. Each
// restatement is read from the clause's parts of speech (`_clause-reading.ts`), never from a phrase
// list of whole sentences; the class of an act is read from the dictionary's verb categories. Pure
// (the tagger is handed in with the dictionary).
import type { Lexicon } from './_lexicon.ts';
import { readClause, type ClauseReading } from './_clause-reading.ts';
import type { PartOfSpeechTagger } from './_part-of-speech.ts';
import { readRequirementFrame, type FrameWord, type RequirementFrame } from './_requirement-frames.ts';

/** The act left open in a restatement, as the frame reads it: a word no text uses. */
export const OPEN_ACTS = { pass: 'relationpass', enter: 'relationenter', any: 'relationany' } as const;
type ActClass = keyof typeof OPEN_ACTS;

const CLASS_OF: Readonly<Record<string, ActClass | undefined>> = Object.assign(Object.create(null) as Record<string, ActClass>, {
  [OPEN_ACTS.pass]: 'pass',
  [OPEN_ACTS.enter]: 'enter',
  [OPEN_ACTS.any]: 'any',
});

/** The class of act a frame word leaves open, or null for a word that names its act. */
export function openActClass(word: string): ActClass | null {
  return CLASS_OF[word] ?? null;
}

/** Verbs of keeping a thing from someone. */
const KEEPING = /^(?:keep|keeps|kept|withhold|withholds|withheld|hide|hides|hid|hidden|conceal|conceals|concealed)$/;
/** States of a thing kept from someone ("kept secret from", "stays confidential from", "stays withheld from": round 36b). */
const SECRECY = /^(?:secret|private|confidential|hidden|concealed|withheld)$/;
/** Verbs of skipping a thing: not doing the act to it. */
const SKIPPING = /^(?:skip|skips|skipped|omit|omits|omitted|bypass|bypasses)$/;
/** Verbs of leaving a thing out, with their particle. */
const LEAVING = /^(?:leave|leaves|left)$/;
/** Verbs of a thing going somewhere. */
const GOING = /^(?:go|goes|went|gone|pass|passes|passed)$/;
/** Verbs of staying, keeping or remaining out of or off a place. */
const STAYING = /^(?:stay|stays|stayed|keep|keeps|kept|remain|remains|remained)$/;
const COPULA = /^(?:is|are|was|were|be|been|stays|stay|remains|remain)$/;
/** States of a place a party may not enter ("closed to", "barred to", "out of bounds to"). */
const SHUT = /^(?:closed|shut|barred)$/;
/** Words that end a party's noun phrase and open a case or a place ("to cyclists | after dark"). */
const CASE_AFTER = /^(?:after|before|during|while|when|until|unless|on|at|in|between|except|from|without|if|once)$/i;

const sentence = (words: readonly string[]) => `${words.join(' ').replace(/[.!]+$/, '')}.`;
/**
 * The restated words with the case that opened the sentence ("Outside meetings, ...") put after them:
 * a requirement frame reads a case after the rule, not before it, so the case kept at the start left
 * the restatement unread ("Outside meetings, the chamber stays closed to the public" against "must not
 * let the public into the chamber outside meetings": round 36b).
 */
const withOpening = (reading: ClauseReading, words: readonly string[]) => {
  if (!reading.opening) return sentence(words);
  const [first = '', ...rest] = reading.opening.replace(/,$/, '').split(/\s+/);
  return sentence([...words.map((word, i) => (i === words.length - 1 ? stripStop(word) : word)), first.toLowerCase(), ...rest]);
};

/** The words before the first of `marks` in `rest` and after it (the mark itself dropped), or null when none stands there. */
function splitAt(rest: readonly string[], marks: RegExp): [string[], string[]] | null {
  const at = rest.findIndex((word, i) => i > 0 && marks.test(word.toLowerCase()));
  return at < 0 ? null : [rest.slice(0, at), rest.slice(at + 1)];
}

/** A party's words up to the first case or place after it, and that case ("cyclists" | "after dark"). */
function partyAndCase(party: readonly string[]): [string[], string[]] {
  const end = party.findIndex((word, i) => i > 0 && CASE_AFTER.test(word));
  return end < 0 ? [[...party], []] : [party.slice(0, end), party.slice(end)];
}

/** The group of a ban: "Do not", or the party's modal with "not". */
function ban(party: readonly string[]): string[] {
  return party.length === 0 ? ['Do', 'not'] : [...party, 'must', 'not'];
}

/**
 * The sentence restated by the relations above, each way it can be read (a thing passed "to" the
 * party, or the party before it: "tell callers the route"); empty when no relation holds.
 */
export function restateByRelation(text: string, tagger: PartOfSpeechTagger): string[] {
  const reading = readClause(text, tagger);
  if (!reading) return [];
  const { subject, verb, particle, rest, negated, modal, only } = reading;
  // Only rules: a grant or a hedge is not restated.
  if (modal !== null && modal !== 'must' && modal !== 'shall' && !(negated && (modal === 'may' || modal === 'can'))) return [];
  const out: string[] = [];
  // Keeping a thing from a party: "Keep the route (secret) from callers" (imperative or with a
  // party); "The date is kept (private) from the business", "The address stays confidential from
  // callers" (the thing as subject, kept or in a state of secrecy).
  const secret = SECRECY.test(rest[0]?.toLowerCase() ?? '') ? 1 : 0;
  const thingAsSubject = subject.length > 0 && /^from$/i.test(rest[secret] ?? '') && ((KEEPING.test(verb) && reading.auxiliaries.some((word) => /^(?:is|are|was|were|be|been)$/.test(word))) || (secret === 1 && (COPULA.test(verb) || STAYING.test(verb))));
  if ((KEEPING.test(verb) || thingAsSubject) && !negated && !only && particle === null) {
    // A place kept closed to a party ("Keep the yard closed to vans"): the party not entering it.
    const closedTo = !thingAsSubject && rest.findIndex((word, i) => i > 0 && SHUT.test(word.toLowerCase()) && /^(?:to|for)$/i.test(rest[i + 1] ?? ''));
    if (typeof closedTo === 'number' && closedTo > 0) {
      const [who, tail] = partyAndCase(rest.slice(closedTo + 2));
      out.push(withOpening(reading, [...who.map(stripStop), 'must', 'not', OPEN_ACTS.enter, ...rest.slice(0, closedTo), ...tail]));
      return out;
    }
    const kept = splitAt(rest, /^from$/);
    const split: [string[], string[]] | null = thingAsSubject ? [lowerFirst(subject), rest.slice(secret + 1)] : kept && [kept[0].filter((word, i) => !(i === kept[0].length - 1 && SECRECY.test(word.toLowerCase()))), kept[1]];
    if (!split || split[0].length === 0) return out;
    // Keeping each of several things from a party is passing none of them ("Keep the route and the
    // timing from callers" = "Do not tell callers the route or the timing"); and kept "until" a
    // time is not passed "before" it.
    const thing = split[0].map((word) => (word.toLowerCase() === 'and' ? 'or' : word));
    const party = split[1].map((word) => (word.toLowerCase() === 'until' ? 'before' : word));
    const lead = thingAsSubject ? ['Do', 'not'] : ban(subject);
    out.push(withOpening(reading, [...lead, OPEN_ACTS.pass, ...thing, 'to', ...party]));
    // Said with the party first ("Do not tell callers the route"); the case after the party stays last.
    const [who, tail] = partyAndCase(party);
    out.push(withOpening(reading, [...lead, OPEN_ACTS.pass, ...who.map(stripStop), ...thing, ...tail]));
    return out;
  }
  // A place off limits or closed to a party.
  const offLimits = COPULA.test(verb) && particle === 'off' && /^limits$/i.test(rest[0] ?? '');
  const shut = SHUT.test(verb) || (COPULA.test(verb) && SHUT.test(rest[0]?.toLowerCase() ?? ''));
  if ((offLimits || shut) && subject.length > 0 && !negated && !only) {
    const after = offLimits || !SHUT.test(verb) ? rest.slice(1) : rest;
    if (/^(?:to|for)$/i.test(after[0] ?? '')) {
      // The party runs to the first preposition or case ("to cyclists after dark").
      const [who, tail] = partyAndCase(after.slice(1));
      out.push(withOpening(reading, [...who.map(stripStop), 'must', 'not', OPEN_ACTS.enter, ...lowerFirst(subject), ...tail]));
    }
    return out;
  }
  // A party not let into a place ("Do not let visitors into the cellar").
  if (/^(?:let|lets|allow|allows)$/.test(verb) && negated && !only && particle === null) {
    const split = splitAt(rest, /^(?:into|onto|in)$/);
    if (split && split[0].length > 0) out.push(withOpening(reading, [...split[0], 'must', 'not', OPEN_ACTS.enter, ...split[1]]));
    return out;
  }
  // A party staying out of or off a place.
  if (STAYING.test(verb) && (particle === 'out' || particle === 'off' || particle === 'away') && !negated && !only) {
    const place = particle === 'off' ? rest : /^(?:of|from)$/i.test(rest[0] ?? '') ? rest.slice(1) : null;
    if (place) out.push(withOpening(reading, [...ban(subject), OPEN_ACTS.enter, ...place]));
    return out;
  }
  // Skipping or leaving out a thing.
  if ((SKIPPING.test(verb) || (LEAVING.test(verb) && particle === 'out')) && !negated && !only) {
    out.push(withOpening(reading, [...ban(subject), OPEN_ACTS.any, ...rest]));
    return out;
  }
  // A thing going to a party.
  if (GOING.test(verb) && particle === null && subject.length > 0 && /^to$/i.test(rest[0] ?? '')) {
    const lead = negated ? ['Do', 'not'] : [];
    out.push(withOpening(reading, [...lead, OPEN_ACTS.pass, ...lowerFirst(subject), ...(only ? ['only'] : []), ...rest]));
    return out;
  }
  // A plain declarative with no modal: a duty, or with a negation a ban.
  // Only a verb said alone or with "do not"/"never": "is cleared by" is a passive, "has signed" a past, neither a duty said plainly.
  const plain = reading.auxiliaries.every((word) => /^(?:do|does)$/.test(word) && negated);
  if (modal === null && plain && subject.length > 0 && !COPULA.test(verb) && !/^(?:has|have|had|do|does|did)$/.test(verb)) {
    out.push(withOpening(reading, [...subject, 'must', ...(negated ? ['not'] : []), ...(only ? ['only'] : []), verb, ...(particle ? [particle] : []), ...rest]));
  }
  return out;
}

/** A party's words without the full stop that ended the sentence. */
function stripStop(word: string): string {
  return word.replace(/[.!]+$/, '');
}

/** A subject moved out of the sentence's start, lower case when it is not a name ("The pitch" -> "the pitch"). */
function lowerFirst(words: readonly string[]): string[] {
  return words.map((word, i) => (i === 0 && /^[A-Z][a-z]/.test(word) ? word.toLowerCase() : word));
}

/** Whether a verb belongs to a class of acts, in a common sense (the dictionary's verb categories). */
function actFitsClass(lexicon: Lexicon, verb: string, open: ActClass): boolean {
  let known = fits.get(lexicon);
  if (!known) fits.set(lexicon, (known = new Map()));
  const key = `${open} ${verb}`;
  const found = known.get(key);
  if (found !== undefined) return found;
  const answer = readActFitsClass(lexicon, verb, open);
  if (known.size >= FRAMES_KEPT) known.clear();
  known.set(key, answer);
  return answer;
}

/** Answers of `actFitsClass` already given, per dictionary. */
const fits = new WeakMap<Lexicon, Map<string, boolean>>();

function readActFitsClass(lexicon: Lexicon, verb: string, open: ActClass): boolean {
  const senses = lexicon.senses(verb, 'v');
  if (senses.length === 0) return false;
  if (open === 'any') return true;
  if (open === 'pass') return senses.slice(0, 5).some((sense) => sense.category === 'verb.possession' || sense.category === 'verb.communication') || senses[0]!.category === 'verb.motion';
  return senses.slice(0, 3).some((sense) => sense.category === 'verb.motion' || sense.category === 'verb.consumption');
}

/**
 * Two frames with each act one of them leaves open named by the other's, where the named verb is
 * of the open class ("relationpass" read as "tell"); the frames as they are otherwise, so an open
 * act matches nothing a named verb of another class says.
 */
export function withOpenActsNamed(lexicon: Lexicon, a: RequirementFrame, b: RequirementFrame): [RequirementFrame, RequirementFrame] {
  const [actsA, actsB] = [a.words.filter((word) => word.act), b.words.filter((word) => word.act)];
  if (actsA.length !== actsB.length) return [a, b];
  const name = (frame: RequirementFrame, acts: readonly FrameWord[], others: readonly FrameWord[]): RequirementFrame => {
    if (!acts.some((act) => openActClass(act.word) !== null)) return frame;
    const named = new Map<FrameWord, string>();
    acts.forEach((act, k) => {
      const open = openActClass(act.word);
      const other = others[k]!.word;
      if (open !== null && openActClass(other) === null && actFitsClass(lexicon, other, open)) named.set(act, other);
    });
    return { ...frame, words: frame.words.map((word) => (named.has(word) ? { ...word, word: named.get(word)! } : word)) };
  };
  return [name(a, actsA, actsB), name(b, actsB, actsA)];
}

/**
 * Words without one of which no relation above holds: a sentence with none, and with a plain frame
 * or a modal (so no plain declarative either), is not tagged. The labelled run reads some 5,000
 * changed sentences; tagging each cost 8% of its CPU.
 */
const CUES = /\b(?:keep|keeps|kept|withh[a-z]*|hid[a-z]*|conceal[a-z]*|secret|private|confidential|closed|shut|barred|off|out|skip[a-z]*|omit[a-z]*|bypass[a-z]*|leave|leaves|left|go|goes|went|gone|pass|passes|passed|let|lets|allow|allows)\b/i;
const MODALS = /\b(?:must|shall|should|may|can|cannot|can't|might|could|would|need|needs|will)\b/i;

/** Frames already restated, per tagger and sentence: a labelled run meets the same old sentence in several edits. Emptied past `FRAMES_KEPT`. */
const restated = new WeakMap<PartOfSpeechTagger, Map<string, RequirementFrame[]>>();
const FRAMES_KEPT = 20_000;
/** Longer than any sentence of the labelled sets (the longest runs to 44 words), so their readings stay as they were. */
const RUN_ON_WORDS = 120;
const wordsIn = (text: string) => text.split(/\s+/, RUN_ON_WORDS + 2).length;

/** The frames of a sentence restated by a relation (none when no relation holds or no restatement reads as a frame); `plain` is its plain frame. */
export function readRelatedFrames(text: string, plain: RequirementFrame | null, tagger: PartOfSpeechTagger): RequirementFrame[] {
  if (!CUES.test(text) && (plain !== null || MODALS.test(text))) return [];
  // A run-on sentence is no one-clause rule `readClause` places (its subject holds a comma or a
  // case word long before its end), and tagging it would load the tagger's 92,000-word lexicon
  // for nothing: a figure changed in a 2,000-word sentence paid some 60 ms for it (bench, session
  // 26). Reading nothing only keeps a flag: this check withdraws, it never adds one.
  if (wordsIn(text) > RUN_ON_WORDS) return [];
  let known = restated.get(tagger);
  if (!known) restated.set(tagger, (known = new Map()));
  const found = known.get(text);
  if (found) return found;
  const frames = restateByRelation(text, tagger).flatMap((sentence) => readRequirementFrame(sentence) ?? []);
  if (known.size >= FRAMES_KEPT) known.clear();
  known.set(text, frames);
  return frames;
}
