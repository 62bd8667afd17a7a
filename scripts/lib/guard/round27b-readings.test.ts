// Round 27b (issue 11): the pooled misses of v20-v29 read as kinds of English, each reading beside
// the twin that must keep its verdict: one word of a rule (its act, or the thing it acts on)
// replaced by a word that names another act or thing, every other word kept; the doer of an act
// and the party it is done to exchanged around the same verb, the rest reworded with them; a duty
// said as an ability, as the better way, or as an offer of the thing it acted on; an item cut from
// the middle of a list whose words stay elsewhere in the sentence.
import { describe, expect, it } from 'vitest';
import { wordReplaced } from './reason-word-replaced.ts';
import { doerAndReceiverExchanged } from './reason-doer-and-receiver.ts';
import { listItemCut } from './reason-list-item-cut.ts';
import { isLocalEdit } from './_local-edit.ts';
import { demandStretchReplaced } from './reason-demand-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('one word of a rule replaced by a word naming another act or thing', () => {
  it('flags an act or a thing swapped for one the dictionary does not link, the frame kept', async () => {
    expect(await flagging('Sterilise the piercing needles after every client.', 'Sharpen the piercing needles after every client.')).toContain('semantic-drift');
    expect(await flagging('Keep the kiln firing log up to date for every batch.', 'Keep the kiln sales log up to date for every batch.')).toContain('semantic-drift');
    expect(await flagging('The sexton must record each burial in the parish register.', 'The sexton must record each wedding in the parish register.')).toContain('semantic-drift');
  });

  it('keeps a synonym, a broader or narrower word, and a word of the same parent', async () => {
    expect(await flagging('Sterilise the piercing needles after every client.', 'Disinfect the piercing needles after every client.')).toEqual([]);
    expect(await flagging('Grooms must disinfect the stable buckets every evening.', 'Grooms must sanitise the stable buckets every evening.')).toEqual([]);
    expect(await flagging('Keep the boiler maintenance log up to date.', 'Keep the boiler service log up to date.')).toEqual([]);
    expect(await flagging('Keep the allotment gate padlocked outside opening hours.', 'Keep the allotment gate locked outside opening hours.')).toEqual([]);
  });

  it('leaves people, verbs of telling, levels and amounts to their own readings', () => {
    // Parties are reworded with words WordNet does not link ("staff"/"crew"); the party readings read them.
    expect(wordReplaced('Ask the staff to lock the stockroom at night.', 'Ask the crew to lock the stockroom at night.', lexicon)).toBeNull();
    expect(wordReplaced('Tell the parents when the coach is late.', 'Remind the parents when the coach is late.', lexicon)).toBeNull();
    // A colour is a level on a warning scale (reason-level.ts).
    expect(wordReplaced('Close the beach when the flag is red.', 'Close the beach when the flag is amber.', lexicon)).toBeNull();
    // A frame of fewer than three words kept says too little of the rule.
    expect(wordReplaced('Calibrate the scales.', 'Clean the scales.', lexicon)).toBeNull();
    expect(wordReplaced('Calibrate the weighbridge every 6 months.', 'Clean the weighbridge every 6 months.', lexicon)).toEqual({ gone: 'calibrate', came: 'clean' });
  });
});

describe('the doer and the receiver of an act exchanged around the same verb', () => {
  it('flags the swap when the tail of the sentence is reworded with it', async () => {
    expect(await flagging('The steward must phone the tenant\'s emergency contact before forcing entry.', 'The tenant\'s emergency contact must phone the steward before entry is forced.')).toContain('roles-swapped');
    expect(await flagging('Keyholders must text the store manager a photo of the shutter after locking up.', 'The store manager must text keyholders a photo of the shutter once it has been locked.')).toContain('roles-swapped');
    expect(doerAndReceiverExchanged('At drop-off, the owner hands the kennel assistant the vaccination card.', 'At drop-off, the kennel assistant hands the owner the vaccination card.', lexicon)).toEqual(['owner', 'kennel assistant']);
  });

  it('keeps a passive that says who does what again, and a clause whose subject is the thing sent', async () => {
    expect(await flagging('The on-call surgeon must phone the next of kin before starting any operation.', 'The next of kin must be phoned by the on-call surgeon before any operation is started.')).toEqual([]);
    expect(await flagging('Overgrown allotments are photographed and their holders sent a first warning letter.', 'Overgrown allotments are photographed, and a first warning letter is sent to the holder.')).toEqual([]);
    expect(await flagging('Coaches must send parents the match schedule by Thursday.', 'Parents must receive the match schedule from the coaches by Thursday.')).toEqual([]);
  });
});

describe('a duty said as an ability, as the better way, or as an offer to its holder', () => {
  it('flags "able to", "is best done with" and the thing held out to the party the rule bound', async () => {
    expect(await flagging('Night porters are responsible for checking the fire doors at midnight.', 'Night porters are able to check the fire doors at midnight.')).toContain('modal-weakened');
    expect(await flagging('Welding in the yard requires a fire watch for an hour afterwards.', 'Welding in the yard is best done with a fire watch for an hour afterwards.')).toContain('modal-weakened');
    expect(await flagging('Volunteers must complete manual handling training before their first sort.', 'Volunteers are offered manual handling training before their first sort.')).toContain('modal-weakened');
    expect(await flagging('Apprentices must sit the first aid exam in their first year.', 'Apprentices are given the option of sitting the first aid exam in their first year.')).toContain('modal-weakened');
  });

  it('keeps an ability said again, an ability asked about, and an offer the duty made already', async () => {
    expect(await flagging('Customers can book a bike online.', 'Customers are able to book a bike online.')).toEqual([]);
    expect(await flagging('Staff must be able to evacuate the hall within three minutes.', 'Within three minutes, staff must be able to get everyone out of the hall.')).toEqual([]);
    expect(await flagging('Ask each passenger whether they can manage the boarding steps.', 'Find out from each passenger if they are able to climb the boarding steps.')).toEqual([]);
    expect(await flagging('Guests must be offered a hot drink on arrival.', 'Guests are offered a hot drink on arrival.')).toEqual([]);
  });
});

