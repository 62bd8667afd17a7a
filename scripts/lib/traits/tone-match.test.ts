import { describe, expect, it } from 'vitest';
import { declaredTones, toneMatchesDeclared } from './tone-match.ts';

const FORMAL_CLAUSE =
  'Refunds are issued in accordance with the returns policy. Kindly provide the order reference and the date of purchase so that the request can be verified.';
const PLAYFUL_CLAUSE = 'Refunds? Easy peasy! 🎉 Toss us your order number and we will zap the money back, haha!';

describe('toneMatchesDeclared', () => {
  it('matches a formal clause declared formal or professional', () => {
    expect(toneMatchesDeclared('formal', FORMAL_CLAUSE)).toEqual({ matches: true, measured: 'formal', expected: 'formal' });
    expect(toneMatchesDeclared('Professional', FORMAL_CLAUSE).matches).toBe(true);
  });

  it('flags a clause declared formal that now reads playful', () => {
    expect(toneMatchesDeclared('formal', PLAYFUL_CLAUSE)).toEqual({ matches: false, measured: 'playful', expected: 'formal' });
  });

  it('accepts neighbouring tones: formal text kept by a strict or neutral reading', () => {
    expect(toneMatchesDeclared('formal', 'Never disclose account numbers. Always verify identity first.')).toMatchObject({
      matches: true,
      measured: 'strict',
    });
    expect(toneMatchesDeclared('firm', 'Never disclose account numbers. Always verify identity first.').expected).toBe('strict');
  });

  it('knows no tone in a word that is one of Object\'s property names', () => {
    expect(declaredTones('constructor')).toEqual([]);
    expect(declaredTones('Constructor, formal')).toEqual(['formal']);
    expect(toneMatchesDeclared('constructor', PLAYFUL_CLAUSE)).toEqual({ matches: true, measured: 'playful', expected: 'constructor' });
  });

  it('matches a mixed declaration when the text reads as either tone', () => {
    const result = toneMatchesDeclared('firm but warm', PLAYFUL_CLAUSE);
    expect(result).toEqual({ matches: true, measured: 'playful', expected: 'strict or friendly' });
  });

  it('flags an empathetic clause rewritten as bare rules', () => {
    const result = toneMatchesDeclared('empathetic', 'Do not discuss compensation. State the delivery policy. Never promise dates.');
    expect(result).toEqual({ matches: false, measured: 'strict', expected: 'empathetic' });
  });

  it('matches any text when the declared tone is a word it does not know', () => {
    expect(toneMatchesDeclared('Shakespearean', PLAYFUL_CLAUSE)).toEqual({ matches: true, measured: 'playful', expected: 'Shakespearean' });
  });
});

describe('declaredTones', () => {
  it('maps synonyms and multi-word declarations onto the vocabulary', () => {
    expect(declaredTones('professional')).toEqual(['formal']);
    expect(declaredTones('casual')).toEqual(['friendly', 'playful']);
    expect(declaredTones('Warm, concise')).toEqual(['friendly', 'neutral']);
    expect(declaredTones('matter-of-fact')).toEqual(['neutral']);
    expect(declaredTones('light-hearted')).toEqual(['playful']);
    expect(declaredTones('baroque')).toEqual([]);
  });
});
