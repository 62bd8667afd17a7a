// No reading reports a change between equal sentences (session 22, guard28d). The hook skips two
// equal texts, but a clause of several sentences is read whenever one of them changed, and its
// unchanged sentences must then read as unchanged: 22 of the 18,203 distinct texts of the tuning
// set and v4-v31 were flagged against themselves (", even if X" / ", including when X" read as a
// case moved into the sentence, its "even" a conjunct gone; "TG20:21" read as the name "TG20",
// which no text writing "TG20:21" names again). Each text is read here against itself with a line
// break after it (a change the readings see, which changes no sentence) and beside another
// sentence that changed.
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

/** Every text of the labelled sets (tuning set, v4-v31) that was flagged against itself. */
const FLAGGED_AGAINST_ITSELF = [
  'Never ask for a full card number, even if the customer offers to provide it.',
  'Never share your password, even if a manager asks for it.',
  'Never mention internal discount codes to customers, even when asked directly.',
  "Never admit liability on the policyholder's behalf, even when the facts seem clear.",
  'Do not name a child who is the victim of a crime, even if the family agrees.',
  "Answer donors' questions politely and professionally, even when they are frustrated.",
  'Never allow a skier onto a closed run, even if they sign a waiver.',
  'Scaffolds are inspected against TG20:21 and the results recorded on form SC-3.',
  'Scaffolds are inspected against TG20:13 and the results recorded on form SC-3.',
  'Never accept a bid from an unregistered bidder, even if they are known to the auctioneer.',
  'Accept a bid from an unregistered bidder, even if they are never known to the auctioneer.',
  'Interpreters must not add, omit or soften anything that either party says, even when the content is rude.',
  'You are the localisation QA assistant. File a blocker whenever translated text overflows a UI button, even if the overflow only appears in one language.',
  'Once you have reached a swimmer, signal the tower with one arm, even if that means leaving them unattended; never signal with both arms.',
  'Never drive the heavy mowers across the greens, even when the ground is dry.',
  '## Size bath\nStir the carrageenan size the evening before a class. Let it stand overnight at room temperature. Skim the surface with a strip of newsprint before every sheet. Throw the size away after three days, even if it looks clean.',
  '## Size bath\nStir the carrageenan size the evening before a class. Let it stand overnight at room temperature. Throw the size away after three days, even if it looks clean.',
  'Refund a credit when a machine eats a coin, even if the player has started a game.',
  'Offer the free pressure test whenever a customer asks, including when the battery was changed with us in the last twelve months.',
  'Never let anyone into a unit who is not named on the contract, even if they have the key and the PIN.',
  'Fit panels whenever the customer is ready, even if the roof survey is still outstanding.',
  'Never, even when the queue is long, serve a pupil whose allergy wristband is missing until their class teacher has confirmed their allergies.',
];

describe('equal sentences read as unchanged', () => {
  it('reads no change in a text read against itself', async () => {
    for (const text of FLAGGED_AGAINST_ITSELF) expect([text, await flagging(text, `${text}\n`)]).toEqual([text, []]);
  });

  it('reads no change in an unchanged sentence beside one reworded', async () => {
    for (const text of FLAGGED_AGAINST_ITSELF) {
      expect([text, await flagging(`Log each call in the register. ${text}`, `Record each call in the register. ${text}`)]).toEqual([text, []]);
    }
  });

  it('still reads the case moved, the example said anew, and the edition of a standard changed', async () => {
    // The old case kept only as an example of a new, wider one: the condition now demands more (_included-case.ts).
    expect(await flagging('Refund the deposit if the booking is cancelled because of rain.', 'Refund the deposit if the booking is cancelled at least 7 days ahead, including because of rain.')).not.toEqual([]);
    // "TG20:21" -> "TG20:13": another edition of the standard, still a name gone.
    expect(await flagging('Scaffolds are inspected against TG20:21 and the results recorded on form SC-3.', 'Scaffolds are inspected against TG20:13 and the results recorded on form SC-3.')).toContain('entity-removed');
  });
});
