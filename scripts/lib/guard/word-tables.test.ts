// The guard's tables of words (numbers, units, fractions, rate adverbs, states) hold their own words
// only: "constructor", Object.prototype's one lower-case key, was read as a number word, a unit and
// a fraction, and any edit of a sentence holding it flagged "number changed" (a code that flags by
// design, so the weighing never took it away), often between two identical amounts.
import { describe, expect, it } from 'vitest';
import { findNumberChanges } from './reason-number.ts';
import { NUMBER_WORDS, PERIOD_SECONDS } from './_numbers.ts';
import { UNITS } from './_quantity-units.ts';
import { wordTable } from './_word-table.ts';
import { keepsTheState } from './_states-kept.ts';
import { readRequirementFrame } from './_requirement-frames.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

describe('a word a table does not list, named like a property every object has', () => {
  it('is in no table of words', () => {
    for (const table of [NUMBER_WORDS, PERIOD_SECONDS, UNITS, wordTable({ one: 1 })]) {
      expect('constructor' in table).toBe(false);
      expect(table['constructor']).toBeUndefined();
      expect('__proto__' in table).toBe(false);
    }
    expect(NUMBER_WORDS['twelve']).toBe(12);
  });

  it('reads as no number in a clause: edits around it change no amount, and a real change is named alone', () => {
    expect(findNumberChanges('Write 5 constructor tests.', 'Write 5 constructor tests first.')).toEqual([]);
    expect(findNumberChanges('Initialise fields in the constructor, not in setup methods.', 'Initialise fields in the constructor, never in setup methods.')).toEqual([]);
    expect(findNumberChanges('Keep the constructor small within reason.', 'Keep the constructor small, within reason.')).toEqual([]);
    // A count a duty demands is its floor since round 40c: lowered, the change is named with its direction.
    expect(findNumberChanges('Write 3 constructor tests.', 'Write 2 constructor tests.').map((reason) => reason.message)).toEqual(['number changed: "3 constructor" -> "2 constructor" (loosens the rule)']);
  });
});

describe('the readings of states kept and of requirement frames, on a sentence naming a constructor', () => {
  it('read it as any other word: no state kept is thrown on, no figure is found in it', () => {
    // _states-kept.ts's tables held "constructor" as Object and threw ("forbidden.states.includes
    // is not a function"); _requirement-frames.ts read Object as a figure of the frame.
    expect(keepsTheState('Do not let the constructor go.', 'The gate stays locked.', createWordNetLexicon())).toBe(false);
    const constructor = readRequirementFrame('The constructor must never enter the site.');
    const builder = readRequirementFrame('The builder must never enter the site.');
    expect(constructor?.figures).toEqual([]);
    expect({ ...constructor, words: constructor?.words.map((word) => ({ ...word, word: '?' })), party: constructor?.party.length }).toEqual({ ...builder, words: builder?.words.map((word) => ({ ...word, word: '?' })), party: builder?.party.length });
  });
});

describe('a clause that names a constructor, through real commits', () => {
  it('is audited, its rewording unflagged and its ban dropped flagged (the guard threw on the word, and the hook failed)', async () => {
    const { createRepo } = await import('../../test-utils/repo.ts');
    const { parse } = await import('yaml');
    const repo = createRepo();
    try {
      const clause = (text: string) => `---\ntitle: Constructors\n---\n${text}\n`;
      repo.write('codex/rules/small.md', clause('Always keep the constructor small and readable.'));
      repo.write('codex/rules/logic.md', clause('Never put logic in a constructor.'));
      const added = repo.commit('add the rules', '2026-02-01');
      expect(added.code, added.stdout + added.stderr).toBe(0);
      repo.write('codex/rules/small.md', clause('Always keep the constructor small and easy to read.'));
      repo.write('codex/rules/logic.md', clause('Put logic in a constructor.'));
      const edited = repo.commit('edit the rules', '2026-02-02');
      expect(edited.code, edited.stdout + edited.stderr).toBe(0);
      const flagOf = (id: string) => repo.filesAtHead(`vault/audits/${id}/`).map((file) => parse(repo.showHead(file)) as { change: string; regression_flag: boolean }).find((audit) => audit.change === 'edited')?.regression_flag;
      expect(flagOf('rules/small')).toBe(false);
      expect(flagOf('rules/logic')).toBe(true);
    } finally {
      repo.cleanup();
    }
  }, 120_000);
});
