// A level on an ordered scale read as the range of cases it names (_level-ranges.ts,
// reason-level-range.ts; issue 11, round 22c): "reaches moderate" is "moderate or higher".
import { describe, expect, it } from 'vitest';
import { levelRanges } from './_level-ranges.ts';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string) => findReasons(previous, next).map((reason) => reason.code);
const range = (text: string) => levelRanges(text).map(({ low, high }) => [low, high]);

describe('a level said as reached, or with "or higher", names it and every level above', () => {
  it('reads "reaches", "gets to", "hits", "climbs to" and "or higher", "and above", "or worse" as one range', () => {
    const atLeast = range('when the ice risk is moderate or higher');
    for (const text of ['once the ice risk reaches moderate', 'when the ice risk gets to moderate', 'if the ice risk hits moderate', 'once it climbs to moderate', 'moderate and above', 'moderate or worse', 'an injury of moderate severity or worse']) {
      expect(range(text)).toEqual(atLeast);
    }
    expect(range('above moderate')[0]![0]!).toBeGreaterThan(atLeast[0]![0]!);
    expect(range('is moderate')).toEqual([[1, 1]]);
  });

  it('passes "amber or higher" said as "reaches amber", and flags the bound dropped or the level moved', () => {
    const previous = 'Close the tidal barrage gates when the surge warning is amber or higher.';
    expect(codes(previous, 'Close the tidal barrage gates once the surge warning reaches amber.')).toEqual([]);
    expect(codes('Report every injury of moderate severity or worse.', 'Report every injury whose severity reaches moderate.')).toEqual([]);
    expect(codes(previous, 'Close the tidal barrage gates when the surge warning is amber.')).toContain('conjunct-dropped');
    expect(codes('Send the gritters out when the ice risk is moderate or higher.', 'Send the gritters out as soon as the ice risk reaches high.')).toContain('condition-changed');
  });
});

describe('a range of levels narrowed in a rule\'s case, its level word kept', () => {
  it('flags "moderate or worse" -> "worse than moderate" in a duty, and passes a duty\'s case widened', () => {
    expect(codes("Call the vet when an animal's welfare score is moderate or worse.", "Call the vet when an animal's welfare score is worse than moderate.")).toEqual(['condition-changed']);
    expect(codes('Escalate any incident rated major or worse to the director.', 'Escalate any incident rated worse than major to the director.')).toEqual(['condition-changed']);
    expect(codes('Stop lessons when the fire danger is high.', 'Stop lessons when the fire danger is high or above.')).toEqual([]);
  });

  it('reads a grant the other way round: its case narrowed is stricter, widened looser', () => {
    expect(codes('Staff may work outside when the heat risk is low or moderate.', 'Staff may work outside when the heat risk is moderate or lower.')).toEqual([]);
    expect(codes('Staff may work outside when the heat risk is moderate or lower.', 'Staff may work outside when the heat risk is high or lower.')).toContain('condition-changed');
  });
});
