// Round 41c (issue 11): a ban turned into the thing it forbade, given or done ("Do not give riders
// the referee's incident notes." -> "The referee's incident notes are given to riders.") is a
// weakening a reviewer always wants: its `negation-removed` flags whatever the verdict's weights
// say (_ban-turned-grant.ts, _certain-readings.ts). Beside twins that keep the ban; through a real commit.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { banTurnedIntoGrant } from './_ban-turned-grant.ts';
import { certainReading } from './_certain-readings.ts';

describe('a ban turned into the thing it forbade', () => {
  it('reads the act the ban forbade stated as the new sentence\'s verb, with no negation', () => {
    expect(banTurnedIntoGrant("Do not give riders the referee's incident notes.", "The referee's incident notes are given to riders.")).toBe(true);
    expect(banTurnedIntoGrant('Puppeteers must not show the audience the rod controls.', 'The rod controls are shown to the audience.')).toBe(true);
    expect(banTurnedIntoGrant('No visitor may enter the vault.', 'Visitors enter the vault.')).toBe(true);
  });

  it('reads nothing where the new sentence keeps the ban in other words, or says a duty', () => {
    // The thing withheld, the negation in another voice, a place kept outside, the act said as a noun.
    expect(banTurnedIntoGrant("Do not tell researchers the donor's home address.", "The donor's home address is withheld from researchers.")).toBe(false);
    expect(banTurnedIntoGrant('Never send seed samples to unregistered growers.', 'Seed samples must never be sent to unregistered growers.')).toBe(false);
    expect(banTurnedIntoGrant('Masons may not cut stone with an angle grinder inside the nave.', 'Any cutting with an angle grinder is done outside the nave.')).toBe(false);
    expect(banTurnedIntoGrant('Tenants must not sublet their flat or any room in it.', 'Subletting the flat, or any room in it, is a breach of the tenancy.')).toBe(false);
    // "always" says the ban's opposite as a duty on every case.
    expect(banTurnedIntoGrant('Do not mount a temperature sensor in direct sunlight.', 'Temperature sensors are always mounted out of the direct sun.')).toBe(false);
    // The folds read "keep the gate locked until" as a ban; no negation is written.
    expect(banTurnedIntoGrant('Do not open the gate before the inspector arrives.', 'The gate is opened when the inspector arrives.', ['Keep the gate locked until the inspector arrives.', 'Keep the gate locked till the inspector arrives.'])).toBe(false);
  });

  it('makes the negation-removed it reads certain, so the weighing cannot quiet it', () => {
    const reason = { code: 'negation-removed', message: 'negation removed: "not" dropped in "The referee\'s incident notes are given to riders."' };
    expect(certainReading([reason], "Do not give riders the referee's incident notes.", "The referee's incident notes are given to riders.")).toEqual(reason);
    expect(certainReading([{ ...reason, code: 'scope-narrowed' }], "Do not give riders the referee's incident notes.", "The referee's incident notes are given to riders.")).toBeNull();
  });
});
