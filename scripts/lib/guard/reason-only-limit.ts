// `scope-narrowed` for a duty limited to some of those it served, or some of the times it held:
// "offer any free slot ..., but only to clients on a block booking", "renews loans on request,
// though only for students", "provide an interpreter ..., but only during office hours". A new
// only/solely/exclusively/just before to/for/during/on/at/within/between/while, followed by words
// of its own (at least half of its words new): the rule now holds for them alone. An "only" whose
// words were already there says how the duty is done, which is stricter ("Store backups in the
// EU" -> "only in the EU", "only through the company email"), and so is any "only" in a grant ("may waive the fee, but only for
// first-time customers"). Joined to the duty by but/and/though, "in/with/by the ..." limits too
// ("..., but only in the sales team"). An "only if/when" is a condition (condition-added). Pure.
import type { Reason } from '../schema/records.ts';
import { ruleKind } from './_rule-kind.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';
import { limitsAnAppendedAct } from './_appended-limits.ts';

const LIMIT = /\b(?:only|solely|exclusively|just) (?:to|for|during|on|at|within|between|while|among|in the case of|in respect of)\b[^,.;:!?]*/gi;
/**
 * A limit joined to the duty by but/and/though: "but only in the sales team" picks the cases too,
 * when a determiner follows its in/with/by/from ("and only in English", "but only by email" say
 * how it is done).
 */
const JOINED_LIMIT = /\b(?:but|and|though|although|yet),? (?:only|solely|exclusively|just) (?:(?:in|with|by|from|through|via|inside) (?:the|a|an|our|their|your|this|that|these|those)|to|for|during|on|at|within|between|while|among)\b[^,.;:!?]*/gi;

export function findOnlyLimits(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { group, previous, next } of oneToOneGroups(input.groups)) {
    if (ruleKind(previous) !== 'duty' || ruleKind(next) !== 'duty') continue;
    const oldStems = stemSet(previous.text);
    const had = new Set([...previous.text.matchAll(LIMIT), ...previous.text.matchAll(JOINED_LIMIT)].map((match) => match[0].toLowerCase().split(' ').slice(0, 2).join(' ')));
    const limit = [...next.text.matchAll(LIMIT), ...next.text.matchAll(JOINED_LIMIT)].find((match) => {
      if (had.has(match[0].toLowerCase().split(' ').slice(0, 2).join(' '))) return false;
      // "..., and empty it only at a licensed point": a new duty's own limit (_appended-limits.ts).
      if (limitsAnAppendedAct(previous.text, next.text, match.index ?? 0)) return false;
      // Half its words new or more: "only to clients on a block booking", not "only to the named next of kin".
      const stems = [...stemSet(match[0])];
      return stems.filter((stem) => !oldStems.has(stem)).length * 2 >= stems.length;
    });
    if (limit) reasons.push({ code: 'scope-narrowed', message: `scope narrowed: the duty now holds "${limit[0].trim()}" in ${quote(group.nextText)}` });
  }
  return reasons;
}
