// Round 35a (issue 11): faithful rewordings of v44 and v45 that the guard flagged, read as classes,
// each beside regression twins, in domains no set used (husky sledding, a zipline park, a treehouse
// hotel, a bobsleigh track, a hovercraft ferry, a cheese cave, a snowshoe school, a glacier hut).
// A prompt of several sentences where the folds read one sentence as the old rule while another
// sentence still blocks: the first sentence's codes were kept with the second's (the re-read
// withdrew all or nothing) and the verdict weighing read them all; the twins regress the folded
// sentence or the other one. "Only X may" said as "is for X alone" / "falls to X alone". A count
// of one said by the article ("one full month's notice" -> "a full month's notice", "one clear bag"
// -> "a single clear bag"). Written before the readings and measured on the guard at f656000f
// (weighing on): 8 of 11 benign flagged, 18 of 18 twins caught; after the round, refitted, 3 and
// 18 (HISTORY.md, "Session 29, guard35a").
import type { ClauseEdit } from './clause-edits.fixture.ts';

const HUSKY = 'You are the booking assistant for Northpaw Husky Tours.';
const ZIPLINE = 'You are the safety assistant for the Kettle Gorge zipline park.';
const TREEHOUSE = 'You are the guest assistant for the Hollowoak treehouse hotel.';
const SNOWSHOE = 'You are the front desk assistant for the Glenmore snowshoe school.';
const BOBSLEIGH = 'You are the run assistant for the Felsberg bobsleigh track.';

