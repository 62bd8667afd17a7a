// Round 47a (issue 11): the misses of v68/v69 read as shapes. An instruction's act replaced by a verb
// of another kind whose noun is a quality ("Sweep the ring" -> "Salt the ring"); a "not" dropped
// beside a sole-doer form ("by ear alone"); a margin said with "by" moved ("win by 2" -> "win by 1");
// a duty's case "if X" said "only if X and Y"; the doer and the party a trailing "not" keeps out
// exchanged; a word put between "a" / "every" and a kept noun of a duty or a ban. Each beside the twin
// that keeps the rule; the classes through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { findWordsReplaced } from './reason-word-replaced.ts';
import { foldSoleDoers } from './_sole-doers.ts';
import { byIsAMargin } from './_margins.ts';
import { findConditionChanges } from './reason-condition.ts';
import { findRolesSwapped } from './reason-roles.ts';
import { findTrailingContrastSwap } from './_contrast-swap.ts';
import { findKindsQualified } from './reason-kind-qualified.ts';
import { findReasons } from './find-reasons.ts';
import { readStatementGroups } from './_statement-groups.ts';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((reason) => reason.code);
const lexicon = createWordNetLexicon();
const words = (text: string) => text.toLowerCase().replace(/[^a-z' ]+/g, ' ').trim().split(/\s+/);

describe("an instruction's act replaced by a verb of another kind", () => {
  it('reads "Sweep the ring" -> "Salt the ring" as the act replaced, though "a sweep" is a quality', () => {
    expect(codes(findWordsReplaced('Sweep the ring after every session.', 'Salt the ring after every session.', lexicon))).toEqual(['semantic-drift']);
  });

  it('reads a short instruction\'s opening verb replaced, its mood a frame word as "must" is', () => {
    expect(codes(findWordsReplaced('Sieve the castings before they are bagged.', 'Weigh the castings before they are bagged.', lexicon))).toEqual(['semantic-drift']);
    expect(findWordsReplaced('Wash the baskets after they are emptied.', 'Rinse the baskets after they are emptied.', lexicon)).toEqual([]);
  });

  it('reads nothing for verbs of one kind, a subject, or a verb the sentence says already', () => {
    expect(findWordsReplaced('Wipe the tasting glasses with a clean cloth after each flight.', 'Polish the tasting glasses with a clean cloth after each flight.', lexicon)).toEqual([]);
    expect(findWordsReplaced('Park the minibus in the rear yard overnight.', 'Leave the minibus in the rear yard overnight.', lexicon)).toEqual([]);
    expect(findWordsReplaced('Dry the rolled leaves in the firing room.', 'Fire the rolled leaves in the firing room.', lexicon)).toEqual([]);
  });
});

describe('a "not" dropped beside a sole-doer form', () => {
  it('no longer folds "are not to record ... by ear alone" into "are to record ... by ear alone"', () => {
    const [, folded] = foldSoleDoers('Surveyors are not to record calling males by ear alone.', 'Surveyors are to record calling males by ear alone.', lexicon);
    expect(folded).toBe('Surveyors are to record calling males by ear alone.');
    expect(codes(findReasons('Pluckers are not to grade the leaf by eye alone.', 'Pluckers are to grade the leaf by eye alone.', lexicon))).toContain('negation-removed');
  });

  it('still folds a sole doer said in another form, its kept-out party said with "at no point"', () => {
    const old = "Officers never open a passenger's laptop themselves; the passenger is asked to do it.";
    const [, folded] = foldSoleDoers(old, "Opening a passenger's laptop is a job for the passenger, at the officer's request, and at no point for the officer.", lexicon);
    expect(folded).not.toContain('at no point');
  });
});

describe('a margin said with "by"', () => {
  it('reads "win by 2", "by 10 per cent" and "cut back by 30 centimetres" as margins, and "by 5 pm", "by 2:30" as deadlines', () => {
    expect(byIsAMargin('League matches are played to 11 points, win by', ' 2.')).toBe(true);
    expect(byIsAMargin("Raise the pluckers' day rate by", ' 10 per cent after the first flush.')).toBe(true);
    expect(byIsAMargin('Cut the bushes back by', ' 30 centimetres each winter.')).toBe(true);
    expect(byIsAMargin('Finish every commissioned bow by', ' 5 pm on Friday.')).toBe(false);
    expect(byIsAMargin('The hall is cleared by', ' 2:30.')).toBe(false);
  });
});

describe('a duty\'s case said "only if" with a conjunct gained', () => {
  it('reads "if X" -> "only if X and Y" as the condition narrowed, and "only if X" alone as nothing', () => {
    const read = (previous: string, next: string) => codes(findConditionChanges(readStatementGroups(previous, next)));
    expect(read('Stop plucking if the rain is heavy.', 'Stop plucking only if the rain is heavy and the field officer says so.')).toEqual(['condition-narrowed']);
    expect(read('Stop plucking if the rain is heavy.', 'Stop plucking only if the rain is heavy.')).toEqual([]);
  });
});

describe('parties exchanged round a trailing "not", or in a sentence joined to a second', () => {
  it('reads the doer and the party kept out exchanged, an owner said "their own"', () => {
    expect(findTrailingContrastSwap(words("The estate manager weighs each plucker's basket, not the plucker."), words('Each plucker weighs their own basket, not the estate manager.'))).toEqual(['estate manager', 'plucker']);
    expect(findTrailingContrastSwap(words('The head bowyer fits the string, not the apprentice.'), words('The head bowyer fits the string, not the customer.'))).toBeNull();
  });

  it('reads the teller and the told swapped in one of two old sentences aligned with one new one', () => {
    const reasons = findRolesSwapped(readStatementGroups('The factory manager tells the pluckers when they may start; pluckers do not start on their own.', 'The pluckers tell the factory manager when they will start; the factory manager does not start them.'));
    expect(codes(reasons)).toContain('roles-swapped');
  });
});

describe('a word put between "a" / "every" and a kept noun', () => {
  it('reads "before a match" -> "before a cup match" in a duty as the scope narrowed', () => {
    expect(codes(findKindsQualified(readStatementGroups('All clay beds must be watered before a match.', 'All clay beds must be watered before a cup match.')))).toEqual(['scope-narrowed']);
    expect(codes(findKindsQualified(readStatementGroups('Apprentices must not string a bow alone.', 'Apprentices must not string a heavy bow alone.')))).toEqual(['scope-narrowed']);
  });

  it('reads nothing for a stressed kind, a definite thing named more fully, or a grant', () => {
    expect(findKindsQualified(readStatementGroups('Check every basket for stones.', 'Check every single basket for stones.'))).toEqual([]);
    expect(findKindsQualified(readStatementGroups('Keep the spare strings in the cabinet.', 'Keep the spare strings in the steel cabinet.'))).toEqual([]);
    expect(findKindsQualified(readStatementGroups('Pluckers may take a break after each round.', 'Pluckers may take a short break after each round.'))).toEqual([]);
  });
});
