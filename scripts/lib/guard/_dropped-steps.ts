// A step dropped from a list of steps ("## Before leaving the CL3 suite" + "- Decontaminate all
// surfaces." "- Shower out." "- Sign the exit log." -> "Shower out." gone). A short step with a
// verb no word list knows ("Shower out", "Autoclave the waste") reads as no rule on its own, yet
// its list says what it is: items kept beside it that are rules make each item a step. Pure.
import { isHardRequirement } from './_rule-words.ts';
import { listRuns } from './_text.ts';

/** Kept items a list needs beside the one that went before its items are read as steps. */
const KEPT_SIBLINGS = 2;

const lower = (text: string) => text.toLowerCase().replace(/[.!?;]+$/, '').trim();

/**
 * Whether `sentence`, an old sentence with no counterpart, was an item of a list in `previous`
 * whose other items stay (at least two of them among `kept`), one of them a rule (an imperative,
 * must, never ...): the procedure lost a step.
 */
export function isDroppedStep(previous: string, sentence: string, kept: readonly string[]): boolean {
  const said = lower(sentence);
  const keptSaid = kept.map(lower);
  for (const run of listRuns(previous)) {
    const at = run.findIndex((item) => lower(item) !== '' && said.endsWith(lower(item)));
    if (at < 0) continue;
    // Items are read with their lead-in or rule heading ("Never ask about: - their age"), so match the end.
    const siblings = run.filter((_, i) => i !== at).filter((item) => keptSaid.some((line) => line.endsWith(lower(item))));
    if (siblings.length >= KEPT_SIBLINGS && siblings.some(isHardRequirement)) return true;
  }
  return false;
}
