// A ban lifted by one condition said as the act allowed only under it, in other words (issue 11,
// round 27a): "Apprentices must not use the croze unless a journeyman is watching" = "Apprentices
// use the croze only while a journeyman watches"; "Drivers must not load from the public road
// unless a plan is in place" = "Loading from the public road happens only when there is a plan in
// place"; "No one may operate the kiln unless they hold a firing certificate" = "Only people who
// hold a firing certificate may operate the kiln"; "Do not release a patient's records without
// their written consent" = "A patient's records are released only with their written consent".
// "not A unless C" and "A only if C" are one statement: A waits for C. `_gates.ts` reads that when
// both versions name the act with the same words; the detectors count the "not" that went and the
// "unless" that became "only when", so a gate said with the doer left out, the act as a gerund that
// "happens", "only while" for "unless", "only with" for "without" or the condition moved into an
// "Only <people> who ..." subject read as a negation removed; so did the duty the condition becomes
// whenever the act is done ("Whenever a climber leads a route, a partner must be belaying" for
// "Climbers must not lead a route unless a partner is belaying"). Here, when the two sides of the gate
// keep their words (the dictionary's links allowed), the new sentence is written as the old one.
//
// What it does not fold (the near-miss twins, which loosen): a condition that lost a word or gained
// one ("a staff member has checked" -> "a member has checked", "written consent" -> "consent"), an
// act with a word of its own ("may operate the kiln alone"), a condition and act exchanged ("An
// adult watches only when a child uses the trampoline"), the gate turned round ("only until",
// "only before"), no "only" at all ("are released with their written consent": a grant, not a
// gate), and a negation left in the new sentence. Words of the old act the new one leaves out
// widen the ban (the doer, "to a household with cats"), which is stricter, so they may go; the
// act's own verb may not. Words are compared by root, after `reworded-withdrawn.ts` has read the
// new version in the old one's words. Pure.
import { negationsIn } from './_rule-words.ts';
import { contentStems, sameRoot, splitSentences, tokenizeWords } from './_text.ts';

/** A ban lifted by a condition: a negated act, then unless / until / without / except when and the condition. */
const BAN = /^(?<lead>[^;:]+?)\s*,?\s+(?<gate>unless|until|without|except (?:when|if|with))\s+(?<cond>[^;:]+?)[.!]?$/i;
/**
 * A ban on things a negated relative clause picks out: "The council does not discuss planning
 * applications that are not on the agenda" is "... unless it is on the agenda".
 */
const BAN_ON_THOSE_NOT = /^(?<lead>[^;:]+?\b(?:not|never)\b[^;:]+?)\s+(?:that|which|who)\s+(?<be>is|are|has|have|was|were)\s+not\s+(?<cond>[^;:]+?)[.!]?$/i;
/** An act allowed only in a case: "... only (ever) while / when / if / once / after / with ...". */
const ONLY_GATE = /^(?<lead>[^;:]+?)\s+only\s+(?:ever\s+)?(?<gate>if|when|whenever|once|after|while|with|where|provided(?: that)?)\s+(?<cond>[^;:]+?)[.!]?$/i;
/**
 * "only" before the verb, the case after it: "A child can only be booked in if ...". Not before a
 * noun phrase or a preposition, which limit who or what ("only a pharmacist", "only to members").
 */
const ONLY_VERB = /^(?<lead>[^;:]*?\S\s+only\s+(?:ever\s+)?(?!(?:a|an|the|one|two|to|for|by|with|from|in|on|at|when|if|once|after|while|until|before)\b)[^;:]+?)\s+(?<gate>if|when|whenever|once|after|while)\s+(?<cond>[^;:]+?)[.!]?$/i;
/** The case moved into the subject: "Only people who hold a firing certificate may operate the kiln." */
const ONLY_WHO = /^only\s+(?<who>[^,;:]+?)\s+(?<gate>who|that|with)\s+(?<cond>[^,;:]+?)\s+(?<modal>may|can|are allowed to|are permitted to|is allowed to|is permitted to)\s+(?<act>[^;:]+?)[.!]?$/i;

