// Round 34a (session 28, issue 11), written before the readings were built, in domains no labelled
// set used (a seed library, a sailing club, a dry ski slope, a pet crematorium, a tattoo removal
// clinic). First a ban whose case is said by its complement in the "only" form: the case holds no
// "not" to take out and is turned by a word's opposite ("past" / "within", "expired" / "valid",
// "damaged" / "undamaged"), a "while" case said as "only when no ...", a "has no X" said as "X-ed"
// with the thing said as going; "without" / "with" in a relative clause was read already (its pair
// is kept as a check). Then a duty on every thing or at all times said as a double negative whose
// negation carries the universal ("must brief every new crew member" = "must never leave a new crew
// member without briefing them", "at all times" = "Nobody skis ... without"). Each beside a twin said
// the same way that changes the rule (the case kept as it was, another thing, a duty narrowed).
// One wording was changed after a first read: "hand out" is folded to "share" by the tokenizer and
// "handed out" is not, which no reading of this round is about; the packets are "issued".
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_34A_EDITS: readonly ClauseEdit[] = [
  // A case turned by its complement (a preposition, or the dictionary's opposite).
  { kind: 'benign', variant: 'reword', previous: "Do not issue seed packets that are past their sow-by date.", next: "Only seed packets that are still within their sow-by date can be issued." },
  { kind: 'benign', variant: 'reword', previous: "Do not rent a wetsuit to a member whose club card has expired.", next: "Rent wetsuits only to members whose club card is valid." },
  { kind: 'benign', variant: 'reword', previous: "Never hire out skis with damaged bindings.", next: "Skis are hired out only with bindings that are undamaged." },
  // "without" / "with" (read before this round), "has no X" / "X-ed" with the thing moved said as going.
  { kind: 'benign', variant: 'reword', previous: "Do not accept a seed donation that arrives without a label.", next: "Only accept seed donations that come with a label." },
  { kind: 'benign', variant: 'reword', previous: "Never store a casket in a room that has no ventilation.", next: "Caskets go only into rooms that are ventilated." },
  // A "while" case: the act allowed only when the case does not hold.
  { kind: 'benign', variant: 'reword', previous: "Do not start a laser session while any skin on the area is broken.", next: "A laser session is started only when no skin on the area is broken." },
  { kind: 'benign', variant: 'reword', previous: "Do not launch a dinghy while any storm warning is in force.", next: "A dinghy is launched only when no storm warning is in force." },
  // The twins: said the same way, the rule changed.
  { kind: 'condition', previous: "Do not issue seed packets that are past their sow-by date.", next: "Only seed packets that are past their sow-by date can be issued." },
  { kind: 'condition', previous: "Do not rent a wetsuit to a member whose club card has expired.", next: "Rent wetsuits only to members whose club card has expired." },
  { kind: 'drift', previous: "Do not rent a wetsuit to a member whose club card has expired.", next: "Rent wetsuits only to members whose boat licence is valid." },
  { kind: 'drift', previous: "Never hire out skis with damaged bindings.", next: "Skis are hired out only with poles that are undamaged." },
  { kind: 'condition', previous: "Do not accept a seed donation that arrives without a label.", next: "Only accept seed donations that come without a label." },
  { kind: 'drift', previous: "Never store a casket in a room that has no ventilation.", next: "Caskets go only into rooms that are heated." },
  { kind: 'scope', previous: "Do not start a laser session while any skin on the area is broken.", next: "A laser session is started only when no skin on the face is broken." },
  { kind: 'negation', previous: "Do not launch a dinghy while any storm warning is in force.", next: "A dinghy is launched only when a storm warning is in force." },

  // A duty on every thing or at all times said as a double negative, the universal carried by the
  // negation: "never ... a N without", "Nobody ... without", "No N ... until".
  { kind: 'benign', variant: 'reword', previous: "Instructors must brief every new crew member on the capsize drill.", next: "Instructors must never leave a new crew member without briefing them on the capsize drill." },
  { kind: 'benign', variant: 'reword', previous: "Skiers must wear gloves at all times on the slope.", next: "Nobody skis on the slope without wearing gloves." },
  { kind: 'benign', variant: 'reword', previous: "Always record the donor's name before a seed donation is shelved.", next: "No seed donation is shelved until the donor's name has been recorded." },
  { kind: 'benign', variant: 'reword', previous: "Give every client the aftercare leaflet before they leave the clinic.", next: "Never let a client leave the clinic without giving them the aftercare leaflet." },
  // The twins: the same double negative, the duty now said of some things or times only, or of another thing.
  { kind: 'scope', previous: "Instructors must brief every new crew member on the capsize drill.", next: "Instructors must never leave a new crew member on a weekend course without briefing them on the capsize drill." },
  { kind: 'scope', previous: "Skiers must wear gloves at all times on the slope.", next: "Nobody skis on the slope without wearing gloves during lessons." },
  { kind: 'entity', previous: "Always record the donor's name before a seed donation is shelved.", next: "No seed donation is shelved until the librarian's name has been recorded." },
  { kind: 'scope', previous: "Give every client the aftercare leaflet before they leave the clinic.", next: "Never let a client leave the clinic on a weekday without giving them the aftercare leaflet." },
];
