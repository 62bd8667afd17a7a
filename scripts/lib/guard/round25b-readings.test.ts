// Round 25b (issue 11): the largest recurring classes of the pooled misses of the blind sets
// v20-v26, read as kinds of English, each reading beside the twin that must keep its verdict.
import { describe, expect, it } from 'vitest';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('who does what to whom turned round, the grammar following the new doers', () => {
  it('flags the subjects of two clauses exchanged with their verbs agreeing anew, "we" and a pronoun for a party named twice included', async () => {
    expect(await flagging('The head marshal briefs every group, and group leaders confirm that each of their players has heard the briefing.', 'Group leaders brief every group, and the head marshal confirms that each of their players has heard the briefing.')).toContain('roles-swapped');
    expect(await flagging('We book the coach for the tour, and the choir secretary collects the fares.', 'The choir secretary books the coach for the tour, and we collect the fares.')).toContain('roles-swapped');
    expect(await flagging("The conductor sets the tempo at rehearsal, and the players follow the conductor's beat.", 'The players set the tempo at rehearsal, and the conductor follows their beat.')).toContain('roles-swapped');
  });

  it('flags the voice turned with the roles, and an owner exchanged with what it owns', async () => {
    expect(await flagging('The range officer clears the archers before anyone walks forward to collect arrows.', 'The range officer is cleared by the archers before anyone walks forward to collect arrows.')).toContain('roles-swapped');
    expect(await flagging("Report every bee sting on a school visit to the pupil's teacher.", "Report every bee sting on a school visit to the teacher's pupil.")).toContain('roles-swapped');
    expect(await flagging("The client's accountant receives a copy of every return.", "The accountant's client receives a copy of every return.")).toContain('roles-swapped');
  });

  it('keeps clauses reordered with their doers, a voice change that keeps the roles, "of" for a possessive and a list reordered', async () => {
    expect(await flagging('The lead shearer counts the fleeces, and the wool handlers bag them.', 'The wool handlers bag the fleeces, and the lead shearer counts them.')).toEqual([]);
    expect(await flagging('The nurse checks the chart, then the doctor signs it.', 'The doctor signs the chart once the nurse has checked it.')).toEqual([]);
    expect(await flagging('The range officer clears the archers before anyone walks forward to collect arrows.', 'The archers are cleared by the range officer before anyone walks forward to collect arrows.')).toEqual([]);
    expect(await flagging('We book the coach for the tour, and the choir secretary collects the fares.', 'The coach for the tour is booked by us, and the fares are collected by the choir secretary.')).toEqual([]);
    expect(await flagging("Report every bee sting on a school visit to the pupil's teacher.", 'Report every bee sting on a school visit to the teacher of the pupil.')).toEqual([]);
    expect(await flagging('Check the hives, the feeders and the smokers before each inspection.', 'Check the smokers, the feeders and the hives before each inspection.')).toEqual([]);
  });
});

describe('a number in what a person is told, and a time of day turned to the other half', () => {
  it('flags a figure told to the person changed either way, the deadline a duty demands aside', async () => {
    expect(await flagging('Tell customers who are locked out that a locksmith will be with them within forty-five minutes.', 'Tell customers who are locked out that a locksmith will be with them within twenty-five minutes.')).toContain('number-changed');
    expect(await flagging('Let tenants know that the boiler engineer arrives within 48 hours of a report.', 'Let tenants know that the boiler engineer arrives within 12 hours of a report.')).toContain('number-changed');
    expect(await flagging('Inform borrowers that a reserved book is kept for them for seven days.', 'Inform borrowers that a reserved book is kept for them for fourteen days.')).toContain('number-changed');
    expect(await flagging('The stonemason must visit within three working days of a call.', 'The stonemason must visit within one working day of a call.')).toEqual([]);
    expect(await flagging('Let tenants know that the boiler engineer arrives within 48 hours of a report.', 'Tell tenants that a boiler engineer will be there within two days of their report.')).toEqual([]);
  });

  it('flags "p.m." turned to "a.m." at the same hour, and keeps the time written another way', async () => {
    expect(await flagging('The depot closes to the public at 4 p.m. on Saturdays.', 'The depot closes to the public at 4 a.m. on Saturdays.')).toContain('number-changed');
    expect(await flagging("The ferry's last crossing leaves at 11.30 pm.", "The ferry's last crossing leaves at 11.30 am.")).toContain('number-changed');
    expect(await flagging('The depot closes to the public at 4 p.m. on Saturdays.', 'On Saturdays the depot closes to the public at 4 pm.')).toEqual([]);
  });
});

