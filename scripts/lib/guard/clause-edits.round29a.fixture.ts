// Round 29a (session 23, issue 11): edits written for the readings of round 29a before each was
// built, in domains no labelled set used, each benign edit beside twins that must stay flagged.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_29A_EDITS: readonly ClauseEdit[] = [
  // A ban whose things are picked out by a negated relative clause ("anyone who is not", "whose
  // <part> has not", "who cannot") said with "only", the set closing the sentence or in the voice
  // turned (_bans-as-only.ts). Measured before the reading: 7 of 7 benign flagged
  // (negation-removed), 9 of 9 twins caught. The kayak stays flagged after it: "lent" is read as no
  // form of "lend" (the stemmer's irregular verbs lack it).
  { kind: 'benign', variant: 'reword', previous: `Do not sell fireworks to anyone who is not over 18.`, next: `Fireworks are sold to customers over 18 only.` },
  { kind: 'benign', variant: 'reword', previous: `Never lend a kayak to anyone who is not a club member.`, next: `Kayaks are lent to club members only.` },
  { kind: 'benign', variant: 'reword', previous: `Do not mill timber whose moisture content has not been measured.`, next: `Mill only timber whose moisture content has been measured.` },
  { kind: 'benign', variant: 'reword', previous: `Do not serve a customer who cannot show proof of age.`, next: `Serve only customers who can show proof of age.` },
  { kind: 'benign', variant: 'reword', previous: `Never sign off a boiler whose flue has not been tested.`, next: `Boilers are signed off only when their flue has been tested.` },
  { kind: 'benign', variant: 'reword', previous: `Do not issue a visitor badge to anyone who cannot give a host's name.`, next: `Visitor badges are issued only to people who can give a host's name.` },
  { kind: 'benign', variant: 'reword', previous: `Never accept a parcel for a resident who is not on the building's list.`, next: `Parcels are accepted for residents on the building's list only.` },
  { kind: 'number', previous: `Do not sell fireworks to anyone who is not over 18.`, next: `Fireworks are sold to customers over 16 only.` },
  { kind: 'scope', previous: `Never lend a kayak to anyone who is not a club member.`, next: `Kayaks are lent to club members and their guests only.` },
  { kind: 'condition', previous: `Do not mill timber whose moisture content has not been measured.`, next: `Mill only timber whose grain has been measured.` },
  { kind: 'scope', previous: `Do not serve a customer who cannot show proof of age.`, next: `Serve customers who can show proof of age.` },
  { kind: 'condition', previous: `Never accept a parcel for a resident who is not on the building's list.`, next: `Parcels are accepted for residents only.` },
  { kind: 'condition', previous: `Do not issue a visitor badge to anyone who cannot give a host's name.`, next: `Visitor badges are issued only to people who can give a company name.` },
  { kind: 'condition', previous: `Never sign off a boiler whose flue has not been tested.`, next: `Boilers are signed off only when their flue has been fitted.` },
  { kind: 'condition', previous: `Never sign off a boiler whose flue has not been tested.`, next: `Boilers are signed off only when their pipes have been tested.` },
  { kind: 'negation', previous: `Do not accept returns from anyone who is not a member.`, next: `Returns are accepted from anyone.` },
  // A ban on the things of an act outside a set said as a duty on every thing of the act, and back
  // (_bans-as-every.ts). Measured before the reading: 7 of 7 benign flagged (negation-removed,
  // negation-added), 8 of 8 twins caught.
  { kind: 'benign', variant: 'reword', previous: `Do not fit any part that is not on the approved list.`, next: `Every part you fit has to be on the approved list.` },
  { kind: 'benign', variant: 'reword', previous: `Pharmacists must not dispense any medicine that has not been checked by a second pharmacist.`, next: `Every medicine a pharmacist dispenses must have been checked by a second pharmacist.` },
  { kind: 'benign', variant: 'reword', previous: `Never publish a photo that is not cleared by the picture desk.`, next: `Any photo you publish must be cleared by the picture desk.` },
  { kind: 'benign', variant: 'reword', previous: `Volunteers may not serve food that has not been labelled with its allergens.`, next: `All food volunteers serve must be labelled with its allergens.` },
  { kind: 'benign', variant: 'reword', previous: `Do not use any ladder unless it has been inspected this month.`, next: `Every ladder you use must have been inspected this month.` },
  { kind: 'benign', variant: 'reword', previous: `Never quote a price that is not in the current price list.`, next: `Any price you quote has to be in the current price list.` },
  { kind: 'benign', variant: 'reword', previous: `Every sample the lab reports must be logged in the register.`, next: `The lab may not report any sample that is not logged in the register.` },
  { kind: 'modal', previous: `Do not fit any part that is not on the approved list.`, next: `Every part you fit should be on the approved list.` },
  { kind: 'condition', previous: `Pharmacists must not dispense any medicine that has not been checked by a second pharmacist.`, next: `Every medicine a pharmacist dispenses must have been checked.` },
  { kind: 'entity', previous: `Never publish a photo that is not cleared by the picture desk.`, next: `Any photo you publish must be cleared by the features editor.` },
  { kind: 'drift', previous: `Volunteers may not serve food that has not been labelled with its allergens.`, next: `All food volunteers serve must be labelled with its price.` },
  { kind: 'number', previous: `Do not use any ladder unless it has been inspected this month.`, next: `Every ladder you use must have been inspected this year.` },
  { kind: 'scope', previous: `Never quote a price that is not in the current price list.`, next: `Any price you quote has to be in a price list.` },
  { kind: 'conjunct', previous: `Every sample the lab reports must be logged in the register.`, next: `The lab may not report any sample that is not logged.` },
  { kind: 'drift', previous: `Do not fit any part that is not on the approved list.`, next: `Every part you order has to be on the approved list.` },
  // "Only" said after its object with the preposition said again or a way named ("to the next of kin
  // and to nobody else", "on a trolley and in no other way"), or past another preposition ("A guest
  // with no certificate shoots with one of our guns and no other") (_only-phrasings.ts). Measured
  // before the reading: 3 of 8 benign flagged (scope-widened, condition-changed, negation-moved), 7 of
  // 8 twins caught; the office replaced ("to the sales office and nowhere else") is quiet before and
  // after: no reading sees "finance" -> "sales" there.
  { kind: 'benign', variant: 'reword', previous: `Only the site manager may hold the master key.`, next: `The master key is held by the site manager and by nobody else.` },
  { kind: 'benign', variant: 'reword', previous: `Return the samples only to the lab that sent them.`, next: `Return the samples to the lab that sent them and to no other.` },
  { kind: 'benign', variant: 'reword', previous: `Parcels must be lifted only with the hoist.`, next: `Parcels are lifted with the hoist and in no other way.` },
  { kind: 'benign', variant: 'reword', previous: `Wages are paid only by bank transfer.`, next: `Wages are paid by bank transfer and in no other way.` },
  { kind: 'benign', variant: 'reword', previous: `Only the head chef can order from the fish supplier.`, next: `Orders to the fish supplier come from the head chef and nobody else.` },
  { kind: 'benign', variant: 'reword', previous: `Send the invoice only to the finance office.`, next: `Send the invoice to the finance office and nowhere else.` },
  { kind: 'benign', variant: 'reword', previous: `Send the invoice only to the finance office in the town hall.`, next: `Send the invoice to the finance office in the town hall and nowhere else.` },
  { kind: 'benign', variant: 'reword', previous: `Guests without a certificate may shoot only with the ground's own guns.`, next: `A guest with no certificate shoots with one of our guns and no other.` },
  { kind: 'scope', previous: `Only the site manager may hold the master key.`, next: `The master key is held by the site manager and by the caretaker.` },
  { kind: 'scope', previous: `Return the samples only to the lab that sent them.`, next: `Return the samples to the lab that sent them or to another lab.` },
  { kind: 'scope', previous: `Parcels must be lifted only with the hoist.`, next: `Parcels are lifted with the hoist or in any other way.` },
  { kind: 'scope', previous: `Wages are paid only by bank transfer.`, next: `Wages are paid by bank transfer and in cash.` },
  { kind: 'scope', previous: `Only the head chef can order from the fish supplier.`, next: `Orders to the fish supplier come from the head chef and the sous chef.` },
  { kind: 'scope', previous: `Send the invoice only to the finance office.`, next: `Send the invoice to the finance office and to the customer.` },
  { kind: 'entity', previous: `Send the invoice only to the finance office.`, next: `Send the invoice to the sales office and nowhere else.` },
  { kind: 'scope', previous: `Guests without a certificate may shoot only with the ground's own guns.`, next: `A guest with no certificate shoots with one of our guns and with a borrowed one.` },
  // A bound on a whole count said strictly in one version and inclusively in the other ("more than
  // one" / "two or more", "under 12" / "aged 11 or younger") (_whole-count-bounds.ts). Measured before
  // the reading: 8 of 8 benign flagged (number-changed), 5 of 8 twins caught; the 3 quiet there
  // ("under 25" -> "25 or younger", "fewer than six" -> "six or fewer", "over 65" -> "65 or older":
  // the bound moved by one) are misses of the number readings, quiet after it too.
  { kind: 'benign', variant: 'units', previous: `Drivers under 25 pay a young driver surcharge.`, next: `A young driver surcharge applies to every driver aged 24 or younger.` },
  { kind: 'benign', variant: 'units', previous: `Trainees who miss more than one session must rebook the course.`, next: `Missing two or more sessions means the trainee has to rebook the course.` },
  { kind: 'benign', variant: 'units', previous: `Tenants with more than two pets must tell the landlord.`, next: `Tenants who keep three or more pets must tell the landlord.` },
  { kind: 'benign', variant: 'units', previous: `Groups of fewer than six people do not need a guide.`, next: `Groups of five people or fewer do not need a guide.` },
  { kind: 'benign', variant: 'units', previous: `Children under 12 must wear a buoyancy aid.`, next: `Every child aged 11 or younger wears a buoyancy aid.` },
  { kind: 'benign', variant: 'units', previous: `Orders of more than ten items ship free.`, next: `Orders of eleven items or more ship free.` },
  { kind: 'benign', variant: 'units', previous: `Applicants younger than 18 need a parent's signature.`, next: `An applicant aged 17 or younger needs a parent's signature.` },
  { kind: 'benign', variant: 'units', previous: `Visitors over 65 get a reduced ticket.`, next: `Visitors aged 66 or older get a reduced ticket.` },
  { kind: 'number', previous: `Trainees who miss more than one session must rebook the course.`, next: `Missing one or more sessions means the trainee has to rebook the course.` },
  { kind: 'number', previous: `Drivers under 25 pay a young driver surcharge.`, next: `A young driver surcharge applies to every driver aged 25 or younger.` },
  { kind: 'number', previous: `Tenants with more than two pets must tell the landlord.`, next: `Tenants who keep four or more pets must tell the landlord.` },
  { kind: 'number', previous: `Groups of fewer than six people do not need a guide.`, next: `Groups of six people or fewer do not need a guide.` },
  { kind: 'number', previous: `Parcels over 2 kg need a signature.`, next: `Parcels of 3 kg or more need a signature.` },
  { kind: 'number', previous: `Calls longer than 10 minutes are logged.`, next: `Calls of 11 minutes or more are logged.` },
  { kind: 'number', previous: `Children under 12 must wear a buoyancy aid.`, next: `Every child aged 10 or younger wears a buoyancy aid.` },
  { kind: 'number', previous: `Visitors over 65 get a reduced ticket.`, next: `Visitors aged 65 or older get a reduced ticket.` },
  // A ban said with "None of <things> may ..." (_rule-words.ts): the negative quantifier with its
  // of-phrase forbids as "No <thing> may" does. Measured before the reading: 6 of 6 benign flagged
  // (modal-weakened), 6 of 6 twins caught; after it 5 of 6: "None of the treatment rooms should have
  // a dog in it" reads as "No treatment room should have a dog in it" always did (a ban; quiet before
  // too).
  { kind: 'benign', variant: 'reword', previous: `Parties and events are not permitted in any of our cottages.`, next: `None of our cottages may be used for a party or an event.` },
  { kind: 'benign', variant: 'reword', previous: `Dogs are not allowed in any of the treatment rooms.`, next: `None of the treatment rooms may have a dog in it.` },
  { kind: 'benign', variant: 'reword', previous: `Customers' cards must never be photocopied by staff.`, next: `None of our staff may photocopy a customer's card.` },
  { kind: 'benign', variant: 'reword', previous: `Do not let any of the trainees drive the forklift alone.`, next: `None of the trainees may drive the forklift alone.` },
  { kind: 'benign', variant: 'reword', previous: `Visitors must not feed the animals in any of the paddocks.`, next: `None of the paddocks' animals may be fed by visitors.` },
  { kind: 'benign', variant: 'reword', previous: `Guests must not smoke in any of the bedrooms.`, next: `None of the bedrooms can be smoked in by guests.` },
  { kind: 'negation', previous: `Parties and events are not permitted in any of our cottages.`, next: `Some of our cottages may be used for a party or an event.` },
  { kind: 'modal', previous: `Dogs are not allowed in any of the treatment rooms.`, next: `None of the treatment rooms should have a dog in it.` },
  { kind: 'condition', previous: `Customers' cards must never be photocopied by staff.`, next: `None of our staff may photocopy a customer's card without asking.` },
  { kind: 'scope', previous: `Do not let any of the trainees drive the forklift alone.`, next: `None of the trainees may drive the forklift at night.` },
  { kind: 'condition', previous: `Guests must not smoke in any of the bedrooms.`, next: `None of the bedrooms may be smoked in by guests unless a window is open.` },
  { kind: 'negation', previous: `Visitors must not feed the animals in any of the paddocks.`, next: `Any of the paddocks' animals may be fed by visitors.` },
  // A negative word spelled out as "without (any) <noun>" / "with no <noun>", its noun the word's
  // base ("undamaged" / "without any damage", "unlabelled" / "with no label") (_statements.ts).
  // Measured before the reading: 5 of 6 benign flagged (condition-changed, negation-added), 4 of 6
  // twins caught; the two quiet there ("comes with a signature" for "unsigned", "with damage" for
  // "undamaged": a condition turned round) are quiet after it too.
  { kind: 'benign', variant: 'spelled-negation', previous: `Refund the deposit when the van comes back undamaged.`, next: `Refund the deposit when the van comes back without any damage.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Reject any form that is unsigned.`, next: `Reject any form that comes without a signature.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Store unlabelled samples in the quarantine fridge.`, next: `Store samples with no label in the quarantine fridge.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `If a tenant leaves the flat undamaged, return the full deposit.`, next: `If a tenant leaves the flat with no damage, return the full deposit.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Treat an unmarked parcel as lost.`, next: `Treat a parcel with no markings as lost.` },
  { kind: 'benign', variant: 'spelled-negation', previous: `Escalate any unanswered complaint after 5 days.`, next: `Escalate any complaint left with no answer after 5 days.` },
  { kind: 'condition', previous: `Refund the deposit when the van comes back undamaged.`, next: `Refund the deposit when the van comes back without any fuel.` },
  { kind: 'condition', previous: `Reject any form that is unsigned.`, next: `Reject any form that comes with a signature.` },
  { kind: 'negation', previous: `Store unlabelled samples in the quarantine fridge.`, next: `Store labelled samples in the quarantine fridge.` },
  { kind: 'condition', previous: `If a tenant leaves the flat undamaged, return the full deposit.`, next: `If a tenant leaves the flat with damage, return the full deposit.` },
  { kind: 'condition', previous: `Treat an unmarked parcel as lost.`, next: `Treat a parcel with no address as lost.` },
  { kind: 'condition', previous: `Escalate any unanswered complaint after 5 days.`, next: `Escalate any complaint with no reference after 5 days.` },
  // A cap said as a superlative of what a party may do ("One peak-time court a day is the most a
  // member can book" for "may not book more than one") (_superlative-caps.ts). Measured before the
  // reading: 3 of 6 benign flagged (modal-weakened, negation-removed), 6 of 6 twins caught.
  { kind: 'benign', variant: 'reword', previous: `Members may not book more than one peak-time court a day.`, next: `One peak-time court a day is the most a member can book.` },
  { kind: 'benign', variant: 'reword', previous: `Guests may not bring more than two visitors to the pool.`, next: `Two visitors is the most a guest may bring to the pool.` },
  { kind: 'benign', variant: 'reword', previous: `Customers cannot borrow more than six books at a time.`, next: `Six books at a time is the maximum a customer can borrow.` },
  { kind: 'benign', variant: 'reword', previous: `Staff must not carry more than 25 kg without a trolley.`, next: `25 kg is the most staff may carry without a trolley.` },
  { kind: 'benign', variant: 'reword', previous: `A patient may not have more than one visitor at the bedside.`, next: `One visitor at the bedside is the most a patient can have.` },
  { kind: 'benign', variant: 'reword', previous: `Do not sell more than four tickets to one buyer.`, next: `Four tickets is the most you may sell to one buyer.` },
  { kind: 'number', previous: `Members may not book more than one peak-time court a day.`, next: `Two peak-time courts a day is the most a member can book.` },
  { kind: 'rescope', previous: `Guests may not bring more than two visitors to the pool.`, next: `Two visitors is the least a guest may bring to the pool.` },
  { kind: 'entity', previous: `Customers cannot borrow more than six books at a time.`, next: `Six books at a time is the maximum a member of staff can borrow.` },
  { kind: 'condition', previous: `Staff must not carry more than 25 kg without a trolley.`, next: `25 kg is the most staff may carry with a trolley.` },
  { kind: 'drift', previous: `A patient may not have more than one visitor at the bedside.`, next: `One visitor at the bedside is the usual number a patient can have.` },
  { kind: 'modal', previous: `Do not sell more than four tickets to one buyer.`, next: `Four tickets is the most you should sell to one buyer.` },
  // A bound after a negated verb on "an hour" / "a day": the figure is one unit, so the bound is turned as
  // "longer than 60 minutes" is (_statements.ts). Measured before the reading: 3 of 6 benign flagged
  // (order-changed, number-changed), 6 of 6 twins caught; after it the rate "a mile per hour" still
  // reads as a number changed.
  { kind: 'benign', variant: 'units', previous: `A carrier's round must not take longer than 90 minutes.`, next: `A carrier's round must not take longer than an hour and a half.` },
  { kind: 'benign', variant: 'units', previous: `Calls must not last longer than 60 minutes.`, next: `Calls must not last longer than an hour.` },
  { kind: 'benign', variant: 'units', previous: `The dough must not prove for more than 24 hours.`, next: `The dough must not prove for more than a day.` },
  { kind: 'benign', variant: 'units', previous: `Samples must not be kept for more than 7 days.`, next: `Samples must not be kept for more than a week.` },
  { kind: 'benign', variant: 'units', previous: `Drivers must not work longer than 1.5 hours without a break.`, next: `Drivers must not work longer than an hour and a half without a break.` },
  { kind: 'benign', variant: 'units', previous: `Cyclists must not ride faster than 1 mile per hour in the yard.`, next: `Cyclists must not ride faster than a mile per hour in the yard.` },
  { kind: 'number', previous: `A carrier's round must not take longer than 90 minutes.`, next: `A carrier's round must not take longer than two hours.` },
  { kind: 'number', previous: `Calls must not last longer than 60 minutes.`, next: `Calls must not last longer than a day.` },
  { kind: 'number', previous: `The dough must not prove for more than 24 hours.`, next: `The dough must not prove for more than a week.` },
  { kind: 'order', previous: `Samples must not be kept for more than 7 days.`, next: `Samples must not be kept for less than a week.` },
  { kind: 'negation', previous: `Drivers must not work longer than 1.5 hours without a break.`, next: `Drivers must work longer than an hour and a half without a break.` },
  { kind: 'number', previous: `Cyclists must not ride faster than 1 mile per hour in the yard.`, next: `Cyclists must not ride faster than a mile per minute in the yard.` },
];
