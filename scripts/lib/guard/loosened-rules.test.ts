// Round 13: classes of weakening the guard missed on held-back v15, each read as a rule of its own
// (a rarer rate in any wording, "and" -> "or", ...), with the near-misses that keep the rule.
import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';
import { readRates } from './_rates.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('a duty done less often, in any wording of its rate', () => {
  it('reads every rate as one period', () => {
    expect(readRates('Water it every other day.').map((rate) => rate.period)).toEqual([2 * 86_400]);
    expect(readRates('Audit once every three months.').map((rate) => rate.period)).toEqual([90 * 86_400]);
    expect(readRates('Feed them three times a day.').map((rate) => rate.period)).toEqual([86_400 / 3]);
    expect(readRates('Sweep the yard fortnightly.').map((rate) => rate.text)).toEqual(['fortnightly']);
    expect(readRates('Offer help each time the user asks.')).toEqual([]);
  });
  it('flags a longer period: "every day" -> "every other day", "twice a week" -> "once every ten days", "hourly" -> "every few hours"', () => {
    expect(codes('Sanitise the handrails every day.', 'Sanitise the handrails every other day.')).toEqual(['number-changed']);
    expect(codes('The caretaker tests the boiler twice a week.', 'The caretaker tests the boiler once every ten days.')).toEqual(['number-changed']);
    expect(findReasons('Log the fridge temperature hourly.', 'Log the fridge temperature every few hours.')[0]?.message).toContain('"hourly" -> "every few hours"');
  });
  it('flags an event skipped between ("after every session" -> "after every other session") and a school term made a year', () => {
    expect(codes('Sterilise the mats after every class.', 'Sterilise the mats after every other class.')).toEqual(['number-changed']);
    expect(codes('Hold a lockdown drill every term.', 'Hold a lockdown drill every year.')).toEqual(['number-changed']);
  });
  it('leaves the same rate in other words, or a shorter period, alone', () => {
    expect(codes('Change the filters every two weeks.', 'Change the filters fortnightly.')).toEqual([]);
    expect(codes('Turn the compost every seven days.', 'Turn the compost weekly.')).toEqual([]);
    expect(codes('Feed the fish twice a day.', 'Feed the fish every twelve hours.')).toEqual([]);
    expect(codes('Audit the petty cash monthly.', 'Audit the petty cash every two weeks.')).toEqual([]);
  });
  it('leaves a rate moved to another weekday or time of day to the other readings', () => {
    expect(codes('Run the payroll check every Monday.', 'Run the payroll check every Friday.')).not.toContain('number-changed');
  });
});

describe('"and" -> "or" between two things a duty asks for, "or" -> "and" in a prohibition', () => {
  it('flags either one now being enough', () => {
    expect(codes('Couriers must photograph the parcel and get a signature on delivery.', 'Couriers must photograph the parcel or get a signature on delivery.')).toEqual(['conjunct-dropped']);
    expect(codes('Label every sample with the date and the batch code.', 'Label every sample with the date or the batch code.')).toEqual(['conjunct-dropped']);
    expect(findReasons('Guards must not open or unlock the side gate at night.', 'Guards must not open and unlock the side gate at night.')[0]?.message).toContain('only the two together are forbidden');
  });
  it('leaves a stricter swap, an emphasis and a condition alone', () => {
    expect(codes('Show a badge or a letter of appointment at the desk.', 'Show a badge and a letter of appointment at the desk.')).toEqual([]);
    expect(codes('Do not feed and water the animals after dark.', 'Do not feed or water the animals after dark.')).toEqual([]);
    expect(codes('Sign the form and date it.', 'Both sign the form and date it.')).toEqual([]);
    // A condition that needs either of two is wider: the duty holds in more cases.
    expect(codes('Close the pool if the lifeguard is absent and the alarm is broken.', 'Close the pool if the lifeguard is absent or the alarm is broken.')).toEqual([]);
  });
});

describe('an exception added to a prohibition, however few words of its own it has', () => {
  it('flags "No one may ... unless it is a small X" as a case let off', () => {
    expect(codes('No one may bring a knife into the hall.', 'No one may bring a knife into the hall unless it is a blunt knife.')).toEqual(['condition-added']);
  });
  it('reads "unless you hold X" as the "without X" it replaced, and "except when" as the "unless" it replaced', () => {
    expect(codes('Do not drive the forklift without a licence.', 'Do not drive the forklift unless you hold a licence.')).toEqual([]);
    expect(codes('Do not drive the forklift without a licence.', 'Do not drive the forklift unless you hold a key.')).toContain('condition-added');
    expect(codes('Never share a pupil\'s report unless a parent has agreed.', 'Never share a pupil\'s report except when a parent has given agreement.')).toEqual([]);
  });
});

