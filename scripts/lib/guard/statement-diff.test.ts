import { describe, expect, it } from 'vitest';
import { expandAbbreviations, findExpansion } from './_abbreviations.ts';
import { swappedShare } from './_order-agreement.ts';
import { readStatement } from './_statements.ts';
import { respellNegatives } from './_spelled-negations.ts';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code).sort();
const message = (previous: string, next: string, code: string): string | undefined =>
  findReasons(previous, next).find((reason) => reason.code === code)?.message;

describe('readStatement', () => {
  it('separates the rule from its condition and its negations', () => {
    const statement = readStatement("Promise a delivery date when the carrier's estimate is not available.");
    expect(statement.mainNegations).toEqual([]);
    expect(statement.conditionNegations).toEqual(['not']);
    expect(statement.conditions.map((condition) => condition.kind)).toEqual(['if']);
  });
  it('reads "only if", "unless", "even if" and "whenever" as different conditions', () => {
    const kinds = ['Refund only if paid.', 'Refund unless paid.', 'Refund even if paid.', 'Refund whenever paid.'].map((text) => readStatement(text).conditions[0]?.kind);
    expect(kinds).toEqual(['only-if', 'unless', 'even-if', 'whenever']);
  });
  it('does not read "not paid" as a negated rule when the other version says "unpaid"', () => {
    expect(readStatement('Send reminders for invoices that have not been paid.', 'Send reminders for unpaid invoices.').mainNegations).toEqual([]);
  });
  it('attaches order words to what they order', () => {
    expect(readStatement('Confirm the address before shipping.').directions).toEqual([{ direction: 'before', words: 'before', anchors: ['address', 'ship'] }]);
  });
});

describe('statement-level reasons', () => {
  it('order-changed: before -> after, at least -> at most, sides swapped', () => {
    expect(message('Confirm the address before shipping.', 'Confirm the address after shipping.', 'order-changed')).toBe(
      'order changed: "before" -> "after" in "Confirm the address after shipping."',
    );
    expect(codes('Keep at least two engineers on call.', 'Keep at most two engineers on call.')).toContain('order-changed');
    expect(codes('Verify the caller before resetting the password.', 'Reset the password before verifying the caller.')).toContain('order-changed');
  });
  it('condition-changed: only if -> unless, if -> even if, a "not" inside the condition', () => {
    expect(message('Issue credit only if the outage exceeded 4 hours.', 'Issue credit unless the outage exceeded 4 hours.', 'condition-changed')).toContain('"only if" -> "unless"');
    expect(codes('Call back if the line drops.', 'Call back even if the line drops.')).toContain('condition-changed');
    expect(codes('Refund the fee if the parcel arrived damaged.', 'Refund the fee if the parcel did not arrive damaged.')).toContain('condition-changed');
  });
  it('qualifier-added, scope-narrowed and scope-widened', () => {
    expect(message('Confirm the amount in writing.', 'Confirm the amount in writing where practical.', 'qualifier-added')).toContain('"where practical"');
    expect(codes('Mask card numbers in every log line.', 'Mask card numbers in some log lines.')).toContain('scope-narrowed');
    expect(codes('Disclose the fee to the billing contact.', 'Disclose the fee to the billing contact or any team member.')).toContain('scope-widened');
  });
  it('conjunct-dropped quotes the item that went', () => {
    expect(message('Agents must log the call and notify the duty manager.', 'Agents must log the call.', 'conjunct-dropped')).toContain('"notify the duty manager"');
  });
  it('permission-added and contradiction for new sentences', () => {
    expect(codes('Keep photos out of training data.', 'Keep photos out of training data. The assistant may use them for checks.')).toContain('permission-added');
    expect(codes('Personal data is never sold to third parties.', 'Personal data is never sold to third parties. Profiles are sold to partners.')).toContain('contradiction');
  });
  it('negation-moved when the rule loses its "never" to its condition', () => {
    expect(codes("Never promise a delivery date; quote the carrier's estimate.", "Promise a delivery date when the carrier's estimate is not available.")).toContain('negation-moved');
  });
  it('roles-swapped names both actors', () => {
    expect(message('The agent verifies the customer.', 'The customer verifies the agent.', 'roles-swapped')).toBe(
      'roles swapped: "agent" and "customer" traded places in "The customer verifies the agent."',
    );
  });

  it.each([
    ['passive/active', 'Refunds over $100 are approved by a team lead.', 'A team lead approves refunds over $100.'],
    ['fronted clause', 'Verify the caller before resetting the password.', 'Before resetting the password, verify the caller.'],
    ['stricter emphasis', 'Never store card numbers.', 'Never, under no circumstances, store card numbers.'],
    ['even if added', 'Never ask for a full card number.', 'Never ask for a full card number, even if the customer offers it.'],
    ['all -> every', 'Mask all digits of a card number.', 'Mask every digit of a card number.'],
    ['spelled-out negation', 'Do not process incomplete applications.', 'Do not process applications that are not complete.'],
    ['appended prohibition', 'Ask before running commands.', 'Ask before running commands, and never run them without a yes.'],
    ['split into sentences', 'Greet the customer and ask how you can help.', 'Greet the customer. Ask how you can help.'],
    ['coordination reordered', 'Offer a refund or a replacement.', 'Offer a replacement or a refund.'],
  ])('stays quiet on a %s', (_, previous, next) => {
    expect(findReasons(previous, next)).toEqual([]);
  });
});

