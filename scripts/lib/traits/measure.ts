import type { Traits } from '../schema/traits.ts';
import { splitWords, visibleText } from './_prose.ts';
import { countHardConstraints } from './constraints.ts';
import { readingEase } from './readability.ts';
import { measureTone, roundTrait } from './tone.ts';
import type { Tokenizer } from './tokens.ts';
import { templateVariables } from './variables.ts';

/**
 * Every trait of a prompt body. Tokens are counted on the raw body, as the model receives it;
 * words on the visible text (code included, template tags and markup excluded); readability, tone
 * and constraints on the prose. Non-integer traits are rounded to 2 decimals so YAML is stable.
 */
export function measureTraits(body: string, tokenizer: Tokenizer): Traits {
  const tone = measureTone(body);
  return {
    token_count: tokenizer.countTokens(body),
    word_count: splitWords(visibleText(body)).length,
    readability: roundTrait(readingEase(body)),
    formality: tone.formality,
    sentiment: tone.sentiment,
    hard_constraints: countHardConstraints(body),
    template_variables: templateVariables(body).length,
  };
}
