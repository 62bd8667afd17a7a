import { describe, expect, it } from 'vitest';
import { TRAIT_NAMES } from './trait-names.ts';
import { traitDeltaSchema, traitsSchema } from './traits.ts';

describe('the trait names', () => {
  it('are the keys of the traits schema and of the delta schema, in their order', () => {
    expect([...TRAIT_NAMES]).toEqual(Object.keys(traitsSchema.shape));
    expect([...TRAIT_NAMES]).toEqual(Object.keys(traitDeltaSchema.shape));
  });
});
