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

  it('still flags a new sentence sharing the words of a prohibition that stands', async () => {
    expect(await flagging('Never pour used oil down the drain.', 'Never pour used oil down the drain. After service, pour the leftover oil down the drain with hot water.')).toContain('contradiction');
  });
});