/**
 * The duty the lifting condition becomes whenever the act is done: "Whenever a load overhangs the
 * rear by more than 1 metre, a marker board has to be fitted" for "A load must not overhang the rear
 * by more than 1 metre unless a marker board is fitted" (not (A and not B) = if A, then B). Only a
 * binding modal: "should be fitted" or "may be fitted" is no such duty.
 */
const WHENEVER_DUTY = /^(?:whenever|if|when|each time|every time)\s+(?<act>[^,;:]+?),\s*(?<duty>[^,;:]+?\b(?:must|has to|have to|needs to|need to|is required to|are required to|shall)\b[^;:]*?)[.!]?$/i;
/** Which "only" cases say each lifting condition: "until" waits for the case, "unless" and "without" name it. */
const SAID_BY: Readonly<Record<string, ReadonlySet<string>>> = {
  unless: new Set(['if', 'when', 'whenever', 'once', 'after', 'while', 'where', 'provided', 'provided that', 'who', 'that']),
  until: new Set(['once', 'after', 'when', 'if']),
  without: new Set(['with', 'who', 'that', 'if', 'when', 'once', 'after', 'while']),
};

/** Words that say the gate's form in one version and not the other: "only", a modal, "happens", "is allowed", the "anyone" an imperative leaves unsaid. */
const FORM = /\b(?:anyone|anybody|someone|somebody|only|ever|may|can|could|must|should|shall|will|be|been|being|is|are|was|were|do|does|to|allowed|permitted|happens?|happen|takes? place|go(?:es)? ahead|goes|get|gets)\b/gi;

interface Gate {
  /** The act and whatever names its doer, thing and place. */
  lead: string;
  gate: string;
  cond: string;
}

/** The ban a sentence says, lifted by one condition; null when the lead holds no negation or more than one. */
function readBan(sentence: string): Gate | null {
  const those = BAN_ON_THOSE_NOT.exec(sentence.trim());
  if (those?.groups) {
    const { lead = '', be = '', cond = '' } = those.groups;
    return negationsIn(lead.toLowerCase()).length === 1 && negationsIn(cond.toLowerCase()).length === 0 ? { lead, gate: 'unless', cond: `it ${be} ${cond}` } : null;
  }
  const found = BAN.exec(sentence.trim());
  if (!found?.groups) return null;
  const { lead = '', gate = '', cond = '' } = found.groups;
  if (negationsIn(lead.toLowerCase()).length !== 1 || negationsIn(cond.toLowerCase()).length > 0 || /\bonly\b/i.test(lead)) return null;
  const kind = gate.toLowerCase().startsWith('except') ? 'unless' : gate.toLowerCase();
  return { lead, gate: kind, cond };
}

/** The "only" gate a sentence says, with no negation anywhere in it; null otherwise. */
function readOnlyGate(sentence: string): Gate | null {
  const text = sentence.trim();
  if (negationsIn(text.toLowerCase()).length > 0) return null;
  // The act in the case clause, the lifting condition as the duty: read as "<act> only if <duty's words>".
  const whenever = WHENEVER_DUTY.exec(text);
  if (whenever?.groups) return { lead: whenever.groups.act!, gate: 'if', cond: whenever.groups.duty!.replace(/\b(?:must|has to|have to|needs to|need to|is required to|are required to|shall)\b/gi, ' ') };
  const who = ONLY_WHO.exec(text);
  if (who?.groups) return { lead: `${who.groups.who} ${who.groups.act}`, gate: who.groups.gate!.toLowerCase(), cond: who.groups.cond! };
  const found = ONLY_GATE.exec(text) ?? ONLY_VERB.exec(text);
  if (!found?.groups) return null;
  return { lead: found.groups.lead!, gate: found.groups.gate!.toLowerCase(), cond: found.groups.cond! };
}

