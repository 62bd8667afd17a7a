// `condition-narrowed`: the case a duty or a prohibition holds in made more extreme, so it holds in
// fewer cases ("holds the birds if there is rain along the route" -> "if there is heavy rain at the
// liberation site", "Close the pool when there is wind" -> "when there is strong wind", "Never
// fly if there is fog" -> "if there is thick fog"). _condition-qualifiers.ts reads an adjective
// put into a kept condition when every other word stays; here the condition may change elsewhere
// too, since a degree word before the case's own noun narrows it whatever else moved. Read: an
// if/when/whenever condition of a duty or prohibition (not an "unless", whose narrowing is
// stricter, nor a grant's), a degree word of the list before a noun the old condition named, with
// no degree word there before. Round 23b (v24's pigeon convoy). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { normaliseWord, quote } from './_text.ts';
import { ruleKind } from './_rule-kind.ts';

/** Words that make a case more extreme than its bare noun. */
const DEGREE = /^(?:heavy|heavier|severe|serious|major|extreme|significant|substantial|prolonged|persistent|sustained|repeated|strong|stronger|dense|thick|deep|violent|torrential|intense|acute|gross|gale-force|storm-force|large|big|massive|dangerous|uncontrolled|serious|widespread|continuous|constant|excessive)$/;
const CASE_KINDS = new Set(['if', 'whenever']);

export function findCasesIntensified(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (ruleKind(previous) === 'grant' || ruleKind(next) === 'grant') return null;
    for (const old of previous.conditions) {
      if (!CASE_KINDS.has(old.kind)) continue;
      const oldStems = new Set(old.stems);
      if (old.words.some((word) => DEGREE.test(word))) continue;
      for (const now of next.conditions) {
        if (now.kind !== old.kind) continue;
        const at = now.words.findIndex((word, i) => DEGREE.test(word) && oldStems.has(normaliseWord(now.words[i + 1] ?? '')));
        if (at === -1) continue;
        return { code: 'condition-narrowed', message: `condition narrowed: "${now.words.slice(at, at + 2).join(' ')}" is a more extreme case than ${quote(old.words.join(' '))}, in ${quote(group.nextText)}` };
      }
    }
    return null;
  });
}
