// `negation-removed`: the last item of a ban's "or" list split off into a clause or sentence of its
// own that asks for it ("Never ask the caller to confront a suspect or gather evidence themselves"
// -> "Never ask the caller to confront a suspect; do ask them to gather evidence themselves"; round
// 35b, v45's rescope). The ban's head stays word for word and its negation count with it, so no
// negation reading saw a change; the item went from what is refused to what is asked. Read: the old
// sentence negates before its last "or"; a new sentence keeps the ban (its negation and the words
// before the "or"); another new sentence, with no negation, says every content word of the item. Pure.
import type { Reason } from '../schema/records.ts';
import { NEGATION_WORDS } from './_rule-words.ts';
import { contentStems, quote, splitSentences, tokenizeWords } from './_text.ts';

/** The negations proper with "without" (`_rule-words.ts`): a ban's item is named under any of them. */
const NEGATIONS: ReadonlySet<string> = new Set(NEGATION_WORDS);

const negated = (sentence: string): boolean => tokenizeWords(sentence).some((word) => NEGATIONS.has(word));

/**
 * Content words an item must bring to be read. One is enough (review29: "Never quote a price over
 * the phone or by email" -> "...; do quote it by email" passed at two); on the 14,651 labelled
 * edits of the tuning set, v3-v45 and canon, one fires on no edit that two did not.
 */
const MIN_ITEM = 1;

export function findBanItemsDemanded(previous: string, next: string): Reason[] {
  const reasons: Reason[] = [];
  const oldSentences = splitSentences(previous);
  const nowSentences = splitSentences(next);
  // Each new sentence read once, when a ban asks: its content words and whether it negates.
  let read: { sentence: string; stems: Set<string>; negates: boolean }[] | undefined;
  for (const old of oldSentences) {
    const at = old.search(/\sor\s(?!(?:more|less|fewer|above|below|higher|lower|over|under|later|earlier)\b)[^,;]*$/i);
    if (at < 0 || nowSentences.includes(old)) continue;
    const head = old.slice(0, at);
    const item = old.slice(at).replace(/^\s*or\s+/i, '');
    if (!negated(head) || negated(item)) continue;
    const itemStems = new Set(contentStems(item));
    if (itemStems.size < MIN_ITEM) continue;
    const headStems = contentStems(head);
    const now = (read ??= nowSentences.map((sentence) => ({ sentence, stems: new Set(contentStems(sentence)), negates: negated(sentence) })));
    // The ban kept: a new sentence with a negation and the head's words, none of the item's.
    const ban = now.find(({ stems, negates }) => negates && headStems.every((stem) => stems.has(stem)) && ![...itemStems].every((stem) => stems.has(stem)));
    if (!ban) continue;
    const asked = now.find((other) => other !== ban && !other.negates && [...itemStems].every((stem) => other.stems.has(stem)));
    if (!asked) continue;
    reasons.push({ code: 'negation-removed', message: `an item of the ban is now asked for: ${quote(item)} left ${quote(ban.sentence)} for ${quote(asked.sentence)}` });
  }
  return reasons;
}
