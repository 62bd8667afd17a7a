// Round 30b (issue 11): drift misses of v34 and v35 pooled with v28-v33 read as kinds of English,
// each reading beside the twins that must keep their verdict: a slot of a short rule replaced, its
// ban or duty kept as the frame.
import { describe, expect, it } from 'vitest';
import { bindingFrame } from './_binding-frame.ts';
import { demandStretchReplaced } from './reason-demand-replaced.ts';
import { spansReplaced } from './reason-spans-replaced.ts';
import { wordReplaced } from './reason-word-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a kept ban or duty is one word of a short rule\'s frame', () => {
  it('counts "must", "never", "not", "no" and "shall", not a modal of advice or grant', () => {
    expect(bindingFrame(['no', 'in', 'the', 'exam', 'hall'])).toBe(1);
    expect(bindingFrame(['do', 'not', 'by', 'the', 'fire', 'exit'])).toBe(1);
    expect(bindingFrame(['staff', 'must', 'in', 'the', 'bakery'])).toBe(1);
    expect(bindingFrame(['staff', 'should', 'in', 'the', 'bakery'])).toBe(0);
    expect(bindingFrame(['guests', 'may', 'on', 'balconies'])).toBe(0);
  });

  it('reads a stretch, spans or one word replaced beside two kept content words and the ban', () => {
    expect(demandStretchReplaced('No chewing gum in the flight chamber.', 'No fizzy drinks in the flight chamber.', lexicon)).toEqual({ went: ['chewing', 'gum'], came: ['fizzy', 'drinks'] });
    expect(spansReplaced('Never clean oil paintings with a damp cloth.', 'Never hang oil paintings in direct sunlight.', lexicon)).not.toBeNull();
    expect(wordReplaced('No dogs on the climbing frame.', 'No bicycles on the climbing frame.', lexicon)).toEqual({ gone: 'dogs', came: 'bicycles' });
  });

  it('leaves the same short sentence alone without its ban: a remark or advice pins no slot', () => {
    expect(demandStretchReplaced('Chewing gum in the flight chamber.', 'Fizzy drinks in the flight chamber.', lexicon)).toBeNull();
    expect(wordReplaced('Dogs on the climbing frame.', 'Bicycles on the climbing frame.', lexicon)).toBeNull();
  });

  it('flags the slot replaced in a short ban or duty', async () => {
    expect(await flagging('No glass bottles on the pool deck.', 'No inflatable toys on the pool deck.')).toContain('semantic-drift');
    expect(await flagging('Do not stack crates by the fire exit.', 'Do not park trolleys by the fire exit.')).toContain('semantic-drift');
    expect(await flagging('Never microwave the sample tubes.', 'Never freeze the sample tubes.')).toContain('semantic-drift');
    expect(await flagging('Pupils must not run in corridors.', 'Pupils must not eat in corridors.')).toContain('semantic-drift');
  });

  it('keeps the slot said with a synonym, a broader word or a verb of two words', async () => {
    expect(await flagging('Do not stack crates by the fire exit.', 'Do not pile crates by the fire exit.')).toEqual([]);
    expect(await flagging('No glass bottles on the pool deck.', 'No glass containers on the pool deck.')).toEqual([]);
    expect(await flagging('Never microwave the sample tubes.', 'Never nuke the sample tubes.')).toEqual([]);
    expect(await flagging('Pupils must not run in corridors.', 'Pupils must not run in hallways.')).toEqual([]);
    expect(await flagging('Guests must not smoke on balconies.', 'Guests must not light up on balconies.')).toEqual([]);
    expect(await flagging('Never clean oil paintings with a damp cloth.', 'Never wipe oil paintings with a wet cloth.')).toEqual([]);
  });
});
