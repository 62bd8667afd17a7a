// A rule said from the other side (round 22a): a range, bound or "only" restriction said as a ban on
// what lies outside it, a ban said as the duty to stay outside, a prohibition said by "off limits"
// or "nobody"; and the edits that turn the rule round, which must still read.
import { afterAll, describe, expect, it } from 'vitest';
import { foldRulesFromOtherSide, saysFromOtherSide } from './_rules-from-other-side.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());

const otherSide = (previous: string, next: string) => saysFromOtherSide(previous, next, lexicon);

describe('a rule said from the other side', () => {
  it('reads a range or bound said as a ban on both sides of it, and a ban said as a duty to stay outside', () => {
    expect(otherSide('Keep the darkroom between 18 and 22 degrees Celsius.', 'The darkroom must never fall below 18 degrees Celsius or go above 22 degrees Celsius.')).toBe(true);
    expect(otherSide('Keep the developer tank below 24 degrees Celsius.', 'The developer tank must never go above 24 degrees Celsius.')).toBe(true);
    expect(otherSide('Moor survey boats only within 500 metres of the turbine array.', 'Never moor a survey boat further than 500 metres from the turbine array.')).toBe(true);
    expect(otherSide('Divers are not allowed within 50 metres of a turbine while it is spinning.', 'While a turbine is spinning, divers must stay at least 50 metres away from it.')).toBe(true);
  });

  it('reads a figure referred back to ("beyond that distance") as the figure', () => {
    expect(otherSide('Quote delivery only for venues within 40 miles.', 'We deliver to venues no further than 40 miles away, so never quote delivery beyond that distance.')).toBe(true);
  });

  it('reads a bound turned round, moved or kept beside a new prohibition as no rule said from the other side', () => {
    // "below 24" kept, "fall below 24" forbidden: the allowed side turned round.
    expect(otherSide('Keep the developer tank below 24 degrees Celsius.', 'The developer tank must never fall below 24 degrees Celsius.')).toBe(false);
    expect(otherSide('Keep the pool chlorine above 1 ppm.', 'Pool chlorine must never rise to 1 ppm or higher.')).toBe(false);
    expect(otherSide('Keep the darkroom between 18 and 22 degrees Celsius.', 'The darkroom must never fall below 12 degrees Celsius or go above 22 degrees Celsius.')).toBe(false);
    expect(otherSide('Moor survey boats only within 500 metres of the turbine array.', 'Never moor a survey boat closer than 500 metres to the turbine array.')).toBe(false);
    // The bound kept as it was, a prohibition of something else beside it.
    expect(otherSide('Report data breaches to the ICO within 72 hours.', 'Report data breaches within 72 hours, and never email the details.')).toBe(false);
  });

  it('reads an "only" restriction said as a ban on whoever or whatever lies outside it', () => {
    expect(otherSide('Feed the fry only at the scheduled times.', 'Never feed the fry outside the scheduled times.')).toBe(true);
    expect(otherSide('Prune only dead wood during the nesting season.', 'During the nesting season, do not prune anything other than dead wood.')).toBe(true);
    expect(otherSide('Only riders who have passed accreditation may book open track sessions.', 'Open track sessions cannot be booked by anyone who has yet to complete accreditation.')).toBe(true);
  });

  it('reads an "only" dropped with no word naming the rest, or a "not" that only describes, as no ban on the rest', () => {
    expect(otherSide('Feed the fry only at the scheduled times.', 'Never feed the fry at the scheduled times.')).toBe(false);
    expect(otherSide('Extend the trial only for customers who ask.', 'Extend the trial for customers who do not ask.')).toBe(false);
    expect(otherSide('Only climbers who hold a chainsaw ticket may use a top-handled saw.', 'A top-handled saw may be used by anyone who has yet to earn a chainsaw ticket.')).toBe(false);
  });

  it('reads a prohibition said by "off limits" or "nobody" as kept, and one that gains a case or lost its "not" as not', () => {
    expect(otherSide('Visitors may not enter the beater room.', 'The beater room is off limits to visitors.')).toBe(true);
    expect(otherSide('Staff must not take rodents out of the animal unit.', 'Rodents stay inside the animal unit; nobody carries them out.')).toBe(true);
    expect(otherSide('Staff must not take rodents out of the animal unit.', 'Rodents stay inside the animal unit unless a technician carries them out.')).toBe(false);
    expect(otherSide('Visitors may not enter the beater room.', 'The beater room is open to visitors.')).toBe(false);
    // "banned" said of a list in both versions is no prohibition said otherwise.
    expect(otherSide('When a visitor is on the banned list, refuse entry and inform the security office.', 'When a visitor is on the banned list and has no booking, refuse entry and inform the security office.')).toBe(false);
  });

  it('reads a prohibition said as the duty to keep the opposite state as kept, and the same state kept as not', () => {
    expect(otherSide('Do not open the sluice gate while the tide is rising.', 'Keep the sluice gate shut while the tide is rising.')).toBe(true);
    expect(otherSide('Never switch the safelight off during a print run.', 'Leave the safelight on for the whole of a print run.')).toBe(true);
    expect(otherSide('Do not unlock the drug cabinet when students are in the lab.', 'The drug cabinet stays locked whenever students are in the lab.')).toBe(true);
    expect(otherSide('Do not open the sluice gate while the tide is rising.', 'Keep the sluice gate open while the tide is rising.')).toBe(false);
    expect(otherSide('Do not unlock the drug cabinet when students are in the lab.', 'The drug cabinet stays unlocked whenever students are in the lab.')).toBe(false);
    // Opposites in the case too ("rising" -> "falling"): only one word may turn round.
    expect(otherSide('Do not open the sluice gate while the tide is rising.', 'Keep the sluice gate shut while the tide is falling.')).toBe(false);
    // A softened duty ("should usually") is no prohibition kept.
    expect(otherSide('Do not leave a child unattended in the soft-play area.', 'A child in the soft-play area should usually be supervised.')).toBe(false);
  });

  it('reads a prohibition held until a condition said as the act done only with it, every word and count kept', () => {
    expect(otherSide('Apprentices may not cut laminated glass unless a glazier is standing beside them.', 'An apprentice only cuts laminated glass with a glazier standing right beside them.')).toBe(true);
    expect(otherSide('Never fire the kiln without a second potter in the studio.', 'The kiln is only fired with a second potter in the studio.')).toBe(true);
    expect(otherSide('Apprentices may not cut laminated glass unless a glazier is standing beside them.', 'An apprentice only cuts laminated glass with a glazier in the building.')).toBe(false);
    // "a second potter" -> "a potter": a count the word readings pass over is still read here.
    expect(otherSide('Never fire the kiln without a second potter in the studio.', 'The kiln is only fired with a potter in the studio.')).toBe(false);
  });

  it('reads a duty done before something said as that thing forbidden until it is done, and the order turned round as not', () => {
    expect(otherSide('The head brewer must sign off any change to a recipe before it is brewed commercially.', "No altered recipe goes into commercial production without the head brewer's written go-ahead.")).toBe(true);
    expect(otherSide('Isolate the machine before anyone opens the guard.', 'Nobody isolates the machine until someone has opened the guard.')).toBe(false);
    expect(otherSide('The armourer must approve every weapon before competition.', 'No weapon is used in competition until the coach has given approval.')).toBe(false);
  });

  it('reads a case said with "whenever" for "if" in the old case\'s marker only when its words and bounds are kept', () => {
    const previous = 'The keeper closes the aviary if the wind is above 40 knots.';
    expect(foldRulesFromOtherSide(previous, 'Whenever the wind is stronger than 40 knots, the keeper shuts the aviary.', lexicon)).toBe('If the wind is stronger than 40 knots, the keeper shuts the aviary.');
    // Another case, or the bound moved: "whenever" stays, and the condition reads as changed.
    expect(foldRulesFromOtherSide(previous, 'Whenever a visitor is inside, the keeper shuts the aviary.', lexicon)).toBe('Whenever a visitor is inside, the keeper shuts the aviary.');
    expect(foldRulesFromOtherSide(previous, 'Whenever the wind is stronger than 60 knots, the keeper shuts the aviary.', lexicon)).toBe('Whenever the wind is stronger than 60 knots, the keeper shuts the aviary.');
    expect(foldRulesFromOtherSide('Fall back to the cache when the API is down.', 'Fall back to the cache whenever the API is slow.', lexicon)).toBe('Fall back to the cache whenever the API is slow.');
  });

  it('writes a grant whose holders\' duty became its condition as the two old sentences, unless the duty is left to them', () => {
    const previous = 'Visitors may tour the darkroom. They must wear a lab coat.';
    expect(foldRulesFromOtherSide(previous, 'Visitors may tour the darkroom if they wear a lab coat.', lexicon)).toBe(previous);
    expect(foldRulesFromOtherSide(previous, 'Visitors may tour the darkroom if they wish to wear a lab coat.', lexicon)).toBe('Visitors may tour the darkroom if they wish to wear a lab coat.');
    expect(foldRulesFromOtherSide(previous, 'Visitors may tour the darkroom if they bring a lab coat.', lexicon)).toBe('Visitors may tour the darkroom if they bring a lab coat.');
  });

  it('writes only the sentence said from the other side as the old one, and nothing without a dictionary', () => {
    const previous = 'Feed the fry only at the scheduled times. Log every feed.';
    expect(foldRulesFromOtherSide(previous, 'Never feed the fry outside the scheduled times. Log each feed in the book.', lexicon)).toBe('Feed the fry only at the scheduled times. Log each feed in the book.');
    expect(foldRulesFromOtherSide(previous, 'Never feed the fry outside the scheduled times.', null)).toBe('Never feed the fry outside the scheduled times.');
  });

  it('writes every copy of a sentence said from the other side as the old one, and leaves every copy of one that is not (each text compared once)', () => {
    const copies = (sentence: string, count: number) => Array.from({ length: count }, () => sentence).join('\n');
    const previous = copies('Feed the fry only at the scheduled times.', 200);
    expect(foldRulesFromOtherSide(previous, copies('Never feed the fry outside the scheduled times.', 200), lexicon)).toBe(previous);
    const changed = copies('Feed the fry at any time.', 200);
    expect(foldRulesFromOtherSide(previous, changed, lexicon)).toBe(changed);
  });
});

