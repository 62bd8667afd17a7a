// Round 46a (issue 11): the misses of v64-v67 read as classes. A rule said of every thing of a kind
// now said of a bare plural a phrase picks out; a ban's "No X" qualified or said of a kind for "no
// one"; a case's act qualified by an adverb of degree; a duty's sentence folded into its neighbour
// keeping only a phrase; the old text kept and a sentence appended that lets more in "also" in a
// case of its own. Each beside the twin that keeps the rule; the classes through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { findUniversalsQualified } from './reason-universal-qualified.ts';
import { findEveryoneMadeAKind } from './reason-everyone-made-a-kind.ts';
import { qualifierInserted } from './_condition-qualifiers.ts';
import { findStepsMerged } from './reason-step-merged.ts';
import { findAlsoInACase } from './reason-also-in-a-case.ts';
import { findCodesReplaced } from './reason-code-replaced.ts';

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((reason) => reason.code);
const lexicon = createWordNetLexicon();
const apples = 'Every apple delivered to the mill is washed in the flume before pressing.';
const ropes = 'You are the course assistant for a rope access training centre.';
const drill = 'Trainees must complete a rescue drill with an instructor.';
const test = 'They must also pass the harness inspection test before their first climb.';
const press = 'Only dessert apples may go into the juice press.';

describe('a universal subject said as a bare plural that a phrase picks out', () => {
  it('reads "Every apple delivered" -> "Apples delivered ... by new growers" as the scope narrowed, and "All" -> a bare plural the same', () => {
    const reasons = findUniversalsQualified(apples, 'Apples delivered to the mill by new growers are washed in the flume before pressing.');
    expect(codes(reasons)).toEqual(['scope-narrowed']);
    expect(reasons[0]?.message).toContain('"by new growers"');
    expect(codes(findUniversalsQualified('All trainees on the course must wear a helmet.', 'Trainees on the advanced course must wear a helmet.'))).toEqual(['scope-narrowed']);
  });

  it('reads nothing where the bare plural says every one again, or the rule after it changed', () => {
    expect(findUniversalsQualified(apples, 'Apples delivered to the mill are washed in the flume before pressing.')).toEqual([]);
    expect(findUniversalsQualified(apples, 'Apples delivered to the mill by new growers are rinsed before pressing.')).toEqual([]);
  });

  it('reads a ban\'s "No X may" qualified inside, and not the ban stressed', () => {
    expect(codes(findUniversalsQualified('No visitor may enter the pressing room during a run.', 'No adult visitor may enter the pressing room during a run.'))).toEqual(['scope-narrowed']);
    expect(findUniversalsQualified('No visitor may enter the pressing room during a run.', 'No single visitor may enter the pressing room during a run.')).toEqual([]);
  });
});

describe('a ban on no one said of a kind', () => {
  it('reads "No one climbs" -> "No trainee climbs" as the scope narrowed, and "No person" as the same ban', () => {
    const reasons = findEveryoneMadeAKind('No one climbs above the second anchor without a back-up rope.', 'No trainee climbs above the second anchor without a back-up rope.');
    expect(codes(reasons)).toEqual(['scope-narrowed']);
    expect(reasons[0]?.message).toContain('"no one" -> "no trainee"');
    expect(codes(findEveryoneMadeAKind('Nobody climbs above the second anchor.', 'No trainee climbs above the second anchor.'))).toEqual(['scope-narrowed']);
    expect(findEveryoneMadeAKind('No one climbs above the second anchor without a back-up rope.', 'No person climbs above the second anchor without a back-up rope.')).toEqual([]);
    expect(findEveryoneMadeAKind('No one climbs above the second anchor without a back-up rope.', 'No trainee climbs above the first anchor without a back-up rope.')).toEqual([]);
  });
});

describe("a case's act qualified by an adverb of degree", () => {
  it('reads "starts to leak" -> "starts to leak heavily" as a qualifier, and "leak again" as none', () => {
    const oldStems = new Set(['press', 'start', 'leak']);
    expect(qualifierInserted(['the', 'press', 'starts', 'to', 'leak'], ['the', 'press', 'starts', 'to', 'leak', 'heavily'], oldStems)).toBe('heavily');
    expect(qualifierInserted(['the', 'press', 'starts', 'to', 'leak'], ['the', 'press', 'starts', 'to', 'leak', 'again'], oldStems)).toBeNull();
  });
});

describe("a duty's sentence folded into its neighbour", () => {
  it('reads the inspection test folded into the drill, only its time kept, as a requirement removed', () => {
    const reasons = findStepsMerged(`${ropes} ${drill} ${test}`, `${ropes} Trainees must complete a rescue drill with an instructor before their first climb.`, lexicon);
    expect(codes(reasons)).toEqual(['requirement-removed']);
    expect(reasons[0]?.message).toContain('harness');
  });

  it('reads nothing where the two are joined whole, or without the dictionary', () => {
    expect(findStepsMerged(`${ropes} ${drill} ${test}`, `${ropes} Trainees must complete a rescue drill with an instructor and must also pass the harness inspection test before their first climb.`, lexicon)).toEqual([]);
    expect(findStepsMerged(`${ropes} ${drill} ${test}`, `${ropes} Trainees must complete a rescue drill with an instructor before their first climb.`, null)).toEqual([]);
  });
});

describe('a sentence appended that lets more in "also" in a case of its own', () => {
  it('reads "Cooking apples may also go in if ..." beside a kept "only" as an exception added', () => {
    expect(codes(findAlsoInACase(press, `${press} Cooking apples may also go in if the dessert crop runs short.`))).toEqual(['exception-added']);
    expect(codes(findAlsoInACase('Ropes are retired only if they fail the load test.', 'Ropes are retired only if they fail the load test. Ropes are retired as well when an instructor asks.'))).toEqual(['exception-added']);
  });

  it('reads nothing where the sentence binds, has no case, or a "too" says degree', () => {
    expect(findAlsoInACase(press, `${press} Staff must also wash them if they came from the ground.`)).toEqual([]);
    expect(findAlsoInACase(press, `${press} Cooking apples may also go in.`)).toEqual([]);
    expect(findAlsoInACase(press, `${press} Apples that are too soft are composted if the bins have room.`)).toEqual([]);
  });
});

describe('a short code in capitals replaced in place', () => {
  it('reads "the SG reading" -> "the temperature reading" and "a full D licence" -> "a full car licence" as an entity removed', () => {
    expect(codes(findCodesReplaced('Log the SG reading of each vat.', 'Log the temperature reading of each vat.'))).toEqual(['entity-removed']);
    expect(codes(findCodesReplaced('Drivers must hold a full D licence.', 'Drivers must hold a full car licence.'))).toEqual(['entity-removed']);
  });

  it('reads nothing where the code is spelled out, a unit after a figure, or a code for a code', () => {
    expect(findCodesReplaced('Check the O2 reading of each vat.', 'Check the oxygen reading of each vat.')).toEqual([]);
    expect(findCodesReplaced('Keep the cellar at 12 C all year.', 'Keep the cellar at 12 degrees all year.')).toEqual([]);
    expect(findCodesReplaced('Drivers must hold a full D licence.', 'Drivers must hold a full C licence.')).toEqual([]);
  });
});
