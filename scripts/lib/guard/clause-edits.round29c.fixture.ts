// Round 29c (session 23, issue 11): edits written for the verdict's weighing, measured with the old
// guard (21fddc3a, weighed and not) first. A rule turned round by one word in place ("smallest" ->
// "largest", "before" -> "after", "all" -> "some", "never" dropped) while the rest of the sentence
// was cut or reworded, so that the sentence keeps few of its words and a weighing of similarity
// alone may quiet it; each beside a faithful rewording of the same rule in other words. Part of
// the tuning set (`CLAUSE_EDITS` spreads them); a file of its own so that the rounds working at
// once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_29C_EDITS: readonly ClauseEdit[] = [
  // One word turned round in a sentence cut or reworded around it (old guard: all flagged but the
  // first, whose "freshest" -> "oldest" no reading knows; round 28c's weighing quieted the dose).
  { kind: 'order', previous: `Serve the freshest batch of bread first to the morning customers at the counter.`, next: `Serve the oldest batch of bread first.` },
  { kind: 'order', previous: `Take the smallest dose that controls the pain.`, next: `Take the largest dose on the label.` },
  { kind: 'order', previous: `Offer the cheapest plan that covers the customer's usage.`, next: `Offer the priciest plan in the catalogue.` },
  { kind: 'order', previous: `Book the shortest flight that lands before the meeting starts.`, next: `Book the longest flight on offer.` },
  { kind: 'order', previous: `Confirm the patient's identity before you give any medicine, and write it on the chart.`, next: `Confirm the patient's identity after you give the medicine.` },
  { kind: 'scope', previous: `Inspect all harnesses at the start of each climbing session and log the result.`, next: `Inspect some harnesses at the start of the session.` },
  { kind: 'scope', previous: `Send the survey to all patients who attended the clinic this month.`, next: `Send the survey to some patients from the clinic.` },
  { kind: 'negation', previous: `Never give out a guest's room number over the phone or at the desk.`, next: `Give out a guest's room number when they ask at the desk.` },
  { kind: 'negation', previous: `Never leave the kiln unattended while it is firing.`, next: `Leave the kiln unattended once it is firing steadily.` },
  // The same rules said faithfully, some in other words (old guard: the dose flagged, order-changed
  // "smallest" -> "lowest", and nothing else).
  { kind: 'benign', variant: 'reword', previous: `Serve the freshest batch of bread first to the morning customers at the counter.`, next: `Serve the newest batch of bread first to the morning customers at the counter.` },
  { kind: 'benign', variant: 'reword', previous: `Take the smallest dose that controls the pain.`, next: `Use the lowest dose that keeps the pain under control.` },
  { kind: 'benign', variant: 'reword', previous: `Offer the cheapest plan that covers the customer's usage.`, next: `Suggest the least expensive plan that meets what the customer uses.` },
  { kind: 'benign', variant: 'reword', previous: `Book the shortest flight that lands before the meeting starts.`, next: `Choose the quickest flight arriving ahead of the meeting.` },
  { kind: 'benign', variant: 'reword', previous: `Inspect all harnesses at the start of each climbing session and log the result.`, next: `Inspect every harness at the start of each climbing session and record the result.` },
  { kind: 'benign', variant: 'reword', previous: `Send the survey to all patients who attended the clinic this month.`, next: `Every patient seen at the clinic this month gets the survey.` },
  { kind: 'benign', variant: 'reword', previous: `Never give out a guest's room number over the phone or at the desk.`, next: `A guest's room number is never given out, by phone or in person at the desk.` },
  { kind: 'benign', variant: 'reword', previous: `Never leave the kiln unattended while it is firing.`, next: `Someone must stay with the kiln the whole time it is firing.` },
];
