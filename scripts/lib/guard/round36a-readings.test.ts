// Round 36a (issue 11): misses of v46 and v47 read as classes. A word that picks out some put
// inside a kept rule's "every/all" subject; a plain duty dropped whole whose "may" is the time it
// waits for or whose pronoun goes on from the sentence before; an act replaced with the preposition
// its object takes; a kind swapped after a possessive. Each beside a twin that keeps the rule; one
// kind also through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { universalQualified } from './reason-universal-qualified.ts';
import { statesPlainDuty } from './_plain-duty.ts';
import { wordReplaced } from './reason-word-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a word that picks out some put inside a kept "every/all" subject', () => {
  it('reads the word added deep in the subject, and a participle moved behind its noun with a word of its own', () => {
    expect(universalQualified('Every falcon flown at public displays must wear a telemetry tag.', 'Every falcon flown at indoor public displays must wear a telemetry tag.')?.added).toEqual(['indoor']);
    expect(universalQualified('All reported kites are logged by the marshal.', 'All kites reported online are logged by the marshal.')?.added).toEqual(['online']);
  });

  it('reads nothing for emphasis, a relative clause said out, an item added with "or", an aside or a grant', () => {
    expect(universalQualified('Every falcon flown at public displays must wear a telemetry tag.', 'Every single falcon flown at public displays must wear a telemetry tag.')).toBeNull();
    expect(universalQualified('All bottles opened for tasting are recorded in the cellar book.', 'All bottles that are opened for tasting are recorded in the cellar book.')).toBeNull();
    expect(universalQualified('All bottles opened for tasting are recorded in the cellar book.', 'All bottles opened for tasting or sale are recorded in the cellar book.')).toBeNull();
    expect(universalQualified('All bottles opened for tasting are recorded in the cellar book.', 'All bottles, opened for tasting in any room, are recorded in the cellar book.')).toBeNull();
    expect(universalQualified('All members may use the practice track on club nights.', 'All junior members may use the practice track on club nights.')).toBeNull();
  });

  it('flags the subject narrowed and passes the rule stressed', async () => {
    expect(await codes('All bottles opened for tasting are recorded in the cellar book.', 'All bottles opened for private tasting are recorded in the cellar book.')).toEqual(['scope-narrowed']);
    expect(await codes('Every falcon flown at public displays must wear a telemetry tag.', 'Every single falcon flown at public displays must wear a telemetry tag.')).toEqual([]);
  });
});

describe('a plain duty dropped whole', () => {
  it('reads a "may" of the time a duty waits for as no grant, and a pronoun going on as one more duty', () => {
    expect(statesPlainDuty('Each crew is shown how to work a lock before it may leave the basin.', [])).toBe(true);
    expect(statesPlainDuty('They also sign a liability waiver.', [])).toBe(true);
    expect(statesPlainDuty('Crews may moor overnight at the basin.', [])).toBe(false);
  });

  it('flags the duty gone and passes it joined to the sentence before', async () => {
    expect(await codes('Before the first flight, pupils watch a safety film. They also sign a liability waiver. Helmets are issued at the launch site.', 'Before the first flight, pupils watch a safety film. Helmets are issued at the launch site.')).toEqual(['requirement-removed']);
    expect(await codes('Before the first flight, pupils watch a safety film. They also sign a liability waiver. Helmets are issued at the launch site.', 'Before the first flight, pupils watch a safety film and sign a liability waiver. Helmets are issued at the launch site.')).toEqual([]);
  });
});

describe('an act replaced with the preposition its object takes', () => {
  it('reads the verb swapped beside its preposition, and nothing where the dictionary links the acts', () => {
    expect(wordReplaced('Members must bring their locomotives to the testing track on club nights.', 'Members must paint their locomotives on the testing track on club nights.', lexicon)).toEqual({ gone: 'bring', came: 'paint' });
    expect(wordReplaced('Crew must hand the cabin keys to the skipper at the end of the trip.', 'Crew must leave the cabin keys with the skipper at the end of the trip.', lexicon)).toBeNull();
  });
});

describe('a kind swapped after a possessive', () => {
  it('flags "the school\'s tandem rating" -> "winch rating" and passes "two-seater rating"', async () => {
    expect(await codes("Every pilot must hold the school's tandem rating before carrying a passenger.", "Every pilot must hold the school's winch rating before carrying a passenger.")).toEqual(['object-replaced']);
    expect(await codes("Every pilot must hold the school's tandem rating before carrying a passenger.", "Every pilot must hold the school's two-seater rating before carrying a passenger.")).toEqual([]);
  });
});

describe('a grant\'s "only if" gate filled with another case', () => {
  it('flags the case replaced and passes it said with a word more', async () => {
    expect(await codes('Campers may light the fire pit only if a warden is on site.', 'Campers may light the fire pit only if a warden has signed the booking form.')).toEqual(['semantic-drift']);
    expect(await codes('Campers may light the fire pit only if a warden is on site.', 'Campers may light the fire pit only if a warden is present on site.')).toEqual([]);
  });
});

describe('steps exchanged in order', () => {
  it('flags two steps of a "then" chain exchanged under one closing case with no comma, and passes "first" added', async () => {
    expect(await codes('Weigh the dough on the bench scale, then cover the bowl before proving it.', 'Cover the bowl, then weigh the dough on the bench scale before proving it.')).toEqual(['order-changed']);
    expect(await codes('Weigh the dough on the bench scale, then cover the bowl before proving it.', 'First weigh the dough on the bench scale, then cover the bowl before proving it.')).toEqual([]);
  });

  it('flags bullets under "in this order:" reordered, and passes bullets under a plain lead-in reordered or numbered', async () => {
    const ordered = (items: readonly string[], lead = 'take these details in this order:') => `When a walker reports a fallen tree, ${lead}\n${items.join('\n')}.\nThank them for the report.`;
    const items = ['- where the tree is', '- whether the path is blocked', "- the walker's phone number"];
    const turned = ["- the walker's phone number", '- whether the path is blocked', '- where the tree is'];
    expect(await codes(ordered(items), ordered(turned))).toEqual(['order-changed']);
    expect(await codes(ordered(items), ordered(items.map((item, i) => item.replace('-', `${i + 1}.`))))).toEqual([]);
    expect(await codes(ordered(items, 'take these details:'), ordered(turned, 'take these details:'))).toEqual([]);
  });
});
