// Round 48a (issue 11): the misses of v70/v71 read as shapes. A duty said by a noun, an adjective or
// an idiom made a permission or a choice said the same way ("are bound to attend" -> "have the option
// to attend"): a sentence's deontic force read from any marker, not only its modal verbs; two parties
// exchanged round a contrast with the verb agreeing with the new first one, or round a dropped
// modifier; the question a duty owes the answer to turned to another wh-word. Each beside the twin
// that keeps the rule.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { readDeonticForce, dutyMarker, grantMarker } from './_deontic-force.ts';
import { findDeonticForceFallen } from './reason-deontic-force.ts';
import { findRolesSwapped } from './reason-roles.ts';
import { findQuestionWordsReplaced } from './reason-question-word-replaced.ts';
import { findReasons } from './find-reasons.ts';
import { readStatementGroups } from './_statement-groups.ts';
import { findReasonsBeyondKeptRequirements } from './requirements-kept-withdrawn.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
/** findReasons, then the kept-requirement fold the guard runs after it. */
const findReasonsInOtherWords = (previous: string, next: string) => findReasonsBeyondKeptRequirements(previous, next, lexicon, findReasons(previous, next, lexicon), (a, b) => findReasons(a, b, lexicon));

const codes = (reasons: ReadonlyArray<{ code: string }>) => reasons.map((reason) => reason.code);
const fallen = (previous: string, next: string) => codes(findDeonticForceFallen(readStatementGroups(previous, next)));

describe('the deontic force of a sentence, from any marker', () => {
  it('reads a duty said by a noun, an adjective or an idiom as binding like "must"', () => {
    expect(readDeonticForce('Falconers are bound to weigh each bird before it flies.')).toMatchObject({ strength: 3, byMarker: true });
    expect(readDeonticForce("Tuning each bell against the master fork is the tuner's responsibility.")).toMatchObject({ strength: 3, byMarker: true });
    expect(readDeonticForce('It falls to the foundry foreman to inspect each mould before the pour.')).toMatchObject({ strength: 3 });
    expect(readDeonticForce('Every member takes a compulsory turn at the forge.')).toMatchObject({ strength: 3 });
  });

  it('reads an option, a chance, an act left up to someone and a wish in the act\'s own clause as binding like "may"', () => {
    expect(readDeonticForce('Falconers have the opportunity to weigh each bird.')).toMatchObject({ strength: 1 });
    expect(readDeonticForce('Logging the casts is up to each moulder.')).toMatchObject({ strength: 1 });
    expect(readDeonticForce('Any handler who fancies it takes a turn at the weathering lawn.')).toMatchObject({ strength: 1 });
    expect(readDeonticForce('Visitors may hold a hawk, if they wish.')).toMatchObject({ strength: 1 });
  });

  it('reads no marker under a negation, in a shift on duty, in "up to the limit", in "it is up to X to", or in a wish that names a case', () => {
    expect(grantMarker('Ringing the tenor is not up to the visitors.')).toBeNull();
    expect(dutyMarker('Visitors may fly a hawk when two falconers are on duty.')).toBeNull();
    expect(grantMarker('The furnace is run up to the maximum for each pour.')).toBeNull();
    expect(grantMarker('It is up to the apprentices to sweep the casting floor.')).toBeNull();
    expect(grantMarker('Customers who want to cancel give us a month of notice.')).toBeNull();
    expect(grantMarker('Ask each visitor if they want a glove.')).toBeNull();
  });

  it('reads no duty noun negated between its linking verb and itself ("is not the apprentice\'s duty"), and no fall from one to a choice', () => {
    // review42 (session 42): the negation was looked for only before the linking verb, so "is not X's duty" read as a duty.
    expect(dutyMarker("Cleaning the mews is not the apprentice's duty.")).toBeNull();
    expect(dutyMarker('It is not the duty of the apprentice to clean the mews.')).toBeNull();
    expect(dutyMarker("Cleaning the mews is no longer the apprentice's job.")).toBeNull();
    expect(dutyMarker("Cleaning the mews is the apprentice's duty.")).not.toBeNull();
    expect(fallen("Cleaning the mews is not the apprentice's duty.", 'Cleaning the mews is up to the apprentice.')).toEqual([]);
  });

  it('reads no duty marker said as what the rule is not ("non-compulsory", "neither compulsory nor", "optional rather than compulsory")', () => {
    // review42 (session 42): each read as a duty, the strongest reading winning over the grant beside it.
    expect(dutyMarker('Attendance at the briefing is non-compulsory.')).toBeNull();
    expect(dutyMarker('Attendance at the briefing is neither compulsory nor expected.')).toBeNull();
    expect(dutyMarker('Helmets on the lawn are optional rather than compulsory.')).toBeNull();
    expect(dutyMarker('Helmets on the lawn are optional instead of being compulsory.')).toBeNull();
    expect(fallen('Helmets on the lawn are optional rather than compulsory.', 'Helmets on the lawn are up to each handler.')).toEqual([]);
    expect(dutyMarker('Helmets on the lawn are compulsory rather than optional.')).not.toBeNull();
  });
});

