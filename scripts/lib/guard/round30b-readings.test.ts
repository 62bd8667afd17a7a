// Round 30b (issue 11): drift misses of v34 and v35 pooled with v28-v33 read as kinds of English,
// each reading beside the twins that must keep their verdict: a slot of a short rule replaced, its
// ban or duty kept as the frame; a negation after an order word in the subject; a bound in a
// phrase the subject's participle governs; the first item of a serial list cut; a duty said as an aim;
// an imperative step whose object opens with a participle.
import { describe, expect, it } from 'vitest';
import { bindingFrame } from './_binding-frame.ts';
import { firstItemCut } from './_first-item-cut.ts';
import { isImperativeStep } from './_imperative-steps.ts';
import { readOrderFact } from './_order-facts.ts';
import { readStatement } from './_statements.ts';
import { demandStretchReplaced } from './reason-demand-replaced.ts';
import { spansReplaced } from './reason-spans-replaced.ts';
import { wordReplaced } from './reason-word-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a kept ban or duty is one word of a short rule\'s frame', () => {
  it('counts "must", "never", "not", "no" and "shall", not a modal of advice or grant', () => {
    expect(bindingFrame(['no', 'in', 'the', 'exam', 'hall'])).toBe(1);
    expect(bindingFrame(['do', 'not', 'by', 'the', 'fire', 'exit'])).toBe(1);
    expect(bindingFrame(['staff', 'must', 'in', 'the', 'bakery'])).toBe(1);
    expect(bindingFrame(['staff', 'should', 'in', 'the', 'bakery'])).toBe(0);
    expect(bindingFrame(['guests', 'may', 'on', 'balconies'])).toBe(0);
  });

  it('reads a stretch, spans or one word replaced beside two kept content words and the ban', () => {
    expect(demandStretchReplaced('No chewing gum in the flight chamber.', 'No fizzy drinks in the flight chamber.', lexicon)).toEqual({ went: ['chewing', 'gum'], came: ['fizzy', 'drinks'] });
    expect(spansReplaced('Never clean oil paintings with a damp cloth.', 'Never hang oil paintings in direct sunlight.', lexicon)).not.toBeNull();
    expect(wordReplaced('No dogs on the climbing frame.', 'No bicycles on the climbing frame.', lexicon)).toEqual({ gone: 'dogs', came: 'bicycles' });
  });

  it('leaves the same short sentence alone without its ban: a remark or advice pins no slot', () => {
    expect(demandStretchReplaced('Chewing gum in the flight chamber.', 'Fizzy drinks in the flight chamber.', lexicon)).toBeNull();
    expect(wordReplaced('Dogs on the climbing frame.', 'Bicycles on the climbing frame.', lexicon)).toBeNull();
  });

  it('flags the slot replaced in a short ban or duty', async () => {
    expect(await flagging('No glass bottles on the pool deck.', 'No inflatable toys on the pool deck.')).toContain('semantic-drift');
    expect(await flagging('Do not stack crates by the fire exit.', 'Do not park trolleys by the fire exit.')).toContain('semantic-drift');
    expect(await flagging('Never microwave the sample tubes.', 'Never freeze the sample tubes.')).toContain('semantic-drift');
    expect(await flagging('Pupils must not run in corridors.', 'Pupils must not eat in corridors.')).toContain('semantic-drift');
  });

  it('keeps the slot said with a synonym, a broader word or a verb of two words', async () => {
    expect(await flagging('Do not stack crates by the fire exit.', 'Do not pile crates by the fire exit.')).toEqual([]);
    expect(await flagging('No glass bottles on the pool deck.', 'No glass containers on the pool deck.')).toEqual([]);
    expect(await flagging('Never microwave the sample tubes.', 'Never nuke the sample tubes.')).toEqual([]);
    expect(await flagging('Pupils must not run in corridors.', 'Pupils must not run in hallways.')).toEqual([]);
    expect(await flagging('Guests must not smoke on balconies.', 'Guests must not light up on balconies.')).toEqual([]);
    expect(await flagging('Never clean oil paintings with a damp cloth.', 'Never wipe oil paintings with a wet cloth.')).toEqual([]);
  });
});

describe('a negation after an order word in the subject', () => {
  it('reads no order fact from a sentence whose negation stands after its order word alone', () => {
    expect(readOrderFact(readStatement('Tickets bought before the sale are not refunded.'))).toBeNull();
    expect(readOrderFact(readStatement('Do not open the kiln before it has cooled.'))).not.toBeNull();
    expect(readOrderFact(readStatement('Discuss the bill after verifying the caller, not earlier.'))).not.toBeNull();
  });

  it('flags the negation dropped or added beside a kept "before"', async () => {
    expect(await flagging('Tickets bought before the sale are not refunded.', 'Tickets bought before the sale are refunded.')).toContain('negation-removed');
    expect(await flagging('Cars parked before 8 am are ticketed.', 'Cars parked before 8 am are not ticketed.')).toContain('negation-added');
  });

  it('keeps an order said the other way round and the negation said again', async () => {
    expect(await flagging('Do not open the kiln before it has cooled.', 'Open the kiln only after it has cooled.')).toEqual([]);
    expect(await flagging('Tickets bought before the sale are not refunded.', 'No refund is given for tickets bought before the sale.')).toEqual([]);
  });
});

