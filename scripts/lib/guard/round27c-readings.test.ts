// Round 27c (issue 11): reason codes that fired mostly on faithful edits, read by what told their
// true firings from their false ones, each reading beside the twin that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { configSchema } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
const embedder = createBuiltinEmbedder();
const config = configSchema.parse({});
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);
/** Every reason's code, advisory ones included: a reading may be gone while another still flags. */
const codes = async (previous: string, next: string): Promise<string[]> =>
  (await evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: null, config, embedder, lexicon })).reasons.map((reason) => reason.code);

describe('a new sentence against a prohibition the new version no longer states', () => {
  it('reads no contradiction in the rule said again in words of its own', async () => {
    expect(await codes('Never hand a hot soldering iron to another student tip first.', 'When someone asks for the soldering iron, offer them the cool grip end.')).not.toContain('contradiction');
    expect(await codes('Never store spare gas cylinders anywhere inside the main workshop building overnight.', 'Spare gas cylinders go out to the locked cage in the yard each night.')).not.toContain('contradiction');
    expect(await codes('You are the help desk assistant for Elm Road Surgery. Never tell a caller a test result over the phone. Book callers in with the practice nurse when they ask about results.', 'You are the help desk assistant for Elm Road Surgery. Test results are only ever given to patients face to face in the surgery. Book callers in with the practice nurse when they ask about results.')).not.toContain('contradiction');
  });

  it('flags the forbidden act done, also after a case that opens the sentence', async () => {
    expect(await flagging('Members must not open the drying room door while the dehumidifier cycle is running.', 'If something is needed from inside, open the door mid-cycle and shut it quickly.')).toContain('contradiction');
  });

  it('still reads a new sentence about the same doer against the rule it replaced', async () => {
    expect(await codes('Inspectors must open every crate on the pallet, without relying on the shipper\'s manifest.', 'Inspectors should go by the shipper\'s paperwork and wave the pallet through when it looks tidy.')).toContain('contradiction');
  });

  it('still flags a new sentence sharing the words of a prohibition that stands', async () => {
    expect(await flagging('Never pour used oil down the drain.', 'Never pour used oil down the drain. After service, pour the leftover oil down the drain with hot water.')).toContain('contradiction');
  });
});

describe('amounts said in other words and units', () => {
  it('reads the first figure of a range in the unit written after its last', async () => {
    expect(await flagging('Inflate the trailer tyres to between 30 psi and 35 psi.', 'Inflate the trailer tyres to between thirty and thirty-five psi.')).toEqual([]);
    expect(await flagging('Inflate the trailer tyres to between 30 psi and 35 psi.', 'Inflate the trailer tyres to between twenty and thirty-five psi.')).toEqual(['number-changed']);
    // "and" joins the words of one number only after a hundred or a thousand.
    expect(await flagging('Seat no more than 208 guests in the marquee.', 'Seat no more than two hundred and eighty guests in the marquee.')).toEqual(['number-changed']);
  });

  it('reads a fraction of a possessive\'s whole as a share, and short forms of units', async () => {
    expect(await flagging('Fill the heating oil tanks to 50% before winter.', 'Fill the heating oil tanks to half their capacity before winter.')).toEqual([]);
    expect(await flagging('Fill the heating oil tanks to 75% before winter.', 'Fill the heating oil tanks to half their capacity before winter.')).toEqual(['number-changed']);
    expect(await flagging('Inspect every climbing harness every 6 mths.', 'Inspect every climbing harness every 6 months.')).toEqual([]);
    expect(await flagging('Book the boiler service approx. 3 wks ahead.', 'Book the boiler service approximately 3 days ahead.')).toEqual(['number-changed']);
  });
});

describe('initials spelled out', () => {
  it('reads one compound word for two letters, a "with" skipped and an article that follows the sound', async () => {
    expect(await flagging('Only the practice nurse gives an IM injection.', 'Only the practice nurse gives an intramuscular injection.')).toEqual([]);
    expect(await flagging('PRM requests received late are handled on a best-efforts basis.', 'Requests from passengers with reduced mobility received late are handled on a best-efforts basis.')).toEqual([]);
    expect(await flagging('Book an MRI scan only after the consultant has signed the request.', 'Book a magnetic resonance scan only after the consultant has signed the request.')).toEqual([]);
  });

  it('still flags another thing put in the acronym\'s place', async () => {
    expect(await flagging('Only the practice nurse gives an IM injection.', 'Only the practice nurse gives an injection.')).toEqual(['entity-removed']);
    expect(await flagging('Book an MRI scan only after the consultant has signed the request.', 'Book a routine scan only after the consultant has signed the request.')).toEqual(['entity-removed']);
  });
});

describe('advice to keep a thing to one place said as a grant "only" limits', () => {
  it('reads the limited grant as binding as a duty', async () => {
    expect(await flagging('Campers should keep fires to the marked pits.', 'Fires are permitted only in the marked pits.')).toEqual([]);
    expect(await flagging('Members should use the rear entrance after 8 p.m.', 'After 8 p.m., members may use only the rear entrance.')).toEqual([]);
  });

  it('still flags the grant without "only", and an "only" set that names more', async () => {
    expect(await flagging('Members must use the rear entrance after 8 p.m.', 'After 8 p.m., members may use the rear entrance.')).toContain('modal-weakened');
    expect(await flagging('Campers must keep fires to the marked pits.', 'Fires are permitted only in the marked pits and on the beach.')).toContain('modal-weakened');
  });
});

describe('units spelled out, working weeks and a cap on a count', () => {
  it('reads "pounds per square inch" as psi and a working week as five working days', async () => {
    expect(await flagging('Set the pressure washer to 1500 psi for the patio.', 'Set the pressure washer to 1500 pounds per square inch for the patio.')).toEqual([]);
    expect(await flagging('Refunds are processed within 15 working days.', 'Refunds are processed within three working weeks.')).toEqual([]);
    expect(await flagging('Refunds are processed within 10 working days.', 'Refunds are processed within three working weeks.')).toEqual(['number-changed']);
  });

  it('reads "No more than N ... may" as the prohibition of more, as "No N may" is', async () => {
    expect(await flagging('No more than 10 guests should be in the sauna at a time.', 'No more than 8 guests may be in the sauna at a time.')).toEqual([]);
    expect(await flagging('No more than 6 children may be on the castle at once.', 'No more than 8 children may be on the castle at once.')).toEqual(['number-changed']);
  });
});
