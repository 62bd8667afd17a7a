import { z } from 'zod';

/** Measurable traits of a prompt body; every checkpoint stores them, every mutation their delta. */
export const traitsSchema = z.object({
  /** BPE tokens of the body under the checkpoint's tokenizer. */
  token_count: z.number().int().nonnegative(),
  /** Words of the body (Unicode letters/digits runs). */
  word_count: z.number().int().nonnegative(),
  /** Flesch reading ease, higher reads easier (about 0-100). */
  readability: z.number(),
  /** Formality from -1 (casual) to 1 (formal). */
  formality: z.number(),
  /** Sentiment from -1 (negative) to 1 (positive). */
  sentiment: z.number(),
  /** Hard constraints: must, never, always, do not, ... */
  hard_constraints: z.number().int().nonnegative(),
  /** Distinct template variables such as `{{customer_name}}`. */
  template_variables: z.number().int().nonnegative(),
});

export type Traits = z.infer<typeof traitsSchema>;
export type TraitName = keyof Traits;
export { TRAIT_NAMES } from './trait-names.ts';

/** New minus parent for every trait; all zero for a prompt with no parent. */
export const traitDeltaSchema = traitsSchema.extend({
  token_count: z.number().int(),
  word_count: z.number().int(),
  hard_constraints: z.number().int(),
  template_variables: z.number().int(),
});
export type TraitDelta = z.infer<typeof traitDeltaSchema>;
