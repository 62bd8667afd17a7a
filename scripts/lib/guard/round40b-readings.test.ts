// Round 40b (issue 11): a case or a span of time said in other words, written as the word the
// readings know (`_case-words.ts`: "for as long as X" = "while X" where the other version says the
// case, "for the whole X" / "throughout X" = "during X" against a "during", "Short of an
// emergency," = "Except in an emergency,"). Each beside twins that regress (another case, part of
// the span, another exception); one pair is also driven through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { sayTimeSpansPlainly } from './_case-words.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a case or a span of time said in other words', () => {
  it('writes the span as the word the other version says, and leaves another case as written', () => {
    expect(sayTimeSpansPlainly('The ringers keep off the bell for as long as the hanger still has the frame.', 'Do not touch the bell until the hanger has signed the frame off.')).toBe('The ringers keep off the bell while the hanger still has the frame.');
    expect(sayTimeSpansPlainly('Ringers keep off the ropes for as long as the tower captain is away.', 'Ringers must not touch a rope while the bells are up.')).toBe('Ringers keep off the ropes for as long as the tower captain is away.');
    expect(sayTimeSpansPlainly('The boat keeps its engine off for as long as the skipper thinks necessary.', 'The boat must keep its engine off while the skipper is diving.')).toBe('The boat keeps its engine off for as long as the skipper thinks necessary.');
    expect(sayTimeSpansPlainly('The fans stay on for the whole drying run.', 'Do not switch the fans off during the drying run.')).toBe('The fans stay on during the drying run.');
    expect(sayTimeSpansPlainly('The fans stay on throughout the drying run.', 'Do not switch the fans off during the drying run.')).toBe('The fans stay on during the drying run.');
    // Only against a "during": "throughout the site" is a place.
    expect(sayTimeSpansPlainly('Wear a hard hat throughout the site.', 'Wear a hard hat on the site.')).toBe('Wear a hard hat throughout the site.');
    // A whole span under a negation bans less than "during".
    expect(sayTimeSpansPlainly('Never leave the fans off for the whole drying run.', 'Do not switch the fans off during the drying run.')).toBe('Never leave the fans off for the whole drying run.');
    expect(sayTimeSpansPlainly("Short of an emergency, the fans stay on.")).toBe('Except in an emergency, the fans stay on.');
    expect(sayTimeSpansPlainly('When the ship is short of time, the fans stay on.')).toBe('When the ship is short of time, the fans stay on.');
  });

  it('reads the rewordings as the rule and flags the twins', async () => {
    expect(await codes('If a bell is found cracked, the ringers must not touch it until the bell hanger has signed the frame off.', 'The ringers keep their hands off a cracked bell for as long as the bell hanger still has the frame under inspection.')).toEqual([]);
    expect(await codes("The kelp dryer's fans must not be switched off during the drying run except in an emergency.", "Short of an emergency, the kelp dryer's fans stay on for the whole drying run.")).toEqual([]);
    expect(await codes('If a bell is found cracked, the ringers must not touch it until the bell hanger has signed the frame off.', 'The ringers keep their hands off a cracked bell for as long as the tower captain is away.')).not.toEqual([]);
    expect(await codes('The tower door must stay locked while a peal is being rung.', 'For as long as a practice is being rung, the tower door stays locked.')).toContain('condition-added');
    expect(await codes("The kelp dryer's fans must not be switched off during the drying run except in an emergency.", "Short of an emergency, the kelp dryer's fans stay on for the first hour of the drying run.")).not.toEqual([]);
    expect(await codes("The kelp dryer's fans must not be switched off during the drying run except in an emergency.", "Short of a power cut, the kelp dryer's fans stay on for the whole drying run.")).not.toEqual([]);
    expect(await codes('The hide must stay closed to visitors during the nesting season.', 'The hide stays closed to visitors for most of the nesting season.')).toContain('scope-narrowed');
  });
});
