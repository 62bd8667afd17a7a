// Round 40a (issue 11): three readings made general by their structure, each read on the sets it
// was not built from before it was built: the version a rule points to moved back and named by its
// place in time ("the current toll schedule" -> "the 2019 toll schedule", "the original ...",
// "... from last spring"), an exception appended to an "only" restriction ("..., unless the weather
// is calm"), and a place's universal narrowed to a part of it ("anywhere in the tower" -> "in the
// ringing chamber"). Each beside benign twins; the classes through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { findVersionsMovedBack, versionMovedBack } from './reason-version-moved-back.ts';
import { findOccasionsNarrowed, placeNarrowed } from './reason-occasions-narrowed.ts';

describe('the version a rule points to moved back, named by its place in time', () => {
  it('reads a year, the first or original version, a time past after the noun, for the version in force', () => {
    expect(versionMovedBack('Quote lock fees from the current toll schedule.', 'Quote lock fees from the 2019 toll schedule.')).toEqual({ went: 'current', came: '2019' });
    expect(versionMovedBack('Flying displays follow the approved risk assessment for the centre.', 'Flying displays follow the original risk assessment for the centre.')).toEqual({ went: 'approved', came: 'original' });
    expect(versionMovedBack("Track layouts are checked against this season's wiring diagram before every open day.", 'Track layouts are checked against the wiring diagram from last spring before every open day.')).toEqual({ went: "this season's", came: 'last' });
    expect(findVersionsMovedBack('Members are given the current club handbook on joining.', "Members are given the club's first handbook on joining.")[0]?.message).toMatch(/^reference moved back: "current" became "first"/);
  });

  it('reads nothing when the version in force is still named, or the noun pointed to went', () => {
    expect(versionMovedBack("Track layouts are checked against this season's wiring diagram before every open day.", 'Before every open day, track layouts are checked against the latest wiring diagram.')).toBeNull();
    expect(versionMovedBack('Quote lock fees from the current toll schedule.', 'Quote lock fees from the toll schedule in force since 2019.')).toBeNull();
    expect(versionMovedBack('Quote lock fees from the current toll schedule.', 'Quote lock fees as agreed with the skipper in 2019.')).toBeNull();
  });
});

describe('a place a rule held everywhere in, narrowed to a part of it', () => {
  it('reads "anywhere" or "everywhere" in a place turned into a place within it', () => {
    expect(placeNarrowed('Ringing is not allowed anywhere in the tower during a funeral.', 'Ringing is not allowed in the ringing chamber during a funeral.')).toEqual({ went: 'anywhere in the tower', came: 'in the ringing chamber' });
    expect(findOccasionsNarrowed('Locomotives must not run unattended anywhere on the layout.', 'Locomotives must not run unattended on the main loop.').map((reason) => reason.code)).toEqual(['scope-narrowed']);
  });

  it('reads nothing when the new place is still the whole of it, or the sentence only moved', () => {
    expect(placeNarrowed('Locomotives must not run unattended anywhere on the layout.', 'Locomotives must not run unattended on any part of the layout.')).toBeNull();
    expect(findOccasionsNarrowed('Ringing is not allowed anywhere in the tower during a funeral.', 'During a funeral, ringing is not allowed anywhere in the tower.')).toEqual([]);
    expect(placeNarrowed('Hawks are flown everywhere on the estate.', 'Hawks are flown across the whole estate.')).toBeNull();
  });
});
