// Round 38a (issue 11): a right or a benefit of the people served, kept word for word, taken back in
// part (an exclusion appended, some of its times shut, a fee laid on what it gives free), or cut in
// place (its "at any time" made a window, its "full" made a part, the people it may be shared with
// widened); and an example that applies a kept right, which grants nothing new. Each beside benign
// twins that restate, give an example, add a reason or a stricter duty; one class through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readStatementGroups } from './_statement-groups.ts';
import { findRightsTakenBack } from './reason-right-taken-back.ts';
import { findKeptRulesTakenBack } from './reason-kept-rule-taken-back.ts';
import { findDutiesMadeChoices } from './reason-duty-made-choice.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);
const takenBack = (previous: string, next: string) => findRightsTakenBack(readStatementGroups(previous, next), lexicon).map((reason) => reason.message);

describe('an exclusion appended to a kept right', () => {
  it('reads "except for", "unless", "apart from" and a list of exclusions on a right of the people served', () => {
    expect(takenBack('Customers may exchange a hat within 14 days of purchase.', 'Customers may exchange a hat within 14 days of purchase unless the hat has been worn outdoors.')).toEqual(['exception added: "unless the hat has been worn outdoors" appended to the right "Customers may exchange a hat within 14 days of purchase."']);
    expect(takenBack("Berth holders may use the marina's pump-out station free of charge.", "Berth holders may use the marina's pump-out station free of charge, except for boats longer than 20 metres.")).toHaveLength(1);
    expect(takenBack('Maps may be returned within 30 days for a full refund.', 'Maps may be returned within 30 days for a full refund, apart from maps that have been laminated.')).toHaveLength(1);
    expect(takenBack("Society members can borrow any of the society's binoculars for a week.", "Society members can borrow any of the society's binoculars for a week, excluding the image-stabilised pair, the night-vision monocular and the tripod-mounted set.")).toHaveLength(1);
  });

  it("reads nothing for a grant to staff narrowed, the holder's own choice, a proviso on the right's use, or a stress", () => {
    expect(takenBack('Staff may offer a discount on display hats.', 'Staff may offer a discount on display hats, except for hats from the bridal collection.')).toEqual([]);
    expect(takenBack('Customers may exchange a hat within 14 days of purchase.', 'Customers may exchange a hat within 14 days of purchase, unless they would rather keep a credit note.')).toEqual([]);
    expect(takenBack("Berth holders may use the marina's pump-out station free of charge.", "Berth holders may use the marina's pump-out station free of charge, provided they book a slot at the office.")).toEqual([]);
  });
});

describe('a new sentence shutting some of the times a kept right holds, or charging for what it gives free', () => {
  it('reads a time named with the kept word negated or said by its opposite, and a fee of its own', () => {
    expect(takenBack('The marina shower block is open to residents every day from 6am to 10pm.', 'The marina shower block is open to residents every day from 6am to 10pm. Closed on Tuesdays for cleaning.')).toEqual(['contradiction: "Closed on Tuesdays for cleaning." shuts, by "closed", some of the times "The marina shower block is open to residents every day from 6am to 10…" holds']);
    expect(takenBack('Members can book the observing dome at any time through the online calendar.', 'Members can book the observing dome at any time through the online calendar. The dome cannot be booked in August.')).toHaveLength(1);
    expect(takenBack('We offer free postage on every map ordered online.', 'We offer free postage on every map ordered online. A packing fee of £2 applies.')).toEqual(['contradiction: "A packing fee of £2 applies." charges for what "We offer free postage on every map ordered online." gives free']);
  });

  it('reads nothing for the times said again, a time that shuts nothing, or a fee laid on another thing', () => {
    expect(takenBack('The marina shower block is open to residents every day from 6am to 10pm.', 'The marina shower block is open to residents every day from 6am to 10pm. That includes Sundays and bank holidays.')).toEqual([]);
    expect(takenBack('The marina shower block is open to residents every day from 6am to 10pm.', 'The marina shower block is open to residents every day from 6am to 10pm. On Tuesdays the cleaners come in at 5am.')).toEqual([]);
    expect(takenBack('We offer free postage on every map ordered online.', 'We offer free postage on every map ordered online. A fee of £3 applies to map framing.')).toEqual([]);
  });
});

