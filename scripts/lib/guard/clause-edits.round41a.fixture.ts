// Round 41a (session 35, issue 11): edits written for round 41a in domains of their own (a zip-line
// park, a glassblowing studio, a mountain-bike centre's ridge trail, an ice show's winter gala),
// each class beside benign twins. The classes read: a thing said to be required turned in place into
// one advised or on offer ("are compulsory" -> "are advised", "is available"), a thing a kept rule
// excepts by name said in a new sentence to be included "also", a grant appended to a kept ban whose
// clause of reason holds a negation ("..., since they rarely ..."), and a gate that waited for
// someone's presence or attention content with their being somewhere about ("unless a guide is
// riding with them" -> "only when a guide is nearby"), and a value or a cause put into a kept case
// of a duty ("a glass piece worth over £200", "cancelled because of high wind"), and two steps of
// a "then" chain swapped behind a case opening the sentence. The benign edits say the requirement, the
// exception, the ban and the gate again in other words or make them stricter. HISTORY.md, "Session
// 35, guard41a". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_41A_EDITS: readonly ClauseEdit[] = [
  // A requirement softened in place.
  { kind: 'obligation', previous: 'Helmets are compulsory on every zip-line run.', next: 'Helmets are advised on every zip-line run.' },
  { kind: 'obligation', previous: 'A harness check is mandatory before each zip-line launch.', next: 'A harness check is available before each zip-line launch.' },
  { kind: 'obligation', previous: 'Safety glasses are obligatory at the glassblowing bench.', next: 'Safety glasses are recommended at the glassblowing bench.' },
  { kind: 'benign', variant: 'reword', previous: 'Helmets are compulsory on every zip-line run.', next: 'Helmets are mandatory on every zip-line run.' },
  { kind: 'benign', variant: 'stricter', previous: 'Safety glasses are obligatory at the glassblowing bench.', next: 'Safety glasses are obligatory at the glassblowing bench and in the annealing room.' },
  // A thing the kept rule excepts by name said to be included after all.
  { kind: 'rescope', previous: 'Season ticket holders get free entry to every ice show except the winter gala.', next: 'Season ticket holders get free entry to every ice show except the winter gala. The winter gala is also free for them on its opening night.' },
  { kind: 'benign', variant: 'emphasis', previous: 'Season ticket holders get free entry to every ice show except the winter gala.', next: 'Season ticket holders get free entry to every ice show except the winter gala. The winter gala is never free, not even for them.' },
  // A grant appended to a kept ban, with a negation in its clause of reason.
  { kind: 'rescope', previous: 'Riders must not use the ridge trail when it is wet.', next: 'Riders must not use the ridge trail when it is wet. Club members can ride it anyway, since they hardly ever fall.' },
  { kind: 'benign', variant: 'emphasis', previous: 'Riders must not use the ridge trail when it is wet.', next: 'Riders must not use the ridge trail when it is wet. Nobody rides it then, since the rock is too slippery.' },
  // A gate's presence made vague.
  { kind: 'condition', previous: 'Visitors must not gather glass unless a gaffer is standing beside them.', next: 'Visitors gather glass only while a gaffer is somewhere in the studio.' },
  { kind: 'condition', previous: 'Novices may not ride the ridge trail unless a guide is riding with them.', next: 'Novices ride the ridge trail only when a guide is nearby.' },
  { kind: 'benign', variant: 'reword', previous: 'Visitors must not gather glass unless a gaffer is standing beside them.', next: 'Visitors gather glass only while a gaffer stands beside them.' },
  { kind: 'benign', variant: 'stricter', previous: 'Novices may not ride the ridge trail unless a guide is riding with them.', next: 'Novices may not ride the ridge trail unless a guide is riding with them and a medic is nearby.' },
  // A value or a cause put into a kept case of a duty.
  { kind: 'condition', previous: 'If a zip-line session is cancelled, refund every rider who booked it.', next: 'If a zip-line session is cancelled because of high wind, refund every rider who booked it.' },
  { kind: 'condition', previous: 'If a visitor breaks a glass piece in the studio shop, log it in the breakages book.', next: 'If a visitor breaks a glass piece worth over £200 in the studio shop, log it in the breakages book.' },
  { kind: 'benign', variant: 'emphasis', previous: 'If a zip-line session is cancelled, refund every rider who booked it.', next: 'If a zip-line session is cancelled for any reason, refund every rider who booked it.' },
  { kind: 'benign', variant: 'stricter', previous: 'If a visitor breaks a glass piece in the studio shop, log it in the breakages book.', next: 'If a visitor breaks a glass piece in the studio shop, log it in the breakages book and tell the studio manager.' },
  // Two steps of a "then" chain swapped behind a case opening the sentence.
  { kind: 'order', previous: 'When a rider reaches the launch platform, first clip their harness to the safety line, then open the gate.', next: 'When a rider reaches the launch platform, first open the gate, then clip their harness to the safety line.' },
  { kind: 'benign', variant: 'reword', previous: 'When a rider reaches the launch platform, first clip their harness to the safety line, then open the gate.', next: 'When a rider reaches the launch platform, first clip their harness to the safety line, and only then open the gate.' },
];
