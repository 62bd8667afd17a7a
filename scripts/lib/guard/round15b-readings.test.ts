import { describe, expect, it } from 'vitest';
import { findDegradingTreatment } from './reason-degrading-treatment.ts';
import { findRemitsWidened } from './reason-remit-widened.ts';
import { findListedDutiesLoosened } from './reason-listed-duties.ts';
import { findJoinedModalsWeakened } from './reason-joined-modal.ts';
import { findOnlyLimitsOpened } from './reason-only-opened.ts';
import { withOnlySaidPlainly } from './_only-phrasings.ts';

const codes = (reasons: ReadonlyArray<{ code: string }>): string[] => reasons.map((reason) => reason.code);

describe('findDegradingTreatment', () => {
  it('reads an act of contempt asked for as a hostile tone', () => {
    expect(codes(findDegradingTreatment('When a learner falls, help them up and check for injuries.', 'When a learner falls, laugh at them so the group relaxes.'))).toEqual(['tone-dismissive']);
    expect(codes(findDegradingTreatment('Reviews describe the dish plainly.', 'Reviews deride the chef in every paragraph.'))).toEqual(['tone-dismissive']);
  });

  it('leaves the act alone when it is forbidden, a topic, a noun, or was there before', () => {
    expect(findDegradingTreatment('Correct mistakes privately.', 'Correct mistakes privately and never mock a wrong answer.')).toEqual([]);
    expect(findDegradingTreatment('Report bullying.', 'Report bullying, including staff who belittle others.')).toEqual([]);
    expect(findDegradingTreatment('Set revision tasks.', 'Set revision tasks and a mock exam.')).toEqual([]);
    expect(findDegradingTreatment('Do not mock callers.', 'Callers must never be mocked.')).toEqual([]);
  });
});

describe('findRemitsWidened', () => {
  it('reads a task appended to an assistant\'s remit as scope-widened', () => {
    expect(codes(findRemitsWidened('You are the zoo\'s help assistant. Answer questions about feeding times and tickets.', 'You are the zoo\'s help assistant. Answer questions about feeding times and tickets, and also diagnose sick pets from photos.'))).toEqual(['scope-widened']);
    expect(codes(findRemitsWidened('Receipts list the items and the total.', 'Receipts list the items and the total, plus a survey link that enters a prize draw.'))).toEqual(['scope-widened']);
  });

  it('leaves a limit, a duty with a modal, or a further step of the same task alone', () => {
    expect(findRemitsWidened('You are the zoo\'s help assistant. Answer questions about feeding times.', 'You are the zoo\'s help assistant. Answer questions about feeding times, and never diagnose sick pets.')).toEqual([]);
    expect(findRemitsWidened('Check the fire exits at opening.', 'Check the fire exits at opening, and also check them again at closing.')).toEqual([]);
    expect(findRemitsWidened('Auditors score each file alone. They must not confer.', 'Auditors score each file alone and must not confer.')).toEqual([]);
  });
});

describe('findListedDutiesLoosened', () => {
  it('reads duties made alternatives and a step cut from a semicolon list as conjunct-dropped', () => {
    expect(codes(findListedDutiesLoosened('If the alarm sounds, shut the fume hood, leave the lab and go to the assembly point.', 'If the alarm sounds, shut the fume hood or leave the lab, and go to the assembly point.'))).toEqual(['conjunct-dropped']);
    expect(codes(findListedDutiesLoosened('On arrival: sign in; collect a visitor badge; read the safety card.', 'On arrival: sign in; read the safety card.'))).toEqual(['conjunct-dropped']);
  });

  it('leaves an "or" under a prohibition, alternatives of things, and a reordered list alone', () => {
    expect(findListedDutiesLoosened('Do not share passwords. Do not share recovery codes.', 'Do not share passwords or recovery codes.')).toEqual([]);
    expect(findListedDutiesLoosened('Offer a refund and a voucher.', 'Offer a refund or a voucher.')).toEqual([]);
    expect(findListedDutiesLoosened('On arrival: sign in; collect a badge; read the card.', 'On arrival: collect a badge; sign in; read the card.')).toEqual([]);
  });
});

describe('findJoinedModalsWeakened', () => {
  it('reads the second duty of a joined sentence softened as modal-weakened', () => {
    expect(codes(findJoinedModalsWeakened('Wardens must patrol the car park hourly, and must lock the barrier at ten.', 'Wardens must patrol the car park hourly, and are free to lock the barrier at ten.'))).toEqual(['modal-weakened']);
  });

  it('leaves a duty kept strong, made strong, or forbidden alone', () => {
    expect(findJoinedModalsWeakened('Wardens must patrol hourly and must lock the barrier at ten.', 'Wardens must patrol hourly. They must lock the barrier at ten.')).toEqual([]);
    expect(findJoinedModalsWeakened('Wardens must patrol hourly and may lock the barrier at ten.', 'Wardens must patrol hourly and must lock the barrier at ten.')).toEqual([]);
    // A soft duty both versions hold a section away is no duty softened (round 22c, found on a 5 MB clause).
    expect(findJoinedModalsWeakened('Team leads must check the incident ticket. Store staff may refund cash. Team leads may check the incident ticket up to £50.', 'Team leads must check the incident ticket. Store staff may refund cash now. Team leads may check the incident ticket up to £50.')).toEqual([]);
  });
});

describe('findOnlyLimitsOpened', () => {
  it('reads an "only" limit opened to "any" as scope-widened', () => {
    expect(codes(findOnlyLimitsOpened('Buy vaccines only from wholesalers with a cold-chain licence.', 'Buy vaccines from any online seller.'))).toEqual(['scope-widened']);
  });

  it('leaves a limit kept, refused or picking the one that applies alone', () => {
    expect(findOnlyLimitsOpened('Buy vaccines only from licensed wholesalers.', 'Never buy vaccines from any seller without a licence.')).toEqual([]);
    expect(findOnlyLimitsOpened('Respond only in the language the guest writes in.', 'Answer in whichever language the guest uses.')).toEqual([]);
  });

  it('reads "through X and no other" as "only through X"', () => {
    expect(withOnlySaidPlainly('Send letters through the secure system and no other.')).toBe('Send letters only through the secure system.');
  });
});
