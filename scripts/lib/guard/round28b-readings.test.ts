// Round 28b (issue 11): the pooled misses of v20-v31 read as kinds of English, each reading beside
// the twins that must keep their verdict: a name with a possessive replaced, a ban said as a
// request, a duty said as liability, a step of a list of imperatives dropped whole, a demand
// replaced in two or more spans, one word replaced by a noun of two words, an adverb of doing a
// thing often after a kept case, anyone in a group made a role within it, a document moved back in
// time, a party after a kept owner replaced by an acronym of another.
import { describe, expect, it } from 'vitest';
import { findEntities } from './reason-entity.ts';
import { spansReplaced } from './reason-spans-replaced.ts';
import { partyNarrowed } from './reason-narrower-party.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('a name with a possessive read as a name', () => {
  it('finds "St Mary\'s Hospital" and "Addenbrooke\'s" as names', () => {
    expect(findEntities("Send the report to the infection control team at St Mary's Hospital.")).toContain("St Mary's Hospital");
    expect(findEntities("Samples go to the laboratory at Addenbrooke's for screening.")).toContain("Addenbrooke's");
  });

  it('flags the name replaced by another', async () => {
    expect(await flagging("Refer walk-in patients to the urgent care unit at St Luke's Hospital.", "Refer walk-in patients to the urgent care unit at St Mark's Hospital.")).toContain('entity-removed');
    expect(await flagging("Blood samples from the mobile unit go to the laboratory at Addenbrooke's for screening.", 'Blood samples from the mobile unit go to the laboratory at Papworth for screening.')).toContain('entity-removed');
  });

  it('keeps the name said with "of", with a curly apostrophe, or in another sentence shape', async () => {
    expect(await flagging("Follow the Trust's complaints procedure for every written complaint.", 'For every written complaint, follow the complaints procedure of the Trust.')).toEqual([]);
    expect(await flagging("Runners collect their race numbers from Foster's Yard on the Friday evening.", 'On the Friday evening, runners pick up their race numbers at Foster’s Yard.')).toEqual([]);
    expect(await flagging("Refer walk-in patients to the urgent care unit at St Luke's Hospital.", "Walk-in patients must be referred to St Luke's Hospital's urgent care unit.")).toEqual([]);
  });
});

describe('a ban said as a request to the people it bound', () => {
  it('flags "not allowed to" / "never" said as "asked / requested / urged / advised not to"', async () => {
    expect(await flagging('Patients are not allowed to use the rehab gym without a physiotherapist present.', 'Patients are asked not to use the rehab gym without a physiotherapist present.')).toContain('modal-weakened');
    expect(await flagging('Staff must not park in the patient bays at the front of the clinic.', 'Staff are requested not to park in the patient bays at the front of the clinic.')).toContain('modal-weakened');
    expect(await flagging('Never leave the kiln door open while a firing is in progress.', 'Potters are advised not to leave the kiln door open while a firing is in progress.')).toContain('modal-weakened');
  });

  it('keeps a request said as another request, a ban said as another ban, and a request made a ban', async () => {
    expect(await flagging('Visitors are asked not to feed the animals in the petting barn.', 'Visitors are requested not to feed the animals in the petting barn.')).toEqual([]);
    expect(await flagging('Visitors are not allowed to feed the animals in the petting barn.', 'Visitors are not permitted to feed the animals in the petting barn.')).toEqual([]);
    expect(await flagging('Tenants are asked not to keep dogs in the flats above the shop.', 'Tenants must not keep dogs in the flats above the shop.')).toEqual([]);
  });
});

describe('a duty said as liability', () => {
  it('reads "liable / accountable / answerable for" as binding, so a grant in its place weakens it', async () => {
    expect(await flagging('Charterers are liable for any damage up to the value of the security deposit.', 'Charterers may contribute towards any damage up to the value of the security deposit.')).toContain('modal-weakened');
    expect(await flagging('Club members are accountable for the behaviour of the guests they sign in.', 'Club members may keep an eye on the behaviour of the guests they sign in.')).toContain('modal-weakened');
  });

  it('keeps liability said as responsibility or as a duty to pay', async () => {
    expect(await flagging('The hirer is liable for any parking fines incurred during the rental.', 'The hirer is responsible for any parking fines incurred during the rental.')).toEqual([]);
    expect(await flagging('Contractors are liable for the cost of repairing any damage to the verge.', 'Contractors must pay the cost of repairing any damage to the verge.')).toEqual([]);
  });
});

