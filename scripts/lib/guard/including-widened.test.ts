import { describe, expect, it } from 'vitest';
import { findGrantsWidenedByIncluding } from './reason-including-widened.ts';

const codes = (previous: string, next: string): string[] => findGrantsWidenedByIncluding(previous, next).map((reason) => reason.code);

describe('a grant opened to "any X, including Y"', () => {
  it('flags a grant whose limit went when it took the thing whole and named a case', () => {
    expect(codes('Interns can use the company card for travel booked through the portal.', 'Interns can use the company card for any travel, including trips they book themselves.')).toEqual(['scope-widened']);
    expect(codes('Members may bring a guest to weekday sessions.', 'Members may bring a guest to any session, including weekend tournaments.')).toEqual(['scope-widened']);
    expect(codes('Students may use any of the studio glazes on pieces that will be fired here.', 'Students may use any of the studio glazes, on any piece, including pieces to be fired elsewhere.')).toEqual(['scope-widened']);
  });

  it('passes a grant that keeps its limit, and "any X, including Y" in a duty or a prohibition', () => {
    expect(codes('Residents may park in bays marked R.', 'Residents may park in any bay marked R, including the covered ones.')).toEqual([]);
    expect(codes('Inspect harnesses before use.', 'Inspect any harness before use, including ones borrowed from another crew.')).toEqual([]);
    expect(codes('Do not photograph patients.', 'Do not photograph any patient, including those who agree to it.')).toEqual([]);
  });
});
