// `number-changed`: a share said in words changed ("paid half on signing and half on completion" ->
// "a quarter on signing and the rest on completion", "tips are split half to the kitchen" -> "a
// third to the kitchen and the rest ..."). The number reading reads a fraction with its "of" ("a
// quarter of the dose") or as a multiple ("half the dose"); a share standing alone before what it
// goes to ("half on signing", "a third upfront") and "the rest" after it are read here. A
// sentence's shares are read in order, "the rest" / "the remainder" / "the balance" being what
// the shares before it leave, "fifty-fifty" / "equally" / "evenly" two halves; the edit counts when
// both versions of an aligned sentence say shares and the lists differ. Which way is looser is not
// read (more on signing is better for one party and worse for the other): any split changed is
// another rule. Round 23b (v24's mural fee). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';
import { NUMBER_WORDS } from './_numbers.ts';
import { wordTable } from './_word-table.ts';

/** A fraction's denominator said in words. */
const FRACTIONS: Readonly<Record<string, number>> = wordTable({ half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 });
/** Words after a fraction that make it a part of something the number reading reads ("half of", "half the", "half an hour"). */
const READ_ELSEWHERE = /^(?:of|the|as|an|a|that|what|again|its|their|his|her|our|your|this|these|those)$/;
const REST = /^(?:rest|remainder|balance)$/;
const EVEN_SPLIT = /^(?:fifty-fifty|50-50|50\/50|equally|evenly)$/;

/** The shares a sentence's words say, in percent, in order. */
export function sharesIn(words: readonly string[]): number[] {
  const shares: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    if (EVEN_SPLIT.test(word)) {
      shares.push(50, 50);
      continue;
    }
    if (REST.test(word) && /^(?:the|a)$/.test(words[i - 1] ?? '') && shares.length > 0) {
      shares.push(Math.max(0, 100 - shares.reduce((sum, share) => sum + share, 0)));
      continue;
    }
    const denominator = FRACTIONS[word];
    if (denominator === undefined || READ_ELSEWHERE.test(words[i + 1] ?? '')) continue;
    const before = words[i - 1] ?? '';
    // "half", "a third", "one quarter", "two thirds"; not "the third" (an ordinal) or "third party".
    const count = word === 'half' && !(before in NUMBER_WORDS) ? 1 : /^(?:a|an)$/.test(before) ? 1 : NUMBER_WORDS[before];
    // "once a quarter", "twice a quarter": a period, not a share.
    if (/^(?:once|twice|times|per|every|each)$/.test(words[i - 2] ?? '') && /^(?:a|an)$/.test(before)) continue;
    if (count === undefined || /^(?:parties|party|time|place|floor|day|week|month|year)$/.test(words[i + 1] ?? '')) continue;
    shares.push(Number(((count / denominator) * 100).toPrecision(6)));
  }
  return shares;
}

export function findSharesChanged(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const before = sharesIn(previous.words);
    const after = sharesIn(next.words);
    if (before.length === 0 || after.length === 0) return null;
    if (before.length === after.length && before.every((share, at) => Math.abs(share - (after[at] ?? -1)) < 0.5)) return null;
    const said = (shares: number[]) => shares.map((share) => `${Math.round(share)}%`).join(' / ');
    return { code: 'number-changed', message: `share changed: ${said(before)} became ${said(after)}, in ${quote(group.nextText)}` };
  });
}
