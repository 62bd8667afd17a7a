// Round 35b (issue 11): misses of v44 and v45 read as classes. A modal in a "whose" clause naming
// the party; a sentence dropped whole with its case; a case closing a "then" chain; a "non-" prefix
// dropped in place; one "not" moved to the other half of a kept sentence; a ban's last "or" item
// split off and asked for. Each beside a twin that keeps the rule; one kind also through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readModal } from './_rule-words.ts';
import { findNegationsMovedInPlace } from './reason-negation-moved-in-place.ts';
import { findBanItemsDemanded } from './reason-ban-item-demanded.ts';
import { findBoundsLiftedForSome } from './reason-bound-lifted-for-some.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a modal in a "whose" clause naming the party', () => {
  it('reads the rule\'s own modal after it, and a modal after the clause\'s verb as the rule\'s', () => {
    expect(readModal('Keepers whose lamp cannot be lit can be sent a spare burner.')?.words).toBe('can');
    expect(readModal('Keepers whose lamp is broken must be sent a spare burner.')?.words).toBe('must');
  });

  it('flags the rule\'s modal weakened and passes the rule said the other way round', async () => {
    expect(await codes('Keepers whose lamp cannot be lit must be sent a spare burner within a day.', 'Keepers whose lamp cannot be lit can be sent a spare burner within a day.')).toEqual(['modal-weakened']);
    expect(await codes('Keepers whose lamp cannot be lit must be sent a spare burner within a day.', 'A spare burner must reach any keeper whose lamp cannot be lit within a day.')).toEqual([]);
  });
});

describe('a sentence dropped whole with its case', () => {
  it('flags the rule gone and quotes it with its case; a case dropped from a kept ban stays a tightening', async () => {
    expect(await codes('Check the telescope mount each night. If the dome will not close, tell the observer not to open the shutter. Log every session.', 'Check the telescope mount each night. Log every session.')).toEqual(['requirement-removed']);
    expect(await codes('Check the telescope mount each night. Never open the shutter if the dome will not close. Log every session.', 'Check the telescope mount each night. Never open the shutter. Log every session.')).toEqual([]);
  });
});

describe('a case closing a "then" chain', () => {
  it('flags the steps exchanged and passes the chain said with "first" and "after that"', async () => {
    expect(await codes('Dry the skin, then apply the borax, when the specimen arrives.', 'Apply the borax, then dry the skin, when the specimen arrives.')).toEqual(['order-changed']);
    expect(await codes('Dry the skin, then apply the borax, when the specimen arrives.', 'When the specimen arrives, dry the skin first and apply the borax after that.')).toEqual([]);
  });
});

describe('a "non-" prefix dropped in place', () => {
  it('flags "non-metal" -> "metal" and passes "non-metal" spelled out with its own negation', async () => {
    expect(await codes('Stake every kite with a non-metal peg.', 'Stake every kite with a metal peg.')).toEqual(['opposite-word']);
    expect(await codes('Stake every kite with a non-metal peg.', 'Every kite is staked with a peg that is not made of metal.')).toEqual([]);
  });
});

describe('one "not" moved to the other half of a kept sentence', () => {
  it('reads the words kept and the negation moved, and nothing where the rule is said again', () => {
    expect(findNegationsMovedInPlace('Marionettes are stored in the loft and not in the cellar.', 'Marionettes are not stored in the loft but in the cellar.').map((reason) => reason.code)).toEqual(['negation-moved']);
    expect(findNegationsMovedInPlace('Marionettes are stored in the loft and not in the cellar.', 'Marionettes belong in the loft, never in the cellar.')).toEqual([]);
  });

  it('flags the negation moved and passes the rule split in two', async () => {
    expect(await codes('Blast readings are sent to the quarry manager and not to the parish council.', 'Blast readings are not sent to the quarry manager but to the parish council.')).toEqual(['negation-moved']);
    expect(await codes('Blast readings are sent to the quarry manager and not to the parish council.', 'Blast readings go to the quarry manager. They are not sent to the parish council.')).toEqual([]);
  });
});

describe('a ban\'s last "or" item split off and asked for', () => {
  it('reads the item asked for, and nothing where each item keeps its own ban', () => {
    expect(findBanItemsDemanded('Never let visitors touch the lens or adjust the eyepiece themselves.', 'Never let visitors touch the lens; do let them adjust the eyepiece themselves.').map((reason) => reason.code)).toEqual(['negation-removed']);
    expect(findBanItemsDemanded('Never let visitors touch the lens or adjust the eyepiece themselves.', 'Never let visitors touch the lens. Never let them adjust the eyepiece themselves either.')).toEqual([]);
    // An item of one content word is read too (review29).
    expect(findBanItemsDemanded('Never quote a price over the phone or by email.', 'Never quote a price over the phone; do quote it by email.').map((reason) => reason.code)).toEqual(['negation-removed']);
    expect(findBanItemsDemanded('Never quote a price over the phone or by email.', 'Never quote a price over the phone, and never by email.')).toEqual([]);
  });
});

describe('a thing given or lent now sold', () => {
  it('flags "lent" -> "rented" and passes "given" -> "handed"', async () => {
    expect(await codes('Skaters without their own blades are lent a pair at the rink desk.', 'Skaters without their own blades are rented a pair at the rink desk.')).toEqual(['right-narrowed']);
    expect(await codes('Bell ringers who forget their gloves are given a pair from the tower cupboard.', 'Bell ringers who forget their gloves are handed a pair from the tower cupboard.')).toEqual([]);
  });
});

describe('"everyone" said as "every <kind>"', () => {
  it('flags a kind of person and passes "every person" and the old act said as a noun', async () => {
    expect(await codes('Everyone on the gantry must clip on a harness line.', 'Every rigger on the gantry must clip on a harness line.')).toEqual(['scope-narrowed']);
    expect(await codes('Everyone on the gantry must clip on a harness line.', 'Every person on the gantry must clip on a harness line.')).toEqual([]);
    expect(await codes('Anyone visiting the hives wears a veil and gloves.', 'Any visitor to the hives wears a veil and gloves.')).toEqual([]);
  });
});

describe('a kept upper bound lifted for some in a new sentence with no figure', () => {
  it('flags "however long it takes" beside a kept "no more than" and passes a new sentence about something else', async () => {
    expect(await codes('A ferry waits no more than 10 minutes for a late coach.', 'A ferry waits no more than 10 minutes for a late coach. School coaches are waited for however long it takes.')).toEqual(['exception-added']);
    expect(await codes('Each climber may use the bouldering wall for at most 20 minutes.', 'Each climber may use the bouldering wall for at most 20 minutes. Rest at the benches for as long as you need afterwards.')).toEqual([]);
  });

  it('reads the "no" of "with no time limit" and "no matter how long" as the lifting\'s own, not a negation', async () => {
    expect(await codes('Visitors may stay no more than 2 hours in the reading room.', 'Visitors may stay no more than 2 hours in the reading room. Researchers may stay in the reading room with no time limit.')).toEqual(['exception-added']);
    expect(await codes('A ferry waits no more than 10 minutes for a late coach.', 'A ferry waits no more than 10 minutes for a late coach. School coaches are waited for no matter how long they are.')).toEqual(['exception-added']);
    expect(findBoundsLiftedForSome('A ferry waits no more than 10 minutes for a late coach.', 'A ferry waits no more than 10 minutes for a late coach. School coaches are never waited for with no time limit.')).toEqual([]);
  });
});
