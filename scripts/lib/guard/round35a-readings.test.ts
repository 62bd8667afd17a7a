// Round 35a (issue 11): faithful rewordings of v44 and v45 read as classes. A prompt of several
// sentences whose re-read in other words reads one sentence as the old rule while another still
// blocks: the folded sentence's codes go, the other's stay, quoting the words as written; "only X"
// said as "for X alone"; a count of one said by the article. Each beside twins that regress; one
// kind is also driven through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { reasonsStillRead } from './_reasons-still-read.ts';
import { oneSaidAsArticle } from './_one-said-as-article.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

const SNOWSHOE = 'You are the front desk assistant for the Glenmore snowshoe school.';
const OLD_SNOWSHOE = `${SNOWSHOE} Snowshoes are not handed out unless the walker has watched the safety video. Latecomers join a walk only at the first rest stop.`;

describe('a re-read that reads one sentence of a prompt as the old rule while another still blocks', () => {
  const texts = { previous: 'A. B.', next: 'C. D.', previousFolded: 'A. B.', nextFolded: 'A. D.' };
  const reason = (code: string, sentence: string) => ({ code, message: `${code}: in "${sentence}"` });

  it('withdraws the codes quoted on the folded sentence and keeps the rest as written', () => {
    const asWritten = [reason('negation-removed', 'C.'), reason('condition-changed', 'C.'), reason('scope-widened', 'D.')];
    expect(reasonsStillRead(asWritten, [reason('scope-widened', 'D.')], /^tone-/, texts)).toEqual([reason('scope-widened', 'D.')]);
  });

  it('keeps every reason when the re-read blocks only on something the texts as written never raised', () => {
    const asWritten = [reason('negation-removed', 'C.')];
    expect(reasonsStillRead(asWritten, [reason('roles-swapped', 'A.')], /^tone-/, texts)).toEqual(asWritten);
  });

  it('keeps a code the re-read still raises on the sentence as folded', () => {
    const asWritten = [reason('negation-removed', 'C.'), reason('scope-widened', 'D.')];
    expect(reasonsStillRead(asWritten, [reason('negation-removed', 'A.'), reason('scope-widened', 'D.')], /^tone-/, texts)).toEqual(asWritten);
  });

  it('keeps the reasons of a sentence the re-read still blocks on under another code, the fold having rewritten the old one', () => {
    const asWritten = [reason('negation-removed', 'C.'), reason('condition-changed', 'C.'), reason('scope-widened', 'D.')];
    const oldFolded = { previous: 'A. B.', next: 'C. D.', previousFolded: 'C. B.', nextFolded: 'C. D.' };
    expect(reasonsStillRead(asWritten, [reason('condition-widened', 'C.'), reason('scope-widened', 'D.')], /^tone-/, oldFolded)).toEqual(asWritten);
    // Where the fold rewrote the new sentence, another code there may be its own misreading: withdrawn, as before.
    expect(reasonsStillRead(asWritten, [reason('conjunct-dropped', 'A.'), reason('scope-widened', 'D.')], /^tone-/, texts)).toEqual([reason('scope-widened', 'D.')]);
  });

  it('flags a case added to the gate said the other way while another sentence blocks', async () => {
    expect(await codes(OLD_SNOWSHOE, `${SNOWSHOE} Snowshoes are handed out only when the walker has watched the safety video or signed the form. Anyone arriving late waits for the first rest stop before joining a walk.`)).toEqual(['negation-removed', 'condition-changed', 'scope-widened']);
    expect(await codes('Tickets are not refunded unless the concert is cancelled. Latecomers are admitted only at a break.', 'A ticket is refunded only when the concert is cancelled or moved. Latecomers are admitted at any time.')).toEqual(['negation-removed', 'condition-changed', 'scope-widened']);
  });

  it('reads the gate said the other way as nothing and keeps the other sentence read, or the gate turned', async () => {
    expect(await codes(OLD_SNOWSHOE, `${SNOWSHOE} Snowshoes are handed out only when the walker has watched the safety video. Anyone arriving late waits for the first rest stop before joining a walk.`)).toEqual(['scope-widened']);
    expect(await codes(OLD_SNOWSHOE, `${SNOWSHOE} Snowshoes are handed out only when the walker has been shown the safety video. Anyone arriving late waits for the first rest stop before joining a walk.`)).toEqual(['negation-removed', 'condition-changed', 'scope-widened']);
  });
});

