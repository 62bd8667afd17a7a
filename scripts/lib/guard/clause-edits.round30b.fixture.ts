// Round 30b (session 24, issue 11): edits written for the readings of round 30b before each was
// built, in domains no labelled set used, each class of regression beside faithful twins that must
// stay unflagged. Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own
// so that the rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_30B_EDITS: readonly ClauseEdit[] = [
  // A slot of a short rule replaced, the ban or duty and two content words kept (v34's "No chewing
  // gum in the flight chamber" -> "No fizzy drinks", "Do not sharpen serrated knives on the belt
  // grinder" -> "ceramic knives on the whetstone"): the slot readings wanted three content words
  // kept, and a short rule has two beside its "no", "never" or "must". Measured on the guard of
  // d94b5433 before the reading: 2 of 15 regressions caught, 2 of 15 twins flagged (a one-word swap
  // WordNet does not link, "mobile" -> "cell"; "food or drink" -> "eating or drinking" read as an
  // item dropped). Left: a frame of one word ("Never feed bread to the ducks" -> "Never throw stones
  // at the ducks"), an added phrase beside the act ("touch" -> "photograph ... with flash"), verbs
  // the dictionary links ("refreeze" / "fillet" and "vacuum" / "photograph" meet in a rare sense),
  // and a twin in words WordNet does not link ("pour fat" -> "tip grease", flagged by the reading).
  { kind: 'drift', previous: `No glass bottles on the pool deck.`, next: `No inflatable toys on the pool deck.` },
  { kind: 'drift', previous: `No mobile phones in the exam hall.`, next: `No food or drink in the exam hall.` },
  { kind: 'drift', previous: `Do not stack crates by the fire exit.`, next: `Do not park trolleys by the fire exit.` },
  { kind: 'drift', previous: `Staff must wear hairnets in the bakery.`, next: `Staff must wash their hands in the bakery.` },
  { kind: 'drift', previous: `Never clean oil paintings with a damp cloth.`, next: `Never hang oil paintings in direct sunlight.` },
  { kind: 'drift', previous: `Never feed bread to the ducks.`, next: `Never throw stones at the ducks.` },
  { kind: 'drift', previous: `Visitors must not touch the tapestries.`, next: `Visitors must not photograph the tapestries with flash.` },
  { kind: 'drift', previous: `No outdoor shoes on the sprung floor.`, next: `No bare feet on the sprung floor.` },
  { kind: 'drift', previous: `Do not pour fat down the kitchen sink.`, next: `Do not leave dirty pans in the kitchen sink.` },
  { kind: 'drift', previous: `No dogs on the climbing frame.`, next: `No bicycles on the climbing frame.` },
  { kind: 'drift', previous: `Never microwave the sample tubes.`, next: `Never freeze the sample tubes.` },
  { kind: 'drift', previous: `Guests must not smoke on balconies.`, next: `Guests must not sunbathe on balconies.` },
  { kind: 'drift', previous: `Do not refreeze thawed fish.`, next: `Do not fillet thawed fish.` },
  { kind: 'drift', previous: `Never vacuum the silk rugs.`, next: `Never photograph the silk rugs.` },
  { kind: 'drift', previous: `Pupils must not run in corridors.`, next: `Pupils must not eat in corridors.` },
  { kind: 'benign', variant: 'stricter', previous: `No glass bottles on the pool deck.`, next: `No glass containers on the pool deck.` },
  { kind: 'benign', variant: 'reword', previous: `No mobile phones in the exam hall.`, next: `No cell phones in the exam hall.` },
  { kind: 'benign', variant: 'reword', previous: `No food or drink in the exam hall.`, next: `No eating or drinking in the exam hall.` },
  { kind: 'benign', variant: 'reword', previous: `Do not stack crates by the fire exit.`, next: `Do not pile crates by the fire exit.` },
  { kind: 'benign', variant: 'reword', previous: `Staff must wear hairnets in the bakery.`, next: `Staff must put on hairnets in the bakery.` },
  { kind: 'benign', variant: 'reword', previous: `Never clean oil paintings with a damp cloth.`, next: `Never wipe oil paintings with a wet cloth.` },
  { kind: 'benign', variant: 'reword', previous: `Never feed bread to the ducks.`, next: `Never give bread to the ducks.` },
  { kind: 'benign', variant: 'reword', previous: `No outdoor shoes on the sprung floor.`, next: `No outside footwear on the sprung floor.` },
  { kind: 'benign', variant: 'reword', previous: `Do not pour fat down the kitchen sink.`, next: `Do not tip grease down the kitchen sink.` },
  { kind: 'benign', variant: 'reword', previous: `Visitors must not touch the tapestries.`, next: `Visitors must not handle the tapestries.` },
  { kind: 'benign', variant: 'stricter', previous: `No dogs on the climbing frame.`, next: `No canines on the climbing frame.` },
  { kind: 'benign', variant: 'reword', previous: `Never microwave the sample tubes.`, next: `Never nuke the sample tubes.` },
  { kind: 'benign', variant: 'reword', previous: `Guests must not smoke on balconies.`, next: `Guests must not light up on balconies.` },
  { kind: 'benign', variant: 'reword', previous: `Do not refreeze thawed fish.`, next: `Do not refreeze defrosted fish.` },
  { kind: 'benign', variant: 'reword', previous: `Never vacuum the silk rugs.`, next: `Never hoover the silk rugs.` },
  { kind: 'benign', variant: 'reword', previous: `Pupils must not run in corridors.`, next: `Pupils must not run in hallways.` },
  // A negation after an order word in the subject ("Tickets bought before the sale are not refunded"
  // -> "are refunded", v34's "Pieces made before 1900 are not refinished"): the order reading took
  // the sentence for "A before B" with no negation before the order word, the same fact both ways,
  // and withdrew the negation's change. Measured on 24a5f384 before the reading: 4 of 7 caught
  // (the "after" ones: "after" with a negation reads as exclusive), 0 of 7 twins flagged.
  { kind: 'negation', previous: `Guests arriving after 10 pm are not admitted to the spa.`, next: `Guests arriving after 10 pm are admitted to the spa.` },
  { kind: 'negation', previous: `Parcels handed in after 4 pm are not sent the same day.`, next: `Parcels handed in after 4 pm are sent the same day.` },
  { kind: 'negation', previous: `Tickets bought before the sale are not refunded.`, next: `Tickets bought before the sale are refunded.` },
  { kind: 'negation', previous: `Tools returned before noon are charged for a half day.`, next: `Tools returned before noon are not charged for a half day.` },
  { kind: 'negation', previous: `Lambs born after April are not sold at the spring market.`, next: `Lambs born after April are sold at the spring market.` },
  { kind: 'negation', previous: `Essays handed in after the deadline are not marked.`, next: `Essays handed in after the deadline are marked.` },
  { kind: 'negation', previous: `Cars parked before 8 am are ticketed.`, next: `Cars parked before 8 am are not ticketed.` },
  { kind: 'benign', variant: 'voice', previous: `Guests arriving after 10 pm are not admitted to the spa.`, next: `The spa does not admit guests who arrive after 10 pm.` },
  { kind: 'benign', variant: 'reword', previous: `Tickets bought before the sale are not refunded.`, next: `No refund is given for tickets bought before the sale.` },
  { kind: 'benign', variant: 'emphasis', previous: `Lambs born after April are not sold at the spring market.`, next: `Lambs born after April are never sold at the spring market.` },
  { kind: 'benign', variant: 'reword', previous: `Do not open the kiln before it has cooled.`, next: `Open the kiln only after it has cooled.` },
  { kind: 'benign', variant: 'reword', previous: `Discuss the bill after verifying the caller, not earlier.`, next: `Verify the caller before discussing the bill.` },
  { kind: 'benign', variant: 'reword', previous: `Do not water seedlings until the soil is dry.`, next: `Wait until the soil is dry before watering seedlings.` },
  { kind: 'benign', variant: 'reword', previous: `Essays handed in after the deadline are not marked.`, next: `Essays that arrive after the deadline are not marked.` },
  // A bound in a phrase the subject's participle governs ("Lessons cancelled with less than 48 hours'
  // notice are charged in full" -> "24 hours'", v34's flying school): the participle reading
  // ("Cancellations made less than 72 hours before ...") wanted the bound right after the
  // participle, so "with less than" read as a cap, smaller being stricter. Measured on 24a5f384
  // before the reading: 0 of 6 caught, 1 of 6 twins flagged ("fewer than 3 receipts" -> "4").
  { kind: 'number', previous: `Lessons cancelled with less than 48 hours' notice are charged in full.`, next: `Lessons cancelled with less than 24 hours' notice are charged in full.` },
  { kind: 'number', previous: `Bookings cancelled with less than 7 days' notice lose their deposit.`, next: `Bookings cancelled with less than 3 days' notice lose their deposit.` },
  { kind: 'number', previous: `Bags checked in with less than 40 minutes to departure must be refused.`, next: `Bags checked in with less than 20 minutes to departure must be refused.` },
  { kind: 'number', previous: `Claims submitted with fewer than 3 receipts are sent back to the claimant.`, next: `Claims submitted with fewer than 2 receipts are sent back to the claimant.` },
  { kind: 'number', previous: `Orders placed with under 5 days' notice carry a rush fee.`, next: `Orders placed with under 2 days' notice carry a rush fee.` },
  { kind: 'number', previous: `Tyres found with less than 3 mm of tread must be replaced.`, next: `Tyres found with less than 2 mm of tread must be replaced.` },
  { kind: 'benign', variant: 'stricter', previous: `Lessons cancelled with less than 48 hours' notice are charged in full.`, next: `Lessons cancelled with less than 72 hours' notice are charged in full.` },
  { kind: 'benign', variant: 'stricter', previous: `Bookings cancelled with less than 7 days' notice lose their deposit.`, next: `Bookings cancelled with less than 10 days' notice lose their deposit.` },
  { kind: 'benign', variant: 'stricter', previous: `Claims submitted with fewer than 3 receipts are sent back to the claimant.`, next: `Claims submitted with fewer than 4 receipts are sent back to the claimant.` },
  { kind: 'benign', variant: 'units', previous: `Lessons cancelled with less than 48 hours' notice are charged in full.`, next: `Lessons cancelled with less than two days' notice are charged in full.` },
  { kind: 'benign', variant: 'stricter', previous: `Tyres found with less than 3 mm of tread must be replaced.`, next: `Tyres found with less than 4 mm of tread must be replaced.` },
  { kind: 'benign', variant: 'reword', previous: `Orders placed with under 5 days' notice carry a rush fee.`, next: `Orders placed with less than 5 days' notice carry a rush fee.` },
  // The first item of a serial list cut, the lead kept ("Check the tyres, the lights and the brakes"
  // -> "Check the lights and the brakes", v35's "Puppies with diarrhoea, a cough or vomiting must stay
  // at home"): the conjunct reading splits at commas, so the first part held the lead with the item
  // and lost half its words. Measured on 92e79e7f before the reading: 1 of 7 caught, 0 of 7 twins
  // flagged (a grant's list narrowed is stricter; a hedge or a leading time is no item).
  { kind: 'conjunct', previous: `Check the tyres, the lights and the brakes before each ride.`, next: `Check the lights and the brakes before each ride.` },
  { kind: 'conjunct', previous: `Wipe down mats, blocks and straps after every class.`, next: `Wipe down blocks and straps after every class.` },
  { kind: 'conjunct', previous: `Report leaks, cracks or loose tiles to the caretaker.`, next: `Report cracks or loose tiles to the caretaker.` },
  { kind: 'conjunct', previous: `Visitors with coughs, colds or rashes must not enter the ward.`, next: `Visitors with colds or rashes must not enter the ward.` },
  { kind: 'conjunct', previous: `Staff with a cold, a cough or a fever must stay at home.`, next: `Staff with a cough or a fever must stay at home.` },
  { kind: 'conjunct', previous: `Never leave cash, keys or phones in the car.`, next: `Never leave keys or phones in the car.` },
  { kind: 'conjunct', previous: `Log the call, notify the duty manager and close the ticket.`, next: `Notify the duty manager and close the ticket.` },
  { kind: 'benign', variant: 'stricter', previous: `Members may bring a partner, a child or a friend.`, next: `Members may bring a child or a friend.` },
  { kind: 'benign', variant: 'stricter', previous: `Where possible, wipe the mats, the blocks and the straps.`, next: `Wipe the mats, the blocks and the straps.` },
  { kind: 'benign', variant: 'reorder', previous: `Check the tyres, the lights and the brakes before each ride.`, next: `Check the lights, the brakes and the tyres before each ride.` },
  { kind: 'benign', variant: 'reorder', previous: `On arrival, sign in, collect a badge and wait in reception.`, next: `Sign in, collect a badge and wait in reception on arrival.` },
  { kind: 'benign', variant: 'reword', previous: `Report leaks, cracks or loose tiles to the caretaker.`, next: `Report any leaks, cracks or loose tiles to the caretaker.` },
  { kind: 'benign', variant: 'stricter', previous: `Guests may use the pool, the sauna or the gym until 10 pm.`, next: `Guests may use the sauna or the gym until 10 pm.` },
  { kind: 'benign', variant: 'stricter', previous: `Staff with a cold, a cough or a fever must stay at home.`, next: `Staff with a cold, a cough, a fever or a rash must stay at home.` },
  // A duty said as an aim ("The studio is required to give members 30 days' notice" -> "The studio
  // aims to give ...", v35's pilates studio): "aim to" was a hedge only in that form, so "aims to",
  // "intends to", "hopes to" read as nothing; and an aim said as another effort ("aim to" -> "try
  // to") read as a hedge added. Measured on 0e50e1d6 before the reading: 3 of 7 caught (tries,
  // endeavour, strive), 1 of 6 twins flagged ("We aim to" -> "We try to").
  { kind: 'obligation', previous: `The studio is required to give members 30 days' notice of any price change.`, next: `The studio aims to give members 30 days' notice of any price change.` },
  { kind: 'obligation', previous: `The council must reply to every complaint within 10 days.`, next: `The council aims to reply to every complaint within 10 days.` },
  { kind: 'obligation', previous: `Staff must return calls the same day.`, next: `Staff try to return calls the same day.` },
  { kind: 'obligation', previous: `The club shall publish its accounts every year.`, next: `The club intends to publish its accounts every year.` },
  { kind: 'obligation', previous: `Drivers are required to check the tyres before each shift.`, next: `Drivers endeavour to check the tyres before each shift.` },
  { kind: 'obligation', previous: `We must answer the phone within five rings.`, next: `We strive to answer the phone within five rings.` },
  { kind: 'obligation', previous: `The landlord is obliged to fix boiler faults within 24 hours.`, next: `The landlord hopes to fix boiler faults within 24 hours.` },
  { kind: 'benign', variant: 'reword', previous: `The council aims to reply to every complaint within 10 days.`, next: `The council's aim is to reply to every complaint within 10 days.` },
  { kind: 'benign', variant: 'reword', previous: `The council must reply to every complaint within 10 days.`, next: `The council is obliged to reply to every complaint within 10 days.` },
  { kind: 'benign', variant: 'reword', previous: `We aim to answer the phone within five rings.`, next: `We try to answer the phone within five rings.` },
  { kind: 'benign', variant: 'reword', previous: `The club tries to publish its accounts every year.`, next: `The club makes every effort to publish its accounts every year.` },
  { kind: 'benign', variant: 'reword', previous: `The landlord aims to fix boiler faults within 24 hours.`, next: `The landlord intends to fix boiler faults within 24 hours.` },
  { kind: 'benign', variant: 'voice', previous: `The council must reply to every complaint within 10 days.`, next: `Every complaint must get a reply from the council within 10 days.` },
  // An imperative step dropped whose object opens with a participle or an adjective ("Photograph any
  // existing damage", v35's roadside recovery): the step reading took "existing", a word the
  // dictionary knows as a verb and not a noun, for the sentence's own verb and the step for a noun
  // subject. Measured on 49803aea before the reading: 3 of 7 caught, 0 of 6 twins flagged.
  { kind: 'requirement', previous: `Sweep the yard. Photograph any existing damage. Lock the gate.`, next: `Sweep the yard. Lock the gate.` },
  { kind: 'requirement', previous: `Unplug the kiln. Label any remaining glazes. Sweep the floor.`, next: `Unplug the kiln. Sweep the floor.` },
  { kind: 'requirement', previous: `Stamp the card. Bag any leaking bottles. Thank the customer.`, next: `Stamp the card. Thank the customer.` },
  { kind: 'requirement', previous: `Wipe the tables. Bin any opened milk. Mop the floor.`, next: `Wipe the tables. Mop the floor.` },
  { kind: 'requirement', previous: `Weigh the parcel. Tape any loose flaps. Print the label.`, next: `Weigh the parcel. Print the label.` },
  { kind: 'requirement', previous: `Count the float. Bank the surplus cash. Lock the till.`, next: `Count the float. Lock the till.` },
  { kind: 'requirement', previous: `Rinse the brushes. Cap every opened tin. Air the room.`, next: `Rinse the brushes. Air the room.` },
  { kind: 'benign', variant: 'reword', previous: `Sweep the yard. Photograph any existing damage. Lock the gate.`, next: `Sweep the yard. Take photos of any existing damage. Lock the gate.` },
  { kind: 'benign', variant: 'split-join', previous: `Unplug the kiln. Label any remaining glazes. Sweep the floor.`, next: `Unplug the kiln, label any remaining glazes and sweep the floor.` },
  { kind: 'benign', variant: 'reorder', previous: `Stamp the card. Bag any leaking bottles. Thank the customer.`, next: `Stamp the card. Thank the customer. Bag any leaking bottles.` },
  { kind: 'benign', variant: 'reword', previous: `Wipe the tables. Bin any opened milk. Mop the floor.`, next: `Wipe the tables. Throw away any opened milk. Mop the floor.` },
  { kind: 'benign', variant: 'reword', previous: `Weigh the parcel. Tape any loose flaps. Print the label.`, next: `Weigh the parcel. Tape down any loose flaps. Print the label.` },
  { kind: 'benign', variant: 'reword', previous: `Count the float. Bank the surplus cash. Lock the till.`, next: `Count the float. Pay the surplus cash into the bank. Lock the till.` },
];
