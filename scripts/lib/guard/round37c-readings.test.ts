// Round 37c (issue 11): a plain sentence is a duty by what it says, not by its first words (round
// 36a's two patterns replaced: a pronoun going on is a duty only by an act, a "may" is the time a
// duty waits for only with a duty outside its clause); and v48/v49's abbreviation false flags, each
// reading widened where it escaped by form: days and words written short, an acronym opened by a
// small letter or holding one, times of day and figure ranges said another way, a window closing on
// "p.m." made every hour. Each beside a twin that changes the rule and keeps its flag; days written
// short also through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { statesPlainDuty } from './_plain-duty.ts';
import { expandAbbreviations } from './_abbreviations.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a plain sentence is a duty by what it says', () => {
  it('reads a pronoun going on with an act as a duty, and one with a feeling as none', () => {
    expect(statesPlainDuty('They also sign a liability waiver.', [], lexicon)).toBe(true);
    expect(statesPlainDuty('They also wear a hard hat.', [], lexicon)).toBe(true);
    expect(statesPlainDuty('They also like the new charts.', [], lexicon)).toBe(false);
    expect(statesPlainDuty('They also like the new dome projector.', [], lexicon)).toBe(false);
  });

  it('reads a "may" in the time a duty waits for as no grant, and a "can" with nothing outside its "once" as a grant', () => {
    expect(statesPlainDuty('Each crew is shown how to work a lock before it may leave the basin.', [], lexicon)).toBe(true);
    expect(statesPlainDuty('Each mould is checked by the foreman before it can be filled.', [], lexicon)).toBe(true);
    expect(statesPlainDuty('Once registered users can book rooms online.', [], lexicon)).toBe(false);
    expect(statesPlainDuty('Once registered, users can book rooms online.', [], lexicon)).toBe(false);
  });

  it("passes the lead's two sentences dropped and flags round 36a's duties dropped", async () => {
    expect(await codes('Managers review the sales dashboard every Monday. They also like the new charts.', 'Managers review the sales dashboard every Monday.')).toEqual([]);
    expect(await codes('Rooms are cleaned every evening. Once registered users can book rooms online.', 'Rooms are cleaned every evening.')).toEqual([]);
    expect(await codes('Before the first flight, pupils watch a safety film. They also sign a liability waiver. Helmets are issued at the launch site.', 'Before the first flight, pupils watch a safety film. Helmets are issued at the launch site.')).toEqual(['requirement-removed']);
    expect(await codes('Boats are moored in the basin overnight. Each crew is shown how to work a lock before it may leave the basin.', 'Boats are moored in the basin overnight.')).toEqual(['requirement-removed']);
  });
});

describe('days and words written short', () => {
  it('writes clipped days, consonant contractions and acronyms as the other version says them', () => {
    expect(expandAbbreviations('The lido opens Tuesday to Sunday.', 'The lido opens Tues-Sun.')[1]).toBe('The lido opens Tuesday-Sunday.');
    expect(expandAbbreviations('Hut wardens in Year 2 must not lead a group.', 'Hut wardens in Yr 2 must not lead a group.')[1]).toBe('Hut wardens in Year 2 must not lead a group.');
    expect(expandAbbreviations('Update the electronic health record.', 'Update the eHR.')[1]).toBe('Update the electronic health record.');
    expect(expandAbbreviations('Send it to HM Land Registry.', 'Send it to HMLR.')[1]).toBe('Send it to HM Land Registry.');
    // "sat" is a word: only the capitalised clip is a day.
    expect(expandAbbreviations('Members meet on Saturday.', 'Members sat on Saturday.')[1]).toBe('Members sat on Saturday.');
  });

  it('passes the rule written short and flags a day dropped, a figure moved or an item gone', async () => {
    expect(await codes('The lido opens Tuesday to Sunday, 7am to 7pm, and swimmers must shower before entering the pool.', 'The lido opens Tues-Sun, 7am-7pm, and swimmers must shower before entering the pool.')).toEqual([]);
    expect(await codes('The lido opens Tuesday to Sunday, 7am to 7pm, and swimmers must shower before entering the pool.', 'The lido opens Tues-Sun, 7am-9pm, and swimmers must shower before entering the pool.')).toContain('number-changed');
    expect(await codes('Seed packets are sorted on Monday and Friday mornings between 9 and 11 o\'clock.', 'Seed packets are sorted Mon and Fri mornings, 9-11am.')).toEqual([]);
    expect(await codes('Seed packets are sorted on Monday and Friday mornings between 9 and 11 o\'clock.', 'Seed packets are sorted Mon mornings, 9-11am.')).toContain('entity-removed');
    expect(await codes('Hut wardens in Year 2 of their training must not lead a group onto the glacier.', 'Hut wardens in Yr 2 of their training must not lead a group onto the glacier.')).toEqual([]);
    expect(await codes('Hut wardens in Year 2 of their training must not lead a group onto the glacier.', 'Hut wardens in Yr 3 of their training must not lead a group onto the glacier.')).toEqual(['number-changed']);
    expect(await codes('Update the electronic health record and the vaccination card after each visit.', 'Update the eHR and the vaccination card after each visit.')).toEqual([]);
    expect(await codes('Update the electronic health record and the vaccination card after each visit.', 'Update the eHR after each visit.')).toEqual(['conjunct-dropped']);
  });
});

describe('times of day and figure ranges said another way', () => {
  it('passes "10 at night" as "10pm" and "aged 8 to 12 years" as "8-12 yrs", and flags the hour or the range moved', async () => {
    const hut = (time: string) => `Quiet hours at the mountain hut start at ${time}, and nobody may leave after that without telling the warden.`;
    expect(await codes(hut('10 at night'), hut('10pm'))).toEqual([]);
    expect(await codes(hut('10 at night'), hut('11pm'))).toEqual(['number-changed']);
    expect(await codes('Juniors aged 8 to 12 years play on Wednesday evenings and must be collected by a parent.', 'Juniors (aged 8-12 yrs) play Wed evenings and must be collected by a parent.')).toEqual([]);
    expect(await codes('Juniors aged 8 to 12 years play on Wednesday evenings and must be collected by a parent.', 'Juniors (aged 8-14 yrs) play Wed evenings and must be collected by a parent.')).toEqual(['number-changed']);
  });

  it('passes a window closing on "p.m." made every hour for a duty, and flags it for a grant', async () => {
    expect(await codes('Climbers must sign the hut book when they arrive before 6 p.m.', 'Climbers must sign the hut book whenever they arrive, at any time of day.')).toEqual([]);
    expect(await codes('Climbers may skip the hut book when they arrive before 6 p.m.', 'Climbers may skip the hut book when they arrive at any time of day.')).toContain('number-changed');
  });
});
