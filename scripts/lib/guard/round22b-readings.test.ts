// Round 22b (issue 11): v23's misses read as kinds (a number that names a rung or a place, a bound
// after the verb a duty demands, a table row's bound, ...), each reading beside the twin that must
// keep its verdict.
import { describe, expect, it } from 'vitest';
import { amountInTableRow, amountNamesAThing, boundMeasuresTheDuty } from './_amount-readings.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a number that names a rung, a division or a place is no amount with a direction', () => {
  it('reads a number after its noun as a name and a number before its noun, an age or a bound as an amount', () => {
    expect(amountNamesAThing('Only staff holding the Level ', ' certificate may graft.')).toBe(true);
    expect(amountNamesAThing('League teams may field one substitute from the Division ', ' pool.')).toBe(true);
    expect(amountNamesAThing('', ' riggers may work on the grid.')).toBe(false);
    expect(amountNamesAThing('Cages leaving Zone ', ' are washed.')).toBe(true);
    expect(amountNamesAThing('Only ', ' staff may graft.')).toBe(false);
    expect(amountNamesAThing('Children ', ' and under ride free.')).toBe(false);
    expect(amountNamesAThing('Give Tom ', ' minutes to answer.')).toBe(false);
    expect(amountNamesAThing('Pay the invoice by March ', '.')).toBe(false);
  });

  it('flags Level 3 -> Level 2 and Division 2 -> Division 1 in a grant, and keeps the same level said otherwise', async () => {
    expect(await flagging("Only staff holding the Level 3 certificate may carry out approach grafts.", "Only staff holding the Level 2 certificate may carry out approach grafts.")).toContain('number-changed');
    expect(await flagging("League teams may field one substitute from the Division 2 pool.", "League teams may field one substitute from the Division 1 pool.")).toContain('number-changed');
    expect(await flagging("Stage 2 riggers may work on the grid unsupervised.", "Stage 1 riggers may work on the grid unsupervised.")).toContain('number-changed');
    expect(await flagging("Stage 2 riggers may work on the grid unsupervised.", "Riggers at Stage 2 may work on the grid without supervision.")).toEqual([]);
    // A count a grant gives is still its most: fewer is stricter.
    expect(await flagging("Visitors may bring three guests.", "Visitors may bring two guests.")).toEqual([]);
  });
});

describe('a bound right after the verb a duty demands measures what it demands', () => {
  it('reads "must test below" as a measure and "report spills over" as a trigger', () => {
    expect(boundMeasuresTheDuty('Bottled kombucha must test')).toBe(true);
    expect(boundMeasuresTheDuty('The store must be')).toBe(true);
    expect(boundMeasuresTheDuty('Staff must report spills')).toBe(false);
  });

  it('flags a wider bound and keeps a narrower one', async () => {
    expect(await flagging("Bottled kombucha must test below 0.5% alcohol by volume.", "Bottled kombucha must test below 1.2% alcohol by volume.")).toContain('number-changed');
    expect(await flagging("Survey boats must run below 6 knots inside the turbine array.", "Survey boats must run below 9 knots inside the turbine array.")).toContain('number-changed');
    expect(await flagging("Survey boats must run below 6 knots inside the turbine array.", "Inside the turbine array, survey boats must run below 5 knots.")).toEqual([]);
    // A floor after the duty's verb, the verb also a noun ("compost"): lower loosens.
    expect(await flagging("Kitchen waste must compost above 55°C for three days.", "Kitchen waste must compost above 45°C for three days.")).toContain('number-changed');
    // A bound after a noun picks the cases a duty covers: more cases is stricter.
    expect(await flagging("Staff must report spills over 5 litres.", "Staff must report spills over 2 litres.")).toEqual([]);
  });
});

describe('a bound in a table row has no direction the text says', () => {
  const table = (band: string) => `| Section | Rating band |\n|---|---|\n| Open | any |\n| Major | ${band} |\n| Minor | under 1600 |`;
  it('reads the row a bound stands in', () => {
    expect(amountInTableRow('| Section | Rating band |\n|---|---|\n| Major | under ')).toBe(true);
    expect(amountInTableRow('Keep the store under ')).toBe(false);
  });

  it('flags a cell whose bound moved and keeps one said in other units', async () => {
    expect(await flagging(table('under 2000'), table('under 2200'))).toContain('number-changed');
    expect(await flagging(table('up to 250 kg'), table('up to 250 kilograms'))).toEqual([]);
  });
});

