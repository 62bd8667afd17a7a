// A duty appended to a kept rule ("Log every administrator sign-in" -> "Log every administrator
// sign-in, and alert the security team when one comes from a new country"): the new version is
// read with the appended part as a sentence of its own, so its condition ("when ...") is not taken
// for a condition put on the old rule. It is then judged like any added sentence (a permission or
// a contradiction still flags). Only a hard duty is split off (an imperative, must, never, ...):
// "..., and only for new customers" or "..., and skip it when busy" stay part of the old rule. Pure.
import { isHardRequirement } from './_rule-words.ts';
import { splitSentences } from './_text.ts';

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
  return SHARED_SUBJECT.test(rest) && ENDING_CONDITION.test(body);
}

/** `next` with each duty appended to a whole sentence of `previous` written as a sentence of its own. */
export function splitAppendedDuties(previous: string, next: string): string {
  let text = next;
  for (const sentence of splitSentences(previous)) {
    const body = sentence.trim().replace(/[.!?;:]+$/, '').trim();
    if (body.split(/\s+/).length < 3) continue;
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
  return text;
}
