import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('an "or" that lets nothing old go is no widened scope', () => {
  it('reads a choice among newly demanded things beside a kept duty as stricter', () => {
    expect(codes('Wear safety glasses in the workshop.', 'Wear safety glasses and ear defenders or earplugs in the workshop.')).not.toContain('scope-widened');
  });

  it('reads an "or" inside a negated carve-out as emphasis', () => {
    expect(codes('Always log out of the shared terminal.', 'Always — with no exceptions for short breaks or quick lookups — log out of the shared terminal.')).not.toContain('scope-widened');
  });

  it('still flags an "or" that offers the old thing as one choice of two', () => {
    expect(codes('Wear safety glasses in the workshop.', 'Wear safety glasses or a face shield in the workshop.')).toContain('scope-widened');
  });
});
