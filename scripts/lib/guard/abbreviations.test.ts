import { describe, expect, it } from 'vitest';
import { expandAbbreviations } from './_abbreviations.ts';

// Each distinct acronym is looked up once per text (a clause repeating "CRM" in hundreds of
// sentences searched both texts once per use); these pin what the lookup gives at every use.
describe('an acronym repeated through a clause', () => {
  it('is spelled out at every use when the other version spells it out once', () => {
    const [previous] = expandAbbreviations(
      'Log each call in the CRM. Close tickets in the CRM. Never export the CRM.',
      'Log each call in the customer relationship manager. Close tickets there. Never export it.',
    );
    expect(previous).toBe('Log each call in the customer relationship manager. Close tickets in the customer relationship manager. Never export the customer relationship manager.');
  });

  it('is left alone at every use when neither version spells it out', () => {
    const [same] = expandAbbreviations('Update the CRM. Back up the CRM.', 'Update the CRM daily. Back up the CRM.');
    expect(same).toBe('Update the CRM. Back up the CRM.');
  });
});
