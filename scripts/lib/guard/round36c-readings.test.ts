// Round 36c (issue 11): stricter edits of v46/v47 (and v38-v43, the tuning set) read as
// weakenings, each reading widened in place: a window of time dropped where the rule now holds "at
// any hour"; a duty appended to a kept rule with the rule's frame carried to it; a "can" of ability
// (asked about by a check, or said of the party after "who"/"that") read as a grant; an "only" gate
// that waits for one more thing joined by "and". Each beside a twin that changes the rule and keeps
// its flag; the window also through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { afterAll, describe, expect, it } from 'vitest';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';
import { withoutDroppedWindows } from './_stricter-edits.ts';
import { splitAppendedDuties } from './_appended-duties.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';

const lexicon = createWordNetLexicon();
afterAll(() => lexicon.close());
const codes = (previous: string, next: string) => flaggingCodes(previous, next, lexicon);

describe('a window of time dropped where the rule now holds at any hour', () => {
  it('drops the window of a duty, keeps the window of a grant', () => {
    expect(withoutDroppedWindows('Riders must show their wristband to board the Ferris wheel after 6 pm.', 'Riders must show their wristband to board the Ferris wheel at any hour.')).toBe('Riders must show their wristband to board the Ferris wheel.');
    expect(withoutDroppedWindows('Staff may let riders board the Ferris wheel without a wristband after 6 pm.', 'Staff may let riders board the Ferris wheel without a wristband at any hour.')).toBe('Staff may let riders board the Ferris wheel without a wristband after 6 pm.');
  });

  it('passes the duty held at every hour and flags the grant widened', async () => {
    expect(await codes('Riders must show their wristband to board the Ferris wheel after 6 pm.', 'Riders must show their wristband to board the Ferris wheel at any hour.')).toEqual([]);
    expect(await codes('Staff may let riders board the Ferris wheel without a wristband after 6 pm.', 'Staff may let riders board the Ferris wheel without a wristband at any hour.')).toContain('number-changed');
  });
});

describe("a duty appended with the rule's frame carried to it", () => {
  it('writes the appended predicate as a sentence with the frame it shares', () => {
    expect(splitAppendedDuties('Coracle hirers must be fitted with a buoyancy aid at the hut.', 'Coracle hirers must be fitted with a buoyancy aid at the hut and fitted with a helmet if the river is in flood.')).toBe('Coracle hirers must be fitted with a buoyancy aid at the hut. Coracle hirers must be fitted with a helmet if the river is in flood.');
    expect(splitAppendedDuties('Remind shepherd hut guests to close the field gate.', 'Remind shepherd hut guests to close the field gate behind them, and to put the stove guard on if children are staying.')).toBe('Remind shepherd hut guests to close the field gate behind them. Remind shepherd hut guests to put the stove guard on if children are staying.');
  });

  it('passes the appended duty with its own case and flags a case put on the old rule', async () => {
    expect(await codes('Coracle hirers must be fitted with a buoyancy aid at the hut.', 'Coracle hirers must be fitted with a buoyancy aid at the hut and fitted with a helmet if the river is in flood.')).toEqual([]);
    expect(await codes('Remind shepherd hut guests to close the field gate.', 'Remind shepherd hut guests to close the field gate behind them, and to put the stove guard on if children are staying.')).toEqual([]);
    expect(await codes('Coracle hirers must be fitted with a buoyancy aid at the hut.', 'Coracle hirers must be fitted with a buoyancy aid at the hut if the river is in flood.')).toContain('condition-added');
    expect(await codes('Remind shepherd hut guests to close the field gate.', 'Remind shepherd hut guests to close the field gate if sheep are in the field, and to put the stove guard on.')).toContain('condition-added');
  });
});

describe('a "can" of ability is no grant', () => {
  it('passes an ability a check asks about, or one said of the party, and flags a "can" that grants', async () => {
    expect(await codes('Carillon students must book the practice clavier a day ahead.', 'Carillon students must book the practice clavier a day ahead, and the tutor checks that they can play a scale before their first tower session.')).toEqual([]);
    expect(await codes('Every zorb is hosed down after use.', 'Every zorb is hosed down after use. Zorbs that cannot be reached with the hose are wiped down by hand.')).toEqual([]);
    expect(await codes('Carillon students must book the practice clavier a day ahead.', 'Carillon students must book the practice clavier a day ahead, and they can play in the tower without booking on Sundays.')).toContain('permission-added');
    expect(await codes('Every zorb is hosed down after use.', 'Every zorb is hosed down after use. Zorbs that cannot be reached with the hose can be left as they are.')).toContain('permission-added');
  });
});

describe('an "only" gate that waits for one more thing', () => {
  it('passes one more thing joined by "and" and flags an alternative or the cases picked', async () => {
    expect(await codes('Ferris wheel gondolas are opened only after the wheel has stopped.', 'Ferris wheel gondolas are opened only after the wheel has stopped and once the attendant has released the safety bar.')).toEqual([]);
    expect(await codes('Tram rides are sold only after a safety briefing.', 'Tram rides are sold only after a safety briefing and a signed waiver.')).toEqual([]);
    expect(await codes('Ferris wheel gondolas are opened only after the wheel has stopped.', 'Ferris wheel gondolas are opened only after the wheel has stopped or once the attendant has released the safety bar.')).not.toEqual([]);
    expect(await codes('Tram rides are sold only after a safety briefing.', 'Tram rides are sold only after a safety briefing for school groups.')).toEqual(['condition-narrowed']);
    // A duty's or an imperative's "only" gate given one more thing stays a finding (_restriction-kept.ts).
    expect(await codes('Pay zorb marshals the late rate only when a session ends after 9 pm.', 'Pay zorb marshals the late rate only when a session ends after 9 pm and the manager has signed the timesheet.')).toEqual(['condition-narrowed']);
    expect(await codes('Trade accounts must be opened only after a credit check.', 'Trade accounts must be opened only after a credit check and once two trade references have been received.')).toEqual(['condition-narrowed']);
  });
});
