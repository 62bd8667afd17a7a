// Round 26a (issue 11: false flags, v20-v27 pooled): rules said from the other side. A bound in the
// subject is turned by its verb's negation, and a grant of one side is the ban of the other only
// when "only" limits it (`_bounds-other-side.ts`). Twins that leave the other side unsaid, turn the
// side round or move the figure are read as before.
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateClauseChange } from './evaluate-clause-change.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { configSchema } from '../schema/config.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const config = configSchema.parse({});
const embedder = createBuiltinEmbedder();

/** The codes of the reasons that flag the edit, as an audit records them (advisory ones left out). */
async function codes(previous: string, next: string): Promise<string[]> {
  // The readings' own verdict, the weighing as a whole left out (verdict-weights.test.ts tests it).
  const result = await evaluateClauseChange({ clauseId: 'rules/round-26a', previous, next, declaredTone: null, config, embedder, lexicon, verdictWeights: null });
  return result.reasons.filter((reason) => reason.advisory !== true).map((reason) => reason.code);
}

describe('a bound in the subject, turned by the negation of its verb', () => {
  it('is the grant "only" limits to the other side of the figure', async () => {
    expect(await codes('Members under 16 cannot hire a bike.', 'Only members aged 16 or over can hire a bike.')).toEqual([]);
    expect(await codes('Children under 120 cm must not ride the log flume.', 'Only children of 120 cm or taller may ride the log flume.')).toEqual([]);
    expect(await codes('Trailers heavier than 750 kg must not be towed by the minibus.', 'The minibus may tow only trailers of 750 kg or less.')).toEqual([]);
  });

  it('is the superlative that names its edge, the "not" after the subject counted', async () => {
    expect(await codes('Guests under 18 may not join the wine tasting.', '18 is the minimum age for joining the wine tasting.')).toEqual([]);
    expect(await codes('Riders under 14 may not take the pony out alone.', '14 is the youngest age at which a rider may take the pony out alone.')).toEqual([]);
  });

  it('is no grant of the other side without "only": the side it banned is left unsaid', async () => {
    expect(await codes('Loads over 20 kg must not be lifted alone.', 'Loads under 20 kg may be lifted alone.')).toEqual(expect.arrayContaining(['negation-removed', 'modal-weakened']));
    expect(await codes('Members under 16 cannot hire a bike.', 'Members aged 16 or over can hire a bike.')).toEqual(expect.arrayContaining(['negation-removed', 'modal-weakened']));
  });

  it('still reads the side turned round or the figure moved', async () => {
    expect(await codes('Guests under 18 may not join the wine tasting.', 'Only guests under 18 may join the wine tasting.')).toContain('modal-weakened');
    expect(await codes('Children under 120 cm must not ride the log flume.', 'The maximum height for the log flume is 120 cm.')).toContain('negation-removed');
    expect(await codes('Members under 16 cannot hire a bike.', 'Only members aged 12 or over can hire a bike.')).toContain('number-changed');
  });

  it('counts a sentence before the bound as no part of its clause', async () => {
    const previous = 'You are the support assistant for the bike scheme. Members under 16 cannot hire a bike. Never share a member\'s address.';
    const next = 'You are the support assistant for the bike scheme. Only members aged 16 or over can hire a bike. Never share a member\'s address.';
    expect(await codes(previous, next)).toEqual([]);
  });
});

describe('a prohibition said by a predicate of the place or the act', () => {
  it('reads "<thing>-free", "off limits" for a "keep out of" and an impersonal "<gerund> is forbidden" as the ban kept', async () => {
    expect(await codes('Never bring nuts into the school kitchen.', 'The school kitchen is nut-free.')).toEqual([]);
    expect(await codes('Keep out of the blasting area while the siren sounds.', 'While the siren sounds, the blasting area is off limits.')).toEqual([]);
    expect(await codes('Players must not kick balls against the chapel wall.', 'Kicking balls against the chapel wall is forbidden.')).toEqual([]);
    expect(await codes('Passengers must not feed the gulls from the deck.', 'Feeding the gulls from the deck is not allowed.')).toEqual([]);
  });

  it('still reads another span, a case or doers of its own after the predicate, and a softer predicate', async () => {
    expect(await codes('Keep out of the blasting area while the siren sounds.', 'Until the siren sounds, the blasting area is off limits.')).not.toEqual([]);
    expect(await codes('Players must not kick balls against the chapel wall.', 'Kicking balls against the chapel wall is forbidden during services.')).not.toEqual([]);
    expect(await codes('Passengers must not feed the gulls from the deck.', 'Feeding the gulls from the deck is forbidden for children.')).not.toEqual([]);
    expect(await codes('Players must not kick balls against the chapel wall.', 'Kicking balls against the chapel wall is discouraged.')).not.toEqual([]);
    expect(await codes('Never bring nuts into the school kitchen.', 'Nuts are welcome in the school kitchen.')).toContain('negation-removed');
  });

  it('keeps a word of the ban that went with none in its place a change', async () => {
    expect(await codes('Do not smoke in or near any of the hearses.', 'The hearses are smoke-free.')).toContain('negation-removed');
  });
});