describe('a duty limited by a new "only to/for/during ..." with words of its own', () => {
  it('flags the duty now holding for some alone', () => {
    expect(codes('Deliver the meal boxes to every registered household.', 'Deliver the meal boxes to every registered household, but only to households with children.')).toEqual(['scope-narrowed']);
    expect(codes('The help desk answers calls about passwords.', 'The help desk answers calls about passwords, though only during term.')).toEqual(['scope-narrowed']);
  });
  it('leaves an "only" over words already there, and any "only" in a grant, alone', () => {
    expect(codes('Print the boarding passes at the kiosk.', 'Print the boarding passes only at the kiosk.')).toEqual([]);
    expect(codes('Coaches may extend a session.', 'Coaches may extend a session, but only for members.')).toEqual([]);
  });
});

describe('a subject narrowed by words after it', () => {
  it('flags a duty now covering only some of its subject (a prohibition\'s is read as its object narrowed)', () => {
    expect(codes('Cyclists must wear a helmet on the track.', 'Cyclists riding in the fast lane must wear a helmet on the track.')).toEqual(['scope-narrowed']);
    expect(codes('Drivers must take a break after four hours.', 'Drivers of heavy goods vehicles must take a break after four hours.')).toEqual(['scope-narrowed']);
    expect(codes('Pupils must not use phones in class.', 'Pupils in year 7 must not use phones in class.')).toEqual(['scope-narrowed']);
    expect(codes('The cleaners must lock the store room.', 'The cleaners on the night shift must lock the store room.')).toEqual(['scope-narrowed']);
  });
  it('leaves an aside, a widening, a stress and a grant alone', () => {
    expect(codes('Cyclists must wear a helmet on the track.', 'Cyclists, including coaches, must wear a helmet on the track.')).toEqual([]);
    expect(codes('Cyclists must wear a helmet on the track.', 'Cyclists of every age must wear a helmet on the track.')).toEqual([]);
    expect(codes('Cyclists must wear a helmet on the track.', 'Cyclists and their coaches must wear a helmet on the track.')).toEqual([]);
    expect(codes('Cyclists must wear a helmet on the track.', 'Cyclists at any level must wear a helmet on the track.')).toEqual([]);
    expect(codes('Members may book the squash court.', 'Members with a gold card may book the squash court.')).toEqual([]);
  });
});

describe('a level on a scale moved, every other word kept', () => {
  it('flags a higher level in a duty\'s case and a lower one in a grant\'s', () => {
    expect(codes('Evacuate the stands when the lightning alert is amber.', 'Evacuate the stands when the lightning alert is red.')).toEqual(['condition-changed']);
    expect(codes('Notify the regulator of every major breach.', 'Notify the regulator of every critical breach.')).toEqual(['condition-changed']);
    expect(codes('Suspend outdoor play when the pollen count is high.', 'Suspend outdoor play when the pollen count is very high.')).toEqual(['condition-changed']);
    expect(codes('Pilots may divert when the turbulence is severe.', 'Pilots may divert when the turbulence is moderate.')).toEqual(['condition-changed']);
  });
  it('flags a level in an exception or an "only" case moved either way', () => {
    expect(codes('Keep the slide open unless the wind alert is amber.', 'Keep the slide open unless the wind alert is red.')).toEqual(['condition-changed']);
  });
  it('reads a grade given ("rated high") and how sure a case must be ("suspected" -> "confirmed") as levels', () => {
    expect(codes('Escalate any complaint rated high to the director.', 'Escalate any complaint rated critical to the director.')).toEqual(['condition-changed']);
    expect(codes('Report every suspected data breach within 24 hours.', 'Report every confirmed data breach within 24 hours.')).toEqual(['condition-changed']);
    expect(codes('Investigate every confirmed fraud case.', 'Investigate every suspected fraud case.')).toEqual([]);
  });
  it('leaves a lower level in a duty, and a colour that grades nothing, alone', () => {
    expect(codes('Store the bleach on a low shelf.', 'Store the bleach on a high shelf.')).not.toContain('condition-changed');
    expect(codes('Evacuate the stands when the lightning alert is red.', 'Evacuate the stands when the lightning alert is amber.')).toEqual([]);
    expect(codes('Print the staff badges in green.', 'Print the staff badges in red.')).not.toContain('condition-changed');
  });
});

