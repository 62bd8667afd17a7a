// Round 44d (session 38, issue 11): edits written for round 44d in domains of their own (a hop
// garden, a cliff funicular), each benign class beside regression twins. The classes are v62/v63's
// drift miss and false flags of the variants other than `reword`, read by structure: the
// preposition saying where a rule's act is done replaced by one of another relation (a drift), a
// temperature said in the other scale with the scale named in words, and a sentence opening
// "Orders for <day>" made a list. The benign twins keep the relation ("in" -> "inside", "on" ->
// "at"); the regression twins keep the scale's name with another heat, or move a day. HISTORY.md,
// "Session 38, guard44d". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_44D_EDITS: readonly ClauseEdit[] = [
  // A preposition of place replaced by one of another relation, every other word kept.
  { kind: 'drift', previous: 'Pickers wait in the shelter while the tractor reverses.', next: 'Pickers wait beside the shelter while the tractor reverses.' },
  { kind: 'benign', variant: 'reword', previous: 'Pickers wait in the shelter while the tractor reverses.', next: 'Pickers wait inside the shelter while the tractor reverses.' },
  { kind: 'drift', previous: 'Passengers stand behind the yellow line until the car stops.', next: 'Passengers stand on the yellow line until the car stops.' },
  { kind: 'benign', variant: 'reword', previous: 'Passengers wait on the platform until the doors open.', next: 'Passengers wait at the platform until the doors open.' },
  // A temperature in the other scale, the scale named in words.
  { kind: 'benign', variant: 'units', previous: 'Hop kilns are held at 60 degrees Celsius overnight.', next: 'Hop kilns are held at 140 degrees Fahrenheit overnight.' },
  { kind: 'number', previous: 'Hop kilns are held at 60 degrees Celsius overnight.', next: 'Hop kilns are held at 60 degrees Fahrenheit overnight.' },
  // "Orders for <day> ..." sentences made a list: the common word opening the sentence is no name.
  {
    kind: 'benign',
    variant: 'list-prose',
    previous: 'Orders for Monday collection close at noon on Friday. Orders for Thursday collection close at noon on Tuesday. Every bine is cut on the day it is collected.',
    next: 'Order deadlines:\n- Monday collection: noon on Friday\n- Thursday collection: noon on Tuesday\nEvery bine is cut on the day it is collected.',
  },
  {
    kind: 'entity',
    previous: 'Orders for Monday collection close at noon on Friday. Orders for Thursday collection close at noon on Tuesday. Every bine is cut on the day it is collected.',
    next: 'Order deadlines:\n- Monday collection: noon on Friday\n- Thursday collection: noon on Wednesday\nEvery bine is cut on the day it is collected.',
  },
];
