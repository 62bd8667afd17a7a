// Round 18 (issue 11): v20's false flags and misses read as causes, each reading beside the twin
// that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { findQuantities } from './reason-number.ts';
import { findExpansion } from './_abbreviations.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a state said to last is no duty\'s act made longer', () => {
  it('flags a validity made longer and keeps a duty kept or done for longer as stricter', async () => {
    expect(await flagging('The sweeping certificate is valid for 12 months.', 'The sweeping certificate is valid for 24 months.')).toContain('number-changed');
    expect(await flagging('Gift vouchers remain valid for 12 months.', 'Gift vouchers remain valid for 36 months.')).toContain('number-changed');
    expect(await flagging('Records must be kept for 2 years.', 'Records must be kept for 5 years.')).toEqual([]);
    expect(await flagging('Hospital records are kept for 8 years.', 'Hospital records are kept for 10 years.')).toEqual([]);
    expect(await flagging('Apply pressure to the cut for 5 minutes.', 'Apply pressure to the cut for 10 minutes.')).toEqual([]);
  });
});

describe('a number word is no clipping of a longer word', () => {
  it('flags "four" -> "fourteen" and still reads "admin" as "administrator"', async () => {
    expect(await flagging('This tower allows no more than four peals a year.', 'This tower allows no more than fourteen peals a year.')).toContain('number-changed');
    expect(await flagging('Guests may bring six friends to the pool.', 'Guests may bring sixty friends to the pool.')).toContain('number-changed');
    expect(await flagging('Report the info to the site admin.', 'Report the information to the site administrator.')).toEqual([]);
  });
});

describe('an amount said in another spelling is the same amount', () => {
  it('reads a temperature scale written out as its symbol, and flags another scale or value', async () => {
    expect(await flagging('Keep the annealer at 960°F overnight.', 'Keep the annealer at 960 degrees Fahrenheit overnight.')).toEqual([]);
    expect(await flagging('Wash the fleeces at 40 C.', 'Wash the fleeces at 40 degrees centigrade.')).toEqual([]);
    expect(await flagging('Hold hot food above 63°C.', 'Hold hot food above 63 degrees Fahrenheit.')).toContain('number-changed');
  });

  it('reads "three quarters of" as 75 percent, and flags another share', async () => {
    expect(findQuantities('keep at least three quarters of the plot').map((quantity) => [quantity.value, quantity.dimension])).toEqual([[75, 'percent']]);
    expect(await flagging('Tenants must keep at least three quarters of their plot under cultivation.', 'At least 75 percent of each plot has to be actively cultivated by its tenant.')).toEqual([]);
    expect(await flagging('No more than one tenth of the budget may go on travel.', 'No more than 20 percent of the budget may go on travel.')).toContain('number-changed');
  });
});

describe('a level a verb of keeping holds is what the duty demands', () => {
  it('flags a kept level lowered or a setpoint moved, and keeps a cap lowered as stricter', async () => {
    expect(await flagging('Hold hot food above 63 degrees.', 'Hold hot food above 53 degrees.')).toContain('number-changed');
    expect(await flagging('Keep the greenhouse above 10 degrees at night.', 'Keep the greenhouse above 5 degrees at night.')).toContain('number-changed');
    expect(await flagging('Keep the kiln at 960°F overnight.', 'Keep the kiln at 900°F overnight.')).toContain('number-changed');
    expect(await flagging('Keep spending at $50 a head.', 'Keep spending at $40 a head.')).toEqual([]);
  });
});

describe('tone turned dismissive: recognition as care, hindsight and "lucky" as brushing off', () => {
  it('flags praise turned into "should have" or "they are lucky", and keeps praise reworded', async () => {
    expect(await flagging('If a group fails to escape, congratulate them on how far they got.', 'If a group fails to escape, tell them that they should have listened to the hints.')).toContain('tone-dismissive');
    expect(await flagging('If a customer asks why the visit took so long, explain calmly what was found.', 'If a customer asks why the visit took so long, tell them they are lucky we came at all.')).toContain('tone-dismissive');
    expect(await flagging('If a tenant asks why the repair took a week, apologise and explain the parts delay.', 'If a tenant asks why the repair took a week, tell them they should be grateful it was fixed at all.')).toContain('tone-dismissive');
    expect(await flagging('If a guest arrives late, welcome them warmly and show them to their table.', 'If a guest arrives late, welcome them warmly, ask for their booking number and show them to their table.')).toEqual([]);
  });
});

