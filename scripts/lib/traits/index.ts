export { countHardConstraints } from './constraints.ts';
export { measureFormality } from './formality.ts';
export { measureTraits } from './measure.ts';
export { countSyllables, readingEase } from './readability.ts';
export { measureSentiment } from './sentiment.ts';
export { inferTone, measureTone, TONE_LABELS, type ToneLabel, type ToneMeasures } from './tone.ts';
export { declaredTones, toneMatchesDeclared, type ToneMatch } from './tone-match.ts';
export { loadTokenizer, type Tokenizer, type TokenizerEncoding } from './tokens.ts';
export { templateVariables } from './variables.ts';
