// A rewording in other words read with the dictionary: the new version in the old one's words
// where they share a common sense, a refusal verb in other words as "refused".
import { afterAll, describe, expect, it } from 'vitest';
import { foldOppositeStates, foldRefusalSenses, foldSharedSenses } from './_sense-words.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());

describe('words sharing a common sense', () => {
  it('reads a word or a verb and its particle of the new version as the old word it shares its first sense with', () => {
    expect(foldSharedSenses('Ask a physician before giving a child any medicine.', 'Ask a doctor before giving a child any medication.', lexicon)).toBe('Ask a physician before giving a child any medicine.');
    expect(foldSharedSenses('Postpone the match if the pitch is waterlogged.', 'Put off the match if the pitch is waterlogged.', lexicon)).toBe('Postpone the match if the pitch is waterlogged.');
    expect(foldSharedSenses('Only buy metal obtained legally.', 'Only buy metal obtained lawfully.', lexicon)).toBe('Only buy metal obtained legally.');
  });

  it('leaves a broader, narrower, sibling or opposite word, a rare shared sense, and words of order and degree', () => {
    expect(foldSharedSenses('Dogs are not permitted in the dining room.', 'Poodles are not permitted in the dining room.', lexicon)).toBe('Poodles are not permitted in the dining room.');
    expect(foldSharedSenses('Ask a physician first.', 'Ask a pharmacist first.', lexicon)).toBe('Ask a pharmacist first.');
    expect(foldSharedSenses('Extinguish the candles.', 'Light the candles.', lexicon)).toBe('Light the candles.');
    // "fresh" and "new" share only the fourth sense of one: not the same word.
    expect(foldSharedSenses('Wear a fresh hairnet.', 'Wear a new hairnet.', lexicon)).toBe('Wear a new hairnet.');
    expect(foldSharedSenses('Keep the chlorine above 1 ppm.', 'Keep the chlorine higher than 1 ppm.', lexicon)).toBe('Keep the chlorine higher than 1 ppm.');
  });
});

describe('refusals in other words', () => {
  it('reads a verb with its particle or a participle whose common senses refuse as "refused" where the other version says "not"', () => {
    expect(foldRefusalSenses('Guests without a wristband are turned away from the pool.', 'Guests without a wristband are not allowed in the pool.', lexicon)).toBe('Guests without a wristband are refused from the pool.');
    expect(foldRefusalSenses('Dogs are excluded from the dining room.', 'Dogs are not permitted in the dining room.', lexicon)).toBe('Dogs are refused from the dining room.');
  });

  it('leaves a text that says "not" itself, one whose other version says none, and bare words ("except", "Keep")', () => {
    expect(foldRefusalSenses('Guests are turned away from the pool.', 'Guests are let into the pool.', lexicon)).toBe('Guests are turned away from the pool.');
    expect(foldRefusalSenses('Guests are not turned away.', 'Guests are not allowed in.', lexicon)).toBe('Guests are not turned away.');
    expect(foldRefusalSenses('Everybody enters, except the crew.', 'Nobody enters, except the crew.', lexicon)).toBe('Everybody enters, except the crew.');
    expect(foldRefusalSenses('Keep the chlorine above 1 ppm.', 'Chlorine must never fall to 1 ppm.', lexicon)).toBe('Keep the chlorine above 1 ppm.');
  });
});

describe('a prohibition said as the opposite state kept', () => {
  it('reads "stays shut" as "does not open" where the old version says "must not open", and leaves the same state or a state that is no opposite', () => {
    expect(foldOppositeStates('Boaters must not open the paddles while the gates are open.', 'The paddles stay shut while the gates are open.', lexicon)).toBe('The paddles do not open while the gates are open.');
    expect(foldOppositeStates('Never light the stove when the tent is closed.', 'The stove stays unlit when the tent is closed.', lexicon)).toBe('The stove does not light when the tent is closed.');
    expect(foldOppositeStates('Do not open the vault at night.', 'The vault stays open at night.', lexicon)).toBe('The vault stays open at night.');
    expect(foldOppositeStates('Do not open the vault at night.', 'The vault stays guarded at night.', lexicon)).toBe('The vault stays guarded at night.');
    expect(foldOppositeStates('Open the vault at night.', 'The vault stays shut at night.', lexicon)).toBe('The vault stays shut at night.');
  });
});