/** The verb a ban negates: the first word after its negation that is no auxiliary ("must not use" -> "use"). */
function negatedVerb(lead: string): string | null {
  const words = tokenizeWords(lead);
  const at = words.findIndex((word) => /^(?:not|never|no|nobody|cannot|can't|don't|mustn't|won't)$/.test(word));
  if (at < 0) return null;
  const verb = words.slice(at + 1).find((word) => !/^(?:one|be|been|to|ever|even|may|can|must|should|shall|will|is|are)$/.test(word));
  // "Do not let a child use ...", "may not be allowed to ...": the act is further on, past a party; left unread.
  return verb === undefined || /^(?:let|allow|allowed|permit|permitted|a|an|the|any)$/.test(verb) ? null : verb;
}

/**
 * Whether `only` says `ban` from the other side: the same condition both ways, the old act's verb
 * said by the new sentence, and every word of the new version's act said by the old version (words
 * the new act leaves out widen the ban; words it brings would pick out some of the cases).
 */
function sameGate(ban: Gate, only: Gate, banSentence: string, onlySentence: string, newIsOnly: boolean): boolean {
  if (!SAID_BY[ban.gate]?.has(only.gate)) return false;
  const verb = negatedVerb(ban.lead);
  if (verb === null || !said(verb, only.lead)) return false;
  // The condition: every word the "only" names was in the old one, and every old word is said in the new sentence (a pronoun may stand for its noun there).
  if (!said(only.cond, ban.cond) || !said(ban.cond, onlySentence, pronounsNamed(only.cond, ban.lead))) return false;
  const [act, oldSide] = newIsOnly ? [only.lead, banSentence.replace(ban.cond, ' ')] : [ban.lead, onlySentence.replace(only.cond, ' ')];
  return said(act.replace(FORM, ' ').replace(NEGATIONS, ' '), oldSide);
}

/**
 * Whether every content word of `words` (but those of `leaveOut`) is in `text`, as itself or a word
 * of its root. Words are compared as written: the caller reads the new version in the old one's
 * words first (`reworded-withdrawn.ts` folds a shared common sense before this reading), and the
 * dictionary's looser links ("building" reaches "supervising" through a sense of "build") would let
 * a condition replaced pass for the same.
 */
function said(words: string, text: string, leaveOut: ReadonlySet<string> = new Set()): boolean {
  const theirs = contentStems(text);
  const left = new Set([...leaveOut].map((word) => contentStems(word)[0]).filter(Boolean));
  return contentStems(words).every((stem) => left.has(stem) || theirs.some((their) => sameRoot(stem, their)));
}

/** The negations of a ban's lead, which its "only" form says by the "only". */
const NEGATIONS = /\b(?:not|never|no one|nobody|no|cannot|can't|don't|mustn't|won't)\b/gi;

/** A pronoun in the new condition may stand for a noun of the old act: those words need not be said again. */
function pronounsNamed(cond: string, lead: string): ReadonlySet<string> {
  return /\b(?:it|they|them|their|its|he|she|his|her)\b/i.test(cond) ? new Set(tokenizeWords(lead)) : new Set();
}

/** `next` with each sentence that says an old sentence's lifted ban as an "only" gate (or the other way round) written as the old sentence. */
export function foldOnlyGates(previous: string, next: string): string {
  if (!/\b(?:only|whenever|if|when|time)\b/i.test(previous + ' ' + next)) return next;
  const old = splitSentences(previous).map((sentence) => ({ sentence, ban: readBan(sentence), only: readOnlyGate(sentence) })).filter((read) => read.ban ?? read.only);
  if (old.length === 0) return next;
  let written = next;
  for (const sentence of splitSentences(next)) {
    if (!written.includes(sentence) || previous.includes(sentence)) continue;
    const [ban, only] = [readBan(sentence), readOnlyGate(sentence)];
    const match = old.find((read) => (read.ban && only && sameGate(read.ban, only, read.sentence, sentence, true)) || (read.only && ban && sameGate(ban, read.only, sentence, read.sentence, false)));
    if (match) written = written.replace(sentence, match.sentence);
  }
  return written;
}
