// `negation-added` / `negation-removed`: a rule's polarity flipped (never -> always, "do not"
// dropped, "not" added). `negation-moved`: the negation left the rule for its condition ("Never
// promise a date" -> "Promise a date when the estimate is not available"). Only the main clause
// counts, and "not paid" for "unpaid" is no negation. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { isContent, type Statement } from './_statements.ts';
import { normaliseWord, quote } from './_text.ts';

/** Words of `words` not matched one-for-one in `other`; all of `words` when every one is matched. */
function differing(words: readonly string[], other: readonly string[]): string[] {
  const rest = [...words];
  for (const word of other) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest.length > 0 ? rest : [...words];
}

/**
 * "Teachers should avoid giving pupils their number" -> "Teachers must not give ...": the old rule
 * already steered away (a softened "avoid" or "refrain", read apart from a prohibition), so a "not"
 * now makes the same rule stricter; a weaker modal elsewhere is modal-weakened's business.
 */
function hardensAvoid(previous: readonly Statement[]): boolean {
  return previous.some((statement) => statement.mainNegations.length === 0 && statement.words.some((word) => word === 'avoid' || word === 'refrain'));
}

/**
 * "Ask before running commands" -> "Ask before running commands, and never run them unasked":
 * the old rule is restated in full before the first new negation, which adds a rule of its own.
 */
function appendsRule(previous: readonly Statement[], next: readonly Statement[]): boolean {
  if (previous.length !== 1 || next.length !== 1) return false;
  const [old] = previous;
  const [now] = next;
  if (!old || !now) return false;
  const at = now.words.findIndex((word) => now.mainNegations.includes(word));
  const before = new Set(now.words.slice(0, Math.max(0, at)).filter(isContent).map(normaliseWord));
  return at > 0 && old.stems.length > 0 && old.stems.every((stem) => before.has(stem));
}

function shared(a: Statement, b: Statement): number {
  const theirs = new Set(b.stems);
  return new Set(a.stems.filter((stem) => theirs.has(stem))).size;
}

/**
 * A negated rule split in two whose own part lost the negation to the other part ("Do not send
 * the contract until legal has approved it" -> "Send the contract; legal does not have to approve
 * it first"): the new sentence that says most of the old one's words is the rule, and it is no
 * longer negated. Counts alone cannot see it (one "not" before, one after).
 */
function negationLeftForAnotherSentence(previous: readonly Statement[], next: readonly Statement[]): { rule: Statement; to: Statement; word: string } | null {
  const [old] = previous;
  if (previous.length !== 1 || next.length < 2 || !old || old.mainNegations.length === 0) return null;
  const ranked = [...next].sort((a, b) => shared(old, b) - shared(old, a));
  const [rule, second] = ranked;
  if (!rule || rule.mainNegations.length > 0 || shared(old, rule) < 2 || (second && shared(old, second) >= shared(old, rule))) return null;
  // The negation must govern the rule's verb, standing before the words the rule kept: in "released
  // by their own doctor, never by reception staff" it only contrasts an agent.
  const kept = new Set(rule.stems);
  const firstKept = old.words.findIndex((word) => isContent(word) && kept.has(normaliseWord(word)));
  const firstNegation = old.words.findIndex((word) => old.mainNegations.includes(word));
  if (firstNegation < 0 || firstKept < 0 || firstNegation > firstKept) return null;
  const to = next.find((statement) => statement.mainNegations.length > 0);
  const word = to?.mainNegations[0];
  return to && word ? { rule, to, word } : null;
}

/** Reasons for aligned sentences whose main-clause negations were dropped, added or moved. */
export function findNegationChanges(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const group of input.groups) {
    const before = group.previous.flatMap((statement) => statement.mainNegations);
    const after = group.next.flatMap((statement) => statement.mainNegations);
    // One sentence to one, a lower count means a negation went ("do not X or Y without Z" keeps
    // its rule only with both); splits and merges repeat or share negations ("Do not X. Do not Y."
    // -> "Do not X or Y."), so there only presence is compared.
    const oneToOne = group.previous.length === 1 && group.next.length === 1;
    const fewer = oneToOne ? before.length > after.length : before.length > 0 && after.length === 0;
    const more = after.length > 0 && before.length === 0;
    const where = quote(group.nextText);
    const left = negationLeftForAnotherSentence(group.previous, group.next);
    if (left) {
      reasons.push({ code: 'negation-removed', message: `negation removed: ${quote(left.rule.text)} no longer negated; the "${left.word}" went to ${quote(left.to.text)}` });
      continue;
    }
    if (fewer) {
      const removed = differing(before, after);
      const movedTo = group.next.flatMap((s) => s.conditionNegations).length > group.previous.flatMap((s) => s.conditionNegations).length;
      if (after.length === 0 && movedTo) {
        reasons.push({ code: 'negation-moved', message: `negation moved: ${removed.map((word) => `"${word}"`).join(', ')} left the rule for its condition in ${where}` });
        continue;
      }
      const flippedToAlways = removed.includes('never') && group.next.some((statement) => statement.words.includes('always'));
      const detail = flippedToAlways ? `"never" -> "always"` : `${removed.map((word) => `"${word}"`).join(', ')} dropped`;
      reasons.push({ code: 'negation-removed', message: `negation removed: ${detail} in ${where}` });
    }
    if (more && !appendsRule(group.previous, group.next) && !hardensAvoid(group.previous)) {
      reasons.push({ code: 'negation-added', message: `negation added: ${differing(after, before).map((word) => `"${word}"`).join(', ')} in ${where}` });
    }
  }
  return reasons;
}
