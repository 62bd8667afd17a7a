import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';
import { findExpansion } from './_abbreviations.ts';
import { findNumberChanges } from './reason-number.ts';

const codes = (previous: string, next: string) => findReasons(previous, next).map((reason) => reason.code);

describe('a duty restated with a prohibition of its own appended (round 15a)', () => {
  it('is no negation added when the new "never" forbids a verb and object the old rule never named', () => {
    expect(codes('Keep the push stick on the rip saw.', 'The push stick stays on the rip saw at all times — never feed short stock by hand.')).not.toContain('negation-added');
    expect(codes('Court monitors must stop anyone doing somersaults in the open jump zone.', 'In the open jump zone, flips are not allowed; the monitors on the courts have to halt anyone attempting one.')).not.toContain('negation-added');
  });
  it('still flags a "not" that carves out a case or lifts the old verb', () => {
    expect(findReasons('Escort visitors through the server room.', 'Escort visitors through the server room, but not contractors.')).not.toEqual([]);
    expect(findReasons('Wear goggles at the lathe.', 'Wear goggles at the lathe; apprentices do not need to wear them.')).not.toEqual([]);
    expect(findReasons('Clip the harness to the top rope before climbing.', 'Clip the harness to the top rope before climbing, but never on the bouldering wall.')).not.toEqual([]);
  });
});

describe('an acronym spelled by a compound joined with "a" or "i" (round 15a)', () => {
  it('reads "intraocular pressure" as IOP and "antilock braking system" as ABS', () => {
    expect(findExpansion('IOP', 'Record the intraocular pressure reading.')).toBe('intraocular pressure');
    expect(findExpansion('ABS', 'Test the antilock braking system.')).toBe('antilock braking system');
  });
  it('backtracks when a compound seems to say more letters than it does', () => {
    expect(findExpansion('HACCP', 'follow its Hazard Analysis and Critical Control Points plan')).toBe('Hazard Analysis and Critical Control Points');
  });
  it('leaves a letter unsaid unmatched', () => {
    expect(findExpansion('MDR', 'Isolate every multidrug case on arrival.')).toBeNull();
  });
});

describe('a bound inside the condition of a duty (round 15a)', () => {
  it('reads a larger "fewer than" as stricter for a duty and looser for a grant', () => {
    expect(findNumberChanges('Close the court if fewer than two monitors are on shift.', 'Close the court if fewer than three monitors are on shift.')).toEqual([]);
    expect(findNumberChanges('Stop the lift if fewer than three staff are on the platform.', 'Stop the lift if fewer than two staff are on the platform.')).not.toEqual([]);
    expect(findNumberChanges('Guides may skip the safety talk if fewer than 3 guests attend.', 'Guides may skip the safety talk if fewer than 10 guests attend.')).not.toEqual([]);
  });
});

describe('a ban said as "no <subject> may" after a fronted phrase, and a modal in a purpose clause (round 15a)', () => {
  it('is no modal weakened', () => {
    expect(codes('Bonfires are not allowed on any plot between April and September.', 'From April through September, no plot holder may light a fire on their plot.')).not.toContain('modal-weakened');
    expect(codes('Fence the pond so toddlers cannot reach the water.', 'Put a fence round the pond so that no toddler can reach the water.')).not.toContain('modal-weakened');
  });
  it('still flags the ban dropped after the same fronted phrase', () => {
    expect(findReasons('After 6 pm, no guest may bring glass onto the pool deck.', 'After 6 pm, guests may bring glass onto the pool deck.')).not.toEqual([]);
  });
});
