// Round 37d (issue 11): the tuning set's and the read sets' misses read as two classes, each
// beside twins that keep the rule, in domains no set used (a sand-yacht club, a llama trekking farm,
// a segway tour, a rickshaw company, a pedalo lake). A set an exclusive rule keeps its act to
// widened while the rule is said in another form ("Only instructors may rig the sand yachts" ->
// "Rigging the sand yachts is restricted to instructors and their trainees", "anyone other than"
// -> "only to ... and ...", "anyone who is not" -> "... only", a qualifier made "with or
// without"); and a figure in a right the people served hold cut ("may return ... within 30 days"
// -> "within 7 days", "gets a 20-minute paid break" -> "a 10-minute paid break", "can claim a
// refund of up to £40" -> "£15"), beside a cap on what the rule's own people may do or hand out,
// lowered (stricter). Written before the readings and measured on the guard at cecb7a47 (HISTORY.md,
// round 37d).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_37D_EDITS: readonly ClauseEdit[] = [
  { kind: 'scope', previous: "Only instructors may rig the sand yachts.", next: "Rigging the sand yachts is restricted to instructors and their trainees." },
  { kind: 'benign', variant: 'reword', previous: "Only instructors may rig the sand yachts.", next: "Rigging the sand yachts is restricted to instructors." },
  { kind: 'scope', previous: "Do not hand a llama's lead rope to anyone other than an adult trekker.", next: "A llama's lead rope is handed only to adult trekkers and their children." },
  { kind: 'benign', variant: 'reword', previous: "Do not hand a llama's lead rope to anyone other than an adult trekker.", next: "A llama's lead rope is handed only to adult trekkers." },
  { kind: 'scope', previous: "Never hire out a segway to anyone who is not a booked rider.", next: "Segways are hired out to booked riders and their friends only." },
  { kind: 'benign', variant: 'reword', previous: "Never hire out a segway to anyone who is not a booked rider.", next: "Segways are hired out to booked riders only." },
  { kind: 'scope', previous: "Only drivers holding a rickshaw permit may carry passengers on the promenade.", next: "Carrying passengers on the promenade is limited to drivers, with or without a rickshaw permit." },
  { kind: 'benign', variant: 'reword', previous: "Only drivers holding a rickshaw permit may carry passengers on the promenade.", next: "Carrying passengers on the promenade is limited to drivers who hold a rickshaw permit." },
  { kind: 'scope', previous: "Only lake staff may launch the pedalos.", next: "Launching the pedalos is reserved for lake staff and regular customers." },
  { kind: 'benign', variant: 'reword', previous: "Only lake staff may launch the pedalos.", next: "Launching the pedalos is reserved for lake staff." },
  { kind: 'number', previous: "Riders may return a faulty segway helmet within 30 days for a full refund.", next: "Riders may return a faulty segway helmet within 7 days for a full refund." },
  { kind: 'benign', variant: 'reword', previous: "Riders may return a faulty segway helmet within 30 days for a full refund.", next: "Riders can bring back a faulty segway helmet within 30 days and get a full refund." },
  { kind: 'number', previous: "A rickshaw driver gets a 20-minute paid break for every 4 hours on the road.", next: "A rickshaw driver gets a 10-minute paid break for every 4 hours on the road." },
  { kind: 'benign', variant: 'stricter', previous: "Trek leaders may accept tips of up to £20 from a group.", next: "Trek leaders may accept tips of up to £10 from a group." },
  { kind: 'number', previous: "Sand-yacht club guests can claim a refund of up to £40 if the wind drops before their session.", next: "Sand-yacht club guests can claim a refund of up to £15 if the wind drops before their session." },
  { kind: 'benign', variant: 'stricter', previous: "Yacht instructors can offer a discount of up to 15% to a returning group.", next: "Yacht instructors can offer a discount of up to 10% to a returning group." },
];
