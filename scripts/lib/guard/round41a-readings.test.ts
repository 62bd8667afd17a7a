// Round 41a (issue 11): four readings of shapes the regressions of several read sets hold and no
// benign edit does: a thing said to be required turned in place into one advised or on offer ("are
// compulsory" -> "are advised", "is available"), a thing a kept rule excepts by name said in a new
// sentence to be included "also", a grant appended to a kept ban whose clause of reason holds a
// negation ("..., since they hardly ever fall"), and a gate that waited for someone's presence or
// attention content with their being somewhere about ("unless a guide is riding with them" -> "only
// when a guide is nearby"). Each beside benign twins; the classes through real commits.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { readStatementGroups } from './_statement-groups.ts';
import { findRequirementsSoftened } from './reason-requirement-softened.ts';
import { findExceptedSaidBack } from './reason-excepted-said-back.ts';
import { findPresencesLoosened } from './reason-presence-loosened.ts';
import { findAddedRules } from './reason-added-rule.ts';
import { qualifierInserted } from './_condition-qualifiers.ts';
import { stemSet } from './_statements.ts';
import { tokenizeWords } from './_text.ts';
import { findStepsSwapped } from './_steps.ts';

const read = (previous: string, next: string) => readStatementGroups(previous, next);

describe('a requirement softened in place', () => {
  it('reads "compulsory", "mandatory" or "required" turned into advice, a preference or an offer', () => {
    expect(findRequirementsSoftened(read('Helmets are compulsory on every zip-line run.', 'Helmets are advised on every zip-line run.'))[0]?.message).toMatch(/^requirement softened: "compulsory" -> "advised"/);
    expect(findRequirementsSoftened(read('A harness check is mandatory before each zip-line launch.', 'A harness check is available before each zip-line launch.')).map((reason) => reason.code)).toEqual(['modal-weakened']);
    expect(findRequirementsSoftened(read('A signed waiver is required before the first launch.', 'A signed waiver is preferred before the first launch.')).map((reason) => reason.code)).toEqual(['modal-weakened']);
  });

  it('reads nothing for a requirement said with another binding word, made stricter, or a modal of a verb', () => {
    expect(findRequirementsSoftened(read('Helmets are compulsory on every zip-line run.', 'Helmets are mandatory on every zip-line run.'))).toEqual([]);
    expect(findRequirementsSoftened(read('Safety glasses are obligatory at the glassblowing bench.', 'Safety glasses are obligatory at the glassblowing bench and in the annealing room.'))).toEqual([]);
    expect(findRequirementsSoftened(read('Staff are required to check every harness.', 'Staff are encouraged to check every harness.'))).toEqual([]);
    expect(findRequirementsSoftened(read('Helmets are not compulsory on the nursery slope.', 'Helmets are not advised on the nursery slope.'))).toEqual([]);
  });
});

describe('a thing a kept rule excepts, said to be included after all', () => {
  const rule = 'Season ticket holders get free entry to every ice show except the winter gala.';

  it('reads a new sentence naming the excepted thing with "also" or "too"', () => {
    expect(findExceptedSaidBack(read(rule, `${rule} The winter gala is also free for them on its opening night.`))[0]?.message).toMatch(/^exception taken back: "The winter gala is also free/);
  });

  it('reads nothing when the new sentence says the exception again, or names the thing without "also"', () => {
    expect(findExceptedSaidBack(read(rule, `${rule} The winter gala is never free, not even for them.`))).toEqual([]);
    expect(findExceptedSaidBack(read(rule, `${rule} The winter gala is ticketed separately.`))).toEqual([]);
  });
});

describe('a grant appended to a kept ban, a negation in its clause of reason', () => {
  const ban = 'Riders must not use the ridge trail when it is wet.';

  it('reads the grant: the negation after ", since" or ", because" gives the reason, it forbids nothing', () => {
    expect(findAddedRules(read(ban, `${ban} Club members can ride it anyway, since they hardly ever fall.`)).map((reason) => reason.code)).toEqual(['permission-added']);
  });

  it('still reads a negation before the clause of reason as the sentence\'s own', () => {
    expect(findAddedRules(read(ban, `${ban} Nobody rides it then, since the rock is too slippery.`)).map((reason) => reason.code)).not.toContain('permission-added');
  });
});

describe('a gate whose presence was made vague', () => {
  it('reads the person kept and what they had to be doing replaced by "nearby", "somewhere", "in the building"', () => {
    expect(findPresencesLoosened(read('Novices may not ride the ridge trail unless a guide is riding with them.', 'Novices ride the ridge trail only when a guide is nearby.'))[0]?.message).toMatch(/^presence loosened: the gate waited for "a guide is riding with them" and now for "nearby"/);
    expect(findPresencesLoosened(read('Visitors must not gather glass unless a gaffer is standing beside them.', 'Visitors gather glass only while a gaffer is somewhere in the studio.')).map((reason) => reason.code)).toEqual(['condition-changed']);
  });

  it('reads nothing when the presence is kept, or a vague one is added beside every old word', () => {
    expect(findPresencesLoosened(read('Visitors must not gather glass unless a gaffer is standing beside them.', 'Visitors gather glass only while a gaffer stands beside them.'))).toEqual([]);
    expect(findPresencesLoosened(read('Novices may not ride the ridge trail unless a guide is riding with them.', 'Novices may not ride the ridge trail unless a guide is riding with them and a medic is nearby.'))).toEqual([]);
  });
});

describe('a value or a cause put into a kept case', () => {
  const inserted = (previous: string, next: string) => qualifierInserted(tokenizeWords(previous), tokenizeWords(next), stemSet(previous));

  it('reads "worth ..." after the case\'s noun and "because ..." after its act as a qualifier', () => {
    expect(inserted('if a visitor breaks a glass piece in the studio shop', 'if a visitor breaks a glass piece worth over £200 in the studio shop')).toBe('worth over 200');
    expect(inserted('if a zip-line session is cancelled', 'if a zip-line session is cancelled because of high wind')).toBe('because of high wind');
  });

  it('reads nothing for a cause that names every case', () => {
    expect(inserted('if a zip-line session is cancelled', 'if a zip-line session is cancelled for any reason')).toBeNull();
  });
});

describe('two steps of a "then" chain swapped behind a case opening the sentence', () => {
  const chain = 'When a rider reaches the launch platform, first clip their harness to the safety line, then open the gate.';

  it('reads the steps without the case, so the swap is seen', () => {
    expect(findStepsSwapped(chain, 'When a rider reaches the launch platform, first open the gate, then clip their harness to the safety line.')).toEqual({ earlier: 'clip their harness to the safety line', later: 'open the gate' });
  });

  it('reads nothing when the steps keep their order, and keeps a lone "If ..., then ..." as it was', () => {
    expect(findStepsSwapped(chain, 'When a rider reaches the launch platform, first clip their harness to the safety line, and only then open the gate.')).toBeNull();
    expect(findStepsSwapped('If the wind picks up, then close the launch gate.', 'If the wind picks up, then close the launch gate and radio the base.')).toBeNull();
  });
});
