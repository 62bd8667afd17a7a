// Round 19a (issue 11): false flags of v21 and of a generated history read as causes, each reading
// beside the twin that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const embedder = createBuiltinEmbedder();
const config = configSchema.parse({});
const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a rule appended with a prohibition\'s verb contradicts it only when it does the forbidden act', () => {
  it('passes the same verb done to another thing, or said only in a case', async () => {
    expect(await flagging('Never shear a ewe in the last month of pregnancy.', 'Never shear a ewe in the last month of pregnancy. Shear the rams first.')).toEqual([]);
    expect(await flagging('Do not record riders\' lap times on personal phones.', 'Do not record riders\' lap times on personal phones. Record every crash in the incident book.')).toEqual([]);
    expect(await flagging('Never offer a discount code. Log every call.', 'Never offer a discount code. Log every call. Offer a callback when the queue is long.')).toEqual([]);
    expect(await flagging('Do not check personal social media during a shift.', 'Do not check personal social media during a shift. Close the ticket once the customer confirms.')).toEqual([]);
  });
  it('flags the act done to what the prohibition protects, to a pronoun, or overriding it outright', async () => {
    expect(await flagging('Never shear a ewe in the last month of pregnancy.', 'Never shear a ewe in the last month of pregnancy. Shear any ewe that is overheating, whatever the month.')).toContain('contradiction');
    expect(await flagging('Never share account balances over chat.', 'Never share account balances over chat. Share them when the customer asks.')).toContain('contradiction');
    expect(await flagging('Never lend a track bike to an unregistered rider.', 'Never lend a track bike to an unregistered rider. Lend one anyway if the coach agrees.')).toContain('contradiction');
    expect(await flagging('In-game currency cannot be refunded once it has been spent.', 'In-game currency cannot be refunded once it has been spent. Players who regret a purchase within a week get their money back in full regardless.')).toContain('contradiction');
  });
});

describe('a span of time said in other units is the same span', () => {
  it('reads weeks as the months they come to, "n and a half" hours as minutes, and a deadline before an event as the notice it gives', async () => {
    expect(await flagging('Send the wool samples to the lab within eight weeks of shearing.', 'Wool samples reach the lab no more than two months after shearing.')).toEqual([]);
    expect(await flagging('Book the shearing team at least four weeks before lambing.', 'Book the shearing team at least a month before lambing.')).toEqual([]);
    expect(await flagging('Riders rest for two and a half hours between the heats and the final.', 'Between the heats and the final, riders rest for 150 minutes.')).toEqual([]);
    expect(await flagging('Close the velodrome to the public at least an hour before a race meeting.', 'The velodrome must be shut to the public no later than sixty minutes ahead of a race meeting.')).toEqual([]);
  });
  it('flags a span made longer or a notice made shorter, in whichever units', async () => {
    expect(await flagging('Send the wool samples to the lab within eight weeks of shearing.', 'Wool samples reach the lab no more than four months after shearing.')).toContain('number-changed');
    expect(await flagging('Book the shearing team at least four weeks before lambing.', 'Book the shearing team at least a week before lambing.')).toContain('number-changed');
    expect(await flagging('Riders rest for two and a half hours between the heats and the final.', 'Between the heats and the final, riders rest for 100 minutes.')).toContain('number-changed');
    expect(await flagging('Close the velodrome to the public no later than an hour before a race meeting.', 'Close the velodrome to the public no later than ten minutes before a race meeting.')).toContain('number-changed');
  });
});

describe('a restriction said with "only" that gains another "only" is stricter', () => {
  it('passes one more "only after" on an act already limited to some people or places', async () => {
    expect(await flagging('Chainsaws are used only by certified staff.', 'Chainsaws are used only by certified staff, and only after a second person has checked the chain brake.')).toEqual([]);
  });
  it('flags a duty with no "only" that gains "only when", a duty\'s own "only" given "only if", and a restriction opened to others', async () => {
    expect(await flagging('Wear gloves in the lab.', 'Wear gloves in the lab only when handling acid.')).toContain('condition-added');
    expect(await flagging('Answer the track hotline only in English.', 'Answer the track hotline only in English, and only if the caller writes first.')).toContain('condition-added');
    expect(await flagging('Marshals must report crashes only by radio.', 'Marshals must report crashes only by radio and only when the session is live.')).toContain('condition-added');
    expect(await flagging('Chainsaws are used only by certified staff.', 'Chainsaws are used only by certified staff, or by any volunteer after a short briefing.')).toContain('scope-widened');
  });
});

describe('a case said as an "if" clause with an indefinite is the universal of a relative clause', () => {
  it('passes "any rider who forgets" said as "if a rider forgets"', async () => {
    expect(await flagging('Lend a spare helmet to any rider who forgets theirs.', 'If a rider forgets their helmet, lend them a spare one.')).toEqual([]);
    expect(await flagging('Give a first-aid kit to every climber who works alone.', 'If a climber is working alone, hand them a first-aid kit.')).toEqual([]);
  });
  it('flags the case made narrower by a word of its own', async () => {
    expect(await flagging('Lend a spare helmet to any rider who forgets theirs.', 'If a rider forgets their helmet and pays a deposit, lend them a spare one.')).not.toEqual([]);
  });
});

