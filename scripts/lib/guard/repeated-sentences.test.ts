// Round 17d (issue 11, seen on an adopter trial): a sentence a clause holds more than once is one
// requirement. A copy pasted again, moved, or deleted while its twin stands removes nothing; a copy
// turned into a weaker near-copy, or the last copy deleted, is still a regression.
import { describe, expect, it } from 'vitest';
import { alignSentences } from './_align.ts';
import { copiedFrom, sentenceKey } from './_repeated-sentences.ts';
import { findReasons } from './find-reasons.ts';
import { withRevokedGrantsRead } from './_grants-revoked.ts';

const flagging = (previous: string, next: string): string[] => findReasons(previous, next).filter((reason) => reason.advisory !== true).map((reason) => reason.code);
const LOG = 'Keep the log for ten days.';

describe('copies of a sentence are paired in order', () => {
  it('gives each old copy its own new copy, and a copy beyond them to the first old one', () => {
    expect(copiedFrom([LOG, 'Answer in English.', LOG], [LOG, 'Answer in English.', LOG, LOG])).toEqual([0, 1, 2, 0]);
    expect(copiedFrom([LOG], ['Answer in English.'])).toEqual([-1]);
  });

  it('compares copies with case, spacing, curly quotes and end punctuation aside', () => {
    expect(sentenceKey('Don\u2019t  share the code!')).toBe(sentenceKey("don't share the code."));
    expect(sentenceKey('Share the code.')).not.toBe(sentenceKey('Share the codes.'));
  });
});

describe('a sentence whose text still stands is never removed', () => {
  it('reads a copy pasted once more as no change (the adopter trial\'s case)', () => {
    const a = `${LOG}\n\nAnswer in English.\n\n${LOG}`;
    expect(flagging(a, `${a}\n\n${LOG}`)).toEqual([]);
    expect(alignSentences(a, `${a}\n\n${LOG}`)).toMatchObject({ unmatched: [], added: [] });
  });

  it('reads a duplicate removed, or deleted from one paragraph or section while another holds it, as no change', () => {
    expect(flagging('Verify the caller before any change. Do not read out the card number. Verify the caller before any change.', 'Do not read out the card number. Verify the caller before any change.')).toEqual([]);
    expect(flagging('## Refunds\n\nNever promise a refund.\n\n## Escalations\n\nNever promise a refund.\nEscalate legal threats to a supervisor.', '## Refunds\n\nNever promise a refund.\n\n## Escalations\n\nEscalate legal threats to a supervisor.')).toEqual([]);
    expect(flagging('Before a home visit:\n- confirm the address\n- wear the staff badge\n- confirm the address', 'Before a home visit:\n- confirm the address\n- wear the staff badge')).toEqual([]);
  });

  it('aligns sentences reordered around their duplicates', () => {
    expect(flagging('Cite every source.\n\nLate essays lose five marks a day.\n\nCite every source.', 'Late essays lose five marks a day.\n\nCite every source.\n\nLate essays lose five marks a day.')).toEqual([]);
    expect(flagging('Only the duty manager may open the safe.\nOnly the duty manager may open the safe.\nRecord each opening in the safe log.', 'Record each opening in the safe log.\nOnly the duty manager may open the safe!')).toEqual([]);
  });
});

describe('a repeated rule still flags when it is weakened or gone', () => {
  it('compares the second copy with the near-copy it became', () => {
    const must = 'Drivers must check the tyre pressure before each shift.';
    expect(flagging(`${must}\n\n${must}`, `${must}\n\nDrivers may check the tyre pressure before each shift.`)).toContain('modal-weakened');
    expect(flagging(`${LOG}\n\nAnswer in English.\n\n${LOG}`, `${LOG}\n\nAnswer in English.\n\nKeep the log for two days.`)).toContain('number-changed');
    expect(flagging('Do not accept cash.\n\nIssue a receipt.\n\nDo not accept cash.', 'Do not accept cash.\n\nIssue a receipt.\n\nAccept cash.')).toContain('negation-removed');
  });

  it('flags every copy deleted once, as one requirement', () => {
    expect(flagging('Never share test results by email.\n\nNever share test results by email.\n\nBook follow-ups at the desk.', 'Book follow-ups at the desk.')).toEqual(['requirement-removed']);
    expect(flagging('Before a home visit:\n- confirm the address\n- wear the staff badge\n- confirm the address', 'Before a home visit:\n- confirm the address')).toContain('conjunct-dropped');
  });
});

