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
import { contentStems, quote } from './_text.ts';
import type { Statement } from './_statements.ts';
import { ruleKind } from './_rule-kind.ts';

/** Phrases that advise keeping away from an act. */
const SOFTENING = /\b(?:avoid|avoids|avoiding|try not to|tries not to|try never to|try to avoid|tries to avoid|(?:it is )?best not to|(?:it is )?best to avoid|prefer not to|preferably not|(?:is|are) discouraged from|discourage|discouraged|(?:is|are|am|be|been|being) (?:kindly )?(?:asked|requested|encouraged|advised|urged|invited|recommended) (?:not|never) to)\b/;

/** A request's verb ("are asked not to"), set aside when the new sentence's words are compared. */
const REQUEST = /\b(?:is|are|am|be|been|being) (?:kindly )?(?:asked|requested|encouraged|advised|urged|invited|recommended) (?:not|never) to\b/;

/**
 * The new sentence's content stems without the request's verb, and, when the old ban was said to
 * "you" ("Never leave the kiln door open"), without the party the request names before it
 * ("Potters are advised not to leave ..."): the ban's addressee named, not a word of the rule.
 */
function keptStems(previous: Statement, next: Statement, softening: string): string {
  if (!REQUEST.test(softening)) return next.stems.join(' ');
  const now = next.words.join(' ');
  const at = now.indexOf(softening);
  const imperative = /^(?:never|do not|don't|dont)\b/.test(previous.words.join(' '));
  const before = contentStems(now.slice(0, at));
  const after = contentStems(now.slice(at + softening.length));
  return [...(imperative ? [] : before), ...after].join(' ');
}

export function findBansSoftened(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (ruleKind(previous) !== 'prohibition' || SOFTENING.test(previous.words.join(' '))) return null;
    const now = next.words.join(' ');
    const softening = SOFTENING.exec(now)?.[0];
    if (!softening) return null;
    // A negation left beside the softening ("avoid ... and never ...") may keep the ban.
    // ("avoid" itself is read as a negating word; so is the "not" of "try not to".)
    // A negation both sentences keep in the same place ("... without a physiotherapist present") is the
    // rule's own exception, not a second ban (round 28b).
    const beside = next.mainNegations.filter((word) => !(/^avoid/.test(word) || (word === 'not' && /\bnot to\b/.test(now))));
    if (beside.length >= previous.mainNegations.length || !beside.every((word) => previous.mainNegations.includes(word))) return null;
    if (previous.stems.length < 2 || previous.stems.join(' ') !== keptStems(previous, next, softening)) return null;
    return { code: 'modal-weakened', message: `ban softened: "${previous.mainNegations.join(' ')}" became "${softening}", advice to keep away where one can, in ${quote(group.nextText)}` };
  });
}
