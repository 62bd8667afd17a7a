// `negation-moved` for a duty and a prohibition that traded places around their negation ("explain
// the law but do not criticise the referee" -> "criticise the referee but do not explain the law"):
// the words between them ("but do not") stayed, so what was done is now forbidden and what was
// forbidden is now done. Two duties reordered with their own negations ("log the call and do not
// comment" -> "do not comment and log the call") move the negation with them: no exchange. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { negationsIn } from './_rule-words.ts';
import { isContent } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';
import { sharedEnds } from './_shared-ends.ts';

function contentStems(words: readonly string[]): string[] {
  return words.filter(isContent).map(normaliseWord);
}

/** The two stretches exchanged around a negating stretch that stayed, as [was done, was forbidden], or null. */
export function findExchangedAroundNegation(before: readonly string[], after: readonly string[]): [string, string] | null {
  if (before.length !== after.length) return null;
  const { head: first, tail } = sharedEnds(before, after);
  const middle0 = before.slice(first, before.length - tail);
  const middle1 = after.slice(first, after.length - tail).join(' ');
  for (let a = 1; a < middle0.length; a++) {
    for (let j = 1; a + j < middle0.length; j++) {
      const done = middle0.slice(0, a);
      const join = middle0.slice(a, a + j);
      const forbidden = middle0.slice(a + j);
      // The join's negation is the sentence's only one: "do not offer X, and do not comment on Y"
      // -> "do not comment on Y, and do not offer X" forbids both either way.
      const negations = negationsIn(join.join(' ')).length;
      if (negations === 0 || negations !== negationsIn(before.join(' ')).length || join.some(isContent)) continue;
      if ([...forbidden, ...join, ...done].join(' ') !== middle1) continue;
      const doneStems = contentStems(done);
      const forbiddenStems = contentStems(forbidden);
      if (doneStems.length === 0 || forbiddenStems.length === 0 || doneStems.some((stem) => forbiddenStems.includes(stem))) continue;
      return [done.join(' '), forbidden.join(' ')];
    }
  }
  return null;
}

/** One reason per one-to-one aligned sentence whose duty and prohibition traded places. */
export function findExchangedDuties(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    const exchanged = findExchangedAroundNegation(previous.words, next.words);
    if (exchanged) reasons.push({ code: 'negation-moved', message: `negation moved: "${exchanged[1]}" is no longer forbidden and "${exchanged[0]}" now is, in ${quote(group.nextText)}` });
  }
  return reasons;
}
