import { describe, expect, it } from 'vitest';
import { countRegisterMarkers } from './formality.ts';

// Emoji are searched only in prose that may hold one (a character past ASCII, ":" or ";"), and
// exclamation marks counted without a regex: every kind of prose gives the counts a search gives.
describe('the emoji and exclamation marks of the register markers', () => {
  const searched = (prose: string) => ({
    emoji: prose.match(/\p{Extended_Pictographic}|(?<!\S)[:;]-?[)(DPp](?!\S)/gu)?.length ?? 0,
    exclamations: prose.match(/!/g)?.length ?? 0,
  });
  const counted = (prose: string) => {
    const { emoji, exclamations } = countRegisterMarkers(prose);
    return { emoji, exclamations };
  };

  it.each([
    ['ASCII with faces', 'Thanks :) see you ;-) soon :D or :P!'],
    ['ASCII with colons and no face', 'Note: read this; then act! Really!!'],
    ['ASCII with neither', 'Plain words and nothing else! At all!'],
    ['pictographs', 'Shipped 🚀 today ✅ and © noted!!! 👩‍👩‍👧'],
    ['other scripts, no pictograph', 'Привет, клиент! お客様 é'],
    ['empty', ''],
  ])('%s', (_, prose) => {
    expect(counted(prose)).toEqual(searched(prose));
  });
});
