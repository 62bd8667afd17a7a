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
    if (rest.split(/\s+/).length < 3 || !isHardRequirement(duty) || !opensWithDuty(duty)) continue;
    text = `${text.slice(0, at + body.length)}. ${duty}${after.slice(join[0].length + rest.length)}`;
  }
  return text;
}
