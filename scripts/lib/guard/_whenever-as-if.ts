// A "whenever X" rule said as a standing "if/when X, ..." ("Wear ear defenders whenever the
// chipper is running" = "If the chipper is running, ear defenders are worn"): a rule's condition
// holds every time it is met, so the "whenever" was the condition's marker, not a quantifier the
// rule lost. Read only when the new condition says the old one's case with no words of its own
// added (a word replaced is read by the condition detectors). Pure.
import type { StatementGroup } from './_statement-groups.ts';
import type { Condition } from './_statements.ts';
import { normaliseWord } from './_text.ts';

/** A condition's stems without its marker's ("whenever" stems to a content word). */
function caseStems(condition: Condition): Set<string> {
  const marker = new Set(condition.marker.split(' ').map(normaliseWord));
  return new Set(condition.stems.filter((stem) => !marker.has(stem)));
}

/** Share of the old condition's stems the new one must keep. */
const KEPT = 2 / 3;

/** Whether the group's old "whenever" condition is said again as an if/when condition of the new sentences. */
export function wheneverSaidAsIf(group: StatementGroup): boolean {
  const old = group.previous.flatMap((statement) => statement.conditions).filter((condition) => condition.kind === 'whenever' && caseStems(condition).size > 0);
  if (old.length !== 1 || !old[0]) return false;
  const was = caseStems(old[0]);
  const now = group.next.flatMap((statement) => statement.conditions).filter((condition) => condition.kind === 'if' || condition.kind === 'whenever');
  return now.some((condition) => {
    const stems = caseStems(condition);
    const kept = [...was].filter((stem) => stems.has(stem)).length;
    const lost = was.size - kept;
    const gained = [...stems].filter((stem) => !was.has(stem)).length;
    return kept / was.size >= KEPT && gained <= lost;
  });
}
