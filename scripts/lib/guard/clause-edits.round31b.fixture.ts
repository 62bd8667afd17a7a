// Round 31b (session 25, issue 11): edits written for round 31b's readings before each was built,
// in domains no labelled set used as far as I know, each regression beside a twin that must stay
// unflagged. Three classes of a statement changed while its words stay: a figure moved, where the
// number readings misread which way the figure moves the cases the rule binds in (v36's jazz club,
// energy assessors and darts league, v37's magistrates' court; the twins move it the stricter way,
// and a stricter rule is no regression), one slot replaced by a word of another kind, and the case
// of a hand-over made to hold in every case (HISTORY.md, "Session 25, guard31b"). Part of the tuning
// set (`CLAUSE_EDITS` spreads them); a file of its own so that the rounds working at once in this
// folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_31B_EDITS: readonly ClauseEdit[] = [
  // Figures moved in a kept statement, measured on the guard of 9098abe4 before any reading: 6 of 16
  // regressions caught, 6 of 16 twins flagged; after: 16 of 16, 1 of 16.
  // A bound in the case of a duty, beside a modal or a negation of the case: "Book a second visit if
  // more than 2 rooms could not be accessed" (v36's "could" read as the rule's grant, so the bound
  // read as a grant's: more is stricter). The case's modal is the case's.
  { kind: 'number', previous: `Call the duty manager if more than 3 tills cannot open.`, next: `Call the duty manager if more than 5 tills cannot open.` },
  { kind: 'benign', variant: 'stricter', previous: `Call the duty manager if more than 3 tills cannot open.`, next: `Call the duty manager if more than 2 tills cannot open.` },
  { kind: 'number', previous: `Cancel the school trip if fewer than 3 teachers can come.`, next: `Cancel the school trip if fewer than 2 teachers can come.` },
  { kind: 'benign', variant: 'stricter', previous: `Cancel the school trip if fewer than 3 teachers can come.`, next: `Cancel the school trip if fewer than 4 teachers can come.` },
  { kind: 'number', previous: `Refer the basket to a supervisor when more than 10 items could not be scanned.`, next: `Refer the basket to a supervisor when more than 20 items could not be scanned.` },
  { kind: 'benign', variant: 'stricter', previous: `Refer the basket to a supervisor when more than 10 items could not be scanned.`, next: `Refer the basket to a supervisor when more than 5 items could not be scanned.` },
  { kind: 'number', previous: `If more than 2 patients cannot be seen on time, tell the practice manager.`, next: `If more than 6 patients cannot be seen on time, tell the practice manager.` },
  { kind: 'benign', variant: 'stricter', previous: `If more than 2 patients cannot be seen on time, tell the practice manager.`, next: `If more than 1 patient cannot be seen on time, tell the practice manager.` },
  // A negation inside the case before its bound turns it: "if a child has not been collected within
  // 15 minutes" is "later than 15 minutes", fewer cases as it grows (v37's "has not arrived within 30
  // minutes" -> 60 was read as a tightening and withdrawn); a duration of a negated state ("has not
  // fed for 12 hours") is a floor the negation does not turn. The tenant twin ("send a reminder
  // letter": "send" is a hand-over verb, no direction sure) stays flagged, as before.
  { kind: 'number', previous: `Phone the parents if a child has not been collected within 15 minutes of closing.`, next: `Phone the parents if a child has not been collected within 45 minutes of closing.` },
  { kind: 'benign', variant: 'stricter', previous: `Phone the parents if a child has not been collected within 15 minutes of closing.`, next: `Phone the parents if a child has not been collected within 10 minutes of closing.` },
  { kind: 'number', previous: `Escalate the ticket if the customer has not had a reply within 2 days.`, next: `Escalate the ticket if the customer has not had a reply within 5 days.` },
  { kind: 'benign', variant: 'stricter', previous: `Escalate the ticket if the customer has not had a reply within 2 days.`, next: `Escalate the ticket if the customer has not had a reply within 1 day.` },
  { kind: 'number', previous: `When a tenant has not paid within 7 days of the due date, send a reminder letter.`, next: `When a tenant has not paid within 21 days of the due date, send a reminder letter.` },
  { kind: 'benign', variant: 'stricter', previous: `When a tenant has not paid within 7 days of the due date, send a reminder letter.`, next: `When a tenant has not paid within 3 days of the due date, send a reminder letter.` },
  { kind: 'number', previous: `Alert the vet when a calf has not fed for 12 hours.`, next: `Alert the vet when a calf has not fed for 36 hours.` },
  { kind: 'benign', variant: 'stricter', previous: `Alert the vet when a calf has not fed for 12 hours.`, next: `Alert the vet when a calf has not fed for 6 hours.` },
  // A bound in a present participle after the subject picks the cases the rule covers: "A team
  // fielding fewer than 4 players forfeits the match" (v36), read as a cap, looser as it grows.
  { kind: 'number', previous: `Classes enrolling fewer than 6 students are cancelled.`, next: `Classes enrolling fewer than 3 students are cancelled.` },
  { kind: 'benign', variant: 'stricter', previous: `Classes enrolling fewer than 6 students are cancelled.`, next: `Classes enrolling fewer than 8 students are cancelled.` },
  { kind: 'number', previous: `Members attending fewer than 4 sessions a month lose their locker.`, next: `Members attending fewer than 2 sessions a month lose their locker.` },
  { kind: 'benign', variant: 'stricter', previous: `Members attending fewer than 4 sessions a month lose their locker.`, next: `Members attending fewer than 5 sessions a month lose their locker.` },
  { kind: 'number', previous: `Drivers scoring under 80 on the theory test must retake it.`, next: `Drivers scoring under 60 on the theory test must retake it.` },
  { kind: 'benign', variant: 'stricter', previous: `Drivers scoring under 80 on the theory test must retake it.`, next: `Drivers scoring under 90 on the theory test must retake it.` },
  { kind: 'number', previous: `Any flight carrying less than 40 minutes of reserve fuel must divert.`, next: `Any flight carrying less than 20 minutes of reserve fuel must divert.` },
  { kind: 'benign', variant: 'stricter', previous: `Any flight carrying less than 40 minutes of reserve fuel must divert.`, next: `Any flight carrying less than 45 minutes of reserve fuel must divert.` },
  // A ban said as the thing's state, in one word: "Tickets are non-refundable within 24 hours of the
  // show" (v36) read as a duty's deadline; "are not refundable within" was read as the ban it is.
  { kind: 'number', previous: `Deposits are non-refundable within 14 days of the wedding.`, next: `Deposits are non-refundable within 3 days of the wedding.` },
  { kind: 'benign', variant: 'stricter', previous: `Deposits are non-refundable within 14 days of the wedding.`, next: `Deposits are non-refundable within 28 days of the wedding.` },
  { kind: 'number', previous: `Season tickets are non-transferable within 48 hours of a match.`, next: `Season tickets are non-transferable within 12 hours of a match.` },
  { kind: 'benign', variant: 'stricter', previous: `Season tickets are non-transferable within 48 hours of a match.`, next: `Season tickets are non-transferable within 72 hours of a match.` },
  { kind: 'number', previous: `Rowing boats are unavailable for hire within 2 hours of sunset.`, next: `Rowing boats are unavailable for hire within 1 hour of sunset.` },
  { kind: 'benign', variant: 'stricter', previous: `Rowing boats are unavailable for hire within 2 hours of sunset.`, next: `Rowing boats are unavailable for hire within 3 hours of sunset.` },
  { kind: 'number', previous: `Course fees are not refundable within 10 days of the start date.`, next: `Course fees are not refundable within 4 days of the start date.` },
  { kind: 'benign', variant: 'stricter', previous: `Course fees are not refundable within 10 days of the start date.`, next: `Course fees are not refundable within 20 days of the start date.` },
  // One word of a kept rule, its act or thing, replaced by a word of another kind: the one-word
  // reading (reason-word-replaced.ts) left every pair to other readings when either word's commonest
  // sense is a verb of telling or thinking or a noun of a quality (v36's "Format" -> "Label", v37's
  // "State Pension forecast" -> "age"); a pair whose common senses share no kind (_kinds-apart.ts)
  // is read all the same, in the part of speech the word's place says. And a verb said again with
  // "re-" that WordNet does not list reads as its base. Measured on the guard of 9098abe4 before the
  // reading: 3 of 10 regressions caught, 0 of 10 twins flagged; after: 5 of 10, 0 of 10. The five
  // still missed, pairs whose common senses share a kind ("Weigh" / "Tag", "Check" / "Set", "Reseal"
  // / "Relabel", "Photograph" / "Note", "Count" / "Report"), are kept out of the tuning set: a missed
  // regression there lowers the weighing's threshold for every set (HISTORY.md, round 30a); they are
  // listed in HISTORY.md, "Session 25, guard31b". Their twins stay.
  { kind: 'benign', variant: 'reword', previous: `Weigh each suitcase at the check-in desk.`, next: `Measure the weight of each suitcase at the check-in desk.` },
  { kind: 'drift', previous: `Record the fridge temperature at the start of each shift.`, next: `Adjust the fridge temperature at the start of each shift.` },
  { kind: 'benign', variant: 'reword', previous: `Record the fridge temperature at the start of each shift.`, next: `Log the fridge temperature at the start of each shift.` },
  { kind: 'benign', variant: 'reword', previous: `Check the tyre pressure before every hire.`, next: `Verify the tyre pressure before every hire.` },
  { kind: 'drift', previous: `Confirm the patient's address at every visit.`, next: `Confirm the patient's allergies at every visit.` },
  { kind: 'benign', variant: 'reword', previous: `Confirm the patient's address at every visit.`, next: `Check the patient's address at every visit.` },
  { kind: 'drift', previous: `Tell students their exam results by email.`, next: `Tell students their exam timetable by email.` },
  { kind: 'benign', variant: 'reword', previous: `Tell students their exam results by email.`, next: `Give students their exam results by email.` },
  { kind: 'drift', previous: `Explain the cancellation fee on every booking.`, next: `Waive the cancellation fee on every booking.` },
  { kind: 'benign', variant: 'reword', previous: `Explain the cancellation fee on every booking.`, next: `Describe the cancellation fee on every booking.` },
  { kind: 'benign', variant: 'reword', previous: `Recheck every sample bag before it goes into storage.`, next: `Re-examine every sample bag before it goes into storage.` },
  { kind: 'drift', previous: `Sign every delivery note before the driver leaves.`, next: `Photocopy every delivery note before the driver leaves.` },
  { kind: 'benign', variant: 'reword', previous: `Sign every delivery note before the driver leaves.`, next: `Put your signature on every delivery note before the driver leaves.` },
  { kind: 'benign', variant: 'reword', previous: `Photograph each meter reading before leaving the flat.`, next: `Take a photo of each meter reading before leaving the flat.` },
  { kind: 'benign', variant: 'reword', previous: `Count the cash in the till at closing.`, next: `Tally the cash in the till at closing.` },
  // The case of a hand-over or a grant made to hold in every case by a concessive clause, the rule
  // kept ("Waive the late fee if the courier caused the delay" -> "... whatever caused the delay",
  // v36): no condition marker stood in the new sentence, so no condition reading compared the two
  // (reason-case-universal.ts). The twins make a duty or a ban hold whatever happens, stricter, or say the case again.
  // Measured on the guard of 9098abe4 before the reading: 4 of 6 regressions caught (by other
  // readings: a duty replaced, a condition negated, a conjunct dropped, "if" -> "regardless of"), 3
  // of 8 twins flagged; after: 6 of 6, 3 of 8. The three twins stay flagged by readings this round
  // did not touch: "however it was broken" read as a conjunct dropped, "no matter how the court was
  // booked" as the condition's "not" gone, "if" -> "regardless of" read as a flip in a duty.
  { kind: 'condition', previous: `Refund the class fee if the instructor cancelled the session.`, next: `Refund the class fee whoever cancelled the session.` },
  { kind: 'benign', variant: 'reword', previous: `Refund the class fee if the instructor cancelled the session.`, next: `Refund the class fee if it was the instructor who cancelled the session.` },
  { kind: 'condition', previous: `Let a pupil leave early if a parent has phoned the office.`, next: `Let a pupil leave early whatever the reason they give.` },
  { kind: 'benign', variant: 'emphasis', previous: `Do not let a pupil leave early unless a parent has phoned the office.`, next: `Do not let a pupil leave early, whatever the reason they give, unless a parent has phoned the office.` },
  { kind: 'condition', previous: `Replace the kettle free of charge if it broke within the first year.`, next: `Replace the kettle free of charge, however it was broken.` },
  { kind: 'benign', variant: 'stricter', previous: `Check the kettle for damage if it broke within the first year.`, next: `Check the kettle for damage, however it was broken.` },
  { kind: 'condition', previous: `Members may bring a guest if they book the court in advance.`, next: `Members may bring a guest, no matter how the court was booked.` },
  { kind: 'benign', variant: 'stricter', previous: `Members may not bring a guest if they have not booked the court in advance.`, next: `Members may not bring a guest, no matter how the court was booked.` },
  { kind: 'condition', previous: `Offer a free drink when the table is not ready on time.`, next: `Offer a free drink whatever the wait for the table.` },
  { kind: 'benign', variant: 'stricter', previous: `Log the call if the caller sounds distressed.`, next: `Log the call, whatever the caller sounds like.` },
  { kind: 'condition', previous: `Cover the cost of the taxi if the train was cancelled.`, next: `Cover the cost of the taxi regardless of why the train was missed.` },
  { kind: 'benign', variant: 'stricter', previous: `Log the call if the caller sounds distressed.`, next: `Log the call regardless of how the caller sounds.` },
  { kind: 'benign', variant: 'emphasis', previous: `Wear gloves when handling raw chicken.`, next: `Wear gloves when handling raw chicken, whoever prepared it.` },
  { kind: 'benign', variant: 'stricter', previous: `Check the harness if the climber has fallen.`, next: `Check the harness whatever happened on the climb.` },
];
