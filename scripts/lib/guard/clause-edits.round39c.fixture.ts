// Round 39c (session 33, issue 11): edits written for round 39c in domains of their own (an apiary,
// an escape room, a float tank centre, a letterpress studio, a blacksmith's forge), each benign edit
// beside a twin that must stay flagged. The classes read: a duty done once more on another occasion,
// appended with "and again" ("after each patient, and again before any sterile pack is opened": v45,
// v52, v53), read as a case that waits for a repeat; a period said as "a full day" or "a whole week"
// for "24 hours" or "7 days" (v26, v52), read as no period at all. HISTORY.md, "Session 33,
// guard39c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_39C_EDITS: readonly ClauseEdit[] = [
  // "and again" opens another occasion of the same duty; the twins make the duty wait for a repeat or a later occasion.
  { kind: 'benign', variant: 'stricter', previous: "Hive tools are scorched in the smoker flame after each inspection.", next: "Hive tools are scorched in the smoker flame after each inspection, and again before they are used at another apiary." },
  { kind: 'condition', previous: "Hive tools are scorched in the smoker flame after each inspection.", next: "Hive tools are scorched in the smoker flame after each inspection if the beekeeper asks again." },
  { kind: 'benign', variant: 'stricter', previous: "Escape room props are wiped down after every group.", next: "Escape room props are wiped down after every group and again at the end of the day." },
  { kind: 'condition', previous: "Escape room props are wiped down after every group.", next: "Escape room props are wiped down after a group has complained about them again." },
  { kind: 'benign', variant: 'stricter', previous: "Float tank filters are checked when each session ends.", next: "Float tank filters are checked when each session ends, and again before the first float of the morning." },
  { kind: 'condition', previous: "Float tank filters are checked when each session ends.", next: "Float tank filters are checked when a floater has reported cloudy water more than once." },
  // A period said as one whole day or week; the twins shorten it.
  { kind: 'benign', variant: 'units', previous: "Freshly inked prints are left on the drying rack for 24 hours.", next: "Freshly inked prints are left on the drying rack for a full day." },
  { kind: 'number', previous: "Freshly inked prints are left on the drying rack for 48 hours.", next: "Freshly inked prints are left on the drying rack for a full day." },
  { kind: 'benign', variant: 'units', previous: "Newly forged gate hinges are left to cure in oil for 7 days.", next: "Newly forged gate hinges are left to cure in oil for a whole week." },
  { kind: 'number', previous: "Newly forged gate hinges are left to cure in oil for 14 days.", next: "Newly forged gate hinges are left to cure in oil for a whole week." },
];
