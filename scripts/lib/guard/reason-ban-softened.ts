// `modal-weakened`: a ban said outright ("Never blame the customer", "Do not share notes by email")
// turned into advice to steer clear of the act ("Avoid blaming the customer", "Try not to shout",
// "It is best not to share"), every other word kept. reason-modal reads "must not" -> "should
// avoid" by the modal; a bare "never" or "do not" before "avoid" has no weaker modal to read, and
// "Avoid ..." opens like an imperative, so it bound as strongly. "Avoid" asks to keep away from
// the act where one can; "never" admits no case. Read: the old sentence a prohibition with its
// negation in the main clause and no softening word, the new one with a softening phrase and no
// negation of its own besides it, the content words the same in order. "Refrain from" is a ban,
// not advice. Round 23b (issue 11's "Never blame" -> "Avoid blaming", seen missed). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { quote } from './_text.ts';
import { ruleKind } from './_rule-kind.ts';

/** Phrases that advise keeping away from an act. */
const SOFTENING = /\b(?:avoid|avoids|avoiding|try not to|tries not to|try never to|try to avoid|tries to avoid|(?:it is )?best not to|(?:it is )?best to avoid|prefer not to|preferably not|(?:is|are) discouraged from|discourage|discouraged)\b/;

export function findBansSoftened(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (ruleKind(previous) !== 'prohibition' || SOFTENING.test(previous.words.join(' '))) return null;
    const now = next.words.join(' ');
    const softening = SOFTENING.exec(now)?.[0];
    if (!softening) return null;
    // A negation left beside the softening ("avoid ... and never ...") may keep the ban.
    // ("avoid" itself is read as a negating word; so is the "not" of "try not to".)
    if (!next.mainNegations.every((word) => /^avoid/.test(word) || (word === 'not' && /\bnot to\b/.test(now)))) return null;
    if (previous.stems.length < 2 || previous.stems.join(' ') !== next.stems.join(' ')) return null;
    return { code: 'modal-weakened', message: `ban softened: "${previous.mainNegations.join(' ')}" became "${softening}", advice to keep away where one can, in ${quote(group.nextText)}` };
  });
}