describe('a duty without a modal verb made a permission without one', () => {
  it('reads "bound to" -> "has the option to", "X\'s duty" -> "something X can do", "compulsory" -> "who fancies it", "X\'s duty" -> "up to X"', () => {
    expect(fallen('Members are bound to attend the bell blessing.', 'Members have the option to attend the bell blessing.')).toEqual(['modal-weakened']);
    expect(fallen("Checking the mews heaters at dusk is the night keeper's duty.", 'Checking the mews heaters at dusk is something the night keeper can do.')).toEqual(['modal-weakened']);
    expect(fallen('Each month, every apprentice takes a compulsory turn at the furnace.', 'Each month, any apprentice who fancies it takes a turn at the furnace.')).toEqual(['modal-weakened']);
    expect(fallen("Logging every casting in the day book is each moulder's duty.", 'Logging castings in the day book is up to each moulder.')).toEqual(['modal-weakened']);
  });

  it('reads nothing for a duty said with another duty marker, a grant kept, or a force said with the act replaced', () => {
    expect(fallen('Falconers are bound to weigh each bird before it flies.', "Weighing each bird before it flies is every falconer's duty.")).toEqual([]);
    expect(fallen('Visitors have the option to hold a hawk after the display.', 'Visitors who would like to may hold a hawk after the display.')).toEqual([]);
    expect(fallen('Students must keep the moulding sand damp.', 'It is up to the students to keep the moulding sand damp.')).toEqual([]);
    expect(fallen('Members are bound to attend the bell blessing.', 'The bell blessing is open to the public and the press on the day of the hanging.')).toEqual([]);
  });

  it('is read through findReasons as modal-weakened', () => {
    expect(codes(findReasons('The client is required to approve the inscription before casting.', 'The client has the chance to see the inscription before casting.'))).toContain('modal-weakened');
  });
});

describe('parties exchanged with the grammar following them', () => {
  const swapped = (previous: string, next: string) => codes(findRolesSwapped(readStatementGroups(previous, next)));
  it('reads two parties exchanged round "not", the verb agreeing with the new first one', () => {
    expect(swapped('The foreman, not the apprentices, decides when the furnace is tapped.', 'The apprentices, not the foreman, decide when the furnace is tapped.')).toEqual(['roles-swapped']);
  });

  it('reads two doers exchanged where a word beside one was dropped', () => {
    expect(swapped('The visiting judges score each bird, and the public vote decides only the people\'s award.', "The public vote scores each bird, and the judges decide only the people's award.")).toEqual(['roles-swapped']);
  });

  it('reads nothing for units said again or a rule reworded round other words', () => {
    expect(swapped('Flying displays last two hours, including a 30-minute talk.', 'Flying displays last 120 minutes, including a half-hour talk.')).toEqual([]);
    expect(swapped('Reply to visitor complaints within two days.', 'Every complaint from a visitor gets an answer inside two days.')).toEqual([]);
  });
});

describe('the question a duty owes the answer to turned to another', () => {
  const replaced = (previous: string, next: string) => codes(findQuestionWordsReplaced(readStatementGroups(previous, next)));
  it('reads "tell ... when" -> "tell ... where" and "told who" -> "told how" in a duty', () => {
    expect(replaced('Staff must tell each visitor when the next flying display starts.', 'Staff must tell each visitor where the next flying display is held.')).toEqual(['object-replaced']);
    expect(replaced('Buyers must be told who to call if a bell cracks in its first year.', 'Buyers must be told how to claim if a bell cracks in its first year.')).toEqual(['object-replaced']);
  });

  it('keeps the question turned alone, every other word kept, through the kept-requirement fold', () => {
    expect(codes(findReasonsInOtherWords('Staff must tell each customer when their bell will be delivered.', 'Staff must tell each customer where their bell will be delivered.'))).toEqual(['object-replaced']);
    expect(codes(findReasonsInOtherWords('Staff must tell each customer when their bell will be delivered.', 'Each customer must be told by staff when their bell will be delivered.'))).toEqual([]);
  });

  it('reads nothing for a relative clause, a hedge, or a grant', () => {
    expect(replaced('Visitors must be met by a named falconer when they arrive.', 'Visitors must be met by a named falconer, who shows them round.')).toEqual([]);
    expect(replaced('Check the bell frame where possible.', 'Check the bell frame when needed.')).toEqual([]);
    expect(replaced('Staff may tell visitors when the hawks are fed.', 'Staff may tell visitors where the hawks are fed.')).toEqual([]);
  });
});
