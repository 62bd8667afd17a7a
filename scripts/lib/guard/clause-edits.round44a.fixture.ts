// Round 44a (session 38, issue 11): edits written for round 44a in domains of their own (a
// woodturning club, a lavender distillery). The classes read: two parties traded where one is named
// by the other's word and one of its own (v63's "The vet nurse prepares the drugs and the vet checks
// the doses" -> "The vet prepares ... the vet nurse checks ..."), a duty that gained a window of time
// and nothing else (v63's "All guests must wear a wetsuit" -> "... in spring and autumn"), a grant
// limited by "only" deleted outright (v63's "Apprentices may use the planer only under a shaper's
// direct supervision" gone from its prompt). Benign twins beside each regression.
// HISTORY.md, "Session 38, guard44a". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_44A_EDITS: readonly ClauseEdit[] = [
  // Two parties traded, one named by the other's word and a word of its own; its twin reorders the clauses with their parties.
  { kind: 'roles', previous: 'The head turner sharpens the gouges and the turner sweeps up the shavings.', next: 'The turner sharpens the gouges and the head turner sweeps up the shavings.' },
  { kind: 'benign', variant: 'reorder', previous: 'The head turner sharpens the gouges and the turner sweeps up the shavings.', next: 'The turner sweeps up the shavings and the head turner sharpens the gouges.' },
  { kind: 'roles', previous: 'The still manager seals the boiler lid and the manager signs the distillation log.', next: 'The manager seals the boiler lid and the still manager signs the distillation log.' },
  // A duty that gained a window of time and nothing else; its twin says the duty another way.
  { kind: 'scope', previous: 'All visitors must wear safety glasses in the turning shop.', next: 'Visitors must wear safety glasses in the turning shop at weekends.' },
  { kind: 'benign', variant: 'reword', previous: 'All visitors must wear safety glasses in the turning shop.', next: 'Every visitor to the turning shop has to wear safety glasses.' },
  { kind: 'scope', previous: 'Distillery staff wear ear defenders beside the boiler.', next: 'Distillery staff wear ear defenders beside the boiler during the summer.' },
  // A grant limited by "only" deleted outright from its prompt; its twin stresses it.
  {
    kind: 'requirement',
    previous: 'You are the members assistant for a woodturning club. Answer questions about sessions and tools. Members may use the large lathe only after a safety induction. Remind members to sweep their bay before leaving.',
    next: 'You are the members assistant for a woodturning club. Answer questions about sessions and tools. Remind members to sweep their bay before leaving.',
  },
  {
    kind: 'benign',
    variant: 'emphasis',
    previous: 'You are the members assistant for a woodturning club. Answer questions about sessions and tools. Members may use the large lathe only after a safety induction. Remind members to sweep their bay before leaving.',
    next: 'You are the members assistant for a woodturning club. Answer questions about sessions and tools. Members may use the large lathe only after a safety induction, with no exceptions. Remind members to sweep their bay before leaving.',
  },
];