describe('an item cut from the middle of a list, its words still in the sentence', () => {
  it('flags the cut item, whatever words of it the sentence keeps elsewhere', async () => {
    expect(await flagging("For every parcel, note the sender's name, the parcel's weight and the destination postcode.", "For every parcel, note the sender's name and the destination postcode.")).toContain('conjunct-dropped');
    expect(listItemCut("For each hire, the desk records the hirer's licence number, the hire boat's number and the return time.", "For each hire, the desk records the hirer's licence number and the return time.")).toBe("the hire boat's number");
  });

  it("keeps a hedge or a grant's alternative cut, an apposition, and a comma dropped", async () => {
    expect(listItemCut('Test the alarm monthly, where access allows, and record the result.', 'Test the alarm monthly and record the result.')).toBeNull();
    expect(listItemCut('Riders may use the indoor school, the outdoor arena or the lane to warm up.', 'Riders may use the indoor school or the lane to warm up.')).toBeNull();
    expect(listItemCut('Tell the duty manager, Sam Patel, about every complaint.', 'Tell the duty manager about every complaint.')).toBeNull();
    expect(await flagging('Wear gloves, goggles, and a mask in the paint shop.', 'Wear gloves, goggles and a mask in the paint shop.')).toEqual([]);
  });
});

describe('a phrase at the end of a short sentence replaced is a local edit', () => {
  it('reads a kept head up to its determiner or preposition as the frame', async () => {
    expect(isLocalEdit("If a load is rejected, phone the haulier's transport office.", "If a load is rejected, phone the grain merchant's sales desk.")).toBe(true);
    expect(await flagging('If a child is lost, alert the gate stewards.', 'If a child is lost, alert the car park attendants.')).toContain('object-replaced');
  });

  it('keeps an end that may be a clause of its own a whole rewrite', () => {
    expect(isLocalEdit('Summarise the chat at the end.', 'Summarise the chat and offer a discount code.')).toBe(false);
    expect(isLocalEdit('If a load is rejected, phone the haulier.', 'If a load is rejected, phone the haulage company that carried it.')).toBe(false);
  });
});

describe('words a replaced stretch keeps frame it when the sentence opening is kept', () => {
  it('reads the act and its complement replaced round a kept object', () => {
    expect(demandStretchReplaced('Ask members to lock the boathouse doors.', 'Ask members to book the boathouse for parties.', lexicon)).toEqual({ went: ['lock', 'doors'], came: ['book', 'parties'] });
  });

  it('keeps a stretch that opens the sentence, whatever it shares', () => {
    expect(demandStretchReplaced('Greet families politely and offer them a seat.', 'Say good morning to families and offer them a seat.', lexicon)).toBeNull();
  });
});

describe('a case replaced, with "only" before the new one', () => {
  it('flags the case replaced whatever "only" says, a pro-form "one" shared', async () => {
    expect(await flagging('Offer a refund if the customer asks for one.', 'Offer a refund only if the manager has approved one.')).toContain('condition-changed');
    expect(await flagging('Open the side gate if the queue reaches the road.', 'Open the side gate only if the police request it.')).toContain('condition-changed');
  });

  it('keeps the same case made "only" and a case said again', async () => {
    expect(await flagging('Ring the parents if a pupil feels unwell.', 'Ring the parents only if a pupil feels unwell.')).toEqual([]);
    expect(await flagging('Stop the ride if a rider looks frightened.', 'Stop the ride if a rider seems scared.')).toEqual([]);
  });
});

describe('every occasion made the first', () => {
  it('flags "every time" said as "the first time", a new "each <period>" beside it', async () => {
    expect(await flagging('Wash your hands every time you enter the ward.', 'Wash your hands the first time you enter the ward each day.')).toContain('scope-narrowed');
  });

  it('keeps the occasions said again and the first time kept', async () => {
    expect(await flagging('Sign the visitor book whenever you arrive on site.', 'Sign the visitor book every time you arrive on site.')).toEqual([]);
    expect(await flagging('Tell the caller their reference number the first time they ring.', 'The first time a caller rings, tell them their reference number.')).toEqual([]);
  });
});

describe('a rule gone, the case opening it moved onto the next rule', () => {
  it('flags the rule removed though the kept sentence took in its opening case', async () => {
    expect(await flagging('During a storm, close the pier gates. Move the deckchairs inside.', 'During a storm, move the deckchairs inside.')).toContain('requirement-removed');
  });

  it('keeps the two rules joined', async () => {
    expect(await flagging('During a storm, close the pier gates. Move the deckchairs inside.', 'During a storm, close the pier gates and bring the deckchairs in.')).toEqual([]);
  });
});

describe('a gate turned round with its condition negated', () => {
  it('flags "Do not X until C" said as "X only when not C"', async () => {
    expect(await flagging('Do not open the second bar until the first one is full.', 'Open the second bar only when the first one is not full.')).toContain('condition-changed');
    expect(await flagging('Do not release the boat until every passenger is seated.', 'Release the boat only when not every passenger is seated.')).toContain('condition-changed');
  });

  it('keeps the gate turned round faithfully and a condition said from its other side', async () => {
    expect(await flagging('Do not open the second bar until the first one is full.', 'Open the second bar only when the first one is full.')).toEqual([]);
    expect(await flagging('Do not release the boat until every passenger is seated.', 'Release the boat only when no passenger is standing.')).toEqual([]);
  });
});
