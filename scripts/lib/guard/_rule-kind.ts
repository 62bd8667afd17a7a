// What kind of rule a statement is: a prohibition (a negation in its main clause, or "No one /
// No <noun> may ..."), a grant (a may/can-level modal and no negation), or else a duty (a must,
// an imperative of any verb, or a plain statement of what is done: a codex states what is done).
// Shared by the round-13 readings whose direction turns on it. Pure.
import { readModal } from './_rule-words.ts';
import type { Statement } from './_statements.ts';

export type RuleKind = 'duty' | 'prohibition' | 'grant';

const NO_ONE_MAY = /^(?:no one|nobody|no [a-z]+) (?:[a-z]+ ){0,3}?(?:may|can|shall|is to|are to)\b/;

export function ruleKind(statement: Statement): RuleKind {
  if (statement.mainNegations.length > 0 || NO_ONE_MAY.test(statement.words.join(' '))) return 'prohibition';
  return readModal(statement.text)?.strength === 1 ? 'grant' : 'duty';
}