describe('a promotion or the house range pushed where the rule helped is an upsell', () => {
  it('flags a discount, a voucher and "our own-brand range" brought into a rule that spoke of no money', async () => {
    expect(await flagging("When a customer asks which ink suits a celluloid pen, recommend a pH-neutral bottled ink and explain that iron gall ink can stain the barrel.", "When a customer asks which ink suits a celluloid pen, recommend our house ink range and mention this month's three-bottle discount.")).toContain('upsell-added');
    // A whole rewrite (similarity under 0.4) still blocks: the pitch is read from its words.
    expect(await flagging("At the end of each tour, answer visitors' questions about how the turbines work.", "At the end of each tour, hand visitors a voucher for the gift shop.")).toContain('upsell-added');
  });

  it('keeps an offer the old rule already made, said again, and the house\'s own things that are not sold', async () => {
    expect(await flagging("Give each visitor a gift-shop voucher at the end of the tour.", "At the end of the tour, every visitor gets a voucher for the gift shop.")).toEqual([]);
    expect(await flagging("Tell members about the bulk-buy discount when they order paper.", "When members order paper, mention that buying in bulk gets them a discount.")).toEqual([]);
    expect(await flagging("Develop every film in the house developer.", "All films are developed in our house developer.")).toEqual([]);
  });
});

describe('blame turned away from us where the rule owned the fault is dismissive', () => {
  it('flags our work declared right, the fault made small or the person asked for more care, where an apology or thanks went', async () => {
    expect(await flagging("If a touring crew complains that a bar was hung in the wrong place, apologise and re-hang it before the show.", "If a touring crew complains that a bar was hung in the wrong place, explain that the hanging plot they sent was followed correctly and re-hang it before the show.")).toContain('tone-dismissive');
    expect(await flagging("If a researcher reports a cage label error, thank them, apologise and correct the label the same day.", "If a researcher reports a cage label error, point out that label errors are very rare, ask them to check the cage card more carefully, and correct the label the same day.")).toContain('tone-dismissive');
  });

  it('reads the shapes without "that", of any fault, past a "not" in the case before them', async () => {
    expect(await flagging("If a guest says their room was not cleaned, apologise and send housekeeping straight away.", "If a guest says their room was not cleaned, tell them the room was cleaned properly and send housekeeping straight away.")).toContain('tone-dismissive');
    expect(await flagging("If a member says the class was overbooked, apologise and offer a place in the next class.", "If a member says the class was overbooked, remind them that overbooking is very unusual and offer a place in the next class.")).toContain('tone-dismissive');
  });

  it('reads our work defended in the active voice', async () => {
    expect(await flagging("If a diner complains the steak was overcooked, apologise and offer a new one.", "If a diner complains the steak was overcooked, say the chef cooked it exactly as ordered and offer a new one.")).toContain('tone-dismissive');
  });

  it('flags whose convenience an arrangement serves turned round, on its own', async () => {
    expect(await flagging("Book the second fitting at a time that suits the client.", "Book the second fitting at a time that suits us.")).toContain('tone-dismissive');
  });

  it('keeps an apology said in other words, and an explanation where the rule owned no fault', async () => {
    expect(await flagging("If a researcher reports a cage label error, thank them, apologise and correct the label the same day.", "Thank any researcher who reports a cage label error, say sorry, and put the label right that day.")).toEqual([]);
    expect(await flagging("When a member asks why a print was rejected, show them the judging sheet.", "When a member asks why a print was rejected, show them the judging sheet and explain that the criteria were applied correctly.")).toEqual([]);
    expect(await flagging("If a crew complains about the hang, apologise and re-hang the bar.", "If a crew complains about the hang, apologise, re-hang the bar and do not tell them that errors like this are rare.")).toEqual([]);
  });
});

