// A duty appended to a kept rule ("Log every administrator sign-in" -> "Log every administrator
// sign-in, and alert the security team when one comes from a new country"): the new version is
// read with the appended part as a sentence of its own, so its condition ("when ...") is not taken
// for a condition put on the old rule. It is then judged like any added sentence (a permission or
// a contradiction still flags). Only a hard duty is split off (an imperative, must, never, ...):
// "..., and only for new customers" or "..., and skip it when busy" stay part of the old rule. Pure.
import { isHardRequirement, isImperativeVerb } from './_rule-words.ts';
import { contentStems, splitSentences } from './_text.ts';

const JOIN = /^,?\s+and\s+(?:then\s+|also\s+)?/i;

const CONDITION_OPENER = /^(?:when|whenever|if|unless|before|after|once|while|in case)\b/i;

/**
 * The appended part states its duty from its first words, or after a condition of its own. "ask
 * for the version and for a screenshot if they have one, and give them the ticket number" goes on
 * with the old verb's object ("for a screenshot"): the duty later in it is not where it starts.
 */
function opensWithDuty(duty: string): boolean {
  return CONDITION_OPENER.test(duty) || isHardRequirement(duty.split(',')[0] ?? '');
}

/** Auxiliaries that open a predicate sharing the subject before the "and": not a duty of its own. */
const SHARED_SUBJECT = /^(?:can|cannot|can't|could|couldn't|is|isn't|are|aren't|was|wasn't|were|weren't|has|hasn't|have|haven't|had|hadn't|does|doesn't|do|don't|did|didn't|will|won't|would|wouldn't|still|not)\b/i;
const ENDING_CONDITION = /\b(?:if|when|whenever|once|where|unless|in case)\b(?![^,;]*[,;])/i;

/**
 * "Report a shortfall if it exceeds 100 pounds, and cannot be found by close of business": a
 * predicate with no subject of its own after a sentence that ends in a condition goes on with that
 * condition's subject ("it"), so it is one more conjunct of the condition, not a duty.
 */
function continuesCondition(body: string, rest: string): boolean {
  // "if a client pays more than £10,000": a comma between digits groups them, it ends no condition (round 32b).
  return (SHARED_SUBJECT.test(rest) || statesNegatedFact(rest)) && ENDING_CONDITION.test(body.replace(/(\d),(?=\d{3}\b)/g, '$1'));
}

