import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('an "and"/"or" inside a condition, read by the condition\'s role', () => {
  it('flags a gate made to need either of two, and leaves a gate made to need both alone', () => {
    expect(codes('Unlock the archive only if the request is signed and the owner agrees.', 'Unlock the archive only if the request is signed or the owner agrees.')).toContain('condition-changed');
    expect(codes('Unlock the archive only if the request is signed or the owner agrees.', 'Unlock the archive only if the request is signed and the owner agrees.')).toEqual([]);
  });

  it('flags a duty\'s trigger made to need both, or cut to one of its alternatives, and leaves it widened alone', () => {
    expect(codes('Shut the valve if the pressure rises or the seal leaks.', 'Shut the valve if the pressure rises and the seal leaks.')).toContain('condition-narrowed');
    expect(codes('Close the pool whenever the flag is yellow or black.', 'Close the pool whenever the flag is black.')).toContain('condition-narrowed');
    expect(codes('Shut the valve if the pressure rises and the seal leaks.', 'Shut the valve if the pressure rises or the seal leaks.')).toEqual([]);
  });

  it('flags an exception of a duty made to hold in more cases, and leaves it cut to one case alone', () => {
    expect(codes('Wear a harness unless the rail is fitted and the platform is enclosed.', 'Wear a harness unless the rail is fitted or the platform is enclosed.')).toContain('condition-changed');
    expect(codes('Wear a harness unless the rail is fitted or the platform is enclosed.', 'Wear a harness unless the platform is enclosed.')).toEqual([]);
  });
});

describe('a qualifier inside the phrase picking a duty\'s cases', () => {
  it('flags "any X showing signs" made "showing severe signs", and leaves stress or a permission alone', () => {
    expect(codes('Isolate any calf showing signs of scour.', 'Isolate any calf showing severe signs of scour.')).toContain('scope-narrowed');
    expect(codes('Clean every tray used for samples.', 'Clean every single tray used for samples.')).toEqual([]);
    expect(codes('Guards may search any bag left at the gate.', 'Guards may search any bag left unattended at the gate.')).toEqual([]);
  });
});

describe('one duty of a sentence replaced by an unrelated action', () => {
  it('flags the duty replaced while the condition and the other duty stay, and leaves a verb reworded alone', () => {
    expect(codes('If the freezer alarm sounds, move the stock to the spare freezer and log the temperature reading.', 'If the freezer alarm sounds, move the stock to the spare freezer and order a new ice cream display for summer.')).toContain('semantic-drift');
    expect(codes('If the freezer alarm sounds, move the stock to the spare freezer and log the temperature.', 'If the freezer alarm sounds, move the stock to the spare freezer and record the temperature.')).toEqual([]);
  });
});
