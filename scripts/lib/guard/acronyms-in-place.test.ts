import { describe, expect, it } from 'vitest';
import { expandAcronymsInPlace } from './_acronyms-in-place.ts';

describe('acronyms replaced in place by words that fit them loosely', () => {
  it('reads an acronym as the words standing in its place when each opens with one of its letters', () => {
    const [previous] = expandAcronymsInPlace('Land if the GNSS signal is lost.', 'Land if the satellite navigation signal is lost.');
    expect(previous).toBe('Land if the satellite navigation signal is lost.');
  });

  it('reads a formula as the element names standing in its place, in either direction', () => {
    expect(expandAcronymsInPlace('Calibrate for H2S daily.', 'Calibrate for hydrogen sulphide daily.')[0]).toBe('Calibrate for hydrogen sulphide daily.');
    expect(expandAcronymsInPlace('Check the carbon monoxide alarm.', 'Check the CO alarm.')[1]).toBe('Check the carbon monoxide alarm.');
  });

  it('keeps a formula whose place now names another substance or another oxide', () => {
    expect(expandAcronymsInPlace('Check the CO2 meter.', 'Check the oxygen meter.')[0]).toBe('Check the CO2 meter.');
    expect(expandAcronymsInPlace('Check the CO2 meter.', 'Check the carbon monoxide meter.')[0]).toBe('Check the CO2 meter.');
  });

  it('keeps an acronym whose place now holds a word none of its letters opens', () => {
    expect(expandAcronymsInPlace('Send it to the CISO.', 'Send it to the team lead.')[0]).toBe('Send it to the CISO.');
    expect(expandAcronymsInPlace('Escalate to the CFO now.', 'Escalate to the finance team now.')[0]).toBe('Escalate to the CFO now.');
    // A letter inside the acronym left unopened: another thing with the same outer letters.
    expect(expandAcronymsInPlace('Read out CPR instructions.', 'Read out cardiac rehabilitation instructions.')[0]).toBe('Read out CPR instructions.');
  });
});
