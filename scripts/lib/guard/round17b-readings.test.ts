import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('"until" said as "while"', () => {
  it('reads the one word swapped either way as condition-changed: the rule holds for the opposite span', () => {
    expect(codes('Keep the patient in the recovery bay until they can stand unaided.', 'Keep the patient in the recovery bay while they can stand unaided.')).toContain('condition-changed');
    expect(codes('Supervise the child while they are in the water.', 'Supervise the child until they are in the water.')).toContain('condition-changed');
  });

  it('leaves the span said again in other words alone', () => {
    expect(codes('Keep the patient in the recovery bay until they can stand unaided.', 'Keep the patient in the recovery bay until they are able to stand without help.')).toEqual([]);
    expect(codes('Keep the gate locked until the inspector arrives.', 'Keep the gate locked while the inspector has not arrived.')).toEqual([]);
  });
});

describe('a count said in words changed', () => {
  it('reads "three times" -> "twice" as number-changed alone, no list item dropped', () => {
    expect(new Set(codes('Ring the customer three times before closing the ticket.', 'Ring the customer twice before closing the ticket.'))).toEqual(new Set(['number-changed']));
    expect(new Set(codes('Knock three times and wait before entering.', 'Knock twice and wait before entering.'))).toEqual(new Set(['number-changed']));
  });
});

describe('an old case kept only as an example of a new one', () => {
  it('reads ", including <the old case>" after a case with words of its own as the condition narrowed', () => {
    expect(codes('Refund the deposit in full if the booking is cancelled because of rain.', 'Refund the deposit in full if the booking is cancelled at least 7 days ahead, including because of rain.')).toContain('condition-narrowed');
  });

  it('leaves an example that widens ("for any reason, including ..."), a new example and an example the old text gave alone', () => {
    expect(codes('Refund the deposit in full if the booking is cancelled because of rain.', 'Refund the deposit in full if the booking is cancelled for any reason, including because of rain.')).toEqual([]);
    expect(codes('Members may use the pool on weekday mornings.', 'Members may use the pool on any weekday morning, including bank holidays.')).toEqual([]);
    expect(codes('Staff must report injuries to the duty manager.', 'Staff must report injuries, including minor ones, to the duty manager.')).toEqual([]);
  });
});

describe('a new sentence letting some of a kept rule\'s subject off it in other words', () => {
  it('reads the subject picked out and a word of absence the rule never had as exception-added', () => {
    expect(codes('Contractors are escorted at all times inside the data hall.', 'Contractors are escorted at all times inside the data hall. Contractors who have visited before walk around on their own.')).toContain('exception-added');
    expect(codes('Every child is collected by a named adult.', 'Every child is collected by a named adult. Children in year 6 walk home alone.')).toContain('exception-added');
  });

  it('reads the rule\'s own participle said undone as what some do it, whoever they are, as exception-added', () => {
    expect(codes('Every pallet is wrapped before loading.', 'Every pallet is wrapped before loading. Short trips go unwrapped to save time.')).toContain('exception-added');
    expect(codes('All parcels are weighed.', 'All parcels are weighed. Unweighed parcels go back to the shelf.')).toEqual([]);
  });

  it('leaves a detail for some of them, a relative clause\'s own negation and a double negative alone', () => {
    expect(codes('Every child is collected by a named adult.', 'Every child is collected by a named adult. Children in year 6 are collected at the side gate.')).toEqual([]);
    expect(codes('All patients are weighed on admission.', 'All patients are weighed on admission. Patients who cannot stand are weighed in a chair.')).not.toContain('exception-added');
    expect(codes('All trainees are supervised on the ward.', 'All trainees are supervised on the ward. Trainees who are anxious should not be left alone.')).toEqual([]);
  });
});

describe('a duty\'s place replaced by "only in" another', () => {
  it('reads the old place gone and "only in/at" a new one as scope-narrowed', () => {
    expect(codes('Wear ear defenders in the workshop.', 'Wear ear defenders only at the bandsaw.')).toContain('scope-narrowed');
  });

  it('leaves "only" on the same place, or a place given where none was, alone', () => {
    expect(codes('Store backups in the EU.', 'Store backups only in the EU.')).toEqual([]);
    expect(codes('Store backups securely.', 'Store backups only in the EU.')).toEqual([]);
    expect(codes('Wash hands at the sink by the door.', 'Wash hands only at the sink by the door.')).toEqual([]);
  });
});

describe('an instruction said as a permission, every word kept', () => {
  it('reads "you/staff may/can/could" put before an instruction whose verb is also a noun as modal-weakened', () => {
    expect(codes('Bin any food left out overnight.', 'Staff can bin any food left out overnight.')).toContain('modal-weakened');
    expect(codes('Tag every cable before it leaves the store.', 'You could tag every cable before it leaves the store.')).toContain('modal-weakened');
  });

  it('leaves a statement opened by "you may find" and a "must" put before the instruction alone', () => {
    expect(codes('The gate is locked at night.', 'You may find the gate is locked at night.')).toEqual([]);
    expect(codes('Ring the bell twice.', 'You must ring the bell twice.')).toEqual([]);
  });
});

describe('a cost a kept rule lays on the people it is about, taken over in a new sentence', () => {
  it('reads another party paying, or "free of charge", for the same things or in a case of its own as exception-added', () => {
    expect(codes('Members replace lost key fobs at their own expense.', 'Members replace lost key fobs at their own expense. Fobs lost on the premises are replaced free of charge.')).toContain('exception-added');
    expect(codes('Tenants repair damage they cause at their own cost.', 'Tenants repair damage they cause at their own cost. For damage during a storm, the landlord covers the repair.')).toContain('exception-added');
  });

  it('leaves a payer negated, and another cost paid, alone', () => {
    expect(codes('Tenants repair damage they cause at their own cost.', 'Tenants repair damage they cause at their own cost. The landlord never pays for such repairs.')).toEqual([]);
    expect(codes('Volunteers travel to the event at their own cost.', 'Volunteers travel to the event at their own cost. The charity pays for lunch on the day.')).toEqual([]);
  });
});

describe('a duty to help someone turned into leaving them to it', () => {
  it('reads "teach/walk/show X the thing" said as "X can/may do the thing on their own" as modal-weakened', () => {
    expect(codes('Walk first-time visitors through the check-in kiosk.', 'First-time visitors may use the check-in kiosk by themselves.')).toContain('modal-weakened');
  });

  it('leaves the help said in other words, or help kept with its purpose, alone', () => {
    expect(codes('Teach new drivers the lift-gate lock.', 'Show new drivers how the lift-gate lock works.')).toEqual([]);
    expect(codes('Teach new drivers the lift-gate lock.', 'Teach new drivers the lift-gate lock so they can work it on their own.')).toEqual([]);
  });
});