describe('a repeated sentence takes nothing with it when its twin stands', () => {
  it('reads a copy\'s number as kept while its twin holds it, and flags the number changed in every copy', () => {
    const keep = 'Keep call recordings in Verint for 90 days.';
    expect(flagging(`${keep}\n\nTell the caller the call is recorded.\n\n${keep}`, `${keep}\n\nTell the caller the call is recorded.`)).toEqual([]);
    expect(flagging(`${keep}\n\n${keep}`, 'Keep call recordings in Verint for 30 days.')).toContain('number-changed');
  });

  it('reads a step done once more at the end as no reordering, and a step repeated before the one it followed as one', () => {
    expect(flagging('1. Back up the database.\n2. Run the migration.', '1. Back up the database.\n2. Run the migration.\n3. Back up the database.')).toEqual([]);
    expect(flagging('1. Back up the database.\n2. Run the migration.\n3. Back up the database.', '1. Back up the database.\n2. Run the migration.\n3. Back up the database.\n4. Restart the service.')).toEqual([]);
    expect(flagging('1. Verify the caller.\n2. Reset the password.', '1. Reset the password.\n2. Verify the caller.\n3. Reset the password.')).toContain('order-changed');
    // Two copies of one step trade no places when one of them goes.
    expect(flagging('1. Run the migration.\n2. Run the migration.\n3. Run the migration.\n\nNever share card numbers.\n\n1. Run the migration.', '1. Run the migration.\n2. Run the migration.\n\nNever share card numbers.\n\n1. Run the migration.')).toEqual([]);
  });
});

// A clause of one sentence pasted 40,000 times (1 MB) held the pre-commit hook for hours: the
// alignment compared every old copy with every new copy. Copies of one text are now compared once
// per text; these are the alignments reading every position in order gave.
describe('a clause of one sentence written 40,000 times (1 MB) is aligned text by text', () => {
  const must = 'Agents must log every refund request in the CRM.';
  const copies = (sentence: string, count: number): string[] => Array.from({ length: count }, () => sentence);

  it('keeps every copy the new version keeps, and reads a sentence added at both ends as one added rule', () => {
    const added = 'Agents may share card numbers.';
    const alignment = alignSentences(copies(must, 40_000).join('\n'), [added, ...copies(must, 39_998), added].join('\n'));
    expect(alignment.groups).toHaveLength(39_998);
    expect(alignment.groups.every((group) => group.previous.length === 1 && group.next.length === 1 && group.previous[0] === must)).toBe(true);
    expect(alignment).toMatchObject({ unmatched: [], added: [added] });
  });

  it('gives every old copy the first copy of the sentence it became', () => {
    const alignment = alignSentences(copies(must, 40_000).join(' '), copies('Agents may log every refund request in the CRM.', 40_000).join(' '));
    expect(alignment.groups).toHaveLength(1);
    expect(alignment.groups[0]?.previous).toHaveLength(40_000);
    expect(alignment.groups[0]?.next).toEqual(['Agents may log every refund request in the CRM.']);
    expect(alignment).toMatchObject({ unmatched: [], added: [] });
  });

  it('still reads a copied sentence split in two next to a copy kept whole, and a split after copies kept', () => {
    const long = 'Drivers check the tyre pressure and record the mileage in the van log.';
    const split = alignSentences(`${long}\n\n${long}\n\n${must}`, `Drivers check the tyre pressure. They record the mileage in the van log.\n\n${long}\n\n${must}`);
    expect(split.groups.map((group) => [group.previous.length, group.next.length])).toEqual([[1, 1], [1, 2], [1, 1]]);
    expect(split.groups[1]?.next).toEqual(['Drivers check the tyre pressure.', 'They record the mileage in the van log.']);
    expect(split).toMatchObject({ unmatched: [], added: [] });
    const after = alignSentences(`${must} ${must} ${long}`, `${must} Drivers check the tyre pressure. They record the mileage. ${must} Drivers check the tyre pressure. They record the mileage.`);
    expect(after.groups.map((group) => [group.previous.length, group.next.length])).toEqual([[1, 1], [1, 1], [1, 2]]);
    expect(after).toMatchObject({ unmatched: [], added: [] });
  });

  it('reads a grant written 40,000 times against each distinct new sentence once, and every revoked copy as its refusal', () => {
    const grant = 'Volunteers may accept cash donations.';
    const kept = copies(grant, 40_000).join(' ');
    expect(withRevokedGrantsRead(kept, copies('Volunteers log every donation in the cash book.', 40_000).join(' '))).toBe(kept);
    expect(withRevokedGrantsRead(copies(grant, 3).join(' '), copies('Volunteers may not accept cash donations.', 2).join(' '))).toBe(copies('Volunteers may not accept cash donations.', 3).join(' '));
  });
});
