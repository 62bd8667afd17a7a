import type { Traits } from './traits.ts';

// The trait names in the schema's order, apart from traits.ts (which builds the zod schema) so that
// a recording commit computing trait deltas does not load zod. A test keeps it equal to the schema's keys.
export const TRAIT_NAMES = ['token_count', 'word_count', 'readability', 'formality', 'sentiment', 'hard_constraints', 'template_variables'] as const satisfies readonly (keyof Traits)[];