describe('spelled-out negative words', () => {
  it('reads "cannot be delivered" as the "undeliverable" and "cannot be read" as the "illegible" of the other version', () => {
    expect(codes('Return undeliverable parcels to the sender.', 'Return parcels that cannot be delivered to the sender.')).toEqual([]);
    expect(codes('Never accept illegible prescriptions.', 'Never accept prescriptions that cannot be read.')).toEqual([]);
    expect(respellNegatives('Return undeliverable parcels.', 'Return parcels that cannot be delivered.')[1]).toBe('Return parcels that undeliverable.');
  });
  it('still reads a "not" on another verb as a negated condition', () => {
    expect(codes('Return undeliverable parcels to the sender.', 'Return parcels that were not paid for to the sender.')).toContain('condition-changed');
  });
});

describe('abbreviations and order agreement', () => {
  it('finds the words an acronym stands for, joiners allowed', () => {
    expect(findExpansion('ETA', 'Quote the estimated time of arrival.')).toBe('estimated time of arrival');
    expect(findExpansion('API', 'Use the app.')).toBeNull();
    expect(expandAbbreviations('Never ask for the CVV.', 'Never ask for the card verification value.')[0]).toBe('Never ask for the card verification value.');
  });
  it('reads a digit in an acronym as the number or its word ("2FA", "P1")', () => {
    expect(findExpansion('2FA', 'Enable two-factor authentication.')).toBe('two-factor authentication');
    expect(findExpansion('P1', 'Acknowledge priority-1 incidents.')).toBe('priority-1');
    expect(findExpansion('P1', 'Acknowledge priority incidents.')).toBeNull();
  });
  it('reads a digit after a letter as that letter repeated ("EC2", "S3"), and keeps a number that is no repeat', () => {
    expect(findExpansion('EC2', 'Tag every Elastic Compute Cloud instance.')).toBe('Elastic Compute Cloud');
    expect(findExpansion('S3', 'Encrypt every Simple Storage Service bucket.')).toBe('Simple Storage Service');
    expect(expandAbbreviations('Any EC2 instance must be tagged.', 'Any Elastic Compute Cloud instance must be tagged.')[0]).toBe('Any Elastic Compute Cloud instance must be tagged.');
    expect(findExpansion('EC2', 'Tag every Elastic Compute instance.')).toBeNull();
  });
  it('spells out clipped words the other version writes in full, but not derived words or compounds', () => {
    expect(expandAbbreviations('Update every admin account within 15 min.', 'Update every administrator account within 15 minutes.')[0]).toBe('Update every administrator account within 15 minutes.');
    expect(expandAbbreviations('Pay the invoice.', 'Record the payment.')[0]).toBe('Pay the invoice.');
    expect(expandAbbreviations('Explain the policy.', 'Tell the policyholder.')[0]).toBe('Explain the policy.');
    expect(expandAbbreviations('The assistant cannot process payments.', "The assistant can't process payments.")[1]).toBe("The assistant can't process payments.");
  });
  it('scores swapped roles above zero and a moved clause at zero', () => {
    expect(swappedShare('The agent verifies the customer today.', 'The customer verifies the agent today.')).toBe(0.5);
    expect(swappedShare('Before discussing account details, verify the identity.', 'Verify the identity before discussing account details.')).toBe(0);
  });
});
