// Round 31b (issue 11): misses of v36 and v37 pooled with v30-v35 read as statements changed while
// their words stay, each reading beside the twins that must keep their verdict: a figure moved in
// the case a rule binds in (the case's modal and negation are the case's), a bound in a present
// participle after the subject, a ban said as the thing's state; one word of a rule replaced by a
// word whose common senses share no kind with it; the case of a hand-over or a grant made to hold
// in every case by a concessive clause.
import { describe, expect, it } from 'vitest';
import { boundInCase } from './_case-bounds.ts';
import { saysNegativeState } from './_negative-states.ts';
import { kindsApart, knownForm, partAt } from './_kinds-apart.ts';
import { wordReplaced } from './reason-word-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a bound in the case a rule binds in', () => {
  it('reads the case after an if/when/whenever, the rule outside it, and which way a larger figure moves the cases', () => {
    expect(boundInCase('Book a second visit if more than', ' 2 rooms could not be accessed.', 'more than', 'up')).toEqual({ largerWidens: false, rule: 'book a second visit' });
    expect(boundInCase('If fewer than', ' 3 teachers can come, cancel the school trip.', 'fewer than', 'down')).toEqual({ largerWidens: true, rule: 'cancel the school trip' });
    // A negation inside the case before its bound turns it: "not within 30 minutes" is "later than 30 minutes".
    expect(boundInCase('Tell the legal adviser if a defendant has not arrived within', ' 30 minutes of the listed time.', 'within', 'down')?.largerWidens).toBe(false);
    // A duration of a negated state is a floor the negation does not turn.
    expect(boundInCase('Alert the vet when a calf has not fed for', ' 12 hours.', 'for', 'up')?.largerWidens).toBe(false);
  });

  it('reads no case where the bound stands outside one, or in a gate or an exemption', () => {
    expect(boundInCase('Refund orders over', ' $50.', 'over', 'up')).toBeNull();
    expect(boundInCase('If the sea is rough, sail no more than', ' 2 miles out.', 'no more than', 'down')).toBeNull();
    expect(boundInCase('Pour concrete only when the air is above', ' 5 degrees.', 'above', 'up')).toBeNull();
  });

  it('flags a figure moved so that the duty binds in fewer cases, and passes its twin moved the other way', async () => {
    expect(await flagging('Refer the basket to a supervisor when more than 10 items could not be scanned.', 'Refer the basket to a supervisor when more than 20 items could not be scanned.')).toEqual(['number-changed']);
    expect(await flagging('Refer the basket to a supervisor when more than 10 items could not be scanned.', 'Refer the basket to a supervisor when more than 5 items could not be scanned.')).toEqual([]);
    expect(await flagging('Escalate the ticket if the customer has not had a reply within 2 days.', 'Escalate the ticket if the customer has not had a reply within 5 days.')).toEqual(['number-changed']);
    expect(await flagging('Escalate the ticket if the customer has not had a reply within 2 days.', 'Escalate the ticket if the customer has not had a reply within 1 day.')).toEqual([]);
    expect(await flagging('Alert the vet when a calf has not fed for 12 hours.', 'Alert the vet when a calf has not fed for 36 hours.')).toEqual(['number-changed']);
    expect(await flagging('Alert the vet when a calf has not fed for 12 hours.', 'Alert the vet when a calf has not fed for 6 hours.')).toEqual([]);
  });
});

describe('a bound in a present participle after the subject', () => {
  it('picks the cases the rule covers: fewer as it shrinks', async () => {
    expect(await flagging('Classes enrolling fewer than 6 students are cancelled.', 'Classes enrolling fewer than 3 students are cancelled.')).toEqual(['number-changed']);
    expect(await flagging('Classes enrolling fewer than 6 students are cancelled.', 'Classes enrolling fewer than 8 students are cancelled.')).toEqual([]);
    expect(await flagging('Drivers scoring under 80 on the theory test must retake it.', 'Drivers scoring under 60 on the theory test must retake it.')).toEqual(['number-changed']);
    expect(await flagging('Drivers scoring under 80 on the theory test must retake it.', 'Drivers scoring under 90 on the theory test must retake it.')).toEqual([]);
  });
});

