// Round 32c (session 26, issue 11): edits written for round 32c's reading of figures as intervals
// before it was built, in domains no labelled set used as far as I know, each regression beside a
// twin that must stay unflagged. Three classes of a figure whose interval did not move while its
// words did (v38's au pairs, brass bands, lunch at half past twelve, loyalty points; v39's kick-off,
// lost badges, zinc coating, hearing screens): a bound said from the other side or as the most a
// rule allows ("no more than 30 hours" = "30 hours is the most", "cannot be registered with two
// bands" = "limited to one band", "must be at least 18" = "nobody under 18 can"), a figure said in
// words ("24-hour" = "around the clock", "a quarter of an hour" = 15 minutes, "a fortnight" = 14
// days, "once" = "a single time"), and words that count nothing ("one member ... another member",
// "a second screen"). The regressions move the interval the looser way in the same shapes
// (HISTORY.md, "Session 26, guard32c"). Part of the tuning set (`CLAUSE_EDITS` spreads them); a file
// of its own so that the rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_32C_EDITS: readonly ClauseEdit[] = [
  // A cap said as the most a rule allows, or as a limit on one more: the same interval.
  { kind: 'benign', variant: 'reword', previous: `Volunteers work no more than 6 hours a day at the food bank.`, next: `6 hours a day is the most a volunteer works at the food bank.` },
  { kind: 'benign', variant: 'reword', previous: `A borrower cannot have three e-books on loan at once.`, next: `Borrowers are limited to two e-books on loan at once.` },
  { kind: 'benign', variant: 'reword', previous: `Each household may take up to 4 bags of compost.`, next: `Each household may take 4 bags of compost or fewer.` },
  { kind: 'benign', variant: 'reword', previous: `A climber may not book more than two wall sessions a week.`, next: `Two wall sessions a week is the maximum a climber can book.` },
  { kind: 'benign', variant: 'reword', previous: `Riders must be at least 14 to hire an e-bike.`, next: `Nobody under 14 can hire an e-bike.` },
  { kind: 'benign', variant: 'reword', previous: `Nobody under 16 may use the sunbeds.`, next: `Sunbed users must be at least 16.` },
  { kind: 'benign', variant: 'reword', previous: `Guests who check out less than 2 hours before the coach leaves must settle the bar bill at the desk.`, next: `Guests who check out within 2 hours of the coach leaving must settle the bar bill at the desk.` },
  { kind: 'number', previous: `Volunteers work no more than 6 hours a day at the food bank.`, next: `8 hours a day is the most a volunteer works at the food bank.` },
  { kind: 'number', previous: `A borrower cannot have three e-books on loan at once.`, next: `Borrowers are limited to three e-books on loan at once.` },
  { kind: 'number', previous: `Each household may take up to 4 bags of compost.`, next: `Each household may take 6 bags of compost or fewer.` },
  { kind: 'number', previous: `A climber may not book more than two wall sessions a week.`, next: `Three wall sessions a week is the maximum a climber can book.` },
  { kind: 'number', previous: `Riders must be at least 14 to hire an e-bike.`, next: `Nobody under 12 can hire an e-bike.` },
  { kind: 'number', previous: `Nobody under 16 may use the sunbeds.`, next: `Sunbed users must be at least 15.` },
  // A figure said in words: the same amount.
  { kind: 'benign', variant: 'units', previous: `Give callers the 24-hour gas leak line.`, next: `Give callers the gas leak line, which is staffed around the clock.` },
  { kind: 'benign', variant: 'units', previous: `Rest the dough for 15 minutes before shaping.`, next: `Rest the dough for a quarter of an hour before shaping.` },
  { kind: 'benign', variant: 'units', previous: `Water the seedlings every 14 days.`, next: `Water the seedlings every fortnight.` },
  { kind: 'benign', variant: 'units', previous: `A missed tyre fitting is rebooked once, free of charge.`, next: `A missed tyre fitting is rebooked a single time, free of charge.` },
  { kind: 'benign', variant: 'units', previous: `Close the till for lunch at 1:30 pm.`, next: `Close the till for lunch at half past one.` },
  { kind: 'benign', variant: 'reword', previous: `Weigh every puppy before they are six weeks old.`, next: `Weigh every puppy before it reaches six weeks of age.` },
  { kind: 'number', previous: `Give callers the 24-hour gas leak line.`, next: `Give callers the gas leak line, which is staffed from 8 am to 6 pm.` },
  { kind: 'number', previous: `Rest the dough for 15 minutes before shaping.`, next: `Rest the dough for half an hour before shaping.` },
  { kind: 'number', previous: `Water the seedlings every 14 days.`, next: `Water the seedlings every three weeks.` },
  { kind: 'number', previous: `A missed tyre fitting is rebooked once, free of charge.`, next: `A missed tyre fitting is rebooked twice, free of charge.` },
  { kind: 'number', previous: `Weigh every puppy before they are six weeks old.`, next: `Weigh every puppy before it reaches ten weeks of age.` },
  // Words that count nothing: a reciprocal "one ... another", an ordinal "a second" before its noun.
  { kind: 'benign', variant: 'reword', previous: `Never show one tenant another tenant's rent statement.`, next: `No tenant ever sees the rent statement of another tenant.` },
  { kind: 'benign', variant: 'reword', previous: `Do not discuss one pupil's marks with another pupil's parents.`, next: `Keep each pupil's marks away from the parents of other pupils.` },
  { kind: 'benign', variant: 'reword', previous: `If the meter reading looks wrong, book a second visit.`, next: `If the meter reading looks wrong, book a repeat visit.` },
  { kind: 'number', previous: `Never show one tenant another tenant's rent statement.`, next: `Never show one tenant more than two other tenants' rent statements.` },
];