describe('a subject picked out by an amount, a wait for a repeated report, and a case gaining a fact not yet come about', () => {
  it('flags a universal subject picked out by what it is worth or measures, and keeps an aside', async () => {
    expect(await flagging('Every watch left uncollected for more than 90 days gets a reminder letter before it is sold to cover our costs.', 'Every watch worth more than £200 left uncollected for more than 90 days gets a reminder letter before it is sold to cover our costs.')).toContain('scope-narrowed');
    expect(await flagging('Every painting in the store is photographed before it goes on loan.', 'Every painting worth over £10,000 in the store is photographed before it goes on loan.')).toContain('scope-narrowed');
    expect(await flagging('Each crate leaving the quarry is weighed at the gate.', 'Each crate heavier than 500 kg leaving the quarry is weighed at the gate.')).toContain('scope-narrowed');
    expect(await flagging('Every painting in the store is photographed before it goes on loan.', 'Every painting in the store, whatever it is worth, is photographed before it goes on loan.')).toEqual([]);
  });

  it('flags a duty made to wait for a second report or message, and keeps the first report named', async () => {
    expect(await flagging('Every reported outage outside a school is fixed within 24 hours.', 'Every reported outage outside a school is fixed within 24 hours after the second report from the public.')).toContain('qualifier-added');
    expect(await flagging('Blocked gullies are cleared the same day.', 'Blocked gullies are cleared the same day after the second message from a resident.')).toContain('qualifier-added');
    expect(await flagging('Every reported outage outside a school is fixed within 24 hours.', 'Every outage reported outside a school is fixed within 24 hours of the first report.')).toEqual([]);
  });

  it('flags a kept case gaining "and X has not ...", and keeps a duty or prohibition appended after a comma', async () => {
    expect(await flagging('Tours are cancelled when the roads are icy.', 'Tours are cancelled when the roads are icy and the council has not gritted them.')).toContain('condition-narrowed');
    expect(await flagging('Stop the crane when the wind gusts above 45 km/h.', 'Stop the crane when the wind gusts above 45 km/h and the load is not yet landed.')).toContain('condition-narrowed');
    expect(await flagging('Stop the crane when the wind gusts above 45 km/h.', 'Stop the crane when the wind gusts above 45 km/h, and never restart it until the gusts drop.')).toEqual([]);
    expect(await flagging('Walkers are turned back if the summit is in cloud.', 'Walkers are turned back if the summit is in cloud, and they are not charged for the day.')).toEqual([]);
  });
});

describe('thanks or an apology replaced by our work defended, or by telling the person to look more carefully', () => {
  it('flags the defence with a phrase after its participle, and "that they should ... more carefully"', async () => {
    expect(await flagging('When a client questions a depth in the report, thank them for raising it, explain how the sounding was reduced to chart datum, and offer to send the raw data.', 'When a client questions a depth in the report, tell them the sounding was reduced to chart datum correctly and that they should read the report more carefully.')).toContain('tone-dismissive');
    expect(await flagging('If a caller disputes a meter reading, apologise for the worry and book a second reading.', 'If a caller disputes a meter reading, tell them that they must check the dial more carefully before calling.')).toContain('tone-dismissive');
  });

  it('keeps thanks kept beside the explanation, and a rule that always asked for care in a task', async () => {
    expect(await flagging('If a client queries a soil test result, thank them for checking and offer to rerun the sample at no charge.', 'If a client queries a soil test result, thank them for checking, explain the sample was processed in our laboratory correctly, and offer to rerun it at no charge.')).toEqual([]);
    expect(await flagging('Tell drivers that they must check their mirrors more carefully at the junction.', 'Remind drivers that they must check their mirrors more carefully at the junction.')).toEqual([]);
  });
});
