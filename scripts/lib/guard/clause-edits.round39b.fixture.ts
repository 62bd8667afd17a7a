// Round 39b (issue 11): faithful rewordings that say a cap by its superlative or its limit, read as
// a class across the read sets (v45, v47, v52 and the tuning set each held one or two, every one
// escaping round 29a's reading by its form), each beside regression twins, in domains no set used
// (a community fridge, a dog show, a funfair). "S may not V more than N" = "N is the most S can
// have Ved" = "The most S Vs is N" = "N is the limit for any S V-ing" = "S can V N at the most"
// (`_superlative-caps.ts`). Written before the reading and measured on the guard at 8b230a8a's
// readings (weighing off): 4 of 4 benign flagged, 9 of 9 twins caught; after it 0 and 9.
// HISTORY.md, "Session 33, guard39b".
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_39B_EDITS: readonly ClauseEdit[] = [
  { kind: 'benign', variant: 'reword', previous: 'Households cannot take more than one food parcel a week from the community fridge.', next: 'One food parcel a week is the most a household can have taken from the community fridge.' },
  { kind: 'number', previous: 'Households cannot take more than one food parcel a week from the community fridge.', next: 'Two food parcels a week is the most a household can have taken from the community fridge.' },
  { kind: 'order', previous: 'Households cannot take more than one food parcel a week from the community fridge.', next: 'One food parcel a week is the least a household can have taken from the community fridge.' },
  { kind: 'benign', variant: 'reword', previous: 'An exhibitor may not enter more than two dogs in any one class.', next: 'The most an exhibitor enters in any one class is two dogs.' },
  { kind: 'scope', previous: 'An exhibitor may not enter more than two dogs in any one class.', next: 'The most an exhibitor usually enters in any one class is two dogs.' },
  { kind: 'roles', previous: 'An exhibitor may not enter more than two dogs in any one class.', next: 'The most a judge enters in any one class is two dogs.' },
  { kind: 'benign', variant: 'reword', previous: 'No rider may buy more than ten ride tokens at once.', next: 'Ten ride tokens at once is the limit for any rider buying them.' },
  { kind: 'scope', previous: 'No rider may buy more than ten ride tokens at once.', next: 'Ten ride tokens at once is the limit for any child buying them.' },
  { kind: 'condition', previous: 'No rider may buy more than ten ride tokens at once.', next: 'Ten ride tokens at once is the limit for any rider buying them, except on quiet days.' },
  { kind: 'number', previous: 'No rider may buy more than ten ride tokens at once.', next: 'Twelve ride tokens at once is the limit for any rider buying them.' },
  { kind: 'benign', variant: 'reword', previous: 'Fridge volunteers must not work more than twelve hours a week.', next: 'Fridge volunteers can work twelve hours a week at the most.' },
  { kind: 'order', previous: 'Fridge volunteers must not work more than twelve hours a week.', next: 'Fridge volunteers can work twelve hours a week at the least.' },
  { kind: 'number', previous: 'Fridge volunteers must not work more than twelve hours a week.', next: 'Fridge volunteers can work twenty hours a week at the most.' },
];
