// Round 36c (session 30, issue 11): edits written for round 36c in domains of their own (a Ferris
// wheel, coracle hire, shepherd huts, a carillon, a zorbing hill, a tramway museum), each benign
// edit beside a twin that must stay flagged. The classes of the non-`reword` false flags of v46/v47
// (and v38-v43, the tuning set) this round read, all `stricter`: a window of time made every hour
// ("at any hour"), a duty appended with the rule's own frame carried ("... and signed out when they
// leave", ", and to switch off ... if ..."), a "can" of ability read as a grant (checked by "checks
// that", or said of the party after "who"/"that"), and an "only" gate that waits for one more thing
// joined by "and". HISTORY.md, "Session 30, guard36c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_36C_EDITS: readonly ClauseEdit[] = [
  // A window of time dropped where the rule now holds at any hour: stricter for a duty; a grant held at any hour gives more away.
  { kind: 'benign', variant: 'stricter', previous: "Riders must show their wristband to board the Ferris wheel after 6 pm.", next: "Riders must show their wristband to board the Ferris wheel at any hour." },
  { kind: 'scope', previous: "Staff may let riders board the Ferris wheel without a wristband after 6 pm.", next: "Staff may let riders board the Ferris wheel without a wristband at any hour." },
  // A duty appended to a kept rule with the rule's frame carried to it (a participle after "must be", an infinitive after "Remind ... to"); the twins put the case on the old rule.
  { kind: 'benign', variant: 'stricter', previous: "Coracle hirers must be fitted with a buoyancy aid at the hut.", next: "Coracle hirers must be fitted with a buoyancy aid at the hut and fitted with a helmet if the river is in flood." },
  { kind: 'condition', previous: "Coracle hirers must be fitted with a buoyancy aid at the hut.", next: "Coracle hirers must be fitted with a buoyancy aid at the hut if the river is in flood." },
  { kind: 'benign', variant: 'stricter', previous: "Remind shepherd hut guests to close the field gate.", next: "Remind shepherd hut guests to close the field gate behind them, and to put the stove guard on if children are staying." },
  { kind: 'condition', previous: "Remind shepherd hut guests to close the field gate.", next: "Remind shepherd hut guests to close the field gate if sheep are in the field, and to put the stove guard on." },
  // A "can" of ability: what a check asks about, or what the party is able to do, grants nothing; the twins grant.
  { kind: 'benign', variant: 'stricter', previous: "Carillon students must book the practice clavier a day ahead.", next: "Carillon students must book the practice clavier a day ahead, and the tutor checks that they can play a scale before their first tower session." },
  { kind: 'obligation', previous: "Carillon students must book the practice clavier a day ahead.", next: "Carillon students must book the practice clavier a day ahead, and they can play in the tower without booking on Sundays." },
  { kind: 'benign', variant: 'stricter', previous: "Every zorb is hosed down after use.", next: "Every zorb is hosed down after use. Zorbs that cannot be reached with the hose are wiped down by hand." },
  { kind: 'rescope', previous: "Every zorb is hosed down after use.", next: "Every zorb is hosed down after use. Zorbs that cannot be reached with the hose can be left as they are." },
  // An "only" gate that waits for one more thing joined by "and": fewer cases pass. The twins open an alternative or pick the cases the gate holds for.
  { kind: 'benign', variant: 'stricter', previous: "Ferris wheel gondolas are opened only after the wheel has stopped.", next: "Ferris wheel gondolas are opened only after the wheel has stopped and once the attendant has released the safety bar." },
  { kind: 'condition', previous: "Ferris wheel gondolas are opened only after the wheel has stopped.", next: "Ferris wheel gondolas are opened only after the wheel has stopped or once the attendant has released the safety bar." },
  { kind: 'benign', variant: 'stricter', previous: "Tram rides are sold only after a safety briefing.", next: "Tram rides are sold only after a safety briefing and a signed waiver." },
  { kind: 'condition', previous: "Tram rides are sold only after a safety briefing.", next: "Tram rides are sold only after a safety briefing for school groups." },
  // An imperative's gate serves the party it pays: one more thing to wait for pays in fewer cases.
  { kind: 'condition', previous: "Pay zorb marshals the late rate only when a session ends after 9 pm.", next: "Pay zorb marshals the late rate only when a session ends after 9 pm and the manager has signed the timesheet." },
];
