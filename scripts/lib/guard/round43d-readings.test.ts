// Round 43d (issue 11): v60/v61's false flags of the variants other than `reword`, read by
// structure: a list reordered with the phrase the old sentence fronted said after its clause is
// the same list, two clauses sharing their verb said the other way round are the same two rules, a
// span of time said in two units, "and a half", "a full day" or nights is the span the other
// version says between the same words, "-20 °C or colder" is a bound, and a "may" of what may
// happen grants nothing. Each beside a regression twin; the classes through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { foldReorderedItems } from './_items-reordered.ts';
import { gappedClausesSwapped } from './_gapped-clauses.ts';
import { foldSpansSaidAlike } from './_spans-said-alike.ts';
import { spellUnitShortForms } from './_unit-short-forms.ts';
import { tightenedInPlace } from './_tightened-in-place.ts';

describe('a list reordered, the old sentence fronting its phrase', () => {
  it('reads the new sentence as the old one', () => {
    const hull = 'Before lifting a hull, notify the harbour master and confirm the tide tables.';
    expect(foldReorderedItems(hull, 'Confirm the tide tables and notify the harbour master before lifting a hull.')[1]).toBe(hull);
    const sea = 'Before entering the sea, every junior must pass a 200 m swim test and a treading-water test.';
    expect(foldReorderedItems(sea, 'Every junior must pass a treading-water test and a 200 m swim test before entering the sea.')[1]).toBe(sea);
  });

  it('keeps another time, or an item gone, as written', () => {
    const after = 'Confirm the tide tables and notify the harbour master after lifting a hull.';
    expect(foldReorderedItems('Before lifting a hull, notify the harbour master and confirm the tide tables.', after)[1]).toBe(after);
    const fewer = 'Every junior must pass a treading-water test before entering the sea.';
    expect(foldReorderedItems('Before entering the sea, every junior must pass a 200 m swim test and a treading-water test.', fewer)[1]).toBe(fewer);
  });
});

describe('two clauses sharing their verb, said the other way round', () => {
  it('reads them as the same two rules, the shared words in order or one run moved with its phrases', () => {
    expect(gappedClausesSwapped('Children must wear life jackets at all times, and adults whenever the boat leaves the pontoon.', 'Adults must wear life jackets whenever the boat leaves the pontoon, and children at all times.')).toBe(true);
    expect(gappedClausesSwapped('The kitchen closes at 9pm on weekdays and at 8pm on Sundays.', 'On Sundays the kitchen closes at 8pm, and on weekdays at 9pm.')).toBe(true);
    expect(gappedClausesSwapped("Leaks on the public side of the stop tap are ours to fix, and leaks on the property side are the owner's.", "Leaks on the property side of the stop tap are the owner's to fix, and leaks on the public side are ours.")).toBe(true);
  });

  it('reads the cases traded between the parties as a change', () => {
    expect(gappedClausesSwapped('Children must wear life jackets at all times, and adults whenever the boat leaves the pontoon.', 'Adults must wear life jackets at all times, and children whenever the boat leaves the pontoon.')).toBe(false);
    expect(gappedClausesSwapped('The kitchen closes at 9pm on weekdays and at 8pm on Sundays.', 'On Sundays the kitchen closes at 9pm, and on weekdays at 8pm.')).toBe(false);
  });
});

describe('a span of time said in other words between the same words', () => {
  it('writes the new span as the old one writes it', () => {
    expect(foldSpansSaidAlike('Each solo routine is limited to 2 minutes 30 seconds.', 'Each solo routine is limited to two and a half minutes.')[1]).toBe('Each solo routine is limited to 2 minutes 30 seconds.');
    expect(foldSpansSaidAlike('Glued joints must stay clamped for at least 24 hours before sanding.', 'Glued joints must stay clamped for at least a full day before sanding.')[1]).toBe('Glued joints must stay clamped for at least 24 hours before sanding.');
    expect(foldSpansSaidAlike('Families may stay for up to 14 nights per visit.', 'Families may stay for up to two weeks per visit.')[1]).toBe('Families may stay for up to 14 nights per visit.');
    expect(foldSpansSaidAlike('Each session lasts 90 minutes.', 'Each session lasts an hour and a half.')[1]).toBe('Each session lasts 90 minutes.');
  });

  it('leaves another amount, other words round it, and spans the readings already read, as written', () => {
    const longer = 'Each solo routine is limited to three and a half minutes.';
    expect(foldSpansSaidAlike('Each solo routine is limited to 2 minutes 30 seconds.', longer)[1]).toBe(longer);
    const moved = 'Glued joints must stay clamped for a full day at most before sanding.';
    expect(foldSpansSaidAlike('Glued joints must stay clamped for at least 24 hours before sanding.', moved)[1]).toBe(moved);
    const plain = 'Reply within one day.';
    expect(foldSpansSaidAlike('Reply within 24 hours.', plain)[1]).toBe(plain);
  });
});

describe('what the learned flag stands down on', () => {
  it('reads a unit written short after its figure as the word the other version says', () => {
    expect(spellUnitShortForms('Keep the signed waivers for 7 yrs.', 'Keep the signed waivers for 7 years.')[0]).toBe('Keep the signed waivers for 7 years.');
    expect(spellUnitShortForms('Inspect every harness every 6 mths. Log it.', 'Inspect every harness every 6 months. Log it.')[0]).toBe('Inspect every harness every 6 months. Log it.');
    const other = 'Keep the signed waivers for 5 yrs.';
    expect(spellUnitShortForms(other, 'Keep the signed waivers for 7 years.')[0]).toBe(other);
  });

  it('knows a level or a rate moved in place the stricter way, and only that way', () => {
    expect(tightenedInPlace('Close the beach when the flag is red.', 'Close the beach when the flag is amber.')).toBe(true);
    expect(tightenedInPlace('Page the security lead for every critical alert.', 'Page the security lead for every high alert.')).toBe(true);
    expect(tightenedInPlace('Staff may work from home when the Met Office issues a yellow snow warning.', 'Staff may work from home when the Met Office issues a red snow warning.')).toBe(true);
    expect(tightenedInPlace('Sample fridges are checked weekly.', 'Sample fridges are checked daily.')).toBe(true);
    expect(tightenedInPlace('Close the beach when the flag is amber.', 'Close the beach when the flag is red.')).toBe(false);
    expect(tightenedInPlace('Sample fridges are checked daily.', 'Sample fridges are checked weekly.')).toBe(false);
    expect(tightenedInPlace('Close the beach only when the flag is red.', 'Close the beach only when the flag is amber.')).toBe(false);
    expect(tightenedInPlace('Staff may work from home when the Met Office issues a red snow warning.', 'Staff may work from home when the Met Office issues a yellow snow warning.')).toBe(false);
  });
});