describe('a bound in a phrase the subject\'s participle governs', () => {
  it('reads "cancelled with less than N" as the cases the rule covers: fewer cases loosen a charge', async () => {
    expect(await flagging("Lessons cancelled with less than 48 hours' notice are charged in full.", "Lessons cancelled with less than 24 hours' notice are charged in full.")).toContain('number-changed');
    expect(await flagging('Bags checked in with less than 40 minutes to departure must be refused.', 'Bags checked in with less than 20 minutes to departure must be refused.')).toContain('number-changed');
  });

  it('keeps more cases covered, and the same bound in other units', async () => {
    expect(await flagging("Lessons cancelled with less than 48 hours' notice are charged in full.", "Lessons cancelled with less than 72 hours' notice are charged in full.")).toEqual([]);
    expect(await flagging('Claims submitted with fewer than 3 receipts are sent back to the claimant.', 'Claims submitted with fewer than 4 receipts are sent back to the claimant.')).toEqual([]);
    expect(await flagging("Lessons cancelled with less than 48 hours' notice are charged in full.", "Lessons cancelled with less than two days' notice are charged in full.")).toEqual([]);
  });
});

describe('the first item of a serial list cut, the lead kept', () => {
  it('finds the item taken from the front of the list with its comma', () => {
    expect(firstItemCut('Check the tyres, the lights and the brakes before each ride.', 'Check the lights and the brakes before each ride.')).toBe('the tyres');
    expect(firstItemCut('Puppies with diarrhoea, a cough or vomiting must stay at home.', 'Puppies with a cough or vomiting must stay at home.')).toBe('diarrhoea');
    expect(firstItemCut('Log the call, notify the duty manager and close the ticket.', 'Notify the duty manager and close the ticket.')).toBe('Log the call');
  });

  it('reads no item in a leading case or time, a list reordered or a list grown', () => {
    expect(firstItemCut('On arrival, sign in and collect a badge.', 'Sign in and collect a badge.')).toBeNull();
    expect(firstItemCut('Check the tyres, the lights and the brakes.', 'Check the lights, the brakes and the tyres.')).toBeNull();
    expect(firstItemCut('Staff with a cold, a cough or a fever must stay at home.', 'Staff with a cold, a cough, a fever or a rash must stay at home.')).toBeNull();
  });

  it('flags the item cut from a duty or a ban', async () => {
    expect(await flagging('Wipe down mats, blocks and straps after every class.', 'Wipe down blocks and straps after every class.')).toContain('conjunct-dropped');
    expect(await flagging('Visitors with coughs, colds or rashes must not enter the ward.', 'Visitors with colds or rashes must not enter the ward.')).toContain('conjunct-dropped');
    expect(await flagging('Never leave cash, keys or phones in the car.', 'Never leave keys or phones in the car.')).toContain('conjunct-dropped');
  });

  it('keeps a grant narrowed and a hedge dropped: both stricter', async () => {
    expect(await flagging('Members may bring a partner, a child or a friend.', 'Members may bring a child or a friend.')).toEqual([]);
    expect(await flagging('Guests may use the pool, the sauna or the gym until 10 pm.', 'Guests may use the sauna or the gym until 10 pm.')).toEqual([]);
    expect(await flagging('Where possible, wipe the mats, the blocks and the straps.', 'Wipe the mats, the blocks and the straps.')).toEqual([]);
  });
});

describe('a duty said as an aim', () => {
  it('flags "aims to", "intends to" and "hopes to" where a duty stood', async () => {
    expect(await flagging("The studio is required to give members 30 days' notice of any price change.", "The studio aims to give members 30 days' notice of any price change.")).toContain('qualifier-added');
    expect(await flagging('The club shall publish its accounts every year.', 'The club intends to publish its accounts every year.')).toContain('qualifier-added');
    expect(await flagging('The landlord is obliged to fix boiler faults within 24 hours.', 'The landlord hopes to fix boiler faults within 24 hours.')).toContain('qualifier-added');
  });

  it('keeps an aim said as another effort, and a duty said again', async () => {
    expect(await flagging('We aim to answer the phone within five rings.', 'We try to answer the phone within five rings.')).toEqual([]);
    expect(await flagging('The club tries to publish its accounts every year.', 'The club makes every effort to publish its accounts every year.')).toEqual([]);
    expect(await flagging('The council must reply to every complaint within 10 days.', 'The council is obliged to reply to every complaint within 10 days.')).toEqual([]);
  });
});

describe('an imperative step whose object opens with a participle or an adjective', () => {
  it('reads the step as an imperative, the word after "any" its object\'s modifier', () => {
    const kept = ['Sweep the yard.', 'Lock the gate.'];
    expect(isImperativeStep('Photograph any existing damage.', kept, lexicon)).toBe(true);
    expect(isImperativeStep('Bin any opened milk.', kept, lexicon)).toBe(true);
    // "Stock levels vary": a word the dictionary knows only as a verb, with no determiner before it, is still the sentence's verb.
    expect(isImperativeStep('Stock levels vary by season.', kept, lexicon)).toBe(false);
  });

  it('flags the step dropped, and keeps it said again in other words, joined or moved', async () => {
    expect(await flagging('Sweep the yard. Photograph any existing damage. Lock the gate.', 'Sweep the yard. Lock the gate.')).toContain('requirement-removed');
    expect(await flagging('Weigh the parcel. Tape any loose flaps. Print the label.', 'Weigh the parcel. Print the label.')).toContain('requirement-removed');
    expect(await flagging('Unplug the kiln. Label any remaining glazes. Sweep the floor.', 'Unplug the kiln, label any remaining glazes and sweep the floor.')).toEqual([]);
    expect(await flagging('Stamp the card. Bag any leaking bottles. Thank the customer.', 'Stamp the card. Thank the customer. Bag any leaking bottles.')).toEqual([]);
  });
});
