import { describe, expect, it } from 'vitest';
import { findOwnedPartiesReplaced } from './reason-possessive-party.ts';

const codes = (previous: string, next: string): string[] => findOwnedPartiesReplaced(previous, next).map((reason) => reason.code);

describe("the party after a kept owner's 's replaced", () => {
  it('flags a holder swapped for a desk, a shop or an agency that stands for other people', () => {
    expect(codes("Condition reports for loaned bindings are sent to the lending library's conservator.", "Condition reports for loaned bindings are sent to the lending library's front desk.")).toEqual(['object-replaced']);
    expect(codes("Spare keys for the flats are kept by the building's caretaker.", "Spare keys for the flats are kept by the building's letting agency.")).toEqual(['object-replaced']);
  });

  it('passes the same holder said another way, a kept word, or a generic word for the person', () => {
    expect(codes("Damaged exhibits are reported to the museum's registrar.", 'Damaged exhibits are reported to the registrar of the museum.')).toEqual([]);
    expect(codes("Send the invoice to the client's accounts team.", "Send the invoice to the client's finance team.")).toEqual([]);
    expect(codes("Send the receipt to the policyholder's broker.", "Send the receipt to the policyholder's customer.")).toEqual([]);
  });
});
