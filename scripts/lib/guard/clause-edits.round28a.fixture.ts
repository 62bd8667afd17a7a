// Round 28a (session 22, issue 11): edits written for the readings of round 28a before each was
// built, in domains no labelled set used, each benign edit beside twins that must stay flagged.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_28A_EDITS: readonly ClauseEdit[] = [
  // A ban on every case outside a set or a condition, said as the act allowed only for it, the act
  // or the set in other words or the voice turned (_bans-as-only.ts). Measured at a04be9ac first:
  // 4 of the 10 benign flagged (negation-removed), 10 of the 15 twins caught; 4 twins quiet there
  // (a set widened, a condition replaced, "only" dropped, the act replaced) are misses of other
  // readings, kept as labelled.
  { kind: 'benign', variant: 'reword', previous: `Do not lend the projector to anyone other than teaching staff.`, next: `The projector is loaned only to teaching staff.` },
  { kind: 'benign', variant: 'reword', previous: `Never issue a parking permit to anyone other than a registered resident.`, next: `Parking permits are given out only to registered residents.` },
  { kind: 'benign', variant: 'reword', previous: `Do not show the floor plans to anyone apart from the buyer's surveyor.`, next: `The floor plans are shown only to the buyer's surveyor.` },
  { kind: 'benign', variant: 'reword', previous: `The ward must not discharge a patient unless a consultant has signed the discharge form.`, next: `A patient is released from the ward only if a consultant has signed the discharge form.` },
  { kind: 'benign', variant: 'reword', previous: `Do not open the vault without two keyholders present.`, next: `The vault is unlocked only with two keyholders present.` },
  { kind: 'benign', variant: 'reword', previous: `Never pour concrete that has not been tested for slump.`, next: `Concrete is poured only once it has been tested for slump.` },
  { kind: 'benign', variant: 'reword', previous: `Do not publish a photo of a pupil unless a parent has given consent.`, next: `A pupil's photo is printed only if a parent has given consent.` },
  { kind: 'benign', variant: 'reword', previous: `Do not hand the hire van keys to anyone other than the named driver.`, next: `The hire van keys are given only to the named driver.` },
  { kind: 'benign', variant: 'reword', previous: `Lifeguards must not leave the tower until a relief lifeguard has arrived.`, next: `A lifeguard departs from the tower only once a relief lifeguard has arrived.` },
  { kind: 'benign', variant: 'reword', previous: `Never ship an order that has not been paid for in full.`, next: `An order is dispatched only once it has been paid for in full.` },
  { kind: 'scope', previous: `Do not lend the projector to anyone other than teaching staff.`, next: `The projector is loaned only to teaching staff and students.` },
  { kind: 'drift', previous: `Do not show the floor plans to anyone apart from the buyer's surveyor.`, next: `The floor plans are emailed only to the buyer's surveyor.` },
  { kind: 'condition', previous: `The ward must not discharge a patient unless a consultant has signed the discharge form.`, next: `A patient is released from the ward only if a doctor has signed the discharge form.` },
  { kind: 'number', previous: `Do not open the vault without two keyholders present.`, next: `The vault is unlocked only with one keyholder present.` },
  { kind: 'modal', previous: `Never pour concrete that has not been tested for slump.`, next: `Concrete should be poured only once it has been tested for slump.` },
  { kind: 'condition', previous: `Do not publish a photo of a pupil unless a parent has given consent.`, next: `A pupil's photo is printed only if the head teacher has given consent.` },
  { kind: 'condition', previous: `Never pour concrete that has not been tested for slump.`, next: `Concrete is poured only once it has been delivered to site.` },
  { kind: 'entity', previous: `Never issue a parking permit to anyone other than a registered resident.`, next: `Parking permits are given out only to visitors.` },
  { kind: 'scope', previous: `Do not hand the hire van keys to anyone other than the named driver.`, next: `The hire van keys are given to the named driver.` },
  { kind: 'condition', previous: `Lifeguards must not leave the tower until a relief lifeguard has arrived.`, next: `A lifeguard departs from the tower only until a relief lifeguard has arrived.` },
  { kind: 'condition', previous: `Never ship an order that has not been paid for in full.`, next: `An order is dispatched only once it has been paid for in part.` },
  { kind: 'drift', previous: `Do not hand the hire van keys to anyone other than the named driver.`, next: `The hire van keys are photographed only by the named driver.` },

  // The act and its condition exchanged (a first version read the condition's words anywhere in the new sentence and lost the tuning set's tree fellers); the lifeguards' twin is quiet before and after.
  { kind: 'roles', previous: `The ward must not discharge a patient unless a consultant has signed the discharge form.`, next: `A consultant signs the discharge form only if a patient is discharged from the ward.` },
  { kind: 'roles', previous: `Lifeguards must not leave the tower until a relief lifeguard has arrived.`, next: `A relief lifeguard arrives at the tower only once a lifeguard has left it.` },
  { kind: 'roles', previous: `Never ship an order that has not been paid for in full.`, next: `Payment in full is taken only once an order has been shipped.` },
];
