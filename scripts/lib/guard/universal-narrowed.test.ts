import { describe, expect, it } from 'vitest';
import { findReasonsBeyondTightenings } from './tightenings-withdrawn.ts';

// Through the tightening withdrawal, as the hook reads an edit ("new and old" reads as a partial word before it).
const codes = (previous: string, next: string): string[] => findReasonsBeyondTightenings(previous, next).map((reason) => reason.code);

describe('a rule said of all things of a kind narrowed to some of them', () => {
  it('reads a participle, a relative clause or an "except" after the universal\'s noun as scope-narrowed', () => {
    expect(codes('All units carry a current PIPA tag.', 'All units bought since 2024 carry a current PIPA tag.')).toContain('scope-narrowed');
    expect(codes('Every forklift carries a fire extinguisher.', 'Every forklift bought after 2022 carries a fire extinguisher.')).toContain('scope-narrowed');
    expect(codes('All cars get a safety check each spring.', 'All cars except the hire fleet get a safety check each spring.')).toContain('scope-narrowed');
  });

  it('leaves an aside set off by commas, a stressed universal and words after the rule alone', () => {
    expect(codes('All fire doors close on their own.', 'All fire doors, new and old, close on their own.')).toEqual([]);
    expect(codes('Every boat carries a throw line.', 'Every single boat carries a throw line.')).toEqual([]);
    expect(codes('All delivery vans carry a first-aid kit.', 'All delivery vans carry a first-aid kit at all times.')).toEqual([]);
  });
});
