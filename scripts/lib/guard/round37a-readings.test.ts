// Round 37a (issue 11): v48's and v49's rescope misses read as a class. Every old sentence kept and a
// new sentence (or a clause appended to a kept one) that takes back, for some of what it covers, what
// a kept sentence gives or states: a grant's or a benefit's own act negated for a thing it names, a
// thing said to go free charged for, a time bound lifted for good, an exception appended to a duty, a
// grant appended of what a kept ban forbids. Each beside benign twins that restate, explain or add a
// stricter duty; one class also through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readStatementGroups } from './_statement-groups.ts';
import { findKeptRulesTakenBack } from './reason-kept-rule-taken-back.ts';
import { findDutiesMadeOffers } from './reason-duty-made-offer.ts';
import { readStatement } from './_statements.ts';
import { wordReplaced } from './reason-word-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);
const takenBack = (previous: string, next: string) => findKeptRulesTakenBack(readStatementGroups(previous, next), lexicon).map((reason) => reason.message);

describe("a new sentence negating a kept grant's or statement's own act for some", () => {
  it('reads the act negated for a thing the kept sentence names, also a past form and an included thing', () => {
    expect(takenBack('Visitors may feed the llamas with the pellets sold at the gate.', 'Visitors may feed the llamas with the pellets sold at the gate. Llamas in the north paddock cannot be fed.')).toEqual(['contradiction: "Llamas in the north paddock cannot be fed." takes back "feed" of "Visitors may feed the llamas with the pellets sold at the gate."']);
    expect(takenBack('Every cheese board we sell is covered by our freshness promise, whatever its size.', 'Every cheese board we sell is covered by our freshness promise, whatever its size. Boards heavier than two kilos are not covered.')).toHaveLength(1);
    expect(takenBack('A llama walk ticket covers up to six walkers, including toddlers in a carrier.', 'A llama walk ticket covers up to six walkers, including toddlers in a carrier. Toddlers are not counted on the ticket.')).toEqual(['contradiction: "Toddlers are not counted on the ticket." takes back "including" of "A llama walk ticket covers up to six walkers, including toddlers in a…"']);
  });

  it("reads nothing for the kept rule's other side, a ban reaching a thing or a manner the kept one never named, or a reason", () => {
    expect(takenBack('Customers may return unopened cheese within 7 days with a receipt.', 'Customers may return unopened cheese within 7 days with a receipt. Opened cheese cannot be returned.')).toEqual([]);
    expect(takenBack('Members may borrow a club set with a signed loan slip.', 'Members may borrow a club set with a signed loan slip. No set is borrowed without a signed loan slip.')).toEqual([]);
    expect(takenBack('Walkers may keep a llama out on the trail for up to 2 hours.', 'Walkers may keep a llama out on the trail for up to 2 hours. A llama is not kept out for more than 2 hours.')).toEqual([]);
    expect(takenBack('Staff wash the cheese wires after every cut.', 'Staff wash the cheese wires after every cut. The wires are not washed with bleach.')).toEqual([]);
    expect(takenBack('Tickets include entry to the gardens.', 'Tickets include entry to the gardens. Tickets do not include the house tour.')).toEqual([]);
    expect(takenBack('Club chess clocks are loaned to juniors for tournaments, whatever their grade.', 'Club chess clocks are loaned to juniors for tournaments, whatever their grade. This is because many juniors cannot afford a clock of their own.')).toEqual([]);
    // A kept sentence said again in two is no new sentence beside a kept one.
    expect(takenBack('Adopters pay nothing for the first vet check, and the rescue books it for them.', 'Adopters pay nothing for the first vet check. The rescue books it for them.')).toEqual([]);
  });
});

describe('a thing said to go free charged for, a time bound lifted for good', () => {
  it('reads a charge laid on a kept free thing or party, and a kept thing whose end is lifted', () => {
    expect(takenBack('Adopters pay nothing for the first vet check.', 'Adopters pay nothing for the first vet check. A £15 fee is taken from adopters who live outside the county.')).toHaveLength(1);
    expect(takenBack('Loyalty cards are cancelled 24 months after the last purchase.', 'Loyalty cards are cancelled 24 months after the last purchase. Cards of customers who shop at the market stall are kept open indefinitely.')).toHaveLength(1);
  });

  it('reads nothing for the free thing said free again, a charge for another thing or another party, or a record the bound never covered', () => {
    expect(takenBack('Tasting at the counter is free.', 'Tasting at the counter is free. Whole wheels are paid for at the till before they are cut.')).toEqual([]);
    expect(takenBack('Staff receive a free lunch on shift days.', 'Staff receive a free lunch on shift days. Lunch costs £3 for visitors.')).toEqual([]);
    expect(takenBack('Loyalty cards are cancelled 24 months after the last purchase.', 'Loyalty cards are cancelled 24 months after the last purchase. A record of each cancellation is kept permanently.')).toEqual([]);
  });
});