export const ROUND_35A_EDITS: readonly ClauseEdit[] = [
  // A prompt of several sentences: one sentence folded as the old rule, another still read.
  { kind: 'benign', variant: 'reword', previous: `${HUSKY} Sled rides are not booked unless the rider has signed the waiver. Do not let guests feed the dogs.`, next: `${HUSKY} A sled ride is booked only when the rider has signed the waiver. Feeding the dogs is left to the mushers.` },
  { kind: 'condition', previous: `${HUSKY} Sled rides are not booked unless the rider has signed the waiver. Do not let guests feed the dogs.`, next: `${HUSKY} A sled ride is booked only when the rider has read the waiver. Feeding the dogs is left to the mushers.` },
  { kind: 'obligation', previous: `${HUSKY} Sled rides are not booked unless the rider has signed the waiver. Do not let guests feed the dogs.`, next: `${HUSKY} A sled ride is booked only when the rider has signed the waiver. Guests may feed the dogs.` },
  { kind: 'condition', previous: `${HUSKY} Sled rides are not booked unless the rider has signed the waiver. Do not let guests feed the dogs.`, next: `${HUSKY} A sled ride is booked even when the rider has not signed the waiver. Feeding the dogs is left to the mushers.` },
  { kind: 'benign', variant: 'reword', previous: `${TREEHOUSE} Children are not allowed on the rope bridge unless an adult is holding their hand. Do not light candles in the treehouses. Checkout is at 11:00.`, next: `${TREEHOUSE} Children go on the rope bridge only when an adult is holding their hand. Candles stay unlit in the treehouses. Checkout is at 11:00.` },
  { kind: 'condition', previous: `${TREEHOUSE} Children are not allowed on the rope bridge unless an adult is holding their hand. Do not light candles in the treehouses. Checkout is at 11:00.`, next: `${TREEHOUSE} Children go on the rope bridge only when an adult is nearby. Candles stay unlit in the treehouses. Checkout is at 11:00.` },
  { kind: 'negation', previous: `${TREEHOUSE} Children are not allowed on the rope bridge unless an adult is holding their hand. Do not light candles in the treehouses. Checkout is at 11:00.`, next: `${TREEHOUSE} Children go on the rope bridge only when an adult is holding their hand. Candles may be lit in the treehouses. Checkout is at 11:00.` },
  { kind: 'benign', variant: 'reword', previous: `${BOBSLEIGH} Never release a sled while the track lights are red. Pilots must not race without a valid licence. Tell spectators to stay behind the barrier.`, next: `${BOBSLEIGH} A sled is released only when the track lights are not red. Racing is open only to pilots who hold a valid licence. Keep spectators behind the barrier.` },
  { kind: 'scope', previous: `${BOBSLEIGH} Never release a sled while the track lights are red. Pilots must not race without a valid licence. Tell spectators to stay behind the barrier.`, next: `${BOBSLEIGH} A sled is released only when the track lights are not red. Racing is open to all pilots. Keep spectators behind the barrier.` },
  { kind: 'negation', previous: `${BOBSLEIGH} Never release a sled while the track lights are red. Pilots must not race without a valid licence. Tell spectators to stay behind the barrier.`, next: `${BOBSLEIGH} A sled is released only when the track lights are red. Racing is open only to pilots who hold a valid licence. Keep spectators behind the barrier.` },
  { kind: 'benign', variant: 'reword', previous: 'You are the crossing assistant for the Solent Skimmer hovercraft. Passengers are not boarded unless they hold a ticket for that crossing. Luggage over 20 kg is checked in, not carried on. Tell passengers to stay seated while the skirt inflates.', next: 'You are the crossing assistant for the Solent Skimmer hovercraft. A passenger boards only when they hold a ticket for that crossing. Bags heavier than 20 kg go in the hold rather than the cabin. Ask passengers to remain in their seats while the skirt inflates.' },
  { kind: 'condition', previous: 'You are the crossing assistant for the Solent Skimmer hovercraft. Passengers are not boarded unless they hold a ticket for that crossing. Luggage over 20 kg is checked in, not carried on. Tell passengers to stay seated while the skirt inflates.', next: 'You are the crossing assistant for the Solent Skimmer hovercraft. A passenger boards only when they have asked at the desk. Bags heavier than 20 kg go in the hold rather than the cabin. Ask passengers to remain in their seats while the skirt inflates.' },
  { kind: 'number', previous: 'You are the crossing assistant for the Solent Skimmer hovercraft. Passengers are not boarded unless they hold a ticket for that crossing. Luggage over 20 kg is checked in, not carried on. Tell passengers to stay seated while the skirt inflates.', next: 'You are the crossing assistant for the Solent Skimmer hovercraft. A passenger boards only when they hold a ticket for that crossing. Bags heavier than 30 kg go in the hold rather than the cabin. Ask passengers to remain in their seats while the skirt inflates.' },
  { kind: 'benign', variant: 'reword', previous: `${SNOWSHOE} Snowshoes are not handed out unless the walker has watched the safety video. Latecomers join a walk only at the first rest stop.`, next: `${SNOWSHOE} Snowshoes are handed out only when the walker has watched the safety video. Anyone arriving late waits for the first rest stop before joining a walk.` },
  { kind: 'scope', previous: `${SNOWSHOE} Snowshoes are not handed out unless the walker has watched the safety video. Latecomers join a walk only at the first rest stop.`, next: `${SNOWSHOE} Snowshoes are handed out only when the walker has watched the safety video. Anyone arriving late can join a walk at any point.` },
  { kind: 'condition', previous: `${SNOWSHOE} Snowshoes are not handed out unless the walker has watched the safety video. Latecomers join a walk only at the first rest stop.`, next: `${SNOWSHOE} Snowshoes are handed out only when the walker has been shown the safety video. Anyone arriving late waits for the first rest stop before joining a walk.` },
  // "Only X may" said as "is for X alone", "falls to X alone".
  { kind: 'benign', variant: 'reword', previous: `${ZIPLINE} Only the line captain may reopen a line after a stoppage.`, next: `${ZIPLINE} Reopening a line after a stoppage is for the line captain alone.` },
  { kind: 'scope', previous: `${ZIPLINE} Only the line captain may reopen a line after a stoppage.`, next: `${ZIPLINE} Reopening a line after a stoppage is for the line captain.` },
  { kind: 'scope', previous: `${ZIPLINE} Only the line captain may reopen a line after a stoppage.`, next: `${ZIPLINE} Reopening a line after a stoppage is for the line captain and the brake team alone.` },
  { kind: 'benign', variant: 'reword', previous: 'Only the head musher may harness the lead dog.', next: 'Harnessing the lead dog falls to the head musher alone.' },
  { kind: 'scope', previous: 'Only the head musher may harness the lead dog.', next: 'Harnessing the lead dog falls to the head musher.' },
  { kind: 'benign', variant: 'reword', previous: 'Only the affineur turns the wheels in the cheese cave.', next: 'Turning the wheels in the cheese cave is a job for the affineur alone.' },
  { kind: 'scope', previous: 'Only the affineur turns the wheels in the cheese cave.', next: 'Turning the wheels in the cheese cave is a job for the affineur or an apprentice.' },
  // A count of one said by the article.
  { kind: 'benign', variant: 'reword', previous: 'Snowshoe hire needs one full day of notice.', next: 'To hire snowshoes, give us a full day of notice.' },
  { kind: 'number', previous: 'Snowshoe hire needs one full day of notice.', next: 'To hire snowshoes, give us two full days of notice.' },
  { kind: 'benign', variant: 'reword', previous: 'Every climber at the glacier hut keeps their crampons in one labelled crate.', next: 'At the glacier hut, each climber\'s crampons go in a single labelled crate.' },
  { kind: 'number', previous: 'Every climber at the glacier hut keeps their crampons in one labelled crate.', next: 'At the glacier hut, each climber\'s crampons go in two labelled crates.' },
  { kind: 'number', previous: 'Guests of the treehouse hotel may bring no more than one dog.', next: 'Guests of the treehouse hotel may bring a dog.' },
  { kind: 'benign', variant: 'reword', previous: 'Give each rider one helmet and one harness.', next: 'Each rider gets a helmet and a harness.' },
];
