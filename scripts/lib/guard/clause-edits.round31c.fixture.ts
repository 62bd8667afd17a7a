// Round 31c (session 25, issue 11): benign edits flagged in v32-v37 whose new version still states
// every requirement the old one did, read as classes by cause; edits of our own in other domains
// and shapes, each benign edit with a near-miss twin that must stay flagged, written and measured
// with the old guard (9098abe4) before `requirements-kept-withdrawn.ts` was built. Part of the
// tuning set (`CLAUSE_EDITS` spreads them); a file of its own so that the rounds working at once in
// this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_31C_EDITS: readonly ClauseEdit[] = [
  // A ban on what lies outside a case or a set said as the act allowed "only" in it, or the other
  // way round (v36 "Do not release the results ... to anyone who did not sign" -> "... go only to
  // people who signed", "Only trained members may use" -> "Members without router training are not
  // allowed"). Twins: the "only" dropped, the case's negation turned, the bound turned.
  { kind: 'benign', variant: 'reword', previous: `Never lend a telescope to a visitor who has not completed the safety talk.`, next: `Telescopes are lent only to visitors who have completed the safety talk.` },
  { kind: 'scope', previous: `Never lend a telescope to a visitor who has not completed the safety talk.`, next: `Telescopes are lent to visitors who have completed the safety talk.` },
  { kind: 'benign', variant: 'reword', previous: `Do not refund a lift pass that has been scanned.`, next: `A lift pass is refunded only if it has not been scanned.` },
  { kind: 'negation', previous: `Do not refund a lift pass that has been scanned.`, next: `A lift pass is refunded only if it has been scanned.` },
  { kind: 'benign', variant: 'reword', previous: `Only certified divers may enter the wreck.`, next: `Divers without certification may not enter the wreck.` },
  { kind: 'negation', previous: `Only certified divers may enter the wreck.`, next: `Divers without certification may enter the wreck.` },
  { kind: 'benign', variant: 'reword', previous: `Do not serve a guest a second cocktail unless they have eaten.`, next: `Serve a guest a second cocktail only once they have eaten.` },
  { kind: 'negation', previous: `Do not serve a guest a second cocktail unless they have eaten.`, next: `Serve a guest a second cocktail once they have eaten.` },
  { kind: 'benign', variant: 'reword', previous: `Never print a customer's artwork unless they have approved the proof.`, next: `Print a customer's artwork only if they have approved the proof.` },
  { kind: 'negation', previous: `Never print a customer's artwork unless they have approved the proof.`, next: `Print a customer's artwork unless they have approved the proof.` },
  { kind: 'benign', variant: 'reword', previous: `No child under 8 may use the climbing wall.`, next: `Only children aged 8 or over may use the climbing wall.` },
  { kind: 'order', previous: `No child under 8 may use the climbing wall.`, next: `Only children aged 8 or under may use the climbing wall.` },
  { kind: 'benign', variant: 'reword', previous: `Do not sell a puppy to a buyer who has not visited the kennel.`, next: `Puppies are sold only to buyers who have visited the kennel.` },
  { kind: 'negation', previous: `Do not sell a puppy to a buyer who has not visited the kennel.`, next: `Puppies are sold only to buyers who have not visited the kennel.` },
  { kind: 'benign', variant: 'reword', previous: `Do not hand a rental kayak to anyone who has not signed the waiver.`, next: `Rental kayaks go only to people who have signed the waiver.` },
  { kind: 'scope', previous: `Do not hand a rental kayak to anyone who has not signed the waiver.`, next: `Rental kayaks go to people who have signed the waiver.` },
  { kind: 'benign', variant: 'reword', previous: `Never issue a parking permit to a resident whose car is not registered at the address.`, next: `Parking permits are issued only to residents whose car is registered at the address.` },
  { kind: 'negation', previous: `Never issue a parking permit to a resident whose car is not registered at the address.`, next: `Parking permits are issued only to residents whose car is not registered at the address.` },
  { kind: 'benign', variant: 'reword', previous: `Only qualified electricians may open the switch room.`, next: `Electricians without a qualification are not allowed to open the switch room.` },
  { kind: 'negation', previous: `Only qualified electricians may open the switch room.`, next: `Electricians without a qualification are allowed to open the switch room.` },
  { kind: 'benign', variant: 'reword', previous: `Do not store vaccines that were left out of the fridge overnight.`, next: `Only vaccines that were never left out of the fridge overnight are stored.` },
  { kind: 'negation', previous: `Do not store vaccines that were left out of the fridge overnight.`, next: `Only vaccines that were left out of the fridge overnight are stored.` },
  { kind: 'benign', variant: 'reword', previous: `You are the front desk assistant for a climbing centre. Greet every visitor by name. Do not lend harnesses to climbers who have not passed the belay check. Tell visitors that the café closes at 18:00.`, next: `You are the front desk assistant for a climbing centre. Greet every visitor by name. Harnesses are lent only to climbers who have passed the belay check. Tell visitors that the café closes at 18:00.` },
  { kind: 'scope', previous: `You are the front desk assistant for a climbing centre. Greet every visitor by name. Do not lend harnesses to climbers who have not passed the belay check. Tell visitors that the café closes at 18:00.`, next: `You are the front desk assistant for a climbing centre. Greet every visitor by name. Harnesses are lent to climbers who have passed the belay check. Tell visitors that the café closes at 18:00.` },
  // The same requirements in another order, joined as before (v36 "Ask for photo identification
  // for any exchange over £1,000, and record the customer's address for any exchange over £5,000",
  // its halves swapped). Twins: the acts exchanged between the halves, or one half's ban turned.
  { kind: 'benign', variant: 'reorder', previous: `Check the chlorine level before opening, and log the reading after closing.`, next: `Log the reading after closing, and check the chlorine level before opening.` },
  { kind: 'roles', previous: `Check the chlorine level before opening, and log the reading after closing.`, next: `Log the chlorine level before opening, and check the reading after closing.` },
  { kind: 'benign', variant: 'reorder', previous: `Wipe the counter after each customer, and wash the tongs at the end of the shift.`, next: `Wash the tongs at the end of the shift, and wipe the counter after each customer.` },
  { kind: 'roles', previous: `Wipe the counter after each customer, and wash the tongs at the end of the shift.`, next: `Wash the counter at the end of the shift, and wipe the tongs after each customer.` },
  { kind: 'benign', variant: 'reorder', previous: `Never feed the goats; never open a pen without a keeper.`, next: `Never open a pen without a keeper; never feed the goats.` },
  { kind: 'negation', previous: `Never feed the goats; never open a pen without a keeper.`, next: `Never open a pen without a keeper; feed the goats.` },
  // A ban said as the state it keeps, the act's dictionary opposite (v37 "Do not let members of the
  // public into the courtroom" -> "Keep the courtroom closed to members of the public", v37 "Do not
  // reactivate a driver's account" -> "... stays deactivated"). Twins: the state that lets the act.
  { kind: 'benign', variant: 'reword', previous: `Do not open the fire door during a performance.`, next: `The fire door stays closed during a performance.` },
  { kind: 'negation', previous: `Do not open the fire door during a performance.`, next: `The fire door stays open during a performance.` },
  { kind: 'benign', variant: 'reword', previous: `Do not unlock the cash drawer while customers are at the till.`, next: `The cash drawer stays locked while customers are at the till.` },
  { kind: 'negation', previous: `Do not unlock the cash drawer while customers are at the till.`, next: `The cash drawer stays unlocked while customers are at the till.` },
  { kind: 'benign', variant: 'reword', previous: `Never dim the exit signs during a show.`, next: `The exit signs stay bright during a show.` },
  { kind: 'negation', previous: `Never dim the exit signs during a show.`, next: `The exit signs stay dim during a show.` },
];
