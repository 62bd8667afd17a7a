// Round 38c (issue 11): a plain sentence dropped is a duty when its subject acts, not when it says
// what a party feels or holds true ("Managers love the new charts" beside "Managers review ...");
// and v50/v51's benign `units`, `abbreviation` and `reorder` false flags, each reading widened where
// it escaped by form: money with its scale written short or in words, several rates each said again
// in other words, "or" alternatives put in another order inside a reordered list, a grant split into a
// list's items under a lead-in that grants. Each beside a twin
// that changes the rule and keeps its flag; money written short also through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { statesPlainDuty } from './_plain-duty.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a plain sentence is a duty when its subject acts', () => {
  it('reads a party that feels or holds true as stating no duty, and a party that acts or judges as stating one', () => {
    expect(statesPlainDuty('Managers love the new charts.', ['Managers review the sales dashboard every Monday.'], lexicon)).toBe(false);
    expect(statesPlainDuty('Visitors love the new viewing gallery.', [], lexicon)).toBe(false);
    expect(statesPlainDuty('Regular skaters prefer the quieter early morning sessions.', [], lexicon)).toBe(false);
    expect(statesPlainDuty('Managers sign off the weekly rota.', ['Managers review the sales dashboard every Monday.'], lexicon)).toBe(true);
    expect(statesPlainDuty('Visitors wear safety glasses near the furnace.', [], lexicon)).toBe(true);
    expect(statesPlainDuty('The chief arbiter decides every appeal about an illegal move.', [], lexicon)).toBe(true);
    expect(statesPlainDuty('Nurses comfort every distressed child on the ward.', [], lexicon)).toBe(true);
    // Round 36a's and 37c's: a pronoun going on with an act, a "may" of the time a duty waits for.
    expect(statesPlainDuty('They also sign a liability waiver.', [], lexicon)).toBe(true);
    expect(statesPlainDuty('Each crew is shown how to work a lock before it may leave the basin.', [], lexicon)).toBe(true);
  });

  it("passes the lead's sentence dropped and flags a duty of the same party dropped, and round 36a's twins", async () => {
    expect(await codes('Managers review the sales dashboard every Monday. Managers love the new charts.', 'Managers review the sales dashboard every Monday.')).toEqual([]);
    expect(await codes('Managers review the sales dashboard every Monday. Managers sign off the weekly rota.', 'Managers review the sales dashboard every Monday.')).toEqual(['requirement-removed']);
    expect(await codes('Glassblowers anneal every finished piece overnight. Visitors love the new viewing gallery.', 'Glassblowers anneal every finished piece overnight.')).toEqual([]);
    expect(await codes('Glassblowers anneal every finished piece overnight. Visitors wear safety glasses near the furnace.', 'Glassblowers anneal every finished piece overnight.')).toEqual(['requirement-removed']);
    expect(await codes('Before the first flight, pupils watch a safety film. They also sign a liability waiver. Helmets are issued at the launch site.', 'Before the first flight, pupils watch a safety film. Helmets are issued at the launch site.')).toEqual(['requirement-removed']);
    expect(await codes('Boats are moored in the basin overnight. Each crew is shown how to work a lock before it may leave the basin.', 'Boats are moored in the basin overnight.')).toEqual(['requirement-removed']);
  });
});

describe('money with its scale written short or in words', () => {
  it('passes "£2 million" as "£2m" and "£250,000" as "a quarter of a million pounds", and flags the amount moved', async () => {
    const cover = (amount: string) => `Balloon pilots must hold third-party liability cover of at least ${amount}.`;
    expect(await codes(cover('£2 million'), cover('£2m'))).toEqual([]);
    expect(await codes(cover('£2 million'), cover('£1m'))).toEqual(['number-changed']);
    const grants = (amount: string) => `Orchard grants above ${amount} are approved by the full board of trustees.`;
    expect(await codes(grants('£250,000'), grants('a quarter of a million pounds'))).toEqual([]);
    expect(await codes(grants('£250,000'), grants('half a million pounds'))).toEqual(['number-changed']);
    const deals = (amount: string) => `Kite festival sponsorship deals worth over ${amount} need the trustees' approval.`;
    expect(await codes(deals('£2,500,000'), deals('two and a half million pounds'))).toEqual([]);
    expect(await codes(deals('£2,500,000'), deals('three and a half million pounds'))).toEqual(['number-changed']);
  });
});

describe('money whose figure is kept and its scale changed', () => {
  it('flags "£2 million" made "£2k" or "£2 thousand": the figure as written is the same, the amount is not', async () => {
    const cover = (amount: string) => `Balloon pilots must hold third-party liability cover of at least ${amount}.`;
    expect(await codes(cover('£2 million'), cover('£2k'))).toEqual(['number-changed']);
    expect(await codes(cover('£2m'), cover('£2 thousand'))).toEqual(['number-changed']);
    expect(await codes(cover('£2 thousand'), cover('£2k'))).toEqual([]);
  });
});

describe('several rates each said again', () => {
  it('passes each rate said in other words in its place, and flags one made slower or two turned round', async () => {
    const watered = 'Bonsai trees in the nursery are watered every 2 days in summer and every 7 days in winter.';
    expect(await codes(watered, 'Bonsai trees in the nursery are watered every other day in summer and weekly in winter.')).toEqual([]);
    expect(await codes(watered, 'Bonsai trees in the nursery are watered every other day in summer and every fortnight in winter.')).toContain('number-changed');
    expect(await codes(watered, 'Bonsai trees in the nursery are watered weekly in summer and every 2 days in winter.')).not.toEqual([]);
  });
});

describe('"or" alternatives in another order inside a reordered list', () => {
  it('passes the list and its refused alternatives reordered, and flags an item traded with an alternative', async () => {
    const shop = 'The model railway shop sells locomotives, track packs and scenery kits, but not batteries or power tools.';
    expect(await codes(shop, 'The model railway shop sells scenery kits, track packs and locomotives, but not power tools or batteries.')).toEqual([]);
    expect(await codes(shop, 'The model railway shop sells batteries, track packs and scenery kits, but not locomotives or power tools.')).toContain('roles-swapped');
  });
});

describe('a grant split into a list under a lead-in that grants', () => {
  it('passes the grant\'s items listed one by one, and flags a thing the old grant did not give', async () => {
    const hampers = "With a week's notice, our gift hampers can be made nut free, gluten free or alcohol free.";
    expect(await codes(hampers, "With a week's notice, our gift hampers can be made:\n- nut free;\n- gluten free;\n- alcohol free.")).toEqual([]);
    expect(await codes(hampers, "With a week's notice, our gift hampers can be made:\n- nut free;\n- gluten free;\n- twice the size.")).toEqual(['permission-added']);
  });
});