/** A subject of a few words, then a perfect or a copula negated ("the council has not gritted them"). */
const NEGATED_STATE = /^(?:(?:the|a|an|their|its|his|her|our|your|this|that|these|those)\s+)?(?:[\w'-]+\s+){0,3}?(?:has|have|had|is|are|was|were)\s+(?:not|never|yet to)\b/i;
/** Words that make a clause a rule of its own: a modal, or "is not to". */
const OWN_RULE = /\b(?:must|shall|should|may|might|can|cannot|can't|need|needs|ought|always|is not to|are not to)\b/i;

/**
 * "Tours are cancelled when the roads are icy and the council has not gritted them": a clause with
 * a subject of its own saying a state that has not come about (a perfect or a copula negated, no
 * modal) after a sentence ending in a condition is one more conjunct of that condition, not a
 * prohibition appended (round 25b, v26's carriage tours): nothing is forbidden by "has not gritted".
 */
function statesNegatedFact(rest: string): boolean {
  return NEGATED_STATE.test(rest) && !OWN_RULE.test(rest);
}

/** Lower-cased letter for letter (no character changes its length, so offsets hold). */
const lowerAscii = (text: string): string => text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());

/** How many characters of a sentence's end key the index of sentences a join may follow. */
const TAIL = 5;

/**
 * The bodies (lower-cased) of old sentences that some "and" of `next` follows: only these can have
 * had a duty appended. Looking every old sentence up in the whole new text cost sentences times
 * length (issue 9, round 22c: 101 of 117 s of a 5 MB clause's evaluation); each "and" of the new text now
 * looks up the old sentences that end as the text before it does. Lower-cased, so a sentence
 * that a split capitalised is still found.
 */
function bodiesBeforeAJoin(bodies: readonly string[], next: string): Set<string> {
  const byTail = Map.groupBy(bodies.map(lowerAscii), (body) => body.slice(-TAIL));
  const lower = lowerAscii(next);
  const found = new Set<string>();
  for (const join of lower.matchAll(/,?\s+and\s/g)) {
    const end = join.index;
    for (const body of byTail.get(lower.slice(Math.max(0, end - TAIL), end)) ?? []) if (lower.slice(end - body.length, end) === body) found.add(body);
  }
  return found;
}

/** `next` with each duty appended to a whole sentence of `previous` written as a sentence of its own. */
export function splitAppendedDuties(previous: string, next: string): string {
  let text = next;
  const bodies = splitSentences(previous).map((sentence) => sentence.trim().replace(/[.!?;:]+$/, '').trim()).filter((body) => body.split(/\s+/).length >= 3);
  const joined = bodiesBeforeAJoin(bodies, next);
  for (const body of bodies) {
    if (!joined.has(lowerAscii(body))) continue;
    const at = text.indexOf(body);
    if (at < 0) continue;
    const after = text.slice(at + body.length);
    const join = JOIN.exec(after);
    if (!join) continue;
    const restEnd = after.slice(join[0].length).search(/[.!?](?:\s|$)|\n/);
    const rest = restEnd < 0 ? after.slice(join[0].length) : after.slice(join[0].length, join[0].length + restEnd);
    const duty = rest.charAt(0).toUpperCase() + rest.slice(1);
    if (rest.split(/\s+/).length < 3 || !isHardRequirement(duty) || !opensWithDuty(duty) || continuesCondition(body, rest)) continue;
    text = `${text.slice(0, at + body.length)}. ${duty}${after.slice(join[0].length + rest.length)}`;
  }
  return text === next ? splitAppendedToEditedRule(previous, next) : text;
}

/** Words that open a predicate which may share the frame before it: "to" of an infinitive, or a past participle. */
const PARALLEL_OPENER = /^(?:to|[a-z]+ed|[a-z]+en)$/i;

/**
 * The appended part said with the frame of the rule it goes on from, when it opens with the word
 * the rule's own predicate opened with: "Visitors must be signed in at the desk before 8 pm and
 * signed out when they leave" -> "Visitors must be signed out when they leave", "Tell callers to
 * turn off the stopcock straight away, and to switch off the electricity if ..." -> "Tell callers
 * to switch off the electricity if ...". The frame (the words before that word) must bind and hold
 * no condition of its own, so the duty appended is as hard as the rule (round 36c). Null otherwise.
 */
function withCarriedFrame(head: string, rest: string): string | null {
  const first = rest.split(/\s+/)[0] ?? '';
  if (!PARALLEL_OPENER.test(first)) return null;
  const at = head.search(new RegExp(String.raw`(?:^|\s)${first}\s`, 'i'));
  if (at <= 0) return null;
  const frame = head.slice(0, at + 1).trimEnd();
  if (CONDITION_WORD.test(frame) || !isHardRequirement(`${frame} ${rest}`)) return null;
  return `${frame} ${rest}`;
}

/** A condition's opener anywhere in a frame: a frame that holds one is no plain frame. */
const CONDITION_WORD = /\b(?:when|whenever|if|unless|before|after|once|while|until|where)\b|,/i;

/** Share of the old rule's content stems the part before the "and" must say for it to be that rule, edited. */
const RULE_KEPT = 2 / 3;

/**
 * The same for a one-sentence rule edited in place as the duty was appended ("Check the harness
 * before the first climb" -> "Check the harness before every climb, and refuse the climb if a
 * buckle is worn"): the part before ", and" says most of the old rule's words, and the appended
 * duty is mostly words of its own. The edit of the rule is then read against the old rule alone.
 */
function splitAppendedToEditedRule(previous: string, next: string): string {
  const [old, ...others] = splitSentences(previous);
  const [now, ...more] = splitSentences(next);
  if (!old || !now || others.length > 0 || more.length > 0) return next;
  const oldStems = new Set(contentStems(old));
  if (oldStems.size < 2) return next;
  for (const join of now.matchAll(/,?\s+and\s+(?:then\s+|also\s+)?/gi)) {
    const head = now.slice(0, join.index);
    const rest = now.slice((join.index ?? 0) + join[0].length).replace(/[.!?]+$/, '');
    const kept = [...new Set(contentStems(head))].filter((stem) => oldStems.has(stem)).length;
    const restStems = contentStems(rest);
    const ownWords = restStems.filter((stem) => !oldStems.has(stem)).length;
    if (kept / oldStems.size < RULE_KEPT || restStems.length === 0 || ownWords * 2 < restStems.length) continue;
    if (rest.split(/\s+/).length < 3 || continuesCondition(head, rest)) continue;
    // "... and signed out when they leave", ", and to switch off ...": the rule's frame carried to the appended predicate (round 36c).
    const framed = withCarriedFrame(head, rest);
    const duty = framed ?? rest.charAt(0).toUpperCase() + rest.slice(1);
    if (!isHardRequirement(duty) || !opensWithDuty(duty)) continue;
    // With no comma before it, "and" as often joins a condition's conjuncts ("when the call is
    // missed and the client cannot be reached"): only an imperative, or the rule's own frame carried, opens a duty of its own there.
    if (!join[0].startsWith(',') && framed === null && !isImperativeVerb(rest.split(/\s+/)[0]?.toLowerCase() ?? '')) continue;
    return next.replace(now, `${head}. ${duty}.`);
  }
  return next;
}
