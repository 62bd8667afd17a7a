// Round 38b (issue 11): an act said as one party's alone, from either party's side
// (`_sole-doers.ts`: "Only P may A" = "A is left to P; everyone else stays back" = "A is P's job
// alone"; "You never A yourself; P does" = "A is done by P alone, never by you"), and a modal read
// where the rule has none of its own ("No skater who ... may go unrecorded" is a ban; a modal in a
// clause of place after the rule is no modal of the rule's). Each beside twins that regress (the
// party replaced, fewer kept out, a case or a helper added, a figure moved, the duty made a grant);
// one kind is also driven through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { readModal } from './_rule-words.ts';
import { foldSoleDoers, soleDoer } from './_sole-doers.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('an act said as one party\'s alone', () => {
  it('reads the party who does the act and who is kept out, in each form', () => {
    expect(soleDoer('Only rink marshals may open the skate hire cage during sessions.')).toMatchObject({ doer: 'rink marshals', keptOut: 'else' });
    expect(soleDoer('Opening the skate hire cage during sessions is left to rink marshals; everyone else stays back.')).toMatchObject({ doer: 'rink marshals', keptOut: 'else', act: 'Opening the skate hire cage during sessions is left to rink marshals.' });
    expect(soleDoer('You never repaint a crazy golf hole yourself; the course keeper does.')).toMatchObject({ doer: 'course keeper', keptOut: 'you' });
    expect(soleDoer('Crazy golf holes are repainted by the course keeper alone, never by you.')).toMatchObject({ doer: 'course keeper', keptOut: 'you' });
    expect(soleDoer("Setting out the boules pitch markers is the club captain's job alone.")).toMatchObject({ doer: 'club captain', keptOut: 'else' });
    expect(soleDoer('Opening the skate hire cage during sessions is a job for rink marshals, not for you.')).toMatchObject({ doer: 'rink marshals', keptOut: 'you' });
    // A plain passive names who does it and keeps nobody out.
    expect(soleDoer('Crazy golf holes are repainted by the course keeper.')).toBeNull();
  });

  it('writes the new sentence as the old one only for the same party, nobody let in and the same act', () => {
    const previous = 'Only rink marshals may open the skate hire cage during sessions.';
    expect(foldSoleDoers(previous, 'Opening the skate hire cage during sessions is left to rink marshals; everyone else stays back.', lexicon)[1]).toBe(previous);
    for (const next of [
      'Opening the skate hire cage during sessions is left to the cashiers; everyone else stays back.',
      'Opening the skate hire cage during sessions is a job for rink marshals, not for you.',
      'Opening the skate hire cage on weekdays during sessions is left to rink marshals; everyone else stays back.',
    ]) expect(foldSoleDoers(previous, next, lexicon)[1]).toBe(next);
  });

  it('reads the rewordings as the rule and flags the party replaced, fewer kept out, a helper or a case added', async () => {
    expect(await codes('Only rink marshals may open the skate hire cage during sessions.', 'Opening the skate hire cage during sessions is left to rink marshals; everyone else stays back.')).toEqual([]);
    expect(await codes('You never repaint a crazy golf hole yourself; the course keeper does.', 'Crazy golf holes are repainted by the course keeper alone, never by you.')).toEqual([]);
    expect(await codes('Only the club captain may set out the boules pitch markers.', "Setting out the boules pitch markers is the club captain's job alone.")).toEqual([]);
    expect(await codes('Only rink marshals may open the skate hire cage during sessions.', 'Opening the skate hire cage during sessions is left to the cashiers; everyone else stays back.')).not.toEqual([]);
    expect(await codes('Only rink marshals may open the skate hire cage during sessions.', 'Opening the skate hire cage during sessions is a job for rink marshals, not for you.')).not.toEqual([]);
    expect(await codes('Only the club captain may set out the boules pitch markers.', "Setting out the boules pitch markers is the club captain's job, though members may help.")).not.toEqual([]);
    expect(await codes('You never roll the bowling green yourself; the green keeper does that.', 'The bowling green is rolled by the green keeper and never by you, unless the green keeper is away.')).toContain('condition-added');
  });
});

describe('an act said as one party\'s alone, with the others named but let in', () => {
  it('reads no act one party\'s alone when its closing clause lets the others in, and flags the edit', async () => {
    const previous = 'Only rink marshals may open the skate hire cage during sessions.';
    for (const next of [
      'Opening the skate hire cage during sessions is left to rink marshals; anyone else may help.',
      'Opening the skate hire cage during sessions is left to rink marshals; everyone else may do it too.',
      'Opening the skate hire cage during sessions is left to rink marshals, and anyone else who asks.',
    ]) {
      expect(soleDoer(next), next).toBeNull();
      expect(await codes(previous, next), next).not.toEqual([]);
    }
    // Kept out in so many words, then some let back in: the clause is no longer only the others kept out.
    expect(soleDoer('Opening the skate hire cage during sessions is left to rink marshals; everyone else stays back, except cashiers.')).toBeNull();
    expect(soleDoer('Opening the skate hire cage during sessions is left to rink marshals; everyone else must keep clear.')).toMatchObject({ doer: 'rink marshals', keptOut: 'else' });
  });
});

describe('a modal where the rule has none of its own', () => {
  it('reads "No N who ... may" as a ban and passes over a modal in a clause of place', () => {
    expect(readModal('No skater who arrives after 8 pm may go unrecorded in the late book.')).toMatchObject({ strength: 3 });
    expect(readModal('No hire putter is handed out without being checked twice where the customer can see it.')).toBeNull();
    expect(readModal('A hire putter can be checked twice where the customer can see it.')).toMatchObject({ words: 'can' });
  });

  it('flags a figure moved and the duty made a grant', async () => {
    expect(await codes('Every skater who arrives after 8 pm must be recorded in the late book.', 'No skater who arrives after 8 pm may go unrecorded in the late book.')).toEqual([]);
    expect(await codes('Every skater who arrives after 8 pm must be recorded in the late book.', 'No skater who arrives after 9 pm may go unrecorded in the late book.')).toContain('number-changed');
    expect(await codes('Every hire putter must be checked twice in front of the customer.', 'No hire putter is handed out without being checked twice where the customer can see it.')).toEqual([]);
    expect(await codes('Every hire putter must be checked twice in front of the customer.', 'A hire putter can be checked twice where the customer can see it.')).toContain('modal-weakened');
  });
});
