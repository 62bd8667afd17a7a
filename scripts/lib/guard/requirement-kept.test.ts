// A rule the sentence alignment lost, read as said again in other words when a sentence or two of
// the new version hold every word of it (round 21a), and the rewordings with one thing changed
// that must still read as the rule gone.
import { afterAll, describe, expect, it } from 'vitest';
import { findRequirementKept } from './_requirement-kept.ts';
import { findRequirementsRemoved } from './reason-requirement.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());

const kept = (rule: string, next: string) => findRequirementKept(rule, next, lexicon)?.sentences ?? null;

describe('a rule said again in other words', () => {
  it('finds every word of the rule as a synonym, a broader or narrower word, or a verb and its particle', () => {
    // "handle" is "touch" one link away, "antique" a sense of "old", "map" a kind of "chart".
    expect(kept('Handle every antique map only with cotton gloves.', 'Never touch an old chart with bare hands; put on cotton gloves first.')).toEqual(['Never touch an old chart with bare hands;', 'put on cotton gloves first.']);
  });

  it('lets one word of a long rule be said by a word of another kind the dictionary does not link', () => {
    // "give" (a possession) said as "report" (a communication): nothing of the same kind put in its place.
    expect(kept('Give the visitor the map legend and the scale it was drawn at.', 'Instead, report the map legend to the visitor together with the scale it was drawn at.')).not.toBeNull();
    // "ear defenders" as "hearing protection", the riggers as "anyone".
    expect(kept('Riggers must wear ear defenders when running the haul rope winch.', 'Anyone operating the haul rope winch puts on hearing protection first.')).not.toBeNull();
  });

  it('reads a word put in the place of one of the same kind, a list item changed, a word dropped or a short rule as not said again', () => {
    // "rubber" and "leather" are both substances.
    expect(kept('Tanners must wear rubber aprons when handling lime.', 'Whoever works with lime puts on a leather apron before starting.')).toBeNull();
    // An item of "halal or vegetarian" dropped, or another put in its place.
    expect(kept('Offer a halal or vegetarian parcel to anyone who asks for one.', 'If a client requests a halal selection, make up their parcel that way.')).toBeNull();
    expect(kept('Offer a halal or vegetarian parcel to anyone who asks for one.', 'If a client requests a kosher or halal selection, make up their parcel that way.')).toBeNull();
    // The ear protection gone: "defenders" names a person in WordNet, yet only the rule's own party is taken in by "anyone".
    expect(kept('Staff must wear ear defenders when using the leaf blower.', 'Anyone running the leaf blower puts on gloves first.')).toBeNull();
    expect(kept('Shower out.', 'Autoclave the waste.')).toBeNull();
    // A limit: "has a plastron on" holds "wear" split round its object, which no word of it says.
    expect(kept('Fencers must wear a plastron whenever they fence in a bout.', 'Every fencer in a bout has a plastron on under the jacket.')).toBeNull();
  });

  it('reads a stretch that grants, adds an exception or a case, or turns a duty into a prohibition as not the rule', () => {
    expect(kept('Give the visitor the map legend and the scale it was drawn at.', 'You may report the map legend to the visitor together with the scale it was drawn at.')).toBeNull();
    expect(kept('Give the visitor the map legend and the scale it was drawn at.', 'Report the map legend to the visitor together with the scale it was drawn at, unless the queue is long.')).toBeNull();
    expect(kept('Give the visitor the map legend and the scale it was drawn at.', 'If the visitor is a member, report the map legend together with the scale it was drawn at.')).toBeNull();
    expect(kept('Give the visitor the map legend and the scale it was drawn at.', 'Never report the map legend to the visitor together with the scale it was drawn at.')).toBeNull();
  });
});

describe('requirement-removed with the dictionary', () => {
  it('raises nothing for a rule said again, and the sentence saying it stands in for no other rule', () => {
    expect(findRequirementsRemoved('Riggers must wear ear defenders when running the haul rope winch.', 'Anyone operating the haul rope winch puts on hearing protection first.', lexicon)).toEqual([]);
    expect(findRequirementsRemoved('Riggers must wear ear defenders when running the haul rope winch.', 'Anyone operating the haul rope winch puts on hearing protection first.').map((reason) => reason.code)).toEqual(['requirement-removed']);
    // The new sentence says the ear-defender rule again; it cannot also stand in for the safety line (advisory rule-replaced without the dictionary).
    const previous = 'Riggers must clip on to the safety line. Riggers must wear ear defenders when running the haul rope winch.';
    const next = 'Anyone operating the haul rope winch must put on hearing protection first.';
    expect(findRequirementsRemoved(previous, next).map((reason) => reason.message)).toEqual([
      expect.stringMatching(/^rule replaced: "Riggers must clip on to the safety line\."/),
      'requirement removed: "Riggers must wear ear defenders when running the haul rope winch."',
    ]);
    expect(findRequirementsRemoved(previous, next, lexicon)).toEqual([{ code: 'requirement-removed', message: 'requirement removed: "Riggers must clip on to the safety line."' }]);
  });
});
