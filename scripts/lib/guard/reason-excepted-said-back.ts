// `exception-added` for a thing a kept rule leaves out by name ("except exhibition catalogues")
// said in a new sentence to be included after all ("Catalogues are also discounted for Friends
// during the first week of an exhibition"): the rule's own exception taken back for some cases,
// with no modal of permission for the permission readings to see. The new sentence names the
// excepted thing's head noun, says it with "also", "too" or "as well" (which put it beside what
// the rule gives) and holds no negation ("Catalogues are never discounted" restates the
// exception). Round 41a: v57's rescope miss; the read sets hold the shape in 2 rescope
// regressions of two sets (v53's "may photograph the textiles too" beside "except the Textile
// Room", which a permission reading reads too) and in no benign edit. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { contentStems, quote, sameRoot } from './_text.ts';

/** What a rule leaves out by name: the words after its exception word, up to a comma or a clause's end. */
const EXCEPTED = /\b(?:except(?: for)?|apart from|other than|excluding|with the exception of|but not)\s+([^,;.:]+)/gi;
/** Words that put the thing beside what the rule gives. */
const ALSO = /\b(?:also|too|as well|likewise|equally)\b/i;

/** The head nouns (last content word) of every thing a sentence excepts by name. */
function exceptedHeads(sentence: string): string[] {
  return [...sentence.matchAll(EXCEPTED)].map((match) => contentStems(match[1] ?? '').at(-1)).filter((stem): stem is string => stem !== undefined);
}

export function findExceptedSaidBack(input: StatementDiffInput): Reason[] {
  const kept = input.groups.filter((group) => group.previousText === group.nextText).flatMap((group) => group.previous);
  const reasons: Reason[] = [];
  for (const added of input.added) {
    if (added.mainNegations.length > 0 || added.conditionNegations.length > 0 || !ALSO.test(added.text)) continue;
    const stems = contentStems(added.text);
    const rule = kept.find((statement) => exceptedHeads(statement.text).some((head) => stems.some((stem) => sameRoot(stem, head))));
    if (rule) reasons.push({ code: 'exception-added', message: `exception taken back: ${quote(added.text, 70)} includes what ${quote(rule.text, 70)} excepts` });
  }
  return reasons;
}