describe('a proviso added to a restriction said as a grant', () => {
  it('flags "may ... only after X" and "Only X may ..." now holding in the proviso\'s case alone', () => {
    expect(codes('Hot work may begin only after a fire watch is posted.', 'Hot work may begin only after a fire watch is posted, provided the building is occupied.')).toEqual(['condition-added']);
    expect(codes('Only qualified divers may enter the shark tank.', 'Only qualified divers may enter the shark tank during feeding.')).toEqual(['condition-added']);
    expect(codes('Only a pharmacist may hand out methadone.', 'Only a pharmacist may hand out methadone to new patients.')).toEqual(['condition-added']);
  });
  it('leaves a proviso on a plain grant, a second prerequisite and a stress alone', () => {
    expect(codes('Guests may use the sauna.', 'Guests may use the sauna, provided they shower first.')).toEqual([]);
    expect(codes('Hot work may begin only after a fire watch is posted.', 'Hot work may begin only after a fire watch is posted and the alarms are isolated.')).toEqual([]);
    expect(codes('Only qualified divers may enter the shark tank.', 'Only qualified divers may enter the shark tank, even when it is drained.')).toEqual([]);
  });
});

describe('one right of a pair dropped', () => {
  it('flags a grant to the people served, or one said as a right, losing an item', () => {
    expect(codes('Passengers may cancel and rebook their seat free of charge.', 'Passengers may cancel their seat free of charge.')).toEqual(['conjunct-dropped']);
    expect(codes('Staff are entitled to a rest break and a meal break on long shifts.', 'Staff are entitled to a rest break on long shifts.')).toContain('conjunct-dropped');
    expect(codes('Patients may inspect, copy and correct their records.', 'Patients may inspect and copy their records.')).toEqual(['conjunct-dropped']);
  });
  it('leaves a grant to those the codex instructs, and a right reworded, alone', () => {
    expect(codes('Stewards may confiscate glass bottles or cans.', 'Stewards may confiscate glass bottles.')).toEqual([]);
    expect(codes('Passengers may cancel and rebook their seat free of charge.', 'Passengers may rebook and cancel their seat free of charge.')).toEqual([]);
  });
});

describe('a party described after its noun replaced by another', () => {
  it('flags the party and its description swapped for another\'s', () => {
    expect(codes('Spare keys are given to the resident who reported the leak.', 'Spare keys are given to the plumber who fixed the leak.')).toEqual(['object-replaced']);
  });
  it('leaves the same party named by what it did alone', () => {
    expect(codes('Certificates are sent to the person who completed the course.', 'Certificates are sent to the completer of the course.')).toEqual([]);
  });
});

describe('a statement of how something is done drifting into an option', () => {
  it('flags a joined clause that grants something new', () => {
    expect(codes('Court files are kept in the registry.', 'Court files are kept in the registry; clerks may also take them home to read.')).toEqual(['permission-added']);
    expect(codes('Invoices are approved by the finance director.', 'Invoices are approved by the finance director, and team leads can approve small ones.')).toEqual(['permission-added']);
  });
  it('leaves a joined clause that restricts, forbids or informs alone', () => {
    expect(codes('Court files are kept in the registry.', 'Court files are kept in the registry; they may not leave the building.')).toEqual([]);
    expect(codes('Court files are kept in the registry.', 'Court files are kept in the registry; the index is updated daily.')).toEqual([]);
  });
});

describe('a capped rate allowed more often', () => {
  it('flags "at most once a week" -> "at most three times a week" and not the other way', () => {
    expect(codes('Post on the staff forum at most once a week.', 'Post on the staff forum at most three times a week.')).toEqual(['number-changed']);
    expect(codes('Post on the staff forum at most three times a week.', 'Post on the staff forum at most once a week.')).toEqual([]);
  });
  it('reads "without giving a reason" as part of a right, not a negation', () => {
    expect(codes('Members may pause and cancel their plan without giving a reason.', 'Members may pause their plan without giving a reason.')).toEqual(['conjunct-dropped']);
  });
});

describe('an exception let off a prohibition without a modal', () => {
  it('flags a joined "although X are fine" and a new "X are the exception"', () => {
    expect(codes('Do not bring drinks into the library.', 'Do not bring drinks into the library, although bottled water is fine.')).toEqual(['permission-added']);
    expect(codes('Do not use the lift during a fire alarm.', 'Do not use the lift during a fire alarm. Staff with mobility needs are the exception.')).toEqual(['permission-added']);
  });
  it('leaves a joined clause that stresses the ban alone', () => {
    expect(codes('Do not bring drinks into the library.', 'Do not bring drinks into the library, although water bottles are not allowed either.')).toEqual([]);
  });
});
