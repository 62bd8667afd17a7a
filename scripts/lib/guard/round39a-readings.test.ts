// Round 39a (issue 11): a brush-off where the clause's declared tone, not a word of its text, asked
// for care ("tone: friendly and patient" over "If your veg box is missing something, just let us
// know ..." -> "..., but check the box properly before complaining"), and five classes of brush-off
// the tone readings did not know: the person's worry or act called futile, their request set
// against our time, they measured against others, told to take more care next time, help given
// grudgingly. Each beside benign twins that keep the tone in other words; the class through a real
// commit whose clause declares its tone.
// Its classes through the real hook: rounds-through-hook.test.ts (every round's edits in a few shared commits).
import { describe, expect, it } from 'vitest';
import { findBrushOffUnderDeclaredTone, findDismissiveTone } from './reason-dismissive-tone.ts';

const underTone = (tone: string | null, previous: string, next: string) => findBrushOffUnderDeclaredTone(previous, next, tone).map((reason) => reason.message);
const brushOffs = (previous: string, next: string) => findDismissiveTone(previous, next).map((reason) => reason.code);

describe('a brush-off under a declared tone of care', () => {
  it('reads a brush-off new to a clause whose declared tone asks for care, though its text says no word of care', () => {
    const [futile, ...more] = underTone('calm and reassuring', 'If a visitor is worried that the tram will break down on the hill, explain that every car is inspected each morning.', 'If a visitor is worried that the tram will break down on the hill, tell them worrying is pointless, as every car is inspected each morning.');
    expect(more).toEqual([]);
    expect(futile).toMatch(/^tone turned dismissive: the declared tone "calm and reassuring" asks for care and "worrying is pointless" came in "If a visitor is worried/);
    expect(underTone('friendly and patient', 'If your piano still sounds out of tune a week after our visit, just call us and we will come back at no charge.', 'If your piano still sounds out of tune a week after our visit, call us and we will come back at no charge, but read the care sheet properly next time.')).toHaveLength(1);
    expect(underTone('polite', 'If a passenger has left a bag on the upper deck, walk up with them to look for it.', 'If a passenger has left a bag on the upper deck, walk up with them to look for it, although they should have kept it with them.')).toHaveLength(1);
    expect(underTone('courteous', 'Volunteers answer questions about the trams at the ticket desk.', 'Volunteers answer questions about the trams at the ticket desk when they get round to it.')).toHaveLength(1);
  });

  it('reads nothing for a tone that asks no care, a brush-off the old text said, one negated, or one whose sentence still shows care', () => {
    const old = 'If a customer asks when the tuner will arrive, give them the booked time.';
    const brushed = 'If a customer asks when the tuner will arrive, give them the booked time and say that calling again will not change it.';
    expect(underTone('friendly', old, brushed)).toHaveLength(1);
    expect(underTone('strict and concise', old, brushed)).toEqual([]);
    expect(underTone(null, old, brushed)).toEqual([]);
    expect(underTone('friendly', brushed, `${brushed} Tuners carry a spare set of felts.`)).toEqual([]);
    expect(underTone('friendly', old, 'If a customer asks when the tuner will arrive, give them the booked time so that we do not waste the customer\'s time.')).toEqual([]);
    expect(underTone('friendly', old, 'If a customer asks when the tuner will arrive, apologise for the wait, give them the booked time and say that calling again will not change it.')).toEqual([]);
  });

  it('reads a reproach only with the person as its subject: an expectation of a thing is none', () => {
    const old = 'If a parcel is missing from the workshop, help the member look for it.';
    expect(underTone('helpful', old, 'If a parcel is missing from the workshop, help the member look for it, although they should have collected it sooner.')).toHaveLength(1);
    expect(underTone('helpful', old, 'If a parcel that should have arrived is missing from the workshop, help the member look for it.')).toEqual([]);
  });
});

describe('five classes of brush-off, where a word of care went', () => {
  it('reads the worry called futile, our time, the person set against others, more care next time, help given grudgingly', () => {
    expect(brushOffs('If a rider is upset that the repair is late, apologise and give them the new date.', 'If a rider is upset that the repair is late, tell them getting upset will not help and give them the new date.')).toEqual(['tone-dismissive']);
    expect(brushOffs('Thank every member who reports a puncture, however small.', 'Tell every member that a small puncture is hardly worth our time.')).toEqual(['tone-dismissive']);
    expect(brushOffs('If a passenger is late for boarding, greet them kindly and show them to a seat.', 'If a passenger is late for boarding, show them to a seat and tell them other passengers manage to be on time.')).toEqual(['tone-dismissive']);
    expect(brushOffs('Thank you for sending your piano details!', 'Please fill in the form more carefully next time.')).toEqual(['tone-dismissive']);
    expect(brushOffs('If a volunteer struggles with the tram bell, show them patiently how it works.', 'If a volunteer struggles with the tram bell, show them how it works if you really must.')).toEqual(['tone-dismissive']);
  });

  it('reads nothing for care kept or words near a brush-off that brush nobody off', () => {
    expect(brushOffs('Thank members for booking online so they do not have to queue.', 'Thank members for booking online so they do not waste their time queuing.')).toEqual([]);
    expect(brushOffs('Remind owners kindly that they know their piano best.', 'Remind owners that nobody knows their piano better than they do.')).toEqual([]);
    expect(brushOffs('Warmly welcome riders who want to watch the mechanic.', 'Riders who really need to watch the mechanic at work are welcome to.')).toEqual([]);
  });
});
