// Round 42b (session 36, issue 11): edits written for round 42b in a domain of its own (a
// stilt-walking troupe), a benign class beside regression twins. The benign class: a duty on every
// one of a kind said as a negative universal waiting for its thing, the act in other words ("Every
// performer must have their straps checked by a rigger before a show" -> "Nobody walks out for a
// show without a rigger having checked their straps first"). The twins give the approval or the
// record to another party and add an exception (the case of its own put in, "during rehearsals", is
// weighed advisory as tuning#3795 is, before and after alike: read in round42b's test, not here, since
// the tuning set's recall stands on its floor). HISTORY.md, "Session 36, guard42b". Part of the
// tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';
export const ROUND_42B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Every performer must have their straps checked by a rigger before a show.', next: 'Nobody walks out for a show without a rigger having checked their straps first.' },
  { kind: 'benign', variant: 'reword', previous: 'Always give each new walker a safety briefing before their first lesson.', next: 'No new walker starts a first lesson until they have had a safety briefing.' },
  { kind: 'condition', previous: 'Always give each new walker a safety briefing before their first lesson.', next: 'No new walker starts a first lesson until they have had a safety briefing, unless a teacher vouches for them.' },
  { kind: 'benign', variant: 'reword', previous: 'Walkers must wear knee pads at all times on the practice floor.', next: 'Nobody steps onto the practice floor without knee pads on.' },
  { kind: 'entity', previous: 'The troupe leader must approve every new routine before it is performed.', next: "No new routine is performed without the costume maker's approval." },
  { kind: 'entity', previous: 'Always record the walker\'s height before a new pair of stilts is fitted.', next: "No new pair of stilts is fitted until the fitter's name has been recorded." },
];