describe('a figure in words after the bound of a negated verb', () => {
  it('turns the bound as a figure in digits does', async () => {
    expect(await codes('Lorries must not carry more than 40 tonnes.', 'Lorries must not carry more than forty tonnes.')).toEqual([]);
    expect(await codes('Divers must not go deeper than 18 metres.', 'Divers must not go deeper than eighteen metres.')).toEqual([]);
  });

  it('still reads the figure moved or the bound turned round', async () => {
    expect(await codes('Lorries must not carry more than 40 tonnes.', 'Lorries must not carry more than fifty tonnes.')).toContain('number-changed');
    expect(await codes('A guide must not take more than 12 walkers onto the fell.', 'A guide must not take fewer than twelve walkers onto the fell.')).toContain('order-changed');
  });
});

describe('two sentences joined with "but" and the second one\'s modal', () => {
  it('reads the second as a rule of its own, as the two sentences were', async () => {
    expect(await codes('Visitors may watch from the gallery. They must not touch the consoles.', 'Visitors may watch from the gallery but must not touch the consoles.')).toEqual([]);
    expect(await codes('Volunteers may sort donations in the back room. They cannot price items.', 'Volunteers may sort donations in the back room but cannot price items.')).toEqual([]);
  });

  it('still reads the second rule turned round, and a "but never" with no modal as an exception', async () => {
    expect(await codes('Drivers may rest in the cab. They must not sleep in the loading bay.', 'Drivers may rest in the cab but may sleep in the loading bay.')).toContain('negation-removed');
    expect(await codes('Apprentices may use the lathe. They must never use it alone.', 'Apprentices may use the lathe but never alone on weekdays.')).toContain('negation-moved');
  });
});

describe('a number removed beside the same number kept in a compound', () => {
  it('names the words that went, not the compound that stayed', async () => {
    const result = await evaluateClauseChange({
      clauseId: 'rules/round-26a',
      previous: 'Staff sign in to the payroll system with two factors. Two-factor sign-in is also required for the admin panel.',
      next: 'Staff sign in to the payroll system with a password. Two-factor sign-in is also required for the admin panel.',
      declaredTone: null,
      config,
      embedder,
      lexicon,
    });
    expect(result.reasons.filter((reason) => reason.code === 'number-changed').map((reason) => reason.message)).toEqual(['number removed: "two factors"']);
  });
});

describe('initials joined by "&"', () => {
  it('are the words joined by "and" that the other version spells out', async () => {
    expect(await codes('Send the P&L summary to the board each month.', 'Send the profit and loss summary to the board each month.')).toEqual([]);
    expect(await codes('Guests must read the T&Cs before booking.', 'Guests must read the terms and conditions before booking.')).toEqual([]);
  });

  it('still read as removed when the words keep one initial or none', async () => {
    expect(await codes('Log every R&D expense in the grants sheet.', 'Log every research expense in the grants sheet.')).toContain('entity-removed');
    expect(await codes('Patients who arrive by ambulance go straight to A&E.', 'Patients who arrive by ambulance go straight to the assessment unit.')).toContain('entity-removed');
  });
});

describe('a duty\'s place said as a ban on anywhere but it', () => {
  it('reads the exception after an indefinite under the negation as a turn back', async () => {
    expect(await codes('Fireworks must be stored in the steel magazine.', 'No firework is stored anywhere other than the steel magazine.')).toEqual([]);
    expect(await codes('Cash must be counted in the back office.', 'Cash is never counted anywhere except the back office.')).toEqual([]);
  });

  it('still reads the exception lost or a place added to it', async () => {
    expect(await codes('Kayaks must be launched from the slipway.', 'No kayak is launched from the slipway.')).toContain('negation-added');
    expect(await codes('Drones must be flown over the practice field.', 'No drone is flown anywhere but over the practice field or the car park.')).toContain('scope-widened');
  });
});

describe('a ban said by a verb that shuts someone out of the act', () => {
  it('reads "rules ... out of", "disqualifies ... from", "excludes ... from" as the "not"', async () => {
    expect(await codes('A swimmer who fails the depth test may not use the deep end.', 'Failing the depth test rules a swimmer out of using the deep end.')).toEqual([]);
    expect(await codes('Members who owe fees may not vote at the AGM.', 'Owing fees excludes a member from voting at the AGM.')).toEqual([]);
  });

  it('still reads the verb negated, and a sentence that brings words of its own', async () => {
    expect(await codes('Players with a red card may not play in the next match.', 'A red card does not rule a player out of the next match.')).toContain('negation-removed');
    expect(await codes('Players with a red card may not play in the next match.', 'A red card rules a player out of the team photo.')).toContain('negation-removed');
    expect(await codes('Members who owe fees may not vote at the AGM.', 'Owing fees for two years excludes a member from voting at the AGM.')).toContain('negation-removed');
  });
});

describe('a pressure in another unit', () => {
  it('is the same amount in bar, kilopascals, megapascals', async () => {
    expect(await codes('Inflate the trailer tyres to 2 bar.', 'Inflate the trailer tyres to 200 kilopascals.')).toEqual([]);
    expect(await codes('Set the welding gas regulator to 10 bar.', 'Set the welding gas regulator to 1 MPa.')).toEqual([]);
  });

  it('still reads the figure moved', async () => {
    expect(await codes('Test the boiler at 1.5 bar before each season.', 'Test the boiler at 15 kPa before each season.')).toContain('number-changed');
  });
});
