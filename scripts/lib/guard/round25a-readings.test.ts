// Round 25a (issue 11: false flags, v20-v26 pooled): a negation carried inside a word
// (`_negations-in-words.ts`) is one turn of a rule's polarity, so a duty said as a negative universal
// over its complement, or a double negative said plainly, keeps the rule; a bound said as the
// extreme it allows (`_extreme-bounds.ts`) is the ban on the other side of its figure. Twins that
// lose one of the two negations, move the figure or turn the superlative round are read as before.
import { afterAll, describe, expect, it } from 'vitest';
import { negatesInWord } from './_negations-in-words.ts';
import { extremeBound, grantIsEdge } from './_extreme-bounds.ts';
import { findReasons } from './find-reasons.ts';
import { tokenizeWords } from './_text.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());

const codes = (previous: string, next: string) => findReasons(previous, next, lexicon).map((reason) => reason.code);
const turned = (sentence: string) => {
  const words = tokenizeWords(sentence);
  return words.filter((_, i) => negatesInWord(words, i));
};

describe('a negation carried inside a word', () => {
  it('reads a negative participle or adjective standing as the predicate, after a verb of being, going or leaving', () => {
    expect(turned('No lockage goes unrecorded in the logbook.')).toEqual(['unrecorded']);
    expect(turned('The rink gate is never left unlocked.')).toEqual(['unlocked']);
    expect(turned('No model locomotive is ever uninsured.')).toEqual(['uninsured']);
  });

  it('reads a verb of not doing only with its "to"', () => {
    expect(turned('Kennel staff must not fail to check the bowls.')).toEqual(['fail']);
    expect(turned('Projectionists never omit to dim the lights.')).toEqual(['omit']);
    expect(turned('Report every failed check.')).toEqual([]);
  });

  it('leaves a negative word before a noun and words that only begin with "un"', () => {
    expect(turned('Staff must wear gloves to handle an untreated skin.')).toEqual([]);
    expect(turned('The till is under supervision until the shift is universal.')).toEqual([]);
  });

  it('reads a verb of undoing as an act, no "not", and leaves it beside a state the other side states to the other readings', () => {
    expect(turned('Do not unlock the drug cabinet.')).toEqual([]);
    expect(turned('Unlabelled cables are removed during the monthly audit.')).toEqual([]);
    expect(codes('Do not unlock the drug cabinet when students are in the lab.', 'The drug cabinet stays unlocked whenever students are in the lab.')).toContain('negation-removed');
    expect(codes('Lock the server room when you leave.', 'Never unlock the server room when you leave.')).not.toEqual([]);
  });
});

describe('a rule whose two negations, one inside a word, say it plainly', () => {
  it('keeps a duty said as a negative universal over its complement', () => {
    expect(codes('Each dry-cleaning ticket must be signed by the counter assistant.', 'No dry-cleaning ticket is left unsigned by the counter assistant.')).toEqual([]);
    expect(codes('Pruners must tag every diseased vine.', 'No diseased vine goes untagged by the pruners.')).toEqual([]);
  });

  it('keeps a double negative with a verb of not doing said plainly', () => {
    expect(codes('Kennel staff must not fail to check the water bowls on each round.', 'Kennel staff check the water bowls on each round.')).toEqual([]);
    expect(codes('No bell ringer may neglect to tie up the rope after practice.', 'Bell ringers always tie up the rope after practice.')).toEqual([]);
  });

  it('still reads a negation that came without its counterpart, a grant or a new case', () => {
    expect(codes('Each dry-cleaning ticket must be signed by the counter assistant.', 'No dry-cleaning ticket is signed by the counter assistant.')).toContain('negation-added');
    expect(codes('Projectionists never omit to dim the dome lights before a show.', 'Projectionists always omit to dim the dome lights before a show.')).toContain('negation-removed');
    expect(codes('No bell ringer may neglect to tie up the rope after practice.', 'Bell ringers may neglect to tie up the rope after practice.')).toContain('negation-removed');
    expect(codes('Pruners must tag every diseased vine.', 'Diseased vines may go untagged by the pruners.')).toContain('modal-weakened');
    expect(codes('Every model locomotive on the layout must be insured by its owner.', 'No model locomotive on the layout is ever uninsured, unless it is on loan.')).toContain('condition-added');
  });
});

describe('a bound said as the extreme it allows', () => {
  const bound = (sentence: string, figure: string) => {
    const words: string[] = [...(sentence.toLowerCase().match(/\d+(?:[.,]\d+)?|%|[a-z]+|[;:,]/g) ?? [])];
    return extremeBound(words, words.indexOf(figure));
  };

  it('reads "<figure> is the <superlative>", "the <superlative> ... is <figure>" and a time after "after"/"before"', () => {
    expect(bound('The minimum age for the adult karts is 16.', '16')).toMatchObject({ side: 'up', superlative: true });
    expect(bound('40 minutes is the longest a telescope session may run.', '40')).toMatchObject({ side: 'down', superlative: true });
    expect(bound('Balloon flights must not take off after 7 p.m.', '7')).toMatchObject({ side: 'up', superlative: false });
    expect(bound('Bring 7 pegs and the longest rope.', '7')).toBeNull();
  });

  it('reads a "may" in the superlative\'s own clause as the edge of what is allowed, and no other', () => {
    expect(grantIsEdge('7 p.m. is the latest a balloon flight may take off.')).toBe(true);
    expect(grantIsEdge('The last flight is at 7 p.m., and guests may stay for tea.')).toBe(false);
  });

  it('keeps a ban said as the superlative on the other side of its figure', () => {
    expect(codes('No one under 16 may drive the adult karts.', 'The minimum age for the adult karts is 16.')).toEqual([]);
    expect(codes('Balloon flights must not take off after 7 p.m.', '7 p.m. is the latest a balloon flight may take off.')).toEqual([]);
    expect(codes('Snowmobile groups must not have more than 8 riders.', 'The maximum size of a snowmobile group is 8 riders.')).toEqual([]);
  });

  it('still reads a figure moved, a superlative turned round and a hedge', () => {
    expect(codes('No one under 16 may drive the adult karts.', 'The minimum age for the adult karts is 14.')).toContain('number-changed');
    expect(codes('Balloon flights must not take off after 7 p.m.', '7 p.m. is the earliest a balloon flight may take off.')).toContain('negation-removed');
    expect(codes('Snowmobile groups must not have more than 8 riders.', 'The minimum size of a snowmobile group is 8 riders.')).toContain('order-changed');
    expect(codes('Balloon flights must not take off after 7 p.m.', '7 p.m. is the latest a balloon flight should usually take off.')).toContain('qualifier-added');
  });
});
