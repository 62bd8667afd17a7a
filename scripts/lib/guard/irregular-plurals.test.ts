// Irregular noun plurals read from WordNet's own exception list (_irregular-plurals.ts), so the
// word readings meet "children" and "child", "analyses" and "analysis" (issue 9, round 21c).
import { describe, expect, it } from 'vitest';
import { normaliseWord } from './_text.ts';
import PLURALS from 'english-plurals-list/dist/plurals.json' with { type: 'json' };
import { foldIrregularNoun, irregularSingular } from './_irregular-plurals.ts';
import { foldsOf } from './_irregular-plural-folds.ts';
import { IRREGULAR_PLURAL_FOLDS } from './irregular-plurals.data.ts';

describe('irregular plurals read as one word with their singular', () => {
  it('meets each plural WordNet lists with its singular, whichever way the stemmer needs', () => {
    for (const [plural, singular] of [['children', 'child'], ['people', 'person'], ['mice', 'mouse'], ['criteria', 'criterion'], ['analyses', 'analysis'], ['teeth', 'tooth'], ['phenomena', 'phenomenon'], ['diagnoses', 'diagnosis'], ['larvae', 'larva'], ['fungi', 'fungus']]) {
      expect(normaliseWord(plural!), `${plural} / ${singular}`).toBe(normaliseWord(singular!));
    }
    // "analysis" is read as its plural, which the stemmer already meets with the verb.
    expect(normaliseWord('analyses')).toBe(normaliseWord('analyse'));
  });

  it('takes in no other word: a loanword plural that is an English word, or a verb in "-ves", stays itself', () => {
    expect(foldIrregularNoun('dive')).toBe('dive');
    expect(foldIrregularNoun('lire')).toBe('lire');
    expect(normaliseWord('leaves')).toBe(normaliseWord('leave'));
    expect(normaliseWord('lives')).toBe(normaliseWord('live'));
  });

  it('gives the dictionary the singular of a plural with no "s" only', () => {
    expect(irregularSingular('mice')).toBe('mouse');
    expect(irregularSingular('analyses')).toBeNull();
    expect(irregularSingular('tables')).toBeNull();
  });

  it('ships the folds the rule makes of the installed list (irregular-plurals.data.ts is written, not typed)', () => {
    // If not: npx node scripts/lib/guard/irregular-plurals-write-fs.ts
    expect([...IRREGULAR_PLURAL_FOLDS]).toEqual([...foldsOf(PLURALS as Record<string, string>)]);
  });
});
