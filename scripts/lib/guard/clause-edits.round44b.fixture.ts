// Round 44b (session 38, issue 11): edits written for round 44b in a domain of its own (a theatrical
// wig-making studio), benign rewordings of v62/v63's false-flag classes beside regression twins. The
// benign class: a rule's "only" said another way ("the one place where", "work reserved for", "every
// wig that goes out travels with"), a duty on every thing said by a negative universal after a
// fronted phrase of its own words, and a ban on things a word picks out said as the act allowed
// only for things its opposite picks out. The twins drop the "the" of "the one", give the work to
// others too, add an alternative, give the duty to another party, turn the set with the ban kept,
// or put another act in.
// HISTORY.md, "Session 38, guard44b". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';
export const ROUND_44B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Human hair is stored only in the cedar cabinet.', next: 'The cedar cabinet is the one place where human hair may be kept.' },
  { kind: 'scope', previous: 'Human hair is stored only in the cedar cabinet.', next: 'The cedar cabinet is one place where human hair may be kept.' },
  { kind: 'benign', variant: 'reword', previous: "Lace fronts may be knotted only by wigmakers who hold the master's certificate.", next: "Knotting a lace front is work reserved for wigmakers who hold the master's certificate." },
  { kind: 'scope', previous: "Lace fronts may be knotted only by wigmakers who hold the master's certificate.", next: "Knotting a lace front is work often given to wigmakers who hold the master's certificate." },
  { kind: 'benign', variant: 'reword', previous: 'Wigs leave the studio only with a signed fitting card.', next: 'Every wig that goes out of the studio travels with its fitting card signed.' },
  { kind: 'condition', previous: 'Wigs leave the studio only with a signed fitting card.', next: 'Every wig that goes out of the studio travels with its fitting card or a delivery note.' },
  { kind: 'benign', variant: 'reword', previous: 'Staff must brush out every wig at closing.', next: 'At closing, no wig goes unbrushed by staff.' },
  { kind: 'entity', previous: 'Staff must brush out every wig at closing.', next: 'At closing, no wig goes unbrushed by the apprentices.' },
  { kind: 'benign', variant: 'reword', previous: 'Wefts that fail the tension test are not sewn in.', next: 'Only wefts that pass the tension test get sewn in.' },
  { kind: 'rescope', previous: 'Wefts that fail the tension test are not sewn in.', next: 'Wefts that pass the tension test are not sewn in.' },
  { kind: 'drift', previous: 'Wefts that fail the tension test are not sewn in.', next: 'Only wefts that pass the tension test get dyed.' },
];
