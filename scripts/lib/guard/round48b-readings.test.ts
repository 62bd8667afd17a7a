// Round 48b (issue 11): what a new word is to an old one when a rule's polarity moves
// (`_polarity-words.ts`: an opposite, the same thing in another word, or new), as
// `_polarity-moved.ts` reads it; a ban put on the thing whole ("off limits", "put away"); beside
// the twins that flip or move a "no" keeping the words, which stay read.
// Its class through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { saysWithPolarityMoved } from './_polarity-moved.ts';
import { opposedWords, saysSameThing } from './_polarity-words.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const moved = (previous: string, next: string) => saysWithPolarityMoved(previous, next, lexicon);

describe('what a new word is to an old one', () => {
  it('reads opposites the dictionary gives, through a participle or a form link, and never words that share a sense', () => {
    expect(opposedWords(lexicon, 'illness', 'health')).toBe(true);
    expect(opposedWords(lexicon, 'seated', 'stands')).toBe(true);
    expect(opposedWords(lexicon, 'unsupervised', 'supervised')).toBe(true);
    expect(opposedWords(lexicon, 'walk', 'run')).toBe(false);
    expect(opposedWords(lexicon, 'keep', 'leave')).toBe(false);
    expect(opposedWords(lexicon, 'sell', 'sell')).toBe(false);
  });

  it('reads the same thing in a word one link away among the commonest senses, never an opposite', () => {
    expect(saysSameThing(lexicon, 'photographing', 'photographed')).toBe(true);
    expect(saysSameThing(lexicon, 'seated', 'stands')).toBe(false);
    expect(saysSameThing(lexicon, 'launched', 'goes')).toBe(false);
  });
});

describe('a rule said with its polarity moved, read by what its new words are', () => {
  it('reads an opposite reached through a participle, and "may ... only with" for a ban "without" that is forbidden', () => {
    expect(moved('Puppeteers must stay seated behind the screen while the curtain is up.', 'While the curtain is up, no puppeteer stands behind the screen.')).toBe(true);
    expect(moved('Photographing the nesting terns without a warden\'s permission is forbidden.', 'The nesting terns may be photographed only with a warden\'s permission.')).toBe(true);
  });

  it('reads a ban put on the thing whole, the old act unsaid, and a bound said by another word of its side', () => {
    expect(moved('Horses must not be worked on slopes steeper than one in three.', 'Slopes steeper than one in three are off limits for the horses.')).toBe(true);
    expect(moved('Phones are not to be used anywhere beyond the changing rooms.', 'Once past the changing rooms, phones stay put away.')).toBe(true);
  });

  it('reads nothing where a "no" is flipped or moved with the words kept, an opposite traded without its "no", or a word left over', () => {
    expect(moved('Puppeteers must stay seated behind the screen while the curtain is up.', 'Puppeteers must stand behind the screen while the curtain is up.')).toBe(false);
    expect(moved('Photographing the nesting terns without a warden\'s permission is forbidden.', 'The nesting terns may be photographed without a warden\'s permission.')).toBe(false);
    expect(moved('Do not lend the glove puppets to schools that have not signed the loan form.', 'Glove puppets are lent only to schools that have not signed the loan form.')).toBe(false);
    expect(moved('Never publish a letter unless its writer has agreed to it in writing.', 'Only when its writer has agreed to it may a letter be published.')).toBe(false);
  });

  it('reads nothing where a figure or a whole ban\'s case changes', () => {
    expect(moved('Do not open the kiln until its temperature has fallen below 100 degrees.', 'The kiln may be opened only once its temperature has fallen below 300 degrees.')).toBe(false);
    expect(moved('Visitors must not walk on the saltings at high tide.', 'At low tide the saltings are off limits to visitors.')).toBe(false);
  });

  it('trades no opposite for a word said again in another form ("sell" / "sold", whose derivation "buyers" is no opposite)', () => {
    expect(moved('Do not sell a puppy to a buyer who has not visited the kennel.', 'Puppies are sold only to buyers who have visited the kennel.')).toBe(true);
  });
});
