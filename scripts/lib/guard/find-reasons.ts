// Every lexical regression detector, run over one clause edit. Pure.
import type { Reason } from '../schema/records.ts';
import { findEntitiesRemoved } from './reason-entity.ts';
import { findModalWeakened } from './reason-modal.ts';
import { findNegationChanges } from './reason-negation.ts';
import { findNumberChanges } from './reason-number.ts';
import { findReferencesRemoved } from './reason-reference.ts';
import { findRequirementsRemoved } from './reason-requirement.ts';

const DETECTORS: ReadonlyArray<(previous: string, next: string) => Reason[]> = [
  findModalWeakened,
  findNegationChanges,
  findNumberChanges,
  findRequirementsRemoved,
  findEntitiesRemoved,
  findReferencesRemoved,
];

/**
 * Lexical reasons an edit of a clause may have weakened it: weakened modals, flipped negations,
 * changed numbers, dropped rules, entities and references. Embedding similarity misses most of
 * these ("must" and "may" sit close together in any vector space), so they are checked by rule.
 */
export function findReasons(previous: string, next: string): Reason[] {
  return DETECTORS.flatMap((detect) => detect(previous, next));
}