describe('a right cut in place', () => {
  it('reads "at any time" made a window and "full" made a part', () => {
    expect(takenBack('Residents can call the harbour master at any time about a mooring problem.', 'Residents can call the harbour master during office hours about a mooring problem.')).toEqual(['scope narrowed: "at any time" -> "during office hours" cuts the times the right holds in "Residents can call the harbour master during office hours about a mooring problem."']);
    expect(takenBack('Customers get a full refund if a bespoke hat does not fit after two fittings.', 'Customers get a 50% refund if a bespoke hat does not fit after two fittings.')).toEqual(['scope narrowed: "full" -> "50%" gives in part what was given in full in "Customers get a 50% refund if a bespoke hat does not fit after two fittings."']);
    expect(takenBack('Subscribers receive a full refund when a map edition is withdrawn.', 'Subscribers receive half a refund when a map edition is withdrawn.')).toHaveLength(1);
  });

  it('reads nothing for the same times or the whole said in other words', () => {
    expect(takenBack('Residents can call the harbour master at any time about a mooring problem.', 'Residents can call the harbour master at any hour about a mooring problem.')).toEqual([]);
    expect(takenBack('Customers get a full refund if a bespoke hat does not fit after two fittings.', 'Customers get a 100% refund if a bespoke hat does not fit after two fittings.')).toEqual([]);
  });
});

describe("v51's rescope and obligation misses as classes", () => {
  it('reads a kept plain duty left to another party for some, a requirement lifted for some, and a duty left to discretion', async () => {
    expect(findKeptRulesTakenBack(readStatementGroups('Fallen hats on the shop floor are brushed and reshaped by staff before they go back on display.', 'Fallen hats on the shop floor are brushed and reshaped by staff before they go back on display. Hats dropped by a customer are left for the customer to reshape.'), lexicon).map((reason) => reason.code)).toEqual(['exception-added']);
    expect(await codes('Nobody takes a boat out of the marina without a lifejacket and a working radio.', 'Nobody takes a boat out of the marina without a lifejacket and a working radio. A radio is not needed for trips inside the harbour wall.')).toEqual(['permission-added']);
    expect(findDutiesMadeChoices("Checking the mooring lines every evening is part of the night warden's duties.", "Checking the mooring lines every evening is left to the night warden's discretion.").map((reason) => reason.message)).toEqual(['duty left to choice: the act is now "is left to the night warden\'s discretion" in "Checking the mooring lines every evening is left to the night warden\'s discretion."']);
  });

  it('reads nothing for a thing left for a party to check, the requirement said stricter, or the duty said again', async () => {
    expect(await codes('Fallen hats on the shop floor are brushed and reshaped by staff before they go back on display.', 'Fallen hats on the shop floor are brushed and reshaped by staff before they go back on display. Reshaped hats are left on the counter for the manager to check.')).toEqual([]);
    expect(findDutiesMadeChoices("Checking the mooring lines every evening is part of the night warden's duties.", "Checking the mooring lines every evening is one of the night warden's duties.")).toEqual([]);
    expect(findDutiesMadeChoices("Measuring each customer's head twice is part of every fitter's job.", "Measuring each customer's head twice is every fitter's responsibility.")).toEqual([]);
  });
});

describe('the readings as the guard reaches them', () => {
  it('flags a disclosure widened, and passes an example that applies a kept right', async () => {
    expect(await codes("We never share a berth holder's contact details with anyone other than the harbour master.", "We share a berth holder's contact details only with the harbour master and the marina's insurers.")).toEqual(['scope-widened']);
    expect(await codes("We never share a berth holder's contact details with anyone other than the harbour master.", "We share a berth holder's contact details only with the harbour master.")).toEqual([]);
    expect(await codes('Maps may be returned within 30 days.', 'Maps may be returned within 30 days. For example, a map bought on 1 May can be returned until 31 May.')).toEqual([]);
    expect(await codes('Maps may be returned within 30 days.', 'Maps may be returned within 30 days. For example, staff can waive the postage on a return.')).toEqual(['permission-added']);
    expect(await codes('Hat resizing is free for every customer.', 'Hat resizing is free for every customer. Hat cleaning costs £8.')).toEqual([]);
  });

  it('reads an example that reaches past the kept grant as a grant: a longer window, a case the grant leaves out, any time', async () => {
    const kept = 'Unworn items may be returned within 30 days of purchase with a receipt.';
    expect(await codes(kept, `${kept} For example, a shirt bought on 1 May can be returned until 30 June.`)).toContain('permission-added');
    expect(await codes(kept, `${kept} For example, a worn shirt can be returned.`)).toContain('permission-added');
    expect(await codes(kept, `${kept} For instance, items bought in the sale can be returned for cash at any time.`)).toContain('permission-added');
    expect(await codes(kept, `${kept} For example, a shirt bought on 1 May can be returned until 31 May.`)).toEqual([]);
  });
});
