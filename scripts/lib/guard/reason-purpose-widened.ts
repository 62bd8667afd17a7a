// `scope-widened` for a thing set aside for one purpose now open to any: "Study rooms are for
// quiet individual study; group work must use the meeting rooms" -> "Study rooms are available for
// any use, including group meetings", "The quiet coach is reserved for passengers who want
// silence" -> "The quiet coach is open to all passengers". "<thing> is/are (only/reserved/
// intended/meant) for <purpose>" limits what the thing may be used for; the same thing (its
// subject's first content word kept) said to be "for any use", "open to all", "for anything" lets
// every use in. Scope words read on aligned sentences miss it when the sentence is rebuilt around
// the new "any". Pure.
import type { Reason } from '../schema/records.ts';
import { normaliseWord, quote, splitSentences, tokenizeWords } from './_text.ts';

const SET_ASIDE = /^(.+?) (?:is|are) (?:only |solely |exclusively |strictly )?(?:reserved |intended |meant |kept |set aside )?(?:only )?(?:for|to be used for) /;
const OPEN_TO_ALL = /^(.+?) (?:is|are|can be|may be) (?:now )?(?:available |open |free |usable |used )?(?:for|to) (?:any|all|every|anyone|everyone|anybody|everybody|anything|whatever|all kinds of|any kind of)\b/;
const DETERMINERS = new Set(['the', 'a', 'an', 'all', 'every', 'each', 'our', 'any']);

function head(subject: string): string {
  return normaliseWord(subject.split(' ').find((word) => !DETERMINERS.has(word)) ?? '');
}

export function findPurposesWidened(previous: string, next: string): Reason[] {
  const limited = splitSentences(previous).flatMap((sentence) => {
    const match = SET_ASIDE.exec(tokenizeWords(sentence).join(' '));
    return match?.[1] ? [head(match[1])] : [];
  });
  if (limited.length === 0) return [];
  for (const sentence of splitSentences(next)) {
    const words = tokenizeWords(sentence).join(' ');
    const open = OPEN_TO_ALL.exec(words);
    // Still set aside in the new text ("... are for study only"): no widening.
    if (!open?.[1] || SET_ASIDE.test(words) || !limited.includes(head(open[1]))) continue;
    return [{ code: 'scope-widened', message: `scope widened: what was set aside for one purpose is now "${open[0].slice(open[1].length + 1)}" in ${quote(sentence)}` }];
  }
  return [];
}
