// A duty said as a negative universal with the thing it waits for (issue 11, round 42b: v58's
// "Every crew member must carry a personal first aid kit ..." -> "Nobody goes into the coupe without
// their own first aid kit ...", "Always give the customer the printed instructions with a starter
// kit" -> "No starter kit leaves the shop without its printed instructions"; v59's "The producer must
// screen every caller before they are put through" -> "Nobody reaches the presenter without first
// being screened by the producer"). "No X <acts> without / until / unless / before Y" is said of every
// X and at every time, as the old rule's every / all / each / always / any was: the scope reading
// counted the quantifier gone and the words of the act new. Round 24a's reading (reason-scope.ts
// `saidByNegativeUniversal`) asks for the same noun after both quantifiers, round 34a's for no word
// of its own; the act is as often said in other words ("leaves the shop", "reaches the presenter").
// Not read where the new sentence names a party of its own as the one who acts or approves ("without
// the shift leader's approval", "until the librarian's name is recorded": the rule given to another),
// nor where it puts in a case of its own ("without wearing gloves during lessons"): those narrow it.
// Pure.
import type { StatementGroup } from './_statement-groups.ts';
import { isContent, stemSet } from './_statements.ts';
import { isParty } from './_parties.ts';
import { normaliseWord } from './_text.ts';

/** A negative universal opening the rule: "No starter kit ...", "Nobody ...", "No one ...", "Nothing ...". */
const OPENS_NEGATIVE_UNIVERSAL = /^(?:no|nobody|none|nothing)$/;
/** What the negative universal waits for: said of every X, the duty holds before or without it never. */
const WAITS_FOR = new Set(['without', 'until', 'unless', 'before']);
/** Words that open a case of the rule's own: the words after them narrow when new ("during lessons"). */
const CASE_OPENS = new Set(['during', 'while', 'when', 'whenever', 'if', 'where', 'wherever']);

/** The parties named as the one who acts or approves: a possessive ("the shift leader's approval") or a "by" phrase. */
function actorsNamed(text: string): string[] {
  return [...text.matchAll(/\b([A-Za-z]+)['’]s?\b|\bby\s+(?:the\s+|a\s+|an\s+|another\s+|their\s+)?(?:[A-Za-z]+\s+)?([A-Za-z]+)/g)].map((m) => (m[1] ?? m[2] ?? '').toLowerCase());
}

/**
 * Whether a duty of the old version (no main negation) is said in the new one by a sentence opening
 * with a negative universal that is the rule's own negation and waits for something, naming no
 * party of its own as the actor and opening no case with words of its own.
 */
export function dutySaidByNegativeUniversal(group: StatementGroup): boolean {
  if (group.previous.length === 0 || group.previous.some((statement) => statement.mainNegations.length > 0)) return false;
  const said = group.next.some(({ words, mainNegationAt }) => OPENS_NEGATIVE_UNIVERSAL.test(words[0] ?? '') && mainNegationAt.includes(0) && words.slice(1).some((word) => WAITS_FOR.has(word)));
  if (!said) return false;
  const oldStems = stemSet(group.previousText);
  const known = (word: string): boolean => oldStems.has(normaliseWord(word));
  if (actorsNamed(group.nextText).some((word) => isParty(word) && !known(word))) return false;
  return !group.next.some(({ words }) => words.some((word, i) => CASE_OPENS.has(word) && !group.previous.some((old) => old.words.includes(word)) && words.slice(i + 1, i + 4).some((after) => isContent(after) && !known(after))));
}
