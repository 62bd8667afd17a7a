// A prohibition of acting alone said from the other side (_company-kept.ts; issue 11, round 22c):
// kept while the new text still demands the company, gone when it only says the act in company.
import { describe, expect, it } from 'vitest';
import { companyNoLongerDemanded, demandsCompany, forbidsActingAlone } from './_company-kept.ts';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string) => findReasons(previous, next).map((reason) => reason.code);

describe('a prohibition of acting alone said as the act with company', () => {
  it('reads which texts forbid acting alone and which demand the company in every case', () => {
    expect(forbidsActingAlone('Lift engineers must not work in the shaft on their own.')).toBe(true);
    expect(forbidsActingAlone('Enter the grain silo with a colleague.')).toBe(false);
    expect(demandsCompany('Always enter the grain silo with a colleague.')).toBe(true);
    expect(demandsCompany('Nobody goes into the grain silo without a second person.')).toBe(true);
    expect(demandsCompany('Enter the grain silo with a colleague.')).toBe(false);
    expect(demandsCompany('Technicians can handle primates with a colleague present, and must log it.')).toBe(false);
    expect(companyNoLongerDemanded('Never enter the grain silo alone.', 'Enter the grain silo with a colleague.')).toBe(true);
  });

  it('flags the company said without being demanded: the "never" went with the "alone"', () => {
    expect(codes('Never enter the grain silo alone.', 'Enter the grain silo with a colleague.')).toEqual(['negation-removed']);
    expect(codes('Do not climb the tidal turbine tower alone.', 'Climb the tidal turbine tower with a partner.')).toEqual(['negation-removed']);
    expect(codes('Never open the autoclave alone.', 'Open the autoclave with another technician.')).toEqual(['negation-removed']);
  });

  it('passes the company still demanded: always, only, every time, nobody without, must have someone with them', () => {
    expect(codes('Never enter the grain silo alone.', 'Always enter the grain silo with a colleague.')).toEqual([]);
    expect(codes('Never enter the grain silo alone.', 'Enter the grain silo only with a colleague.')).toEqual([]);
    expect(codes('Never enter the grain silo alone.', 'Nobody goes into the grain silo without a second person.')).toEqual([]);
    expect(codes('Do not climb the tidal turbine tower alone.', 'The tidal turbine tower is always climbed with a partner.')).toEqual([]);
    expect(codes('Never open the autoclave alone.', 'Always have another technician with you when you open the autoclave.')).toEqual([]);
  });

  it('reads a rule rebuilt round the thing as said again, not removed nor contradicted, while it demands the company', () => {
    // Round 21a's labelled ropeway edit, flagged requirement-removed and contradiction before.
    expect(codes('Never let a child ride a cabin alone.', 'Children always travel in a cabin with an adult beside them.')).toEqual([]);
    expect(codes('Do not let a patient walk to theatre unaccompanied.', 'Patients are always escorted to theatre by a porter.')).toEqual([]);
    expect(codes('Never let a child ride a cabin alone.', 'Children may travel in a cabin with an adult beside them.')).not.toEqual([]);
    expect(codes('Never let a child ride a cabin alone.', 'Children travel in a cabin with an adult beside them when one is free.')).not.toEqual([]);
  });

  it('reads a prohibition with an exception of company ("may not ... unless a ringer is beside them") as one of acting alone', () => {
    // v23 (tuning data): flagged negation-removed before.
    expect(codes('Trainees may not extract a bird from a mist net unless a licensed ringer is standing beside them.', 'A trainee only takes a bird out of a mist net with a licensed ringer right next to them.')).toEqual([]);
    expect(codes('Apprentices must not use the lathe unless a tutor is present.', 'Apprentices use the lathe only with a tutor present.')).toEqual([]);
    expect(codes('Apprentices must not use the lathe unless a tutor is present.', 'Apprentices can use the lathe with a tutor present.')).not.toEqual([]);
    // "alone with a child" names no company: the text lets someone be alone.
    expect(demandsCompany('Be alone with a child behind a closed door only when a second adult is not available.')).toBe(false);
  });
});