describe('a clause appended to a kept sentence', () => {
  it('reads a grant of what a kept ban forbids, and an exception to a duty stated plainly', () => {
    expect(takenBack('Do not tell players whether a move is legal during a game. Only an arbiter can rule on that.', 'Do not tell players whether a move is legal during a game. Only an arbiter can rule on that, but in a friendly game you can tell them the move is illegal.')).toHaveLength(1);
    expect(takenBack('Offcuts of paper are collected at the end of each class and recycled.', 'Offcuts of paper are collected at the end of each class and recycled, except for sheets a student wants to take home.')).toEqual(['exception added: "except for sheets a student wants to take home" appended to "Offcuts of paper are collected at the end of each class and recycled."']);
  });

  it('reads nothing for an exception that ends the rule sooner for those it names', () => {
    expect(takenBack('Offcuts of paper are collected at the end of each class and recycled.', 'Offcuts of paper are collected at the end of each class and recycled, except for sheets with glue on them, which are binned at once.')).toEqual([]);
  });
});

describe("v48's obligation misses as classes", () => {
  it('reads a duty\'s act made an offer, its modal kept, and nothing when the sentence only moved', () => {
    expect(findDutiesMadeOffers("Tutors must check each student's crease pattern before the final fold.", "Tutors must offer to check each student's crease pattern before the final fold.").map((reason) => reason.code)).toEqual(['modal-weakened']);
    expect(findDutiesMadeOffers("Tutors must check each student's crease pattern before the final fold.", "Before the final fold, tutors must check each student's crease pattern.")).toEqual([]);
    expect(findDutiesMadeOffers('Tutors must offer each student a spare sheet.', 'Tutors must offer each student two spare sheets.')).toEqual([]);
  });

  it('reads "where there is time" as a hedge, and "without exception" as none', () => {
    expect(readStatement('Every cut wedge must, where there is time, be wrapped in wax paper.').qualifiers).toEqual(['where there is time']);
    expect(readStatement('Every cut wedge must, without exception, be wrapped in wax paper.').qualifiers).toEqual([]);
  });
});

describe("a verb replaced with the passive's auxiliary (v48's drift)", () => {
  it('reads the two verbs round the auxiliary, and nothing where only the voice or the tense moved', () => {
    expect(wordReplaced('Ask every customer whether they have tasted any blue cheese today.', 'Ask every customer whether they have been sold any blue cheese today.', lexicon)).toEqual({ gone: 'tasted', came: 'sold' });
    expect(wordReplaced('Ask every customer whether they have been sold any blue cheese today.', 'Ask every customer whether they have sold any blue cheese today.', lexicon)).toBeNull();
  });
});

describe('the readings as the guard reaches them', () => {
  it('flags each taking back and passes an added example, reason, stricter duty or the free thing said again', async () => {
    expect(await codes('Students can take home any model they fold in class, including the large cranes.', 'Students can take home any model they fold in class, including the large cranes. Cranes are never taken home.')).toEqual(['contradiction']);
    expect(await codes('Customers taste any cheese on the counter free of charge.', 'Customers taste any cheese on the counter free of charge. Each taste after the third is charged at 50p.')).toEqual(['contradiction']);
    expect(await codes('Visitors may feed the llamas with the pellets sold at the gate.', 'Visitors may feed the llamas with the pellets sold at the gate. For example, a cup of pellets from the gate kiosk makes a good snack for them.')).toEqual([]);
    expect(await codes('Adopters pay nothing for the first vet check.', "Adopters pay nothing for the first vet check. The check is free for every adopter, whatever the ferret's age.")).toEqual([]);
    expect(await codes('Students can take home any model they fold in class.', 'Students can take home any model they fold in class. They must write their name on each model before they leave.')).toEqual([]);
  });
});