describe('a modal in a result clause says how near, not how binding', () => {
  it('keeps "must be close enough to" joined as "close enough that ... can", and flags the duty itself made "can"', async () => {
    expect(await flagging('Learners ring only with a teacher standing beside them. The teacher must be close enough to catch the sally.', 'Learners ring only with a teacher standing beside them, close enough that the teacher can catch the sally.')).toEqual([]);
    expect(await flagging('Divers go down only with a buddy. The buddy must stay close enough to share air.', 'Divers go down only with a buddy, who can stay close enough to share air.')).toContain('modal-weakened');
  });
});

describe('a grant\'s holder\'s own will is no condition; a duty\'s doer\'s will is a hedge', () => {
  it('keeps "at any time" said as "whenever they like" on a grant, and flags a duty left to "whenever you like"', async () => {
    expect(await flagging('Members can use the gym at any time.', 'Members can use the gym whenever they like.')).toEqual([]);
    expect(await flagging('Families may place flowers on a grave at any time, but glass vases are not allowed.', 'Relatives can leave flowers on graves whenever they wish; vases made of glass are forbidden.')).toEqual([]);
    expect(await flagging('Clean the grill after every service.', 'Clean the grill whenever you like.')).toContain('qualifier-added');
  });
});

describe('", but <noun phrase> are not allowed" is a rule of its own', () => {
  it('keeps the prohibition said as a sentence of its own, and flags it turned into a grant', async () => {
    expect(await flagging('Visitors may walk the dogs in the park, but bicycles are not allowed.', 'Visitors may walk the dogs in the park; bicycles are forbidden.')).toEqual([]);
    expect(await flagging('Visitors may walk the dogs in the park, but bicycles are not allowed.', 'Visitors may walk the dogs in the park; bicycles are allowed.')).not.toEqual([]);
  });
});

describe('a right\'s list of alternatives cut to fewer at once', () => {
  it('flags "by phone, online or by post" cut to "online" on a right, and keeps a staff grant cut the same way', async () => {
    expect(await flagging('A registered person can withdraw their registration at any time by phone, online or by post.', 'A registered person can withdraw their registration at any time online.')).toContain('conjunct-dropped');
    expect(await flagging('Patients can book by phone, online or at the desk.', 'Patients can book online.')).toContain('right-narrowed');
    expect(await flagging('Staff may travel by train, by coach or by car.', 'Staff may travel by train.')).toEqual([]);
    expect(await flagging('Subscribers may cancel at any time by email, by phone or in writing.', 'Subscribers may cancel at any time by email, by phone, or in writing.')).toEqual([]);
  });
});

describe('an acronym skips "on", "in" and "at" as it skips "of"', () => {
  it('reads CITES in its spelled-out name, and flags another document in its place', async () => {
    expect(findExpansion('CITES', 'the Convention on International Trade in Endangered Species permit')).toBe('Convention on International Trade in Endangered Species');
    expect(await flagging('Attach the CITES permit to every crate of orchids.', 'Attach the Convention on International Trade in Endangered Species permit to every crate of orchids.')).toEqual([]);
    expect(await flagging('Attach the CITES permit to every crate of orchids.', 'Attach the customs invoice to every crate of orchids.')).toContain('entity-removed');
  });
});

describe('a counted subject replaced by another party', () => {
  it('flags "At least two nurses must" -> "At least two porters must", and keeps the same party held to more', async () => {
    expect(await flagging('At least two nurses must be on the ward at night.', 'At least two porters must be on the ward at night.')).toContain('actor-replaced');
    expect(await flagging('At least two qualified lifeguards must be on the poolside.', 'At least two qualified lifeguards must be on the poolside at all times.')).toEqual([]);
  });
});
