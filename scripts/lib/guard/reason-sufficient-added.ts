// `scope-widened`: a new sentence says another thing will do for a kept rule's demand ("The driver
// must show the registration document or the hire agreement" + "A driving licence with the same
// surname is enough on its own"; "... is also accepted", "will do", "counts as"). Every old
// sentence stays, so no reading of a kept rule sees a change, but what satisfies the demand
// widened. A thing the old text already named ("The hire agreement alone is enough") and a
// sufficiency denied ("is not enough") read nothing. Pure.
import type { Reason } from '../schema/records.ts';
import type { StatementDiffInput } from './_statement-groups.ts';
import { readModal } from './_rule-words.ts';
import { stemSet } from './_statements.ts';
import { quote } from './_text.ts';

const SUFFICES = /\b(?:is|are) (?:also |now |still )?(?:enough|sufficient|acceptable|accepted|fine)\b|\b(?:also |now )?(?:suffices|suffice|will do|counts as|count as|qualifies as|qualify as)\b/;

export function findSufficientThingsAdded(input: StatementDiffInput): Reason[] {
  // A demand to satisfy: some kept sentence is a duty or a prohibition.
  const kept = input.groups.flatMap((group) => group.previous);
  if (!kept.some((statement) => (readModal(statement.text)?.strength ?? 0) >= 3 || statement.mainNegations.length > 0)) return [];
  const oldStems = stemSet(input.previousText);
  const reasons: Reason[] = [];
  for (const added of input.added) {
    const text = added.words.join(' ');
    const match = SUFFICES.exec(text);
    if (!match || /\b(?:not|never|no longer)\b/.test(text)) continue;
    const subject = text.slice(0, match.index);
    const fresh = [...stemSet(subject)].filter((stem) => !oldStems.has(stem));
    if (fresh.length === 0) continue;
    reasons.push({ code: 'scope-widened', message: `scope widened: ${quote(added.text)} lets a new thing do for what the rule asked` });
  }
  return reasons;
}
