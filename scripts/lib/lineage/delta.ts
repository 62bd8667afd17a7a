import type { TraitDelta, Traits } from '../schema/traits.ts';
import { TRAIT_NAMES } from '../schema/trait-names.ts';

/** New minus parent for every trait (zero against no parent), rounded to keep YAML stable. */
export function diffTraits(next: Traits, parent: Traits | undefined): TraitDelta {
  const delta = {} as TraitDelta;
  for (const name of TRAIT_NAMES) {
    delta[name] = parent ? Math.round((next[name] - parent[name]) * 100) / 100 : 0;
  }
  return delta;
}
