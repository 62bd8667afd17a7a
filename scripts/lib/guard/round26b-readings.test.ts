// Round 26b (issue 11): the pooled misses of v25-v27 read as kinds of English, each reading beside
// the twin that must keep its verdict: one stretch of a rule (its act, what it acts on, its gate)
// replaced by words that say another thing while the rest of the sentence stays word for word.
import { describe, expect, it } from 'vitest';
import { demandStretchReplaced } from './reason-demand-replaced.ts';
import { createWordNetLexicon } from './wordnet-lexicon-fs.ts';
import { flaggingCodes } from '../../test-utils/guard-verdict.ts';

const lexicon = createWordNetLexicon();
/** The codes of the reasons that flag the edit, read as the hook reads it (WordNet on). */
const flagging = (previous: string, next: string): Promise<string[]> => flaggingCodes(previous, next, lexicon);

describe('one stretch of a rule replaced in a kept frame', () => {
  it('flags the act, the thing acted on or the gate replaced by words the dictionary does not link', async () => {
    expect(await flagging('Print jobs for a new client are proofed by the account manager and signed off by the client before the plates are made.', 'Print jobs for a new client are proofed by the account manager and priced by the estimator before the plates are made.')).toContain('semantic-drift');
    expect(await flagging('If the boiler alarm sounds during a service, the verger phones the heating engineer and moves the congregation into the hall.', 'If the boiler alarm sounds during a service, the verger notes the time in the logbook and carries on with the service.')).toContain('semantic-drift');
  });

  it('keeps the stretch said in the words the dictionary links, a stretch of one word, and amounts', async () => {
    expect(await flagging('When a cake order is delayed, apologise to the customer and give them a complimentary box of biscuits.', 'When a cake order runs late, say sorry to the customer and hand them a free box of biscuits.')).toEqual([]);
    expect(await flagging('Allotment holders who find Japanese knotweed report it to the site secretary, who arranges for a licensed contractor to treat it.', 'Allotment holders who find Japanese knotweed report it to the site secretary, who books a licensed contractor to treat it.')).toEqual([]);
    expect(await flagging('The caretaker checks the boiler pressure once a week and tops it up when it is low.', 'The caretaker checks the boiler pressure every seven days and tops it up when it is low.')).toEqual([]);
  });

  it('names the words that went and the words that came, the ones both stretches share set aside', () => {
    expect(demandStretchReplaced('If the hearse breaks down on the way to the service, the driver phones the office at once and the standby hearse is sent to transfer the coffin.', 'If the hearse breaks down on the way to the service, the driver phones the family at once and asks whether they would like to postpone the service.', lexicon)).toEqual({
      went: ['office', 'standby', 'hearse', 'sent', 'transfer', 'coffin'],
      came: ['family', 'asks', 'like', 'postpone', 'service'],
    });
    // A modal or a negation in the stretch is the modal and negation readings' business.
    expect(demandStretchReplaced('Walkers on the estate keep their dogs on a lead near the sheep pens.', 'Walkers on the estate need not keep their dogs on a lead near the sheep pens.', lexicon)).toBeNull();
  });
});

describe('a duty turned into a choice left to someone, the act kept', () => {
  it('flags the act put after "whether to" or "discretion to / over", whoever decides', async () => {
    expect(await flagging('The stable manager is required to call the vet when a horse shows signs of colic.', 'The stable manager has discretion to call the vet when a horse shows signs of colic.')).toContain('modal-weakened');
    expect(await flagging('Lifeguards close the flume when the queue reaches the top of the stairs.', 'It is up to the lifeguards whether to close the flume when the queue reaches the top of the stairs.')).toContain('modal-weakened');
    expect(await flagging('If a tenant reports a gas smell, evacuate the building and call the emergency line.', 'If a tenant reports a gas smell, leave the tenant to decide whether to evacuate the building and call the emergency line.')).toContain('modal-weakened');
  });

  it('keeps a choice that was a choice already, and a question about another act', async () => {
    expect(await flagging('The duty instructor decides whether to ground the gliders when the crosswind exceeds 15 knots.', "Whether to ground the gliders when the crosswind exceeds 15 knots is the duty instructor's decision.")).toEqual([]);
    expect(await flagging('Ask the family whether to play music during the committal.', 'Ask the family if they would like music played during the committal.')).toEqual([]);
    expect(await flagging('Lifeguards close the flume when the queue reaches the top of the stairs.', 'Lifeguards close the flume when the queue reaches the top of the stairs, and the supervisor decides whether to open the second slide.')).toEqual([]);
  });
});

