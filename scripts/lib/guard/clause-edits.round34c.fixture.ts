// Round 34c (session 28, issue 11): edits written for round 34c in domains of their own (falconry,
// cider making, bell ringing, archives, rope access, ice rinks, ski lifts, observatories, glaciers,
// dive clubs, call centres, filters, kayak hire), each benign edit beside a twin that must stay
// flagged. The classes of the non-`reword` false flags of v38-v43 and the tuning set this round
// read: a duty's or ban's case made universal (stricter), a negative adjective spelled out in
// three more shapes, coordinated items reordered, an imperative opened by a manner adverb (a
// declared tone kept), amounts in other units, an acronym with a small letter. HISTORY.md,
// "Session 28, guard34c". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_34C_EDITS: readonly ClauseEdit[] = [
  // A window of time or place, or an if-case, made universal in a duty or a ban: stricter; the twins change the rule, hand something over or grant.
  { kind: 'benign', variant: 'stricter', previous: "Falconers must wear a gauntlet between April and August.", next: "Falconers must wear a gauntlet all year round." },
  { kind: 'drift', previous: "Falconers must wear a gauntlet between April and August.", next: "Falconers must wear a hat all year round." },
  { kind: 'benign', variant: 'stricter', previous: "Safety glasses must be worn near the cider press.", next: "Safety glasses must be worn anywhere in the press house." },
  { kind: 'modal', previous: "Safety glasses must be worn near the cider press.", next: "Safety glasses may be worn anywhere in the press house." },
  { kind: 'benign', variant: 'stricter', previous: "Do not ring the tower bells after 21:00.", next: "Do not ring the tower bells at any time of day." },
  { kind: 'order', previous: "Do not ring the tower bells after 21:00.", next: "Do not ring the tower bells at any time before 21:00." },
  { kind: 'benign', variant: 'stricter', previous: "Record the humidity of the reading room if the heating is on.", next: "Record the humidity of the reading room, regardless of whether the heating is on." },
  { kind: 'scope', previous: "Refund the lift pass between January and March.", next: "Refund the lift pass at any time of year." },
  { kind: 'benign', variant: 'stricter', previous: "Check the rope for wear if it was used on rock.", next: "Check the rope for wear, however it was used." },
  { kind: 'condition', previous: "Check the rope for wear if it was used on rock.", next: "Check the rope for wear, however it was used, unless it is less than a year old." },
  { kind: 'condition', previous: "Waive the skate hire fee if the rink closed early.", next: "Waive the skate hire fee, however the session ended." },
  // A negative adjective spelled out: "under-" of weight, an adjective's infinitive, a preposition's object, a clause whose subject finds the state; the twins drop or move the negation.
  { kind: 'benign', variant: 'spelled-negation', previous: "Underweight birds are not flown that day.", next: "Birds that are not of flying weight are not flown that day." },
  { kind: 'negation', previous: "Underweight birds are not flown that day.", next: "Birds that are not of flying weight are flown that day." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Unfit climbers are kept off the glacier.", next: "Climbers who are not fit to walk are kept off the glacier." },
  { kind: 'obligation', previous: "Unfit climbers are kept off the glacier.", next: "Climbers who are not fit to walk may go onto the glacier." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Archivists log any unlabelled boxes they find on the shelves.", next: "Archivists log any boxes that they find are not labelled on the shelves." },
  { kind: 'negation', previous: "Archivists log any unlabelled boxes they find on the shelves.", next: "Archivists log any boxes that they find are labelled on the shelves." },
  { kind: 'benign', variant: 'spelled-negation', previous: "Unaccompanied visitors are not admitted to the observatory dome.", next: "Visitors who are not with a guide are not admitted to the observatory dome." },
  { kind: 'negation', previous: "Unaccompanied visitors are not admitted to the observatory dome.", next: "Visitors who are not with a guide are admitted to the observatory dome." },
  // Coordinated items in another order; the twins change an item's roles or an order said in words.
  { kind: 'benign', variant: 'reorder', previous: "Every dive boat carries an oxygen kit and a marine radio.", next: "Every dive boat carries a marine radio and an oxygen kit." },
  { kind: 'benign', variant: 'reorder', previous: "Before a dive, check that the diver has a buddy, holds a logbook and carries a torch.", next: "Before a dive, check that the diver carries a torch, has a buddy and holds a logbook." },
  { kind: 'roles', previous: "The tenant pays the landlord and the agent pays the cleaner.", next: "The landlord pays the tenant and the cleaner pays the agent." },
  { kind: 'order', previous: "Isolate the pump, then drain the line and replace the seal.", next: "Replace the seal, then drain the line and isolate the pump." },
  // An imperative opened by a manner adverb, the declared tone kept; the twins add a case.
  { kind: 'benign', variant: 'reword', tone: 'calm', previous: "Always tell the caller that a nurse will ring back within the hour.", next: "Calmly tell the caller that a nurse will ring back within the hour." },
  { kind: 'obligation', previous: "Politely remind guests that late checkout must be booked at reception.", next: "Politely remind guests that late checkout may be booked at reception." },
  { kind: 'condition', previous: "Always wear a hard hat on the gantry.", next: "Wear a hard hat on the gantry when the crane is moving." },
  { kind: 'condition', previous: "Staff must always sign the log.", next: "Staff must sign the log when asked." },
  // Amounts in other units: a figure joined to its unit word, microns; the twins change the amount.
  { kind: 'benign', variant: 'units', previous: "Kayaks can be hired in 1-hour slots.", next: "Kayaks can be hired in 60-minute slots." },
  { kind: 'number', previous: "Take a 15-minute break every 2 hours.", next: "Take a 5-minute break every 2 hours." },
  { kind: 'benign', variant: 'units', previous: "Filters must trap particles larger than 10 microns.", next: "Filters must trap particles larger than 0.01 mm." },
  { kind: 'number', previous: "Filters must trap particles larger than 10 microns.", next: "Filters must trap particles larger than 0.1 mm." },
  // An acronym with a small letter among its capitals, spelled out; the twin names another body.
  { kind: 'benign', variant: 'abbreviation', previous: "Send the incident report to the MoD liaison officer within 48 hours.", next: "Send the incident report to the Ministry of Defence liaison officer within 48 hours." },
  { kind: 'entity', previous: "Send the incident report to the MoD liaison officer within 48 hours.", next: "Send the incident report to the Ministry of Justice liaison officer within 48 hours." },
];
