// A stricter rule read by entailment (guard round 16c): the new version's tightenings undone one
// difference at a time give a text it entails; when nothing is read on that text, the edit is no
// regression. The near-misses (a tightening beside a loosening, a hand-over's safeguard dropped,
// a bound read the other way for its rule, an object swapped) still flag.
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { sameWords, undoTightenings } from './_entailed-tightenings.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { evaluateClauseChange } from './evaluate-clause-change.ts';

const embedder = createBuiltinEmbedder();
const config = configSchema.parse({});
async function flagged(previous: string, next: string): Promise<boolean> {
  return (await evaluateClauseChange({ clauseId: 'test/clause', previous, next, declaredTone: null, config, embedder })).regression_flag;
}

describe('tightenings undone', () => {
  it('puts a tightened bound back by the direction its rule reads: a duty\'s trigger, a prohibition, an "only when" gate', () => {
    expect(undoTightenings('Take a break after four hours at the wheel.', 'Take a break after three hours at the wheel.')).toBe('Take a break after four hours at the wheel.');
    expect(undoTightenings('Install panels only when wind speed is below 40 km/h.', 'Install panels only when wind speed is below 30 km/h.')).toBe('Install panels only when wind speed is below 40 km/h.');
    expect(undoTightenings('Close the pool when fewer than two lifeguards are on duty.', 'Close the pool when fewer than three lifeguards are on duty.')).toBe('Close the pool when fewer than two lifeguards are on duty.');
    expect(undoTightenings('Drivers must not work more than 12 hours in a day.', 'Drivers must not work more than 10 hours in a day.')).toBe('Drivers must not work more than 12 hours in a day.');
    // The other way round each loosens: nothing is undone.
    expect(undoTightenings('Take a break after three hours at the wheel.', 'Take a break after four hours at the wheel.')).toBeNull();
    expect(undoTightenings('Do not call a customer within 30 days of an opt-out.', 'Do not call a customer within 7 days of an opt-out.')).toBeNull();
    expect(undoTightenings('Trains must not exceed 20 mph through the worksite.', 'Trains must not exceed 50 mph through the worksite.')).toBeNull();
  });

  it('takes out an added prohibition or duty that contradicts nothing, and keeps one that carves a case out', () => {
    expect(undoTightenings('Feed the rabbits at 8 am.', 'Feed the rabbits at 8 am. Never give them chocolate.')).toBe('Feed the rabbits at 8 am.');
    expect(undoTightenings('Never give the rabbits chocolate.', 'Never give the rabbits chocolate. Give them chocolate drops as a treat.')).toBeNull();
    expect(undoTightenings('Never share account balances over chat.', 'Never share account balances over chat. Read the balance aloud in chat when the customer asks.')).toBeNull();
    expect(undoTightenings('Porters must label every specimen bag.', 'Porters must label every specimen bag and may skip the transfer book when busy.')).toBeNull();
  });

  it('reads "Keep the lid shut" -> "Never leave the lid open, not even for a minute" and "only to X" -> "never to anyone other than X" as the same rule, firmer', () => {
    expect(undoTightenings('Keep the freezer lid shut.', 'Never leave the freezer lid open, not even for a minute.')).toBe('Keep the freezer lid shut.');
    expect(undoTightenings('Hand the keys only to the tenant.', 'Never hand the keys to any person other than the tenant.')).toBe('Hand the keys only to the tenant.');
    expect(undoTightenings('Always lock the medicine cabinet.', 'Never leave the medicine cabinet unlocked.')).toBe('Always lock the medicine cabinet.');
    expect(undoTightenings('Always lock the medicine cabinet.', 'Never leave the medicine cabinet open to visitors.')).toBeNull();
  });

  it('reads a count with no bound word as a cap where a permission grants it or an "only" limits it, not in a clock time', () => {
    expect(undoTightenings('Students can retake an exam twice.', 'Students can retake an exam once.')).toBe('Students can retake an exam twice.');
    // Words matched by their stems keep the new text's number: "Only two visitor may ...", the same words as before.
    expect(sameWords(undoTightenings('Only two visitors may sit at a bedside.', 'Only one visitor may sit at a bedside.') ?? '', 'Only two visitors may sit at a bedside.')).toBe(true);
    expect(undoTightenings('Students can retake an exam once.', 'Students can retake an exam twice.')).toBeNull();
    expect(undoTightenings('Polls close at 10 p.m.; anyone in the queue may still vote.', 'Polls close at 9 p.m.; anyone in the queue may still vote.')).toBeNull();
  });
});

describe('stricter edits through the guard', () => {
  it('passes a tightening in any shape, alone or with a new duty beside it', async () => {
    expect(await flagged('Gritting drivers take a break after four hours at the wheel.', 'Gritting drivers take a break after three hours at the wheel, and never drive more than ten hours in a shift.')).toBe(false);
    expect(await flagged('Check the dog\'s vaccination card on the first visit.', 'Check the dog\'s vaccination card on every visit and refuse the appointment if kennel cough cover has lapsed.')).toBe(false);
    expect(await flagged('Medicines are given only with the parent\'s written consent.', 'Medicines are given only with the parent\'s written consent for that specific medicine and dose, and every dose is recorded.')).toBe(false);
    expect(await flagged('Deliveries are accepted at the loading bay.', 'Deliveries are accepted only at the loading bay, and only with a signed delivery note.')).toBe(false);
    expect(await flagged('Tenants may sublet a room with at least 14 days\' notice.', 'Tenants may sublet a room with at least 30 days\' notice.')).toBe(false);
    expect(await flagged('Do not accept cash deposits above £5,000 at the counter.', 'Do not accept cash deposits at the counter.')).toBe(false);
  });

  it('still flags the near-misses: a loosening beside a tightening, a safeguard dropped, an alternative given to a duty, an "only" on a duty', async () => {
    expect(await flagged('Inspect the scaffold ties every 2 weeks and log each inspection.', 'Inspect the scaffold ties every week; logging the inspection is up to the inspector.')).toBe(true);
    expect(await flagged('Release the deposit once the inventory check is signed.', 'Release the deposit.')).toBe(true);
    expect(await flagged('Email the receipt to the cardholder.', 'Email the receipt to the cardholder or anyone who asks for it.')).toBe(true);
    expect(await flagged('Send the safety briefing to every contractor before they arrive on site.', 'Send the safety briefing to every contractor before they arrive on site, but only for jobs lasting more than a day.')).toBe(true);
    expect(await flagged('Escalate refunds over $200 to a team lead.', 'Escalate refunds over $1,000 to a team lead.')).toBe(true);
    expect(await flagged('Do not open the vault unless two managers are present.', 'Do not open the vault unless two managers or one guard are present.')).toBe(true);
  });
});
