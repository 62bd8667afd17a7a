import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('the party a thing goes to or comes from replaced', () => {
  it('reads another party\'s holder, by its owner, as object-replaced, and the owner said with "of" as none', () => {
    expect(codes("Water damage is reported to the landlord's insurer within 48 hours.", "Water damage is reported to the tenant's contents insurer within 48 hours.")).toContain('object-replaced');
    expect(codes("Report the incident to the school's safeguarding lead.", "Report the incident to the parent's safeguarding lead.")).toContain('object-replaced');
    expect(codes("Water damage is reported to the landlord's insurer within 48 hours.", 'Water damage is reported to the insurer of the landlord within 48 hours.')).toEqual([]);
    expect(codes("Data requests are answered by the company's privacy officer.", 'Data requests are answered by our privacy officer.')).toEqual([]);
  });

  it('reads a head made another party, a business made the customer, as object-replaced, and the person served said generically as none', () => {
    expect(codes('Complaints go to the practice manager, who replies within five days.', 'Complaints go to the receptionist, who replies within five days.')).toContain('object-replaced');
    expect(codes('Timber is bought only from certified suppliers.', 'Timber is bought only from certified customers.')).toContain('object-replaced');
    expect(codes('Parcels are handed only to the named recipient.', 'Parcels are handed only to the named customer.')).toEqual([]);
    expect(codes('Timber is bought only from certified suppliers.', 'Timber is bought only from certified vendors.')).toEqual([]);
    expect(codes('Escalate billing disputes to the finance team.', 'Escalate billing disputes to the finance department.')).toEqual([]);
  });

  it('reads the party a verb of asking or calling takes, and an "-eer" made another, as object-replaced', () => {
    expect(codes('Ask a physician before giving a child any medicine.', 'Ask a pharmacist before giving a child any medicine.')).toContain('object-replaced');
    expect(codes('Call the duty engineer if the lift stops.', 'Call the duty volunteer if the lift stops.')).toContain('object-replaced');
    expect(codes('Ask a physician before giving a child any medicine.', 'Ask a doctor before giving a child any medicine.')).toEqual([]);
    expect(codes('Tell the guest the pool closes at ten.', 'Tell the visitor the pool closes at ten.')).toEqual([]);
  });
});