describe('"only X" said as "for X alone"', () => {
  it('reads the limit kept, and flags it dropped or widened', async () => {
    expect(await codes('Only the head musher may harness the lead dog.', 'Harnessing the lead dog falls to the head musher alone.')).toEqual([]);
    expect(await codes('Only the head musher may harness the lead dog.', 'Harnessing the lead dog falls to the head musher.')).toEqual(['scope-widened']);
    expect(await codes('Only the affineur turns the wheels in the cheese cave.', 'Turning the wheels in the cheese cave is a job for the affineur or an apprentice.')).toEqual(['scope-widened']);
  });

  it('flags the act granted to anyone while an "X alone" limits another thing', async () => {
    expect(await codes('Only the head musher may harness the lead dog.', 'Any musher may harness the lead dog, and feeding it falls to the head musher alone.')).toEqual(['scope-widened']);
    expect(await codes('Only the line captain may reopen a line after a stoppage.', 'Anyone on shift may reopen a line after a stoppage; the log is for the line captain alone.')).toEqual(['scope-widened']);
    expect(await codes('Only the applicant may use the interview room.', 'Anyone may use the interview room; bookings are made by the applicant alone.')).toEqual(['scope-widened']);
    expect(await codes('Only managers may approve refunds.', 'Any refund may be approved by managers alone.')).toEqual([]);
  });
});

describe('a count of one said by the article', () => {
  it('reads "one X" as "a X" or "a single X", with no bound', () => {
    expect(oneSaidAsArticle('one full day', 'Snowshoe hire needs one full day of notice.', 'Give us a full day of notice.')).toBe(true);
    expect(oneSaidAsArticle('one labelled', 'Keep crampons in one labelled crate.', 'Keep crampons in a single labelled crate.')).toBe(true);
    expect(oneSaidAsArticle('one dog', 'Guests may bring one dog and a lead.', 'Guests may bring a dog and a lead.')).toBe(true);
    expect(oneSaidAsArticle('one dog', 'Guests may bring one dog and a dog bed.', 'Guests may bring a dog bed.')).toBe(false);
    expect(oneSaidAsArticle("one hut's", "Never move kit from one hut's store to another hut.", "Never move kit from a hut's store before the warden agrees.")).toBe(false);
  });

  it('flags the count raised and the cap dropped, and passes the same count', async () => {
    expect(await codes('Snowshoe hire needs one full day of notice.', 'To hire snowshoes, give us a full day of notice.')).toEqual([]);
    expect(await codes('Snowshoe hire needs one full day of notice.', 'To hire snowshoes, give us two full days of notice.')).toEqual(['number-changed']);
    expect(await codes('Guests of the treehouse hotel may bring no more than one dog.', 'Guests of the treehouse hotel may bring a dog.')).toEqual(['number-changed']);
  });

  it('flags "one" made more than one beside an article said elsewhere: the article must stand where the "one" stood', async () => {
    expect(oneSaidAsArticle('one guest', 'Members may bring one guest. Report a guest who misbehaves.', 'Members may bring guests. Report a guest who misbehaves. Greet a guest at the door.')).toBe(false);
    expect(oneSaidAsArticle('one tablet', 'Give every patient one tablet with breakfast.', 'Give every patient a tablet with breakfast and a tablet with dinner.')).toBe(false);
    expect(await codes('Members may bring one guest. Report a guest who misbehaves.', 'Members may bring guests. Report a guest who misbehaves. Greet a guest at the door.')).toEqual(['number-changed']);
    expect(await codes('Give every patient one tablet with breakfast.', 'Give every patient a tablet with breakfast and a tablet with dinner.')).toEqual(['number-changed']);
  });
});
