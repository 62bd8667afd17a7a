// `scope-narrowed` for a duty's place replaced by "only in/at/inside" another: "Wear a hard hat on
// site" -> "Wear a hard hat only in the loading bay", "Wear ear defenders in the workshop" ->
// "... only at the bandsaw". reason-only-limit.ts reads "only in ..." as how a duty is done, which
// is stricter ("Store backups in the EU" -> "only in the EU", or a place given where none was);
// but where the old place's words all went, the duty that held everywhere there now holds in the
// new place alone. A place phrase is on/at/in/inside/within/across/throughout with the words after
// it up to the sentence's end or a comma. Pure.
import type { Reason } from '../schema/records.ts';
import { ruleKind } from './_rule-kind.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';

const ONLY_PLACE = /\b(?:only|solely|exclusively|just) (?:in|at|inside|on|within)\b[^,.;:!?]*/i;
const PLACE = /\b(?:on|at|in|inside|within|across|throughout|around) (?:the |a |an |our |this |every |any |all )?[a-z][^,.;:!?]*/gi;

export function findPlacesNarrowed(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    if (ruleKind(previous) !== 'duty' || ruleKind(next) !== 'duty' || ONLY_PLACE.test(previous.text)) return null;
    const limit = ONLY_PLACE.exec(next.text);
    if (!limit) return null;
    const newStems = stemSet(next.text);
    const oldStems = stemSet(previous.text);
    // The new place is a place of its own, and an old place's words all went.
    if ([...stemSet(limit[0])].every((stem) => oldStems.has(stem))) return null;
    const gone = [...previous.text.matchAll(PLACE)].find((place) => {
      const stems = [...stemSet(place[0])];
      return stems.length > 0 && stems.every((stem) => !newStems.has(stem));
    });
    return gone ? { code: 'scope-narrowed', message: `scope narrowed: "${gone[0].trim()}" became "${limit[0].trim()}" in ${quote(group.nextText)}` } : null;
  });
}
