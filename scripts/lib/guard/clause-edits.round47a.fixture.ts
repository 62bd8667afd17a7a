// Round 47a (session 41, issue 11): edits written for round 47a in domains of its own (a tea
// plantation, a bowyer's workshop), before the reading each class tests was measured on them (the
// drift, negation and number classes before their readings were built; the condition, roles and scope
// classes after the code and before any measure). The classes read from the misses of v68/v69 as
// shapes: an instruction's act replaced by a verb of another kind whose noun is a quality; a "not"
// dropped beside a sole-doer form ("by eye alone"); a margin said with "by" moved; a duty's case said
// "only if" with a conjunct gained; the doer and the party a trailing "not" keeps out exchanged, or the
// parties of a sentence joined to a second swapped; a word put between "a" / "every" and a kept noun.
// Benign twins beside each; the last two are benign twins that older readings flag, before and after
// this round (left out by guard47a to keep the tuning set's precision on its floor; put back by the
// lead before the refit: a labelled set keeps what its writer labelled). HISTORY.md, "Session 41, guard47a". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_47A_EDITS: readonly ClauseEdit[] = [
  // An instruction's act replaced by a verb of another kind, its object kept (v69's "Sweep the ring" -> "Salt the ring"); twins say the act with a synonym.
  { kind: 'drift', previous: "Wither the plucked leaves overnight before rolling.", next: "Steam the plucked leaves overnight before rolling." },
  { kind: 'drift', previous: "Prune the tea bushes every four years.", next: "Fertilise the tea bushes every four years." },
  { kind: 'drift', previous: "Sand the limbs of each bow before the first coat of oil.", next: "Heat the limbs of each bow before the first coat of oil." },
  { kind: 'drift', previous: "Wax the bowstring before every fitting.", next: "Twist the bowstring before every fitting." },
  { kind: 'drift', previous: "Pluckers must weigh their baskets at the collection shed.", next: "Pluckers must empty their baskets at the collection shed." },
  { kind: 'drift', previous: "Soak the horn strips overnight before they are glued.", next: "Scrape the horn strips overnight before they are glued." },
  { kind: 'benign', variant: 'reword', previous: "Trim the tea bushes every four years.", next: "Prune the tea bushes every four years." },
  { kind: 'benign', variant: 'reword', previous: "Polish the limbs of each bow before the first coat of oil.", next: "Buff the limbs of each bow before the first coat of oil." },
  { kind: 'benign', variant: 'reword', previous: "Check the bowstring for fraying before every fitting.", next: "Inspect the bowstring for fraying before every fitting." },
  { kind: 'benign', variant: 'reword', previous: "Store finished bows in the dry room.", next: "Keep finished bows in the dry room." },
  { kind: 'benign', variant: 'reword', previous: "Dry the rolled leaves in the firing room.", next: "Fire the rolled leaves in the firing room." },
  // A "not" dropped from a sentence that reads as one party's act alone ("by eye alone"); twins keep the ban or say the sole doer in another form.
  { kind: 'negation', previous: "Pluckers are not to grade the leaf by eye alone.", next: "Pluckers are to grade the leaf by eye alone." },
  { kind: 'negation', previous: "The finish of a bow is not to be judged by touch alone.", next: "The finish of a bow is to be judged by touch alone." },
  { kind: 'negation', previous: "Never set the brace height by feel alone.", next: "Set the brace height by feel alone." },
  { kind: 'negation', previous: "Tasters do not price a grade by its colour alone.", next: "Tasters price a grade by its colour alone." },
  { kind: 'benign', variant: 'reword', previous: "Pluckers are not to grade the leaf by eye alone.", next: "Pluckers must not grade the leaf by eye alone." },
  { kind: 'benign', variant: 'reword', previous: "Only the head bowyer may sign off a finished bow.", next: "Signing off a finished bow is left to the head bowyer." },
  { kind: 'benign', variant: 'voice', previous: "The estate manager alone opens the withering shed.", next: "The withering shed is opened by the estate manager alone." },
  { kind: 'benign', variant: 'reword', previous: "Apprentices never glue a bow: the master bowyer does.", next: "Gluing a bow is done by the master bowyer, never by apprentices." },
  // A margin said with "by" moved ("won by 2 points" -> "by 1 point"); twins move a deadline earlier or spell the figure.
  { kind: 'number', previous: "Tie-break tastings are won by 2 points.", next: "Tie-break tastings are won by 1 point." },
  { kind: 'number', previous: "Cut the bushes back by 30 centimetres each winter.", next: "Cut the bushes back by 20 centimetres each winter." },
  { kind: 'number', previous: "A bow may exceed its marked draw weight by 2 pounds at most.", next: "A bow may exceed its marked draw weight by 4 pounds at most." },
  { kind: 'number', previous: "Raise the pluckers' day rate by 10 per cent after the first flush.", next: "Raise the pluckers' day rate by 5 per cent after the first flush." },
  { kind: 'number', previous: "Shorten the string by 3 twists when the brace height is too low.", next: "Shorten the string by 1 twist when the brace height is too low." },
  { kind: 'benign', variant: 'stricter', previous: "Finish every commissioned bow by 5 pm on Friday.", next: "Finish every commissioned bow by 3 pm on Friday." },
  { kind: 'benign', variant: 'stricter', previous: "Deliver the plucked leaf to the factory by 11 am.", next: "Deliver the plucked leaf to the factory by 10 am." },
  { kind: 'benign', variant: 'units', previous: "Tie-break tastings are won by 2 points.", next: "Tie-break tastings are won by two points." },
  // A duty's case "if X" said "only if X and Y"; twins add "only" alone, turn the case round, or narrow a grant.
  { kind: 'condition', previous: "Stop plucking if the rain is heavy.", next: "Stop plucking only if the rain is heavy and the field officer says so." },
  { kind: 'condition', previous: "Reject a stave when it shows a knot on the belly.", next: "Reject a stave only when it shows a knot on the belly and the knot is wider than a thumbnail." },
  { kind: 'condition', previous: "Call the estate doctor if a plucker is stung by a wasp.", next: "Call the estate doctor only if a plucker is stung by a wasp and feels faint." },
  { kind: 'condition', previous: "Re-glue the backing if the seam lifts.", next: "Re-glue the backing only if the seam lifts and the customer pays for the repair." },
  { kind: 'benign', variant: 'stricter', previous: "Stop plucking if the rain is heavy.", next: "Stop plucking only if the rain is heavy." },
  { kind: 'benign', variant: 'reorder', previous: "Reject a stave when it shows a knot on the belly.", next: "If a stave shows a knot on the belly, reject it." },
  { kind: 'benign', variant: 'stricter', previous: "Bowyers may sell a bow only if it has passed the draw test.", next: "Bowyers may sell a bow only if it has passed the draw test and been signed off." },
  { kind: 'benign', variant: 'reorder', previous: "Call the estate doctor if a plucker is stung by a wasp.", next: "If a plucker is stung by a wasp, call the estate doctor." },
  // The doer and the party a trailing "not" keeps out exchanged, or the teller and the told of a sentence joined to a second; twins turn the voice or move the contrast.
  { kind: 'roles', previous: "The estate manager weighs each plucker's basket, not the plucker.", next: "Each plucker weighs their own basket, not the estate manager." },
  { kind: 'roles', previous: "The head bowyer fits the string for the customer, not the apprentice.", next: "The apprentice fits the string for the customer, not the head bowyer." },
  { kind: 'roles', previous: "The factory manager tells the pluckers when they may start; pluckers do not start on their own.", next: "The pluckers tell the factory manager when they will start; the factory manager does not start them." },
  { kind: 'roles', previous: "The master tells the apprentices which stave to use; apprentices never choose a stave themselves.", next: "The apprentices tell the master which stave they will use; the master never chooses a stave for them." },
  { kind: 'benign', variant: 'voice', previous: "The estate manager weighs each plucker's basket, not the plucker.", next: "Each plucker's basket is weighed by the estate manager, not by the plucker." },
  { kind: 'benign', variant: 'reorder', previous: "The head bowyer fits the string, not the apprentice.", next: "The head bowyer, not the apprentice, fits the string." },
  { kind: 'benign', variant: 'split-join', previous: "The factory manager tells the pluckers when they may start; pluckers do not start on their own.", next: "The factory manager tells the pluckers when they may start, and pluckers never start on their own." },
  // A word put between "a" / "every" and a kept noun of a duty or a ban; twins stress the kind, name a definite thing more fully, or narrow a grant.
  { kind: 'scope', previous: "Prune the tea bushes before a flush.", next: "Prune the tea bushes before a main flush." },
  { kind: 'scope', previous: "Every bow must be proof-drawn before a sale.", next: "Every bow must be proof-drawn before a custom sale." },
  { kind: 'scope', previous: "Apprentices must not string a bow alone.", next: "Apprentices must not string a heavy bow alone." },
  { kind: 'scope', previous: "Pluckers must not enter a field on the day it is sprayed.", next: "Pluckers must not enter a lower field on the day it is sprayed." },
  { kind: 'scope', previous: "Check every basket for stones.", next: "Check every export basket for stones." },
  { kind: 'benign', variant: 'emphasis', previous: "Check every basket for stones.", next: "Check every single basket for stones." },
  { kind: 'benign', variant: 'reword', previous: "Keep the spare strings in the cabinet.", next: "Keep the spare strings in the steel cabinet." },
  { kind: 'benign', variant: 'stricter', previous: "Pluckers may take a break after each round.", next: "Pluckers may take a short break after each round." },
  { kind: 'benign', variant: 'reword', previous: "Every bow must be proof-drawn before a sale.", next: "Every bow must be proof-drawn before any sale." },
  // A short instruction's opening verb replaced, two content words kept (v69's "Sieve the castings before they are bagged" -> "Weigh ..."); twins say the act with a synonym.
  { kind: 'drift', previous: "Roll the leaves before they are fired.", next: "Cut the leaves before they are fired." },
  { kind: 'drift', previous: "Oil the staves after they are split.", next: "Burn the staves after they are split." },
  { kind: 'benign', variant: 'reword', previous: "Wash the baskets after they are emptied.", next: "Rinse the baskets after they are emptied." },
  { kind: 'benign', variant: 'reword', previous: "Store the bows once they are strung.", next: "Keep the bows once they are strung." },
  // Benign twins older readings flag (put back by the lead): a deadline made earlier (stricter), a duty said with another verb.
  { kind: 'benign', variant: 'stricter', previous: "Send the buyer a tasting note by day 3 of the auction week.", next: "Send the buyer a tasting note by day 2 of the auction week." },
  { kind: 'benign', variant: 'reword', previous: "The master tells the apprentices which stave to use; apprentices never choose a stave themselves.", next: "The master decides which stave each apprentice uses; apprentices never choose one themselves." },
];