describe('two things exchanged in every place they are named are roles swapped', () => {
  it('flags the two sides of an act exchanged in both of its clauses, side by side with a preposition between', async () => {
    expect(await flagging("Always add lye to water, never water to lye.", "Always add water to lye, never lye to water.")).toContain('roles-swapped');
    expect(await flagging("Move cages from the clean corridor to the dirty corridor, never from the dirty corridor to the clean corridor.", "Move cages from the dirty corridor to the clean corridor, never from the clean corridor to the dirty corridor.")).toContain('roles-swapped');
  });

  it('keeps a list said the other way round and an act whose sides are one mixture', async () => {
    expect(await flagging("Stock gloves and aprons, then gloves and aprons again at noon.", "Stock aprons and gloves, then aprons and gloves again at noon.")).toEqual([]);
    expect(await flagging("Mix the developer with the water, then stir for a minute.", "Mix the water with the developer, then stir for a minute.")).toEqual([]);
  });
});

describe('a permission stretched to the thing a kept prohibition forbids contradicts it', () => {
  const rules = "Never fill a customer's pen with India ink. Customers may bring their own bottle for a test fill.";
  it('flags the forbidden thing included in the grant, at its end or among its words', async () => {
    expect(await flagging(rules, "Never fill a customer's pen with India ink. Customers may bring their own bottle for a test fill, India ink included.")).toContain('contradiction');
    expect(await flagging(rules, "Never fill a customer's pen with India ink. Customers may bring their own bottle of any ink, even India ink, for a test fill.")).toContain('contradiction');
  });

  it('keeps the forbidden thing set apart from the grant', async () => {
    expect(await flagging(rules, "Never fill a customer's pen with India ink. Customers may bring their own bottle for a test fill, India ink excepted.")).toEqual([]);
    expect(await flagging(rules, "Never fill a customer's pen with India ink. Customers may bring their own bottle for a test fill, though not India ink.")).toEqual([]);
  });
});

describe('a named grade cut to a lesser one in an "or above" floor is an entity removed', () => {
  it('flags "Advanced Open Water or above" -> "Open Water or above" and keeps a name dropped from a granted list', async () => {
    expect(await flagging("Only divers certified at Advanced Open Water or above may join the wreck dive.", "Only divers certified at Open Water or above may join the wreck dive.")).toContain('entity-removed');
    expect(await flagging("Only pilots rated Senior Captain or higher may fly the night mail.", "Only pilots rated Captain or higher may fly the night mail.")).toContain('entity-removed');
    expect(await flagging("Staff may fly with British Airways or Lufthansa.", "Staff may fly with Lufthansa.")).toEqual([]);
  });
});

describe('a word put before a noun that a clause after it defines narrows what a duty covers', () => {
  it('flags "the species they handle" -> "the rare species they handle" in a duty and a prohibition', async () => {
    expect(await flagging("Every ringer must hold a current permit for the species they handle.", "Every ringer must hold a current permit for the rare species they handle.")).toContain('scope-narrowed');
    expect(await flagging("Never photograph the patients who attend the clinic.", "Never photograph the young patients who attend the clinic.")).toContain('scope-narrowed');
  });

  it('reads a plural after "the" as taken whole, but not a name, a possessive or a count put before it', async () => {
    expect(await flagging("Check the tyres before every ride.", "Check the front tyres before every ride.")).toContain('scope-narrowed');
    expect(await flagging("Check the tyres before every ride.", "Check the bike's tyres before every ride.")).toEqual([]);
    expect(await flagging("Check the tyres before every ride.", "Check the two tyres before every ride.")).toEqual([]);
    expect(await flagging("Any EC2 instance without an owner tag must be reported to the FinOps team.", "Any Elastic Compute Cloud instance without an owner tag must be reported to the financial operations (FinOps) team.")).toEqual([]);
  });

  it('keeps a grant narrowed that way, and "the same" said of the noun', async () => {
    expect(await flagging("Members may borrow the books that are on the shelf.", "Members may borrow the new books that are on the shelf.")).toEqual([]);
    expect(await flagging("Return the keys you borrowed to reception.", "Return the same keys you borrowed to reception.")).toEqual([]);
  });
});
