// Round 37b (issue 11): faithful rewordings of v48 and v49 that the guard flagged, read as a class,
// each beside regression twins, in domains no set used (a llama trekking farm, a maize maze, a
// pottery-painting café, a sand yacht club, a bee farm, a hammock maker). A thing given at no cost (round 30a's
// `_free-of-charge.ts`) said where the reading escaped by form: an act done free ("Carers ride free
// on the trek"), one case opening the statement on either side ("when they come with a paying
// visitor"), a universal or "aged" before the party ("free for every school", "children aged 11 or
// younger"). Written before the widening and measured on the guard at cecb7a47, readings alone: 5 of 5 benign
// flagged, 7 of 7 twins caught; after it, 0 and 7 (HISTORY.md, "Session 31, guard37b").
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_37B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Carers ride free on the llama trek when they come with a paying visitor.', next: 'When they come with a paying visitor, carers pay nothing for the llama trek.' },
  { kind: 'condition', previous: 'Carers ride free on the llama trek when they come with a paying visitor.', next: 'When they come with two paying visitors, carers pay nothing for the llama trek.' },
  { kind: 'condition', previous: 'Carers ride free on the llama trek when they come with a paying visitor.', next: 'When they book a week ahead, carers pay nothing for the llama trek.' },
  { kind: 'benign', variant: 'reword', previous: 'The maize maze does not charge schools for guided walks.', next: 'Guided walks through the maize maze are free for every school.' },
  { kind: 'scope', previous: 'The maize maze does not charge schools for guided walks.', next: 'Guided walks through the maize maze are free for every primary school.' },
  { kind: 'benign', variant: 'reword', previous: 'Children under 8 paint free at the pottery café if an adult buys a mug to paint.', next: 'If an adult buys a mug to paint, children aged 7 or younger are not charged for painting at the pottery café.' },
  { kind: 'number', previous: 'Children under 8 paint free at the pottery café if an adult buys a mug to paint.', next: 'If an adult buys a mug to paint, children aged 5 or younger are not charged for painting at the pottery café.' },
  { kind: 'benign', variant: 'reword', previous: 'Club members sail free on Tuesdays when the wind is under 20 knots.', next: 'When the wind is under 20 knots, club members pay nothing for sailing on Tuesdays.' },
  { kind: 'number', previous: 'Club members sail free on Tuesdays when the wind is under 20 knots.', next: 'When the wind is under 30 knots, club members pay nothing for sailing on Tuesdays.' },
  { kind: 'benign', variant: 'reword', previous: 'Volunteers are not charged for honey from the bee farm shop when they have worked a full shift.', next: 'When they have worked a full shift, honey from the bee farm shop is free for every volunteer.' },
  { kind: 'entity', previous: 'Volunteers are not charged for honey from the bee farm shop when they have worked a full shift.', next: 'When they have worked a full shift, candles from the bee farm shop are free for every volunteer.' },
  // A thing's statement in the passive, hedged: no party's act (a first build read "Every ... is" as the party and lost v23's twin of this).
  { kind: 'scope', previous: 'Every torn hammock strap is replaced free of charge.', next: 'Torn hammock straps are usually replaced free of charge.' },
];