describe('a step of a list of imperatives dropped whole', () => {
  it('flags a short imperative of any verb the dictionary knows gone from among kept imperatives', async () => {
    expect(await flagging('Check the marine forecast before each trip. Cancel trips when the wind is above force 5. Count passengers on and off the boat. Log every sighting with the time and position.', 'Check the marine forecast before each trip. Cancel trips when the wind is above force 5. Log every sighting with the time and position.')).toContain('requirement-removed');
    expect(await flagging('Photograph any damage to the hire van. Initial the check-in sheet. Return the keys to the desk.', 'Photograph any damage to the hire van. Return the keys to the desk.')).toContain('requirement-removed');
  });

  it('keeps the step moved, joined to its neighbour, or said with another verb', async () => {
    expect(await flagging('Sweep the workshop floor at the end of each day. Unplug the bench grinder. Lock the tool cage.', 'At the end of each day, sweep the workshop floor and unplug the bench grinder. Lock the tool cage.')).toEqual([]);
    expect(await flagging('Rinse the mash tun after each brew. Drain the hot liquor tank. Record the gravity in the brew log.', 'Rinse the mash tun after each brew. Empty the hot liquor tank. Record the gravity in the brew log.')).toEqual([]);
  });

  it('reads a short remark opened by a noun that is also a verb as no step ("Stock levels vary")', async () => {
    expect(await flagging('Check the till float at opening. Stock levels vary. Lock the safe at closing.', 'Check the till float at opening. Lock the safe at closing.')).toEqual([]);
  });
});

describe('a rule\'s demand replaced in two or more places, the words between kept', () => {
  it('flags the thing looked for replaced beside an act reworded, and act and thing both replaced', async () => {
    expect(await flagging('Test an inside seam for colour fastness before cleaning.', 'Check an inside seam for loose threads before cleaning.')).toContain('semantic-drift');
    expect(await flagging('Inspect each harness for frayed stitching before a climb.', 'Check each harness for a name tag before a climb.')).toContain('semantic-drift');
    expect(await flagging('Hose the milking parlour floor with disinfectant after each milking.', 'Sweep the milking parlour floor with a yard brush after each milking.')).toContain('semantic-drift');
  });

  it('names the words that went and came in the replaced spans only', () => {
    expect(spansReplaced('Test an inside seam for colour fastness before cleaning.', 'Check an inside seam for loose threads before cleaning.', lexicon)).toEqual({ went: ['colour', 'fastness'], came: ['loose', 'threads'] });
  });

  it('keeps each span said in words the dictionary links, a kind of the other, or kept elsewhere in the sentence', async () => {
    expect(await flagging('Inspect each harness for frayed stitching before a climb.', 'Check each harness for worn stitching before a climb.')).toEqual([]);
    expect(await flagging('Wipe down the treatment couch with a sanitising wipe between clients.', 'Clean the treatment couch with an antibacterial wipe between each client.')).toEqual([]);
    expect(await flagging('Seal each sample bag with tamper tape and label it with the donor code.', 'Close each sample bag with tamper-evident tape and mark it with the donor code.')).toEqual([]);
  });
});

describe('one word replaced by a noun of two words, the head the last', () => {
  it('flags the head naming another thing', async () => {
    expect(await flagging('Keep the spare van keys in the safe in the site office.', 'Keep the spare van keys in the desk drawer in the site office.')).toContain('semantic-drift');
    expect(await flagging('Accept a parcel for a neighbour only when the sender shows a receipt.', 'Accept a parcel for a neighbour only when the sender shows a bank card.')).toContain('semantic-drift');
  });

  it('keeps a modifier added before the kept head, and a head the dictionary links', async () => {
    expect(await flagging('Keep the spare van keys in the safe in the site office.', 'Keep the spare van keys in the key safe in the site office.')).toEqual([]);
    expect(await flagging('Store the club oars in the boathouse after every outing.', 'Store the club oars in the boat shed after every outing.')).toEqual([]);
    expect(await flagging('Wipe the chopping boards with the blue cloth after raw meat.', 'Wipe the chopping boards with the blue dishcloth after raw meat.')).toEqual([]);
  });
});

