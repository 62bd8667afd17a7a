// Round 26a (issue 11: false flags, v20-v27 pooled): rules said from the other side. A bound in the
// subject is turned by its verb's negation, and a grant of one side is the ban of the other only
// when "only" limits it (`_bounds-other-side.ts`). Twins that leave the other side unsaid, turn the
// side round or move the figure are read as before.
import { afterAll, describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());

const codes = (previous: string, next: string) => findReasons(previous, next, lexicon).map((reason) => reason.code);

describe('a bound in the subject, turned by the negation of its verb', () => {
  it('is the grant "only" limits to the other side of the figure', () => {
    expect(codes('Members under 16 cannot hire a bike.', 'Only members aged 16 or over can hire a bike.')).toEqual([]);
    expect(codes('Children under 120 cm must not ride the log flume.', 'Only children of 120 cm or taller may ride the log flume.')).toEqual([]);
    expect(codes('Trailers heavier than 750 kg must not be towed by the minibus.', 'The minibus may tow only trailers of 750 kg or less.')).toEqual([]);
  });

  it('is the superlative that names its edge, the "not" after the subject counted', () => {
    expect(codes('Guests under 18 may not join the wine tasting.', '18 is the minimum age for joining the wine tasting.')).toEqual([]);
    expect(codes('Riders under 14 may not take the pony out alone.', '14 is the youngest age at which a rider may take the pony out alone.')).toEqual([]);
  });

  it('is no grant of the other side without "only": the side it banned is left unsaid', () => {
    expect(codes('Loads over 20 kg must not be lifted alone.', 'Loads under 20 kg may be lifted alone.')).toEqual(expect.arrayContaining(['negation-removed', 'modal-weakened']));
    expect(codes('Members under 16 cannot hire a bike.', 'Members aged 16 or over can hire a bike.')).toEqual(expect.arrayContaining(['negation-removed', 'modal-weakened']));
  });

  it('still reads the side turned round or the figure moved', () => {
    expect(codes('Guests under 18 may not join the wine tasting.', 'Only guests under 18 may join the wine tasting.')).toContain('modal-weakened');
    expect(codes('Children under 120 cm must not ride the log flume.', 'The maximum height for the log flume is 120 cm.')).toContain('negation-removed');
    expect(codes('Members under 16 cannot hire a bike.', 'Only members aged 12 or over can hire a bike.')).toContain('number-changed');
  });

  it('counts a sentence before the bound as no part of its clause', () => {
    const previous = 'You are the support assistant for the bike scheme. Members under 16 cannot hire a bike. Never share a member\'s address.';
    const next = 'You are the support assistant for the bike scheme. Only members aged 16 or over can hire a bike. Never share a member\'s address.';
    expect(codes(previous, next)).toEqual([]);
  });
});
