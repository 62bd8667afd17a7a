// An "only" on where a duty's things come from, go through or are done by, said as a claim about
// every one of them: "Quote prices only from the current price list" = "Any price you give comes
// from this season's price list"; "Take bookings only by phone" = "Any booking you take is made by
// phone". The universal before the thing and the same preposition before the same source keep
// the limit; an alternative added after the source ("or a stock site") does not. Pure.
import type { StatementGroup } from './_statement-groups.ts';
import { isContent } from './_statements.ts';
import { normaliseWord } from './_text.ts';

const PREPOSITIONS = /^(?:from|through|via|by|in|with|to|at|on|using)$/;
const UNIVERSAL = /^(?:every|all|any|each)$/;
/** Content words of the source read after the preposition. */
const SOURCE_WORDS = 3;

function stemsAfter(words: readonly string[], at: number): string[] {
  return words.slice(at + 1).filter(isContent).slice(0, SOURCE_WORDS).map(normaliseWord);
}

/** Whether the group's old "only <prep> X" is said in the new sentences as "every/any <thing> ... <prep> X". */
export function onlySaidAsEvery(group: StatementGroup): boolean {
  const oldStems = new Set(group.previous.flatMap((statement) => statement.stems));
  return group.previous.some(({ words }) => words.some((word, i) => {
    if (word !== 'only' || !PREPOSITIONS.test(words[i + 1] ?? '')) return false;
    const preposition = words[i + 1] ?? '';
    const source = stemsAfter(words, i + 1);
    if (source.length === 0) return false;
    return group.next.some((statement) => {
      const now = statement.words;
      // A universal before a thing the old rule named ("every part", "any price").
      const universal = now.findIndex((candidate, k) => UNIVERSAL.test(candidate) && now.slice(k + 1, k + 3).some((thing) => isContent(thing) && oldStems.has(normaliseWord(thing))));
      if (universal < 0) return false;
      const at = now.findIndex((candidate, k) => k > universal && candidate === preposition);
      if (at < 0) return false;
      const said = now.slice(at + 1).filter(isContent).map(normaliseWord);
      // Most of the source again, and no alternative after it.
      const kept = source.filter((stem) => said.includes(stem)).length;
      const rest = now.slice(at + 1);
      return kept * 2 >= source.length + 1 && !rest.some((candidate) => candidate === 'or');
    });
  }));
}
