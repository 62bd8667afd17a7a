// The guard's verdict on one clause edit as the hook reaches it, for tests that assert what flags.
import { configSchema } from '../lib/schema/config.ts';
import { createBuiltinEmbedder } from '../lib/guard/builtin-embedder.ts';
import { evaluateClauseChange } from '../lib/guard/evaluate-clause-change.ts';
import type { Lexicon } from '../lib/guard/_lexicon.ts';

const embedder = createBuiltinEmbedder();
const config = configSchema.parse({});

/**
 * The codes of the reasons that flag the edit (advisory ones left out), or none when it is not
 * flagged; abbreviations and typos resolved first, as in the hook; read with `lexicon` (the hook's
 * WordNet) when given. The readings' own verdict: the weighing of the reasons as a whole
 * (lib/guard/verdict-weights.ts, which may make a lone reason advisory) is left out, so a test of
 * a reading does not move when the weights are fitted again; verdict-weights.test.ts tests it. So
 * is the flag learned where no reading flags (_learned-shape.ts, refitted with the weights), which
 * learned-shape-flag.test.ts tests.
 */
export async function flaggingCodes(previous: string, next: string, lexicon?: Lexicon | null): Promise<string[]> {
  const result = await evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: null, config, embedder, lexicon, verdictWeights: null, learnedShape: null });
  return result.regression_flag ? result.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code) : [];
}