describe('a ban said as the thing\'s state', () => {
  it('reads a copula and a non- word or an un-...-able word, not "unable" or "nonetheless"', () => {
    expect(saysNegativeState('Deposits are non-refundable within 14 days')).toBe(true);
    expect(saysNegativeState(' deposits are non refundable within ')).toBe(true);
    expect(saysNegativeState('Rowing boats are unavailable for hire')).toBe(true);
    expect(saysNegativeState('Staff who are unable to attend')).toBe(false);
    expect(saysNegativeState('The fee is nonetheless due')).toBe(false);
    expect(saysNegativeState('Deposits are refundable within 14 days')).toBe(false);
  });

  it('reads the window it covers as the ban\'s: stricter as it grows', async () => {
    expect(await flagging('Season tickets are non-transferable within 48 hours of a match.', 'Season tickets are non-transferable within 12 hours of a match.')).toEqual(['number-changed']);
    expect(await flagging('Season tickets are non-transferable within 48 hours of a match.', 'Season tickets are non-transferable within 72 hours of a match.')).toEqual([]);
  });
});

describe('one word of a rule replaced by a word of another kind', () => {
  it('tells words whose common senses share no kind in a part of speech', () => {
    expect(kindsApart(lexicon, 'format', 'label', 'v')).toBe(true);
    expect(kindsApart(lexicon, 'explain', 'describe', 'v')).toBe(false);
    expect(kindsApart(lexicon, 'wipe', 'polish', 'v')).toBe(false);
    expect(kindsApart(lexicon, 'format', 'zzzz', 'v')).toBe(false);
  });

  it('reads a word\'s part of speech from its place, and a re- verb WordNet does not list as its base', () => {
    expect(partAt(['format', 'every', 'card'], 0)).toBe('v');
    expect(partAt(['must', 'be', 'written'], 2)).toBe('v');
    expect(partAt(['check', 'the', 'forecast'], 2)).toBe('n');
    expect(partAt(['state', 'pension', 'forecast'], 2)).toBeNull();
    expect(knownForm(lexicon, 'relabel')).toBe('label');
    expect(knownForm(lexicon, 'label')).toBe('label');
    expect(knownForm(lexicon, 'refzzz')).toBe('refzzz');
  });

  it('reads a verb of telling or a noun of a quality swapped for a word of another kind', () => {
    expect(wordReplaced('Format every memory card before it goes out on hire.', 'Label every memory card before it goes out on hire.', lexicon)).toEqual({ gone: 'format', came: 'label' });
    expect(wordReplaced('Explain the cancellation fee on every booking.', 'Describe the cancellation fee on every booking.', lexicon)).toBeNull();
    expect(wordReplaced('Wipe the tasting glasses with a clean cloth after each flight.', 'Polish the tasting glasses with a clean cloth after each flight.', lexicon)).toBeNull();
  });

  it('flags the swap and keeps the rewordings', async () => {
    expect(await flagging('Record the fridge temperature at the start of each shift.', 'Adjust the fridge temperature at the start of each shift.')).toEqual(['semantic-drift']);
    expect(await flagging('Record the fridge temperature at the start of each shift.', 'Log the fridge temperature at the start of each shift.')).toEqual([]);
    expect(await flagging('Sign every delivery note before the driver leaves.', 'Photocopy every delivery note before the driver leaves.')).toEqual(['semantic-drift']);
    expect(await flagging('Check the tyre pressure before every hire.', 'Verify the tyre pressure before every hire.')).toEqual([]);
    expect(await flagging('Do not refreeze thawed fish.', 'Do not fillet thawed fish.')).toEqual(['semantic-drift']);
  });
});

describe('the case of a hand-over or a grant made to hold in every case', () => {
  it('flags "if X" given way to a concessive clause in a rule that gives or grants', async () => {
    expect(await flagging('Waive the late fee if the courier caused the delay.', 'Waive the late fee whatever caused the delay.')).toEqual(['condition-changed']);
    expect(await flagging('Refund the class fee if the instructor cancelled the session.', 'Refund the class fee whoever cancelled the session.')).toEqual(['condition-changed']);
    expect(await flagging('Members may bring a guest if they book the court in advance.', 'Members may bring a guest, no matter how the court was booked.')).toEqual(['condition-changed']);
  });

  it('leaves a duty or a ban made to hold whatever happens, and the case said again', async () => {
    expect(await flagging('Log the call if the caller sounds distressed.', 'Log the call, whatever the caller sounds like.')).toEqual([]);
    expect(await flagging('Wear gloves when handling raw chicken.', 'Wear gloves when handling raw chicken, whoever prepared it.')).toEqual([]);
    expect(await flagging('Refund the class fee if the instructor cancelled the session.', 'Refund the class fee if it was the instructor who cancelled the session.')).toEqual([]);
  });
});