describe('a "not" between a noun and its participle describes what the rule is about', () => {
  it('reads "Bikes not returned by noon may be lent" as a grant, so one more "only after" is stricter', async () => {
    expect(await flagging('Bikes not returned by noon may be lent to the next rider.', 'Bikes not returned by noon may be lent to the next rider, but only after the mechanic has checked them.')).toEqual([]);
  });
  it('still reads the rule\'s own "not" after it', async () => {
    expect(await flagging('Ropes not inspected in the last month are not used.', 'Ropes not inspected in the last month are used.')).toContain('negation-removed');
    expect(await flagging('Helmets not checked this season must not be worn.', 'Helmets not checked this season may be worn.')).toContain('modal-weakened');
  });
});

describe('an acronym is not read as words both versions keep', () => {
  it('reads "the TM" as "the track manager" that replaced it, not as "Trainers must" kept in both', async () => {
    expect(await flagging('Trainers must sign the log before a session; the TM assigns lanes.', 'Trainers must sign the log before a session; the track manager assigns lanes.')).toEqual([]);
    expect(await flagging('Log dissolved oxygen (DO) in each pen twice a day.', 'Log dissolved oxygen in each pen twice a day.')).toEqual([]);
  });
  it('flags the acronym replaced by another party', async () => {
    expect(await flagging('Trainers must sign the log before a session; the TM assigns lanes.', 'Trainers must sign the log before a session; the coach assigns lanes.')).not.toEqual([]);
  });
});

describe('"do not try to" appended to a kept duty is a prohibition of its own', () => {
  it('passes the duty kept with "and do not try to ..." beside it, and flags the duty itself negated', async () => {
    expect(await flagging('Stop the chainsaw at once if the chain jams.', 'Stop the chainsaw at once, and do not try to lift the saw overhead, if the chain jams.')).toEqual([]);
    expect(await flagging('Stop the chainsaw at once if the chain jams.', 'Do not try to stop the chainsaw at once if the chain jams.')).toContain('negation-added');
  });
});

describe('a hyphenated word is looked up as the dictionary writes it', () => {
  it('finds "grown-up" as "grownup" (an adult) and keeps an unknown compound unknown', () => {
    expect(lexicon.senses('grown-up', 'n').some((sense) => sense.lemmas.includes('adult'))).toBe(true);
    expect(lexicon.senses('blorp-fizz', 'n')).toEqual([]);
  });
  it('reads "only to a grown-up whose name is on the booking" as the named adult it was, and flags a case of its own', async () => {
    expect(await flagging('Children under ten are met at the climbing wall by a named adult.', 'We hand children under ten over at the climbing wall, and only to a grown-up whose name is on the booking.')).toEqual([]);
    expect(await flagging('Hand out the spare keys to any tenant.', 'Hand out the spare keys, but only to tenants whose rent is paid.')).toContain('scope-narrowed');
  });
});

describe('a counting noun is the number it counts', () => {
  it('passes "two marshals" said as "a pair of marshals" and "twelve" as "a dozen"', async () => {
    expect(await flagging('Two marshals stand at every bend of the velodrome during a race.', 'A pair of marshals stands at every bend of the velodrome during a race.')).toEqual([]);
    expect(await flagging('Send twelve fleece samples to the lab each season.', 'Send a dozen fleece samples to the lab each season.')).toEqual([]);
  });
  it('flags a count lowered, with the words each version used and, since round 40c reads the plain count a duty demands as its floor, the direction', async () => {
    expect(await flagging('Send twelve fleece samples to the lab each season.', 'Send half a dozen fleece samples to the lab each season.')).toContain('number-changed');
    const result = await evaluateClauseChange({ clauseId: 'test/clause', previous: 'Keep a pair of spare tubes in every team box.', next: 'Keep one spare tube in every team box.', declaredTone: null, config, embedder, lexicon });
    expect(result.reasons.map((reason) => reason.message)).toContain('number changed: "a pair of spare" -> "one spare" (loosens the rule)');
  });
});

describe('an "only" that limits a duty appended to a kept rule limits that duty, not the rule', () => {
  it('passes a kept duty with a new duty and its own "only at" or "only with" beside it', async () => {
    expect(await flagging('Lock the fuel store after each shift.', 'Lock the fuel store after each shift, and refill the saw cans only at the depot pump.')).toEqual([]);
    expect(await flagging('Keep the chipper\'s guard closed while it runs.', 'Keep the chipper\'s guard closed and latched while it runs, and clear jams only with the engine off.')).toEqual([]);
  });
  it('flags the rule itself limited, and a grant appended with a case of its own', async () => {
    expect(await flagging('Check the track surface before each session.', 'Check the track surface before each session, but only on race days.')).toContain('scope-narrowed');
    expect(await flagging('Offer a towel to every rider after the session.', 'Offer a towel after the session, and only to riders on the team.')).toContain('scope-narrowed');
    expect(await flagging('Porters must label every specimen bag.', 'Porters must label every specimen bag and may skip the transfer book when busy.')).not.toEqual([]);
  });
});

describe('a temperature\'s symbol is its scale\'s name', () => {
  it('passes "5 and 20 degrees Celsius" written "5°C and 20°C", and flags the scale changed', async () => {
    expect(await flagging('Keep the fleece store between 5 and 20 degrees Celsius.', 'Keep the fleece store between 5°C and 20°C.')).toEqual([]);
    expect(await flagging('Hot-wax the track bikes\' chains at 60 degrees Fahrenheit or warmer.', 'Hot-wax the track bikes\' chains at 60 °F or warmer.')).toEqual([]);
    expect(await flagging('Keep the fleece store between 5 and 20 degrees Celsius.', 'Keep the fleece store between 5°F and 20°F.')).toContain('number-changed');
  });
});
