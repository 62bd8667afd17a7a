import type { Traits } from '../schema/traits.ts';
import { countWords, visibleText } from './_prose.ts';
import { countHardConstraints } from './constraints.ts';
import { readingEase } from './readability.ts';
import { measureAndInferTone, measureTone, roundTrait, type ToneLabel, type ToneMeasures } from './tone.ts';
import type { Tokenizer } from './tokens.ts';
import { templateVariables } from './variables.ts';

/**
 * Every trait of a prompt body. Tokens are counted on the raw body, as the model receives it;
 * words on the visible text (code included, template tags and markup excluded); readability, tone
 * and constraints on the prose. Non-integer traits are rounded to 2 decimals so YAML is stable.
 */
export function measureTraits(body: string, tokenizer: Tokenizer): Traits {
  return traitsOf(body, tokenizer, measureTone(body), templateVariables(body));
}

/** What the recorder derives from one version's body alone: a pure function of the body and encoding. */
export interface BodyMeasures {
  traits: Traits;
  /** Template variables the body uses (`templateVariables`): distinct, sorted. */
  variables: string[];
  /** The tone inference names (`inferTone`); absent unless asked for. */
  inferredTone?: ToneLabel;
}

/**
 * `measureTraits`, `templateVariables` and (when `inferTone`) `inferTone` of one body, each part
 * computed once; equal to calling them one by one.
 */
export function measureBody(body: string, tokenizer: Tokenizer, options: { inferTone: boolean }): BodyMeasures {
  const variables = templateVariables(body);
  if (!options.inferTone) return { traits: traitsOf(body, tokenizer, measureTone(body), variables), variables };
  const { inferred, ...tone } = measureAndInferTone(body);
  return { traits: traitsOf(body, tokenizer, tone, variables), variables, inferredTone: inferred };
}

function traitsOf(body: string, tokenizer: Tokenizer, tone: ToneMeasures, variables: string[]): Traits {
  return {
    token_count: tokenizer.countTokens(body),
    word_count: countWords(visibleText(body)),
    readability: roundTrait(readingEase(body)),
    formality: tone.formality,
    sentiment: tone.sentiment,
    hard_constraints: countHardConstraints(body),
    template_variables: variables.length,
  };
}