describe('an adverb of doing a thing often put after the case a rule covers', () => {
  it('flags "regularly / routinely / frequently" after a kept relative clause as the case narrowed', async () => {
    expect(await flagging('Every adult who helps at training must hold a current DBS check.', 'Every adult who helps at training regularly must hold a current DBS check.')).toContain('condition-narrowed');
    expect(await flagging('Staff who handle cash must sign the till log at the end of each shift.', 'Staff who handle cash routinely must sign the till log at the end of each shift.')).toContain('condition-narrowed');
  });

  it('keeps stress on the case, the case narrowed in a grant, and "even once"', async () => {
    expect(await flagging('Any member who uses the rowing machines must complete an induction.', 'Any member who uses the rowing machines, however rarely, must complete an induction.')).toEqual([]);
    expect(await flagging('Members who train at the club may book the sauna after a session.', 'Members who train at the club regularly may book the sauna after a session.')).toEqual([]);
    expect(await flagging('Every volunteer who drives the minibus must hold a D1 licence.', 'Every volunteer who drives the minibus, even once, must hold a D1 licence.')).toEqual([]);
  });
});

describe('a word for anyone in a group replaced by a role within it', () => {
  it('flags "member" made "leader", "worker" made "supervisor", a role named after the member word', async () => {
    expect(await flagging("Every crew member must be vetted before working in a customer's home.", "Every crew leader must be vetted before working in a customer's home.")).toContain('scope-narrowed');
    expect(await flagging('Every site worker must wear a hard hat beyond the gate.', 'Every site supervisor must wear a hard hat beyond the gate.')).toContain('scope-narrowed');
    // Flagged as object-replaced already, which blocks the dictionary's readings: the reading itself names the pair.
    expect(partyNarrowed('Send the weekly rota to every volunteer at the food bank.', 'Send the weekly rota to every volunteer coordinator at the food bank.', lexicon)).toEqual({ gone: 'volunteer', came: 'coordinator' });
  });

  it('keeps the member said with "of", another word for any member, a role made any member, and a grant narrowed', async () => {
    expect(await flagging('Every team member must sign the lone-working register before a home visit.', 'Every member of the team must sign the lone-working register before a home visit.')).toEqual([]);
    expect(await flagging('Every site supervisor must wear a hard hat beyond the gate.', 'Every site worker must wear a hard hat beyond the gate.')).toEqual([]);
    expect(await flagging('Any club member may borrow the spare kayak paddles.', 'Any club coach may borrow the spare kayak paddles.')).toEqual([]);
  });
});

describe('a document the rule points to moved back in time', () => {
  it('flags "current / latest / up-to-date" made "last season\'s / previous / outdated" before the kept noun', async () => {
    expect(await flagging("Quote haul-out prices from the yard's current tariff sheet.", "Quote haul-out prices from last season's tariff sheet.")).toContain('reference-removed');
    expect(await flagging('Fit every boiler to the current edition of the gas regulations.', 'Fit every boiler to the previous edition of the gas regulations.')).toContain('reference-removed');
  });

  it('keeps recency said another way, a past said another way, and an old thing named beside the current one', async () => {
    expect(await flagging("Check guests' names against the latest booking list before boarding.", "Check guests' names against the most recent booking list before boarding.")).toEqual([]);
    expect(await flagging("Send members last year's accounts before the annual meeting.", "Send members the previous year's accounts before the annual meeting.")).toEqual([]);
    expect(await flagging('Use the current risk assessment for each site visit and file the old one.', 'Use the current risk assessment for each site visit and archive the old one.')).toEqual([]);
  });
});

describe('a party after a kept owner replaced by an acronym naming another party', () => {
  it('flags a role made an acronym whose letters are not its initials', async () => {
    expect(await flagging("Send the semen analysis result to the patient's consultant.", "Send the semen analysis result to the patient's GP.")).toContain('object-replaced');
    expect(await flagging("Forward the audit findings to the charity's treasurer before the board meets.", "Forward the audit findings to the charity's CEO before the board meets.")).toContain('object-replaced');
  });

  it('keeps a role said by its initials, either way round', async () => {
    expect(await flagging("Send the scan results to the patient's general practitioner.", "Send the scan results to the patient's GP.")).toEqual([]);
    expect(await flagging("Forward the audit findings to the charity's CEO before the board meets.", "Forward the audit findings to the charity's chief executive officer before the board meets.")).toEqual([]);
  });
});
