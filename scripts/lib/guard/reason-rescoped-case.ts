// `scope-narrowed`: the case a rule's thing was picked by, said as something it lacks, turned into
// something it has ("Do not load a scaffold that lacks a green tag" -> "... that has a red tag"):
// every scaffold but the green-tagged ones was covered, now only the red-tagged ones are. The
// negation stands inside a relative clause or a "without" phrase, so negation-* never reads it. Pure.
import type { Reason } from '../schema/records.ts';
import { oneToOneGroups, type StatementDiffInput } from './_statement-groups.ts';
import { escapeRegExp, normaliseWord, quote } from './_text.ts';

/** "that lacks a green tag", "who has no wristband", "without a customs label": the noun is the last word. */
const LACKS = /\b(?:(?:that|which|who)\s+(?:lacks?|lacking|has no|have no|does not have|do not have|doesn't have|don't have|is missing|are missing|carries no|carry no|bears? no|shows? no)|without)\s+(?:a |an |the |any |its |their )?((?:[a-z-]+ ){0,2})([a-z-]+)\b/gi;
/** "that has a red tag", "with a damaged label": a thing it has. */
const HAS = /\b(?:(?:that|which|who)\s+(?:has|have|carries|carry|bears?|shows?|displays?)|with)\s+(?:a |an |the |any |its |their )?((?:[a-z-]+ ){0,2})([a-z-]+)\b/gi;
/** A grant narrowed this way is stricter. */
const GRANTS = /\b(?:may|can|could|(?:is|are) (?:allowed|permitted|free) to)\b/i;

export function findRescopedCases(input: StatementDiffInput): Reason[] {
  const reasons: Reason[] = [];
  for (const { previous, next } of oneToOneGroups(input.groups)) {
    if (GRANTS.test(previous.text) && !/\b(?:not|never|cannot)\b/i.test(previous.text)) continue;
    for (const lack of previous.text.matchAll(LACKS)) {
      const noun = normaliseWord((lack[2] ?? '').toLowerCase());
      // The old "lacks X" kept in the new text is no turn.
      if (new RegExp(escapeRegExp(lack[0]), 'i').test(next.text)) continue;
      const has = [...next.text.matchAll(HAS)].find((match) => normaliseWord((match[2] ?? '').toLowerCase()) === noun && !(previous.text.toLowerCase().includes(match[0].toLowerCase())));
      if (!has) continue;
      reasons.push({ code: 'scope-narrowed', message: `scope narrowed: "${lack[0].trim()}" -> "${has[0].trim()}" in ${quote(next.text)}` });
      break;
    }
  }
  return reasons;
}