describe('care in the stretch that changed turned to telling, care kept round it', () => {
  it('flags a kind word gone from the change and a telling in its place, a greeting or a support line kept', async () => {
    expect(await flagging('Welcome first-time swimmers warmly, tell them nobody is watching how they swim, and show them the shallow lane.', 'Welcome first-time swimmers, tell them to keep out of the way of the faster swimmers, and show them the shallow lane.')).toContain('tone-care-dropped');
    expect(await flagging('After a failed audition, thank each singer kindly, tell them the panel enjoyed hearing them, and give them the number of our free support line.', 'After a failed audition, remind each singer that places are limited, and give them the number of our free support line.')).toContain('tone-care-dropped');
    expect(await flagging('If a child is upset at drop-off, comfort them gently, sit with them for a story and keep the parent informed.', 'If a child is upset at drop-off, tell the parent to keep the child quiet so the others can settle, and keep the parent informed.')).toContain('tone-care-dropped');
  });

  it('keeps the care said in other words in the stretch that changed', async () => {
    expect(await flagging('Welcome first-time swimmers warmly, tell them nobody is watching how they swim, and show them the shallow lane.', 'Give first-time swimmers a warm welcome, let them know nobody is watching how they swim, and show them the shallow lane.')).toEqual([]);
    expect(await flagging("When a member's dog misbehaves in class, reassure them calmly that every puppy has off days, and suggest a quieter spot in the hall.", "When a member's dog misbehaves in class, calmly reassure them that all puppies have off days, and suggest a quieter spot in the hall.")).toEqual([]);
  });
});

describe('a duty said as information about the thing it demanded', () => {
  it('flags the act gone and the thing only said to be there', async () => {
    expect(await flagging('Kitchen porters must wear cut-resistant gloves at the slicer.', 'Kitchen porters are reminded that cut-resistant gloves are available at the slicer.')).toContain('modal-weakened');
    expect(await flagging('Riders wear a helmet on every hack.', 'Helmets are provided for every hack.')).toContain('modal-weakened');
  });

  it('keeps the act said again beside the thing, and a state the old sentence already stated', async () => {
    expect(await flagging('Riders wear a helmet on every hack.', 'Every rider puts on a helmet before each hack; helmets are provided at the yard.')).toEqual([]);
    expect(await flagging('The snake room is kept at 28 °C. Its door has a viewing panel.', 'The door of the snake room has a viewing panel. The room is kept at 28 °C.')).toEqual([]);
  });
});

describe('a one-letter label changed in place', () => {
  it('flags "map B" -> "map C" as a reference changed, whatever noun stands before it', async () => {
    expect(await flagging('Send wheelchair users to platform A, where the ramp is kept.', 'Send wheelchair users to platform D, where the ramp is kept.')).toContain('reference-removed');
    expect(await flagging('Evacuate the east wing by the route shown on plan B in the warden\'s folder.', 'Evacuate the east wing by the route shown on plan F in the warden\'s folder.')).toContain('reference-removed');
  });

  it('keeps the label with its noun capitalised, the article opening a sentence, and leaves a graded scale to the level readings', async () => {
    expect(await flagging('Send wheelchair users to platform A, where the ramp is kept.', 'Send wheelchair users to Platform A, where the ramp is kept.')).toEqual([]);
    expect(await flagging('A pilot works through checklist C with the ground crew before each flight.', 'The pilot works through checklist C with the ground crew before each flight.')).toEqual([]);
    expect(await flagging('Refer the client to an audiologist when the tympanogram is type A.', 'Refer the client to an audiologist when the tympanogram is type C.')).not.toContain('reference-removed');
  });
});

describe('an order in time said with "sooner"', () => {
  it('flags "no sooner than" turned to "no later than", and keeps "no earlier than"', async () => {
    expect(await flagging('Reseal the shower joints no sooner than 24 hours after grouting.', 'Reseal the shower joints no later than 24 hours after grouting.')).toContain('order-changed');
    expect(await flagging('Reseal the shower joints no sooner than 24 hours after grouting.', 'Reseal the shower joints no earlier than 24 hours after grouting.')).toEqual([]);
  });
});
