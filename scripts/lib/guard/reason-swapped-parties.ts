// `roles-swapped` across sentences: two kept sentences traded their parties ("The customer signs
// the form; the agent countersigns it" -> "The agent signs the form; the customer countersigns
// it"). Each sentence on its own only replaced a word, which a reword of a role does too; the
// two together exchanged who does what. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import type { Statement } from './_statements.ts';
import { quote } from './_text.ts';

const key = (stems: readonly string[]): string => [...new Set(stems)].sort().join(' ');

/** Most words one sentence may trade and still be the other's counterpart. */
const MAX_TRADED = 2;

/**
 * One reason when two old sentences each became a new one by trading the same words the other way
 * round (one-to-one, or any old and new sentence the aligner grouped, left over or added: a short
 * second sentence is often left unpaired).
 */
export function findPartiesSwappedAcrossSentences(input: StatementDiffInput): Reason[] {
  const olds = [...input.groups.flatMap((group) => group.previous), ...input.removed];
  const news = [...input.groups.flatMap((group) => group.next), ...input.added];
  // Sentences only reordered are each other's counterparts word for word: no swap.
  const newKeys = new Set(news.map((statement) => key(statement.stems)));
  const trades: Array<{ old: Statement; now: Statement; gone: string; came: string }> = [];
  // The aligner's pairs stand: an old sentence is read against its own group's new ones, or
  // against a new sentence it left unpaired (a short second sentence often is).
  const groupOf = new Map<Statement, number>();
  input.groups.forEach((group, g) => [...group.previous, ...group.next].forEach((statement) => groupOf.set(statement, g)));
  const mayPair = (old: Statement, now: Statement): boolean => !groupOf.has(old) || !groupOf.has(now) || groupOf.get(old) === groupOf.get(now);
  for (const old of olds) {
    if (newKeys.has(key(old.stems))) continue;
    for (const now of news.filter((candidate) => mayPair(old, candidate))) {
      const oldStems = new Set(old.stems);
      const newStems = new Set(now.stems);
      const gone = [...oldStems].filter((stem) => !newStems.has(stem));
      const came = [...newStems].filter((stem) => !oldStems.has(stem));
      const kept = [...oldStems].filter((stem) => newStems.has(stem));
      // A negation that moved with them is the negation readings' ("For refunds, ask for the receipt" / "For exchanges, no receipt is needed" exchanged).
      if (old.mainNegations.length !== now.mainNegations.length) continue;
      if (gone.length === 0 || came.length === 0 || gone.length > MAX_TRADED || came.length > MAX_TRADED || kept.length === 0) continue;
      trades.push({ old, now, gone: key(gone), came: key(came) });
    }
  }
  for (const [i, first] of trades.entries()) {
    const second = trades.slice(i + 1).find((other) => other.old !== first.old && other.now !== first.now && other.gone === first.came && other.came === first.gone);
    if (second) return [{ code: 'roles-swapped', message: `roles swapped: "${first.gone}" and "${first.came}" traded places between ${quote(first.old.text)} and ${quote(second.old.text)}` }];
  }
  return [];
}
