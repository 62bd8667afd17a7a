// The guard: lexical regression reasons, embedders and the audit of a clause change.
// Node-only through `createEmbedder` and `createCachedEmbedder` (file cache) and `createWordNetLexicon`
// (the dictionary files); the rest is pure.
export type { Reason } from '../schema/records.ts';
export { findReasons } from './find-reasons.ts';
export { findModalWeakened } from './reason-modal.ts';
export { findNegationChanges } from './reason-negation.ts';
export { findNumberChanges, findQuantities } from './reason-number.ts';
export { findRequirementsRemoved } from './reason-requirement.ts';
export { findEntities, findEntitiesRemoved } from './reason-entity.ts';
export { findReferences, findReferencesRemoved } from './reason-reference.ts';
export { cosineSimilarity, type Embedder } from './embedder.ts';
export { BUILTIN_MODEL, createBuiltinEmbedder, embedBuiltin, prepareBuiltinEmbedder } from './builtin-embedder.ts';
export { createOpenAiEmbedder, type OpenAiEmbedderOptions } from './openai-embedder.ts';
export { cachePath, createCachedEmbedder } from './embedder-cache-fs.ts';
export { createEmbedder, type CreateEmbedderOptions } from './create-embedder-fs.ts';
export { createJudge } from './create-judge-fs.ts';
export { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
export type { Lexicon } from './_lexicon.ts';
export { createOpenAiJudge, type OpenAiJudgeOptions } from './openai-judge.ts';
export { createCachedJudge, judgeCachePath } from './judge-cache-fs.ts';
export { JUDGE_PROMPT_VERSION, judgeMessages, parseJudgeAnswer, type Judge, type JudgeVerdict } from './judge.ts';
export {
  evaluateClauseChange,
  thresholdFor,
  type ClauseChangeEvaluation,
  type ClauseChangeInput,
  type ClauseSimilarity,
  type ClauseToneChange,
} from './evaluate-clause-change.ts';
