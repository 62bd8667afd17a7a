// A long clause is read around its change (_change-window.ts), so a sentence added at the end of
// a 200-sentence handbook that does what a prohibition 40 blocks above forbids ("## Data ... Never
// delete customer records ..." + "Delete customer records after 30 days.") was read against the
// nearby rules only, and passed. Here each sentence the window reads as added is also read against
// the old version's prohibitions outside the window, with the reading reason-added-rule.ts gives
// the ones inside it. Linear in the clause: the old version's prohibitions are indexed once by
// the verb they forbid, and each added sentence looks up its own stems. Pure.
import type { Reason } from '../schema/records.ts';
import { alignSentences } from './_align.ts';
import { standsIn } from './_repeated-sentences.ts';
import { readStatement, type Statement } from './_statements.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { normaliseWord, quote, splitSentences } from './_text.ts';
import { findAddedRules, forbiddenVerb } from './reason-added-rule.ts';

/**
 * The old version's prohibitions outside the window, by the stem of the verb each forbids. Only
 * sentences sharing a word with what was added are read as statements: a word lookup is cheap, a
 * statement reading of every sentence of an 800-sentence clause is not.
 */
function farProhibitionsByVerb(previous: string, oldWindow: string, wanted: ReadonlySet<string>): Map<string, Statement[]> {
  const inWindow = standsIn(splitSentences(oldWindow));
  const index = new Map<string, Statement[]>();
  for (const sentence of splitSentences(previous)) {
    if (inWindow(sentence)) continue;
    if (!sentence.toLowerCase().split(/[^a-z']+/).some((word) => word !== '' && wanted.has(normaliseWord(word)))) continue;
    const rule = readStatement(sentence);
    if (rule.mainNegations.length === 0) continue;
    const verb = forbiddenVerb(rule);
    if (verb === null) continue;
    const rules = index.get(verb) ?? [];
    rules.push(rule);
    index.set(verb, rules);
  }
  return index;
}

/**
 * `contradiction` reasons for the window's added sentences against prohibitions of the old
 * version outside the window, for sentences `found` (the window's own reasons) does not already
 * quote. Nothing when the window is the whole clause.
 */
export function findFarContradictions(previous: string, window: readonly [string, string], found: readonly Reason[]): Reason[] {
  const [oldWindow, newWindow] = window;
  // A window is cut on both sides or not at all: an old text read whole leaves nothing outside.
  if (oldWindow === previous) return [];
  const added = alignSentences(oldWindow, newWindow).added.filter((sentence) => !found.some((reason) => reason.message.includes(quote(sentence, 70))));
  if (added.length === 0) return [];
  const statements = added.map((sentence) => readStatement(sentence, oldWindow));
  const index = farProhibitionsByVerb(previous, oldWindow, new Set(statements.flatMap((statement) => statement.stems)));
  if (index.size === 0) return [];
  return statements.flatMap((statement) => {
    const rules = [...new Set(statement.stems.flatMap((stem) => index.get(stem) ?? []))];
    if (rules.length === 0) return [];
    const input: StatementDiffInput = {
      groups: rules.map((rule) => ({ previous: [rule], next: [rule], previousText: rule.text, nextText: rule.text })),
      removed: [],
      added: [statement],
      previousText: oldWindow,
      nextText: newWindow,
    };
    return findAddedRules(input).filter((reason) => reason.code === 'contradiction').slice(0, 1);
  });
}
