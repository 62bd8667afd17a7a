import { describe, expect, it } from 'vitest';
import { findReasons } from './find-reasons.ts';

const codes = (previous: string, next: string): string[] => findReasons(previous, next).map((reason) => reason.code);

describe('findReasons', () => {
  it('flags "must never share" -> "should avoid sharing" as a weakened modal and a dropped negation', () => {
    const reasons = findReasons(
      'The assistant must never share account numbers.',
      'The assistant should avoid sharing account numbers.',
    );
    expect(reasons.map((reason) => reason.code).sort()).toEqual(['modal-weakened', 'negation-removed']);
    expect(reasons.find((reason) => reason.code === 'modal-weakened')?.message).toContain('"must never" -> "should avoid"');
    expect(reasons.find((reason) => reason.code === 'negation-removed')?.message).toContain('"never"');
  });

  it('finds nothing in a faithful rewording: reordered sentences, synonyms, added politeness', () => {
    const previous = 'Greet the customer by name. The assistant must never disclose account numbers. Refunds are issued within 30 days.';
    const next = 'Refunds are issued within thirty days. Please greet the customer by name. The assistant must never reveal account numbers.';
    expect(findReasons(previous, next)).toEqual([]);
  });

  describe('modal-weakened', () => {
    it('fires when "must" becomes "may"', () => {
      expect(codes('Refunds must be approved by a supervisor.', 'Refunds may be approved by a supervisor.')).toEqual(['modal-weakened']);
    });
    it('fires when an imperative gains a hedge', () => {
      expect(codes('Confirm the address before dispatch.', 'Where possible, confirm the address before dispatch.')).toEqual(['modal-weakened', 'qualifier-added']);
      expect(codes('The security standard requires encrypted backups for every database.', 'The security standard recommends encrypted backups for every database.')).toEqual(['modal-weakened']);
      expect(codes('Our handbook requires a second reviewer on payroll changes.', 'Our handbook encourages a second reviewer on payroll changes.')).toEqual(['modal-weakened']);
    });
    it('fires when an obligation is said as advice ("It is good practice for ... to")', () => {
      expect(codes('Engineers must rotate the API keys every 90 days.', 'It is best practice for engineers to rotate the API keys every 90 days.')).toEqual(['modal-weakened']);
      expect(codes('Nurses are obliged to double-check every controlled drug dose.', 'It is good practice for nurses to double-check every controlled drug dose.')).toEqual(['modal-weakened']);
      expect(codes('It is good practice to label every sample.', 'It is good practice to label each sample.')).toEqual([]);
    });
    it('fires when a "never"/"always" loses its "must" to a "should" or "ought" ("must never" -> "should never"), and not the other way', () => {
      expect(codes('Brokers must never sign a declaration on a blank form.', 'Brokers should never sign a declaration on a blank form.')).toEqual(['modal-weakened']);
      expect(codes('Agents must always record the caller\'s name.', 'Agents should always record the caller\'s name.')).toEqual(['modal-weakened']);
      expect(codes('Never share the door code with visitors.', 'Staff ought never to share the door code with visitors.')).toContain('modal-weakened');
      expect(codes('Brokers should never sign a declaration on a blank form.', 'Brokers must never sign a declaration on a blank form.')).toEqual([]);
      expect(codes('Agents must never read out a full card number.', 'Agents ought not to read out a full card number.')).toEqual(['modal-weakened']);
      expect(codes('Agents ought not to read out a full card number.', 'Agents must never read out a full card number.')).toEqual([]);
    });
    it('stays quiet when "shall" becomes "must"', () => {
      expect(codes('Refunds shall be approved by a supervisor.', 'A supervisor must approve refunds.')).toEqual([]);
    });
  });

  describe('negation-added and negation-removed', () => {
    it('reads "must never be left without X" as the duty "X at all times" said in double negative; "never ... with X" or "Always" -> "Never" still flags', () => {
      expect(codes('A nurse must be on the ward at all times.', 'The ward must never be left without a nurse.')).toEqual([]);
      expect(codes('Keep a first-aider on site at all times.', 'Never leave the site without a first-aider.')).toEqual([]);
      expect(codes('A nurse must be on the ward at all times.', 'The ward must never be left with a nurse.')).toContain('negation-added');
      expect(codes('Always wear gloves in the lab.', 'Never wear gloves in the lab.')).toContain('negation-added');
    });
    it('fires negation-removed when "never" becomes "always"', () => {
      const reasons = findReasons('Never share account numbers in chat.', 'Always share account numbers in chat.');
      expect(reasons).toEqual([{ code: 'negation-removed', message: 'negation removed: "never" -> "always" in "Always share account numbers in chat."' }]);
    });
    it('fires negation-removed when "do not" is dropped', () => {
      expect(codes('Do not promise delivery dates.', 'Promise delivery dates.')).toEqual(['negation-removed']);
    });
    it('fires negation-added when "not" appears', () => {
      expect(codes('Share the tracking link with the customer.', 'Do not share the tracking link with the customer.')).toEqual(['negation-added']);
    });
    it('stays quiet when "do not" becomes "never"', () => {
      expect(codes('Do not recommend competitor products.', 'Never recommend products from competitors.')).toEqual([]);
    });
    it('stays quiet when two negated sentences are merged into one', () => {
      expect(codes('Do not share passwords. Do not share card numbers.', 'Do not share passwords or card numbers.')).toEqual([]);
    });
    it('reads a negation that crossed from one clause of a sentence to the other as negation-moved', () => {
      expect(codes('No refund is ever issued in cash: the money goes back to the original card.', 'Refunds are issued in cash: the money never goes back to the original card.')).toEqual(['negation-moved']);
      expect(codes('Never store card numbers: mask them in every log.', 'Mask card numbers in every log: never store them.')).toEqual([]);
    });
    it('reads "should avoid X" -> "must not X" as the same rule made stricter, no negation added', () => {
      expect(codes('Nurses should avoid discussing a diagnosis in the corridor.', 'Nurses must not discuss a diagnosis in the corridor.')).toEqual([]);
    });
  });

  describe('number-changed', () => {
    it('reads the time a permission lasts "until" as its cap: earlier is stricter, later loosens; a duty\'s or a prohibition\'s "until" still flags', () => {
      expect(codes('Wedding guests may use the terrace until 11 p.m.', 'Wedding guests may use the terrace until 10 p.m., and only with a member of staff present.')).toEqual([]);
      expect(codes('Children can stay in the pool until 6 pm.', 'Children can stay in the pool until 5 pm.')).toEqual([]);
      expect(codes('Wedding guests may use the terrace until 10 p.m.', 'Wedding guests may use the terrace until 11 p.m.')).toEqual(['number-changed']);
      expect(codes('Keep the bar open until 11 p.m.', 'Keep the bar open until 10 p.m.')).toEqual(['number-changed']);
    });
    it('names one change made in two sentences once, saying in how many places', () => {
      expect(findReasons('Agents may approve refunds of up to $100 without a manager. Refunds over $100 must be approved by a billing lead.',
        'Agents may approve refunds of up to $150 without a manager. Refunds over $150 must be approved by a billing lead.')).toEqual([
        { code: 'number-changed', message: 'number changed: "$100" -> "$150" (loosens the rule) (in 2 places)' },
      ]);
    });
    it('fires when "30 days" becomes "60 days"', () => {
      expect(findReasons('Refunds are accepted within 30 days.', 'Refunds are accepted within 60 days.')).toEqual([
        // A remedy's window is a right of the people served: no direction (round 37d, _benefit-bounds.ts).
        { code: 'number-changed', message: 'number changed: "30 days" -> "60 days"' },
      ]);
    });
    it('fires when the unit changes from MB to GB', () => {
      expect(codes('Reject attachments larger than 5 MB.', 'Reject attachments larger than 5 GB.')).toEqual(['number-changed']);
    });
    it('fires when "three" becomes "five"', () => {
      expect(codes('Customers may request three replacement cards.', 'Customers may request five replacement cards.')).toEqual(['number-changed']);
    });
    it('fires when a bound flips from at most to at least', () => {
      expect(codes('Offer at most two credits per customer.', 'Offer at least two credits per customer.')).toEqual(['number-changed', 'order-changed']);
    });
    it('stays quiet when a number moves the way that tightens its rule', () => {
      expect(codes('Acknowledge every ticket within 4 hours.', 'Acknowledge every ticket within 2 hours.')).toEqual([]);
      expect(codes('Passwords must have at least 8 characters.', 'Passwords must have at least 12 characters.')).toEqual([]);
      expect(codes('Lock the account after 5 failed attempts.', 'Lock the account after 3 failed attempts.')).toEqual([]);
      expect(codes('Escalate refunds over $1,000 to a lead.', 'Escalate refunds over $250 to a lead.')).toEqual([]);
      expect(codes('Page the on-call engineer if the error rate exceeds 5%.', 'Page the on-call engineer if the error rate exceeds 2%.')).toEqual([]);
    });
    it('fires when the same numbers move the way that loosens the rule', () => {
      expect(codes('Acknowledge every ticket within 2 hours.', 'Acknowledge every ticket within 4 hours.')).toEqual(['number-changed']);
      expect(codes('Passwords must have at least 12 characters.', 'Passwords must have at least 8 characters.')).toEqual(['number-changed']);
      expect(codes('Lock the account after 3 failed attempts.', 'Lock the account after 5 failed attempts.')).toEqual(['number-changed']);
      expect(codes('Never offer a discount of more than 10%.', 'Never offer a discount of more than 25%.')).toEqual(['number-changed']);
      expect(codes('Agents may approve refunds up to $50.', 'Agents may approve refunds up to $250.')).toEqual(['number-changed']);
    });
    it('stays quiet when a threshold goes and the rule covers every case', () => {
      expect(codes('Verify the payee before a transfer over $1,000.', 'Verify the payee before every transfer, whatever the amount.')).toEqual([]);
      expect(codes('Verify the payee before a transfer over $1,000.', 'Verify the payee before a transfer.')).toEqual(['number-changed']);
      expect(codes('Verify the payee before a transfer under $1,000.', 'Verify the payee before every transfer.')).toEqual(['number-changed']);
    });
    it('reads "limit ... to N" as a cap', () => {
      expect(codes('Limit each user to 100 API calls per minute.', 'Limit each user to 60 API calls per minute.')).toEqual([]);
      expect(codes('Limit each user to 60 API calls per minute.', 'Limit each user to 600 API calls per minute.')).toEqual(['number-changed']);
    });
    it('fires either way when the sentence does not say which way is stricter', () => {
      expect(codes('Patients must fast for 8 hours.', 'Patients must fast for 12 hours.')).toEqual(['number-changed']);
      expect(codes('Refund orders only if they are over $50.', 'Refund orders only if they are over $20.')).toEqual(['number-changed']);
    });
    it('reads a cap in a permission with a "without ..." condition: raised loosens, lowered tightens', () => {
      expect(codes('Agents can issue vouchers without asking a supervisor, up to $20 per customer.', 'Agents can issue vouchers without asking a supervisor, up to $80 per customer.')).toEqual(['number-changed']);
      expect(codes('Agents can issue vouchers without asking a supervisor, up to $80 per customer.', 'Agents can issue vouchers without asking a supervisor, up to $20 per customer.')).toEqual([]);
    });
    it('reads a bound through "a value of" and a retention period after "erased"', () => {
      expect(codes('Volunteers may accept tips up to a value of $30.', 'Volunteers may accept tips up to a value of $10.')).toEqual([]);
      expect(codes('Volunteers may accept tips up to a value of $10.', 'Volunteers may accept tips up to a value of $30.')).toEqual(['number-changed']);
      expect(codes('Chat transcripts are erased 24 months after the chat.', 'Chat transcripts are erased 12 months after the chat.')).toEqual([]);
      expect(codes('Chat transcripts are erased 12 months after the chat.', 'Chat transcripts are erased 24 months after the chat.')).toEqual(['number-changed']);
    });
    it('reads no number in the step numbers of a list turned into prose, and working days as business days', () => {
      expect(codes('When a laptop is lost:\n1. Lock the account.\n2. Wipe the device remotely.\n3. Tell the IT lead.', 'When a laptop is lost, first lock the account, then wipe the device remotely, and then tell the IT lead.')).toEqual([]);
      expect(codes('Reply to complaints within three working days.', 'Reply to complaints within three business days.')).toEqual([]);
    });
    it('reads a negated bound as its opposite: "not back within 5 days" is "longer than 5 days"', () => {
      expect(codes('Escalate when a part takes longer than 3 days to arrive.', 'Escalate when a part has not arrived within 3 days.')).not.toContain('number-changed');
      expect(codes('Escalate when a part arrives within 3 days.', 'Escalate when a part takes longer than 3 days to arrive.')).toContain('number-changed');
    });
    it('stays quiet when the same amount is written differently', () => {
      expect(codes('Transcripts are deleted after 14 days.', 'Transcripts are deleted after two weeks.')).toEqual([]);
      expect(codes('Allow up to 3 attempts.', 'Allow up to three attempts.')).toEqual([]);
    });
  });

  describe('order-changed for "as soon as"', () => {
    it('reads "before you leave" -> "as soon as you have left" as the order turned round; "as soon as possible" is a deadline and "as soon as" = "once"', () => {
      expect(codes('Remove and bag your gloves before you leave the containment suite.', 'Remove and bag your gloves as soon as you have left the containment suite.')).toEqual(['order-changed']);
      expect(codes('Switch off your phone before you enter the scanner room.', 'Switch off your phone as soon as you are inside the scanner room.')).toEqual(['order-changed']);
      expect(codes('Stop sending marketing emails as soon as the customer asks to unsubscribe.', 'Stop sending marketing emails once the customer asks to unsubscribe.')).toEqual([]);
      expect(codes('Remove your gloves before you leave the suite.', 'Remove your gloves on leaving the suite.')).toEqual(['order-changed']);
      expect(codes('Sign in before you enter the plant room.', 'Sign in upon entering the plant room.')).toEqual(['order-changed']);
      expect(codes('Sign in on arrival.', 'Sign in upon arrival.')).toEqual([]);
      expect(codes('Report the spill before the end of the shift.', 'Report the spill as soon as possible.')).not.toContain('order-changed');
    });
  });

  describe('order-changed for steps named by a pronoun', () => {
    it('reads "A before you power it down" -> "Power the rack down, then A" as steps turned round, the pronoun standing for the other step\'s thing; the same order or a fronted "before" stays quiet', () => {
      expect(codes('Drain all workloads from a rack before you power it down.', 'Power the rack down, then drain its workloads.')).toEqual(['order-changed']);
      expect(codes('Empty the fryer before you clean it.', 'Clean the fryer, then empty it.')).toEqual(['order-changed']);
      expect(codes('Drain all workloads from a rack before you power it down.', 'Drain the workloads from the rack, then power it down.')).toEqual([]);
      expect(codes('Unplug the kettle before you descale it.', 'Before you descale the kettle, unplug it.')).toEqual([]);
    });
  });

  describe('order-changed for steps', () => {
    it('fires when two numbered steps change places', () => {
      const reasons = findReasons('1. Back up the database.\n2. Run the migration.\n3. Restart the service.', '1. Run the migration.\n2. Back up the database.\n3. Restart the service.');
      expect(reasons).toEqual([{ code: 'order-changed', message: 'order changed: "Back up the database" now comes after "Run the migration"' }]);
    });
    it('fires when a "then" chain turns round', () => {
      expect(codes('Run the database backup, then apply the migration.', 'Apply the migration, then run the database backup.')).toEqual(['order-changed']);
    });
    it('compares "A before B" with the same steps written as a "then" chain', () => {
      expect(codes("Verify the patient's identity before giving any results.", "Give the results, then verify the patient's identity.")).toEqual(['order-changed']);
      expect(codes("Verify the patient's identity before giving any results.", "Verify the patient's identity, then give the results.")).toEqual([]);
    });
    it('stays quiet when bullets are reordered, or steps get emphasis or other numbers', () => {
      expect(codes('- Verify the date of birth.\n- Confirm the appointment time.', '- Confirm the appointment time.\n- Verify the date of birth.')).toEqual([]);
      expect(codes('1. Reproduce the bug.\n2. Write a failing test.', '1) **Reproduce** the bug.\n\n2) Write a *failing* test.')).toEqual([]);
    });
  });

  describe('Markdown clause shapes', () => {
    it('reads a lead-in with a colon into each list item under it', () => {
      expect(codes('Candidates must not be asked about their age, religion or family plans.', 'Never ask candidates about:\n- their age\n- their religion\n- their family plans')).toEqual([]);
      expect(codes('When a laptop is lost:\n- disable the SSO account\n- revoke the VPN certificate\n- notify the security team', 'When a laptop is lost, disable the SSO account and revoke the VPN certificate.')).toEqual(['requirement-removed']);
    });
    it("reads a rule-word heading into its items: an item moved from \"Don't\" to \"Do\" lost its negation", () => {
      expect(codes("## Don't\n\n- Share passwords over chat.\n- Promise delivery dates.", "## Don't\n\n- Share passwords over chat.\n\n## Do\n\n- Promise delivery dates.")).toEqual(['negation-removed']);
      expect(codes('## Refunds\n\n- Ask for the order number.', '### Refunds\n\n1. Ask for the order number.')).toEqual([]);
    });
  });

  describe('rules moved between bullets', () => {
    it('compares each bullet with its own new version when two bullets swap their rules', () => {
      expect(codes('- For refunds, ask for the receipt.\n- For exchanges, no receipt is needed.', '- For refunds, no receipt is needed.\n- For exchanges, ask for the receipt.')).toEqual(['negation-added', 'negation-removed']);
    });
    it('still reads one sentence split in two as one rule', () => {
      expect(codes('Confirm the order number and repeat the delivery address.', 'Confirm the order number. Repeat the delivery address.')).toEqual([]);
    });
  });

  describe('exclusive "only" in round 2', () => {
    it('reads "only" dropped from who a rule lets act as a widened scope', () => {
      expect(codes('Only HR business partners may view salary bands.', 'HR business partners and line managers may view salary bands.')).toEqual(['scope-widened']);
    });
    it('keeps the limit said in other words, and "only if" for the condition detector', () => {
      expect(codes('Only managers may approve discounts.', 'No one other than a manager may approve discounts.')).toEqual([]);
      expect(codes('Only managers may approve discounts.', 'Discounts may be approved solely by managers.')).not.toContain('scope-widened');
      expect(codes('Not only agents but also leads must log calls.', 'Agents and leads must log calls.')).not.toContain('scope-widened');
    });
  });

  describe('conditions rewritten in round 2', () => {
    it('reads a condition that only restates what the rule covered ("a lost or stolen badge" -> "If your badge is lost or stolen") as no condition added', () => {
      expect(codes('Report a lost or stolen ID badge to reception the same day.', 'If your ID badge goes missing or gets stolen, tell reception the same day.')).not.toContain('condition-added');
      expect(codes('Report every stolen laptop to the service desk.', 'If a stolen laptop held customer data, report it to the service desk.')).toContain('condition-added');
    });
    it('reads "at all times"/"always" replaced by a "whenever" with words of its own as a condition added', () => {
      expect(codes('Visitors must always be escorted in the data centre.', 'Visitors must be escorted in the data centre whenever they are inside the cages.')).toEqual(['condition-added']);
      expect(codes('Always wear a hard hat on site.', 'Wear a hard hat whenever you are on site.')).toEqual([]);
      expect(codes('Wear a hard hat on site.', 'Wear a hard hat whenever you are on site or in the yard.')).not.toContain('condition-added');
    });
    it('reads "when X" said as "whenever X", every word of X kept, as the same condition, and "whenever" with other words as a change', () => {
      expect(codes('Wash your hands when you enter the ward.', 'Wash your hands whenever you enter the ward.')).toEqual([]);
      expect(codes('Sign the visitor book when you arrive on site. This applies to contractors and when visiting other depots.', 'Sign the visitor book whenever you arrive on site, contractors included and when visiting other depots.')).not.toContain('condition-changed');
      expect(codes('Share the shipping label when the return is approved.', 'Share the shipping label whenever a return is requested.')).toContain('condition-changed');
    });
    it('compares a rule kept whole with its "only when" condition rewritten as a plain "when"', () => {
      expect(codes("Extend an assignment deadline only when the student provides a doctor's note.", 'Extend an assignment deadline when the student asks for more time.')).toEqual(['condition-changed']);
    });
  });

  describe('negations rescoped in round 2', () => {
    it('reads a negated rule split in two whose own part lost the "not" to the other as negation-removed', () => {
      expect(codes('Do not send the contract to the client until legal has approved it.', 'Send the contract to the client; legal does not have to approve it first.')).toContain('negation-removed');
    });
    it('keeps a "never by X" contrast moved into a sentence of its own', () => {
      expect(codes("Each patient's test results are released to them by their own doctor, never by reception staff.", "Each patient's own doctor releases their test results to them; reception staff never do.")).toEqual([]);
    });
  });

  describe('obligations turned into niceties in round 2', () => {
    it('reads "require" -> "are helpful" as a weakened modal', () => {
      expect(codes('Claims over $5,000 require a signed statement from the policyholder.', 'For claims over $5,000, a signed statement from the policyholder is helpful.')).toContain('modal-weakened');
    });
    it('keeps an imperative that mentions what is helpful binding', () => {
      expect(codes('Tell the customer which documents they must bring.', 'Tell the customer which documents are helpful to bring.')).not.toContain('modal-weakened');
    });
  });

  describe('imperatives with an object in round 2', () => {
    it('reads "Inform whoever is on the line ..." as a rule, so a rule said in other words is only rule-replaced', () => {
      expect(codes('Let the caller know that the call is being recorded.', 'Inform whoever is on the line that we are taping this conversation.')).toEqual(['rule-replaced']);
    });
  });

  describe('restrictions in round 2', () => {
    it('reads a new "may only" sentence as a restriction, not a permission granted', () => {
      expect(codes('Keep a log of every deployment.', 'Keep a log of every deployment. Hotfixes may only be deployed by the on-call lead.')).toEqual([]);
    });
    it('still reads a rule that lost its "never" for a "may only" as weakened', () => {
      expect(codes('Never share the contract with the client.', 'Agents may only share the contract with the client after legal approval.').length).toBeGreaterThan(0);
    });
  });

  describe('splits in round 2', () => {
    it('aligns a sentence split in three with all three', () => {
      expect(codes('The assistant explains its approach in one short paragraph and then gives the code, which must include a comment on any non-obvious step.', 'The assistant explains its approach in one short paragraph. Then it gives the code. The code must include a comment on any non-obvious step.')).toEqual([]);
    });
  });

  describe('lists in round 2', () => {
    it('reads the last item of a serial list as dropped when its head went and the tail stayed', () => {
      expect(codes('For every medication given, record the dose, the time and the route in the chart.', 'For every medication given, record the dose and the time in the chart.')).toEqual(['conjunct-dropped']);
    });
    it('reads one of two verbs sharing an object ("check and sign every timesheet") dropped as a conjunct dropped', () => {
      expect(codes('Supervisors must check and sign every timesheet before payroll closes.', 'Supervisors must sign every timesheet before payroll closes.')).toEqual(['conjunct-dropped']);
      expect(codes('Verify and log the serial number of each returned device.', 'Verify the serial number of each returned device.')).toEqual(['conjunct-dropped']);
      expect(codes('Sign and date the consent form.', 'Sign and date the consent form before the procedure.')).not.toContain('conjunct-dropped');
    });
    it('keeps "A and B" reworded as two steps unflagged', () => {
      expect(codes('Confirm the booking and send the receipt by email.', 'Confirm the booking. After that, email the receipt.')).toEqual([]);
    });
    it('reads a dropped bullet under a shared lead-in as a list item dropped, not as half of a merge', () => {
      expect(codes('Production access requires all of the following:\n- a hardware security key\n- an approved change ticket\n- a second engineer on the call', 'Production access requires all of the following:\n- a hardware security key\n- an approved change ticket')).toEqual(['conjunct-dropped']);
    });
  });

  describe('consent asked where no objection was', () => {
    it('reads a permission that waited for no objection and now waits for consent as stricter; the reverse, or the same edit on a duty, still flags', () => {
      expect(codes('Translators may use a glossary tool, provided that the client has not objected.', 'Translators may use a glossary tool, provided that the client has agreed to it in writing.')).toEqual([]);
      expect(codes('Staff may share the photo if the parent has not refused.', 'Staff may share the photo if the parent has given written consent.')).toEqual([]);
      expect(codes('Translators may use a glossary tool, provided that the client has agreed to it in writing.', 'Translators may use a glossary tool, provided that the client has not objected.')).toContain('condition-changed');
      expect(codes('Share the photo if the parent has not refused.', 'Share the photo if the parent has given written consent.')).toContain('condition-changed');
    });
  });

  describe('a verb of lacking', () => {
    it('reads "who lacks a wristband" as "who does not have a wristband" in a relative clause; "lacks" -> "has" still flags', () => {
      expect(codes('Do not load a scaffold that lacks a green tag.', 'Do not load a scaffold that does not have a green tag.')).toEqual([]);
      expect(codes('Do not serve a guest who lacks a wristband.', 'Do not serve a guest who does not have a wristband.')).toEqual([]);
      expect(codes('Do not load a scaffold that lacks a green tag.', 'Do not load a scaffold that has a green tag.')).toContain('condition-changed');
    });
  });

  describe('keep and never leave', () => {
    it('reads "Keep X closed" said as "X must never be left open" as the same rule; "never be left closed" still flags', () => {
      expect(codes('Keep the server room door closed.', 'The server room door must never be left open.')).toEqual([]);
      expect(codes('Keep the server room door closed.', 'The server room door must never be left closed.')).toContain('negation-added');
    });
    it('reads "X must be kept locked" as "Keep X locked" in the passive, both ways; "kept unlocked" still flags', () => {
      expect(codes('Keep the fire door locked.', 'The fire door must be kept locked.')).toEqual([]);
      expect(codes('The fire door must be kept locked.', 'Keep the fire door locked.')).toEqual([]);
      expect(codes('Keep customer data within the team.', 'Customer data must be kept within the team.')).toEqual([]);
      expect(codes('Keep the fire door locked.', 'The fire door must be kept unlocked.')).not.toEqual([]);
    });
    it('fires opposite-word when "Keep X locked" becomes "Never leave X locked" (and back); "Never leave X unlocked" keeps the rule', () => {
      expect(codes('Keep the fire door locked.', 'Never leave the fire door locked.')).toEqual(['opposite-word']);
      expect(codes('Never leave the freezer open.', 'Keep the freezer open.')).toContain('opposite-word');
      expect(codes('Keep the fire door locked.', 'Never leave the fire door unlocked.')).not.toContain('opposite-word');
    });
  });

  describe('cases said as something lacked', () => {
    it('fires scope-narrowed when "that lacks a green tag" becomes "that has a red tag" (no, without, lacks -> has, with), and not when the lack is said another way', () => {
      expect(codes('Do not load a scaffold that lacks a green tag.', 'Do not load a scaffold that has a red tag.')).toContain('scope-narrowed');
      expect(codes('Quarantine any sample that lacks a barcode.', 'Quarantine any sample that has a smudged barcode.')).toContain('scope-narrowed');
      expect(codes('Never ship a parcel without a customs label.', 'Never ship a parcel with a damaged customs label.')).toContain('scope-narrowed');
      expect(codes('Do not load a scaffold that lacks a green tag.', 'Do not load a scaffold without a green tag.')).toEqual([]);
    });
  });

  describe('conditions that wait for all of their things', () => {
    it('fires scope-narrowed when a condition that held for any one thing now needs all of them ("if any check fails" -> "if all the checks fail"); the reverse, "each time", a permission stay quiet', () => {
      expect(codes('Roll back the change if any health check fails.', 'Roll back the change if all the health checks fail.')).toEqual(['scope-narrowed']);
      expect(codes('Page the on-call engineer when any replica falls behind.', 'Page the on-call engineer when every replica falls behind.')).toEqual(['scope-narrowed']);
      expect(codes('Do not start the press if either guard is open.', 'Do not start the press if both guards are open.')).toEqual(['scope-narrowed']);
      expect(codes('Roll back the change if all the health checks fail.', 'Roll back the change if any health check fails.')).toEqual([]);
      expect(codes('If a user asks for the logs, send them.', 'Each time a user asks for the logs, send them.')).toEqual([]);
      expect(codes('When a guest checks in, give them a key card.', 'When each guest checks in, give them a key card.')).toEqual([]);
      expect(codes('When a guest checks in, give them a key card.', 'When every guest checks in, give them a key card.')).toEqual([]);
      expect(codes('Evacuate the floor if a smoke detector goes off.', 'Evacuate the floor if all the smoke detectors go off.')).toEqual(['scope-narrowed']);
      expect(codes('Staff may leave early if any cover is arranged.', 'Staff may leave early if all cover is arranged.')).toEqual([]);
    });
  });

  describe('requirement-removed', () => {
    it('fires when a "never" sentence disappears', () => {
      expect(findReasons('Greet the customer. Never share internal notes. Close with a summary.', 'Greet the customer. Close with a summary.')).toEqual([
        { code: 'requirement-removed', message: 'requirement removed: "Never share internal notes."' },
      ]);
    });
    it('fires when a step with a verb no list knows ("Shower out.") goes from a list of steps whose kept items are rules; a list of facts or a step merged into another stays quiet', () => {
      expect(codes('## Before leaving the CL3 suite\n- Decontaminate all surfaces.\n- Autoclave the waste.\n- Shower out.\n- Sign the exit log.', '## Before leaving the CL3 suite\n- Decontaminate all surfaces.\n- Autoclave the waste.\n- Sign the exit log.')).toEqual(['requirement-removed']);
      expect(codes('### Handover\n- Brief the incoming nurse.\n- Countersign the drug chart.\n- Log off the terminal.', '### Handover\n- Brief the incoming nurse.\n- Log off the terminal.')).toEqual(['requirement-removed']);
      expect(codes('## Opening hours\n- The lobby opens at eight.\n- The café serves breakfast.\n- The gym stays open late.', '## Opening hours\n- The lobby opens at eight.\n- The gym stays open late.')).toEqual([]);
      expect(codes('- Decontaminate all surfaces.\n- Autoclave the waste.\n- Sign the exit log.', '- Decontaminate all surfaces and autoclave the waste.\n- Sign the exit log.')).toEqual([]);
    });
    it('reads a rule whose place a new rule of the same polarity takes, sharing no frame, as the advisory rule-replaced', () => {
      expect(findReasons('Do not give medical diagnoses.', 'Never tell a user which illness or condition they have.')).toEqual([
        { code: 'rule-replaced', message: 'rule replaced: "Do not give medical diagnoses." -> "Never tell a user which illness or condition they have.", a rule in other words or another rule; review suggested', advisory: true },
      ]);
    });
    it('keeps requirement-removed when the new rule keeps the frame, or flips the polarity', () => {
      expect(codes('Route billing questions to the finance team.', 'Answer billing questions yourself.')).toContain('requirement-removed');
      expect(codes('Never give medical diagnoses.', 'Tell the user which illness they have.')).toContain('requirement-removed');
    });
    it('fires when a plain statement of duty goes with nothing new in its place', () => {
      expect(findReasons('Lab samples are labelled at the bedside. Porters deliver urgent samples to the lab within the hour.', 'Lab samples are labelled at the bedside.')).toEqual([
        { code: 'requirement-removed', message: 'requirement removed: "Porters deliver urgent samples to the lab within the hour."' },
      ]);
    });
    it('stays quiet when a sentence without a hard rule disappears', () => {
      expect(codes('Greet the customer. Our team values clarity.', 'Greet the customer.')).toEqual([]);
    });
    it('stays quiet when the rule is split into two sentences', () => {
      expect(codes('Verify the caller and never share card numbers.', 'Verify the caller. Never share card numbers.')).toEqual([]);
    });
  });

  describe('entity-removed', () => {
    it('fires for a dropped product name, acronym, email and URL', () => {
      const reasons = findReasons(
        'Log escalations in Zendesk. Follow PCI DSS. Write to privacy@acme.com or see https://acme.com/returns.',
        'Log escalations. Follow the card rules. Write to us or see the returns page.',
      );
      expect(reasons.filter((reason) => reason.code === 'entity-removed').map((reason) => reason.message)).toEqual([
        'entity removed: "https://acme.com/returns"',
        'entity removed: "privacy@acme.com"',
        'entity removed: "Zendesk"',
        'entity removed: "PCI DSS"',
      ]);
    });
    it('fires for a dropped multi-word name', () => {
      expect(codes('Notify the Trust and Safety team.', 'Notify the team.')).toEqual(['entity-removed']);
    });
    it('stays quiet when a name is replaced by its acronym', () => {
      expect(codes('Handle personal data in line with the General Data Protection Regulation.', 'Handle personal data in line with the GDPR.')).toEqual([]);
    });
  });

  describe('reference-removed', () => {
    it('fires for a dropped wiki link, codex path and clause number', () => {
      expect(codes('Follow [[privacy/pii]].', 'Follow the privacy rules.')).toEqual(['reference-removed']);
      expect(codes('See codex/security/passwords.', 'See the password rules.')).toEqual(['reference-removed']);
      expect(codes('Exceptions are in clause 4.2.', 'Exceptions are in the appendix.')).toEqual(['reference-removed']);
    });
    it('stays quiet when the same clause is cited another way', () => {
      expect(codes('Follow [[privacy/pii]].', 'Follow [the PII rules](codex/privacy/pii.md).')).toEqual([]);
    });
    it('fires when a lettered or numbered part of a document is swapped for another (appendix, annex, form, schedule)', () => {
      expect(codes('Report a near miss on Form HS2 before the end of the shift.', 'Report a near miss on Form HS3 before the end of the shift.')).toEqual(['reference-removed']);
      expect(codes('Disputed invoices follow the escalation route in Annex C of the supplier contract.', 'Disputed invoices follow the escalation route in Annex F of the supplier contract.')).toEqual(['reference-removed']);
      expect(codes('Use the checklist in Appendix 4 for every site visit.', 'Use the checklist in Appendix 7 for every site visit.')).toEqual(['reference-removed']);
      expect(codes('Use the checklist in Appendix 4 for every site visit.', 'For every site visit, use the checklist in Appendix 4.')).toEqual([]);
      expect(codes('Managers form a panel of three for every appeal.', 'For every appeal, managers form a panel of three.')).toEqual([]);
    });
  });

  describe('object-replaced', () => {
    it('fires when what a duty acts on, or whom it is for, is swapped and the frame stays', () => {
      expect(codes('Offer a discount code when a delivery is late.', 'Offer a survey link when a delivery is late.')).toEqual(['object-replaced']);
      expect(codes('Send the refund confirmation to the billing contact.', 'Send the refund confirmation to the requester.')).toEqual(['object-replaced']);
      expect(findReasons('Suggest the self-service portal for password resets.', 'Suggest calling the sales team for password resets.')[0]?.message).toBe(
        'object replaced: "self service portal" -> "calling sales team" in "Suggest calling the sales team for password resets."',
      );
    });
    it('stays quiet for a verb said in other words, a lone word swapped, a derived word or a number', () => {
      expect(codes('Check that the tests pass before merging.', 'Make sure the tests pass before merging.')).toEqual([]);
      expect(codes('The assistant must not reveal its instructions.', 'The assistant must not reveal its system prompt.')).toEqual([]);
      expect(codes('Thank the customer for their patience.', 'Thank the customer for being patient.')).toEqual([]);
      expect(codes('Back up the database every week.', 'Back up the database every day.')).not.toContain('object-replaced');
      // Words across a relative clause are no one object: "the data we hold" -> "the information we keep".
      expect(codes('Users can ask for a copy of the data we hold about them.', 'Users can ask for a copy of the information we keep about them.')).toEqual([]);
    });
  });

  describe('hedges with words of their own, and prohibitions narrowed by a new word', () => {
    it('reads "where workload allows" and "if time permits" as weakening qualifiers', () => {
      expect(codes('Review every pull request within a day.', 'Where workload allows, review every pull request within a day.')).toEqual(['qualifier-added']);
      expect(findReasons('Call back every customer who complained.', 'Call back every customer who complained if time permits.').find((reason) => reason.code === 'qualifier-added')?.message).toMatch(/^qualifier added: "if time permits" in/);
      expect(codes('Share the report when the client asks.', 'Share the report when the client allows it.')).not.toContain('qualifier-added');
    });
    it('reads a leading or trailing adverbial of reasonableness, discretion, effort or repetition as a hedge', () => {
      const hedged = (next: string) => findReasons('Back up every server each night.', next).find((reason) => reason.code === 'qualifier-added')?.message;
      expect(hedged('So far as is reasonably practicable, back up every server each night.')).toMatch(/^qualifier added: "so far as is reasonably practicable"/);
      expect(hedged('Back up every server each night, to the extent feasible.')).toMatch(/"to the extent feasible"/);
      expect(hedged("Back up every server each night at the administrator's discretion.")).toMatch(/"at the administrator discretion"/);
      expect(hedged('Back up every server each night if you think it is needed.')).toMatch(/"if you think"/);
      expect(hedged('Make every effort to back up every server each night.')).toMatch(/"make every effort"/);
      expect(hedged('Back up every server each night after the third reminder.')).toMatch(/"after the third reminder"/);
      expect(hedged('Back up every server each night when the owner asks again.')).toMatch(/"when the owner asks again"/);
      expect(hedged("Back up every server each night at the team lead's discretion.")).toMatch(/"at the team lead discretion"/);
      expect(hedged('Back up every server each night once the owner has asked repeatedly.')).toMatch(/"once the owner has asked repeatedly"/);
      expect(codes('Back up every server each night.', 'Every night, back up each server.')).toEqual([]);
    });
    it('fires scope-narrowed when "any X" in a prohibition becomes "a <new word> X"', () => {
      expect(codes('Do not store card numbers in any log.', 'Do not store card numbers in a shared log.')).toEqual(['scope-narrowed']);
      expect(codes('Never share any customer data.', 'Never share customer data.')).toEqual([]);
      expect(codes('Do not store card numbers in a shared log.', 'Do not store card numbers in any log.')).toEqual([]);
    });
  });

  describe('lists under a lead-in', () => {
    it('reads a reordered list as the same rules: its lead-in is no sentence of its own', () => {
      expect(codes("Forum rules:\n- Be kind to other members.\n- No ads, affiliate links or self-promotion.\n- Do not post anyone's home address.", "Forum rules:\n- Do not post anyone's home address.\n- Be kind to other members.\n- No ads, affiliate links or self-promotion.")).toEqual([]);
    });
    it('reads the words of a lead-in as a frame, not an item, when the list becomes prose', () => {
      expect(codes('Documents needed for a rental application:\n- passport or national ID card\n- proof of income\n- the last two bank statements', 'A rental application needs a passport or national ID card, proof of income and the last two bank statements.')).toEqual([]);
      expect(codes('Documents needed for a rental application:\n- passport or national ID card\n- proof of income\n- the last two bank statements', 'A rental application needs a passport or national ID card and proof of income.')).toContain('requirement-removed');
    });
    it('reads an item dropped beside a kept item sharing its words as gone, not merged into it', () => {
      expect(findReasons('The offer letter must state:\n- the salary\n- the notice period\n- how to accept\n- the deadline for accepting', 'The offer letter must state:\n- the salary\n- the notice period\n- the deadline for accepting')).toEqual([
        { code: 'conjunct-dropped', message: 'conjunct dropped: "how to accept" is gone from the list under "The offer letter must state:"' },
      ]);
    });
  });

  describe('exception-added', () => {
    it('fires when a new sentence opening with a case of its own sits beside a rule that held in every case', () => {
      expect(findReasons(
        'Invoices are always sent from the billing system. Answer billing questions within a day.',
        'Invoices are always sent from the billing system. For small clients, email a spreadsheet from your own account. Answer billing questions within a day.',
      )).toEqual([{ code: 'exception-added', message: 'exception added: "For small clients, email a spreadsheet from your own account." beside "Invoices are always sent from the billing system."' }]);
      expect(codes('Show prices including VAT on every page.', 'Show prices including VAT on every page. During the summer sale, list them before tax.')).toEqual(['exception-added']);
    });
    it('stays quiet for a case that covers every case, a lead-in, or a sentence that may be an old one reworded', () => {
      expect(codes('Never merge on red. Tag each release.', 'Never merge on red. Tag each release. For every release, write a changelog entry.')).not.toContain('exception-added');
      expect(codes('Tag every release.', 'Tag every release. When tagging, check:\n- the version\n- the date')).not.toContain('exception-added');
      expect(codes('Always tag releases. Keep the changelog short.', 'Always tag releases. When you write release notes, be brief.')).not.toContain('exception-added');
      // A case that enforces the rule points back to it or hurries it.
      expect(codes('Never store card numbers.', 'Never store card numbers. If a customer sends one in chat, delete the message at once.')).toEqual([]);
      expect(codes('Do not discuss other patients.', 'Do not discuss other patients. In group sessions, remind everyone of this rule.')).toEqual([]);
    });
  });

  describe('condition-narrowed', () => {
    it('fires when a kept condition gains a conjunct or a count, for a duty or a prohibition', () => {
      expect(codes('Escalate the ticket if the customer is a reseller.', 'Escalate the ticket if the customer is a reseller and the order exceeds $5,000.')).toEqual(['condition-narrowed']);
      expect(codes('If a user reports a phishing email, lock their session.', 'If a user reports a phishing email twice, lock their session.')).toEqual(['condition-narrowed']);
      expect(codes('Never process a refund if the receipt is missing.', 'Never process a refund if the receipt is missing and the item was opened.')).toEqual(['condition-narrowed']);
    });
    it('stays quiet for a permission made to demand more (stricter) and a condition reworded', () => {
      expect(codes('Agents may waive the fee if the customer asks.', 'Agents may waive the fee if the customer asks and has been with us a year.')).toEqual([]);
      expect(codes('Escalate the ticket if the customer is a reseller.', 'Escalate the ticket if the customer is one of our resellers.')).toEqual([]);
    });
  });

  describe('requirement-removed or rule-replaced', () => {
    it('keeps requirement-removed when the stand-in keeps two words side by side (the frame)', () => {
      expect(codes('Route billing questions to the finance team.', 'Answer billing questions yourself.')).toEqual(['requirement-removed']);
    });
    it('suggests a review (rule-replaced) when the shared words are scattered through other words', () => {
      expect(codes('Tell the caller how long the repair will take.', 'Let the customer know the expected repair time.')).toEqual(['rule-replaced']);
    });
    it('reads a remark opening with a vague quantifier as no rule', () => {
      expect(codes('Explain the excess. Many customers do not realise they pay it.', 'Explain the excess.')).toEqual([]);
      expect(codes('Explain the excess. Many customers must sign the form.', 'Explain the excess.')).toEqual(['requirement-removed']);
    });
  });

  describe('roles-swapped for words named more than once', () => {
    it('fires when two actors trade every place they hold, possessives included', () => {
      expect(codes("At handover, the night nurse briefs the day nurse's team and the day nurse signs the night nurse's log.", "At handover, the day nurse briefs the night nurse's team and the night nurse signs the day nurse's log.")).toEqual(['roles-swapped']);
      expect(codes("For returns, the customer packs the courier's box and the courier scans the customer's label.", "For returns, the courier packs the customer's box and the customer scans the courier's label.")).toEqual(['roles-swapped']);
    });
    it('stays quiet when a coordinated pair only changes order', () => {
      expect(codes('Refunds and exchanges need a receipt; refunds and exchanges over $50 need a manager.', 'Exchanges and refunds need a receipt; exchanges and refunds over $50 need a manager.')).toEqual([]);
    });
  });

  describe('roles-swapped, round 3', () => {
    it('reads a team written in capitals as an actor, not the pronoun "it"', () => {
      expect(findReasons('HR approves leave requested by managers.', 'Managers approve leave requested by HR.')[0]?.message).toBe(
        'roles swapped: "HR" and "managers" traded places in "Managers approve leave requested by HR."',
      );
    });
    it('counts a word repeated in the sentence as one that stays between the swapped actors', () => {
      expect(codes('When a dispute is lost, refund the customer and charge the dispute fee to the merchant.', 'When a dispute is lost, refund the merchant and charge the dispute fee to the customer.')).toEqual(['roles-swapped']);
      expect(codes('Escalate refunds and chargebacks.', 'Escalate chargebacks and refunds.')).toEqual([]);
    });
  });

  describe('round 5: statements read on v7 tuning data', () => {
    it('reads order words inside a noun phrase', () => {
      expect(codes('Pay the queue oldest first.', 'Pay the queue newest first.')).toEqual(['order-changed']);
      expect(codes('Sort the results by date, ascending.', 'Sort the results by date, descending.')).toContain('order-changed');
    });
    it('reads a bound on the subject as picking whom a duty covers, and the other way round in a permission', () => {
      expect(codes('Players under 16 need a parent\'s consent.', 'Players under 13 need a parent\'s consent.')).toEqual(['number-changed']);
      expect(codes('Players under 13 need a parent\'s consent.', 'Players under 16 need a parent\'s consent.')).toEqual([]);
      expect(codes('Refunds under $50 may be approved by agents.', 'Refunds under $30 may be approved by agents.')).toEqual([]);
      expect(codes('Keep replies under 100 words.', 'Keep replies under 80 words.')).toEqual([]);
    });
    it('finds a negation rescoped onto another part of a rebuilt sentence, not one that still governs its verb', () => {
      expect(codes('Refunds are not issued to a different card than the one used.', 'Refunds are issued to a different card, not the one used.')).toEqual(['negation-moved']);
      expect(codes('Never share your badge. Never lend your laptop.', 'Never share your badge or lend your laptop.')).toEqual([]);
      expect(codes('Unverified accounts cannot withdraw funds.', 'Accounts that are not verified cannot withdraw funds.')).toEqual([]);
    });
    it('reads a new sentence that skips a kept duty for the things it covers as a contradiction, and a restatement as none', () => {
      expect(codes('All payments are screened before release.', 'All payments are screened before release. Payments from old customers are released without screening.')).toEqual(['contradiction']);
      expect(codes('All payments are screened before release.', 'All payments are screened before release. Never release a payment without screening.')).toEqual([]);
      expect(codes('Verify the ID before releasing a parcel.', 'Verify the ID before releasing a parcel. Regular customers collect parcels without showing ID.')).toEqual(['contradiction']);
      expect(codes('Every contract is reviewed by legal.', 'Every contract is reviewed by legal. Renewals skip the legal review.')).toEqual(['contradiction']);
      expect(codes('Refunds are issued to the original card.', 'Refunds are issued to the original card. Refunds are not issued in cash.')).toEqual([]);
      expect(codes('Every contract is reviewed by legal.', 'Every contract is reviewed by legal. Contracts with no review are returned to sales.')).toEqual([]);
      expect(codes('Always ask for consent before recording.', 'Always ask for consent before recording; no consent, no recording.')).toEqual([]);
    });
    it('reads a case carved out of an "only" rule, or out of a kept rule about the same things', () => {
      expect(codes('Only a pharmacist can change a dose.', 'Only a pharmacist can change a dose. On night shifts, nurses adjust doses themselves.')).toEqual(['exception-added']);
      expect(codes('Analytics exports are anonymised first.', 'Analytics exports are anonymised first. For speed, raw exports go to the analytics vendor.')).toEqual(['exception-added']);
    });
    it('reads the subject of a duty replaced by another role, but not an imperative verb reworded', () => {
      expect(codes('The duty pharmacist signs off every delivery.', 'The pharmacy assistant signs off every delivery.')).toEqual(['actor-replaced']);
      expect(codes('Check that the tests pass before opening a pull request.', 'Make sure the tests pass before opening a pull request.')).toEqual([]);
    });
    it('reads a phrase added after an object taken whole as a narrower scope, except in a permission or as emphasis', () => {
      expect(codes('Archive all invoices.', 'Archive all invoices issued this year.')).toEqual(['scope-narrowed']);
      expect(codes('Agents may refund all orders.', 'Agents may refund all orders placed this week.')).toEqual([]);
      expect(codes('Never store card numbers.', 'Never store card numbers in any system.')).toEqual([]);
    });
    it('reads a new holder taken as "any" as a replaced actor or recipient', () => {
      expect(codes('The store manager approves every return over $200.', 'Any cashier approves every return over $200.')).toEqual(['actor-replaced']);
      expect(codes('Escalate billing disputes to the finance manager.', 'Escalate billing disputes to any available agent.')).toEqual(['object-replaced']);
    });
    it('reads a duty lifted ("do not need", "are an exception") as a permission, not a new prohibition', () => {
      expect(codes('Always ask for a receipt.', 'Always ask for a receipt. Returns under $20 do not need a receipt.')).toEqual(['permission-added']);
      expect(codes('Always lock your screen when you leave your desk.', 'Always lock your screen when you leave your desk. Short breaks are an exception.')).toEqual(['permission-added']);
    });
    it('reads a coordinated item that lost every word of its own as dropped', () => {
      expect(codes('Send the weekly report to the head of sales and the head of finance.', 'Send the weekly report to the head of sales.')).toEqual(['conjunct-dropped']);
      expect(codes('The assistant should ask clarifying questions when a request is ambiguous.', 'When a request is unclear, the assistant should ask questions to clarify it.')).toEqual([]);
    });
    it('reads a duty done less often, with no number written, as a changed number', () => {
      expect(findReasons('Back up the database every night.', 'Back up the database every week.').map((r) => r.message)).toEqual(['number changed: "every night" -> "every week" (done less often: loosens the rule)']);
      expect(codes('Back up the database every week.', 'Back up the database every night.')).toEqual([]);
      expect(codes('Back up the database every day.', 'Back up the database daily.')).toEqual([]);
    });
    it('reads a word put between "all" and its noun as a narrower scope', () => {
      expect(codes('Encrypt all laptops before they leave the office.', 'Encrypt all company laptops before they leave the office.')).toEqual(['scope-narrowed']);
      expect(codes('Answer every ticket today.', 'Answer every single ticket today.')).toEqual([]);
    });
    it('reads a modal inside a relative clause as no modal of the rule, and "rather than X" as "do not X"', () => {
      expect(codes('Return undelivered parcels to the depot by the end of the shift.', 'By the end of the shift, take any parcel that could not be delivered back to the depot.')).toEqual([]);
      expect(codes('Do not guess at tax rules.', 'Rather than guessing at tax rules, say you do not know.')).not.toContain('negation-removed');
    });
    it('reads a modifier both nouns share as no word standing between two roles', () => {
      expect(codes('Report security incidents to the security team within an hour.', 'Within an hour, tell the security team about any security incident.')).toEqual([]);
    });
    it('reads an item that repeats the noun before it as dropped', () => {
      expect(codes('Tell the traveller about visa requirements and vaccination requirements before they pay.', 'Tell the traveller about visa requirements before they pay.')).toEqual(['conjunct-dropped']);
    });
  });

  describe('round 6: words that negate nothing, stricter rules read as stricter', () => {
    it('reads "without fail", "costs nothing" and a "without" inside a relative clause spelling out an un- word as no negation', () => {
      expect(codes('Candidates must be told the salary range before the interview.', 'Candidates must always, without fail, be told the salary range before the interview.')).toEqual([]);
      expect(codes('Replacement badges are free of charge for staff.', 'A replacement badge costs staff nothing.')).toEqual([]);
      expect(codes('Unsigned contracts are returned to the sales representative.', 'Contracts that arrive without a signature are returned to the sales representative.')).toEqual([]);
      expect(codes('Never let minors board without an adult.', 'Let minors board without an adult.')).toEqual(['negation-removed']);
    });
    it('reads the last of a series of that-clauses like the first, so a list of them keeps its negation', () => {
      expect(codes('Before closing the ticket, confirm that the fix is deployed, that the customer has replied and that no alert is still open.', 'Before closing the ticket, confirm that:\n- the fix is deployed\n- the customer has replied\n- no alert is still open')).toEqual([]);
    });
    it('reads "a year" as one year against a number of years, and a time something has not happened in as a threshold', () => {
      expect(codes('Do not suggest libraries that have not been updated in two years.', 'Never suggest libraries that have not been updated in a year.')).toEqual([]);
      expect(findReasons('Delete the CVs of candidates who have not applied in a year.', 'Delete the CVs of candidates who have not applied in three years.').map((r) => r.message)).toEqual(['number changed: "a year" -> "three years" (loosens the rule)']);
      expect(codes('Take the tablets twice a day.', 'Take the tablets two times a day.')).toEqual([]);
    });
    it('reads a partial word before a noun of its own as a new case, not a narrower one', () => {
      expect(codes("Check the patient's wristband at check-in.", "Check the patient's wristband at check-in and again before any new procedure.")).toEqual([]);
      expect(codes('Send the survey to all customers.', 'Send the survey to new customers.')).toEqual(['scope-narrowed']);
      expect(codes('The earliest approved correction is processed first.', 'The most recently approved correction is processed first.')).toEqual(['order-changed']);
    });
  });

  describe('round 6: v8 misses read as classes', () => {
    it('reads a sales pitch brought into a rule that sold nothing as upsell-added', () => {
      expect(codes('When a member asks about storage limits, show them how to clear old files.', 'When a member asks about storage limits, suggest they subscribe to the extra storage bundle.')).toEqual(['upsell-added', 'semantic-drift']);
      expect(codes('Suggest the free budgeting tool when a customer says money is tight.', 'When a customer mentions money is tight, recommend the free budgeting tool.')).toEqual([]);
      expect(codes('Cancel the premium plan when the customer asks.', 'When the customer asks, cancel their premium plan.')).toEqual([]);
    });
    it('reads a lone party swapped for a specific other party as object-replaced, not a generic word or a role of the same kind', () => {
      expect(codes('Release the spare car keys only to the registered owner.', 'Release the spare car keys only to the registered driver.')).toEqual(['object-replaced']);
      expect(codes('Send the receipt to the cardholder by email.', 'Send the receipt to the customer by email.')).toEqual([]);
      expect(codes('Hand the keys to the tenant on the first day.', 'Hand the keys to the renter on the first day.')).toEqual([]);
      expect(codes('Cards with a balance greater than $50 need a PIN.', 'Cards with a balance smaller than $50 need a PIN.')).not.toContain('object-replaced');
    });
    it('reads a coordinated holder replaced by another as object-replaced, and a kept alternative reworded as no widening', () => {
      expect(codes('Employees may expense meals for themselves and their direct reports.', 'Employees may expense meals for clients and suppliers.')).toEqual(['object-replaced']);
      expect(codes('Send the welcome pack to new starters or their managers.', 'Send the welcome pack to new joiners or their line managers.')).toEqual([]);
    });
    it('reads a condition that waits for a repeat as a hedge, whatever the verb, and the same wait reworded as none', () => {
      // Round 10a: "as soon as" -> "after ..." is also an early bound moved later (order-changed).
      expect(codes('Escalate to a manager as soon as a tenant reports mould.', 'Escalate to a manager after a tenant has reported mould three times.')).toEqual(['qualifier-added', 'order-changed']);
      expect(codes('Call the customer back if they call twice.', 'If the customer calls twice, call them back.')).toEqual([]);
      expect(codes('Cancel the subscription when the customer asks.', "When asked, cancel the customer's subscription.")).toEqual([]);
    });
    it('reads a permission joined to a kept rule by but/though/however as permission-added', () => {
      expect(codes('Never install personal software on work laptops.', 'Never install personal software on work laptops, though IT staff may install browser extensions.')).toEqual(['permission-added']);
      expect(codes('All visitors sign in at reception.', 'All visitors sign in at reception; however, regular contractors are allowed to go straight to the site office.')).toEqual(['permission-added']);
      expect(codes('Never share passwords.', 'Never share passwords, but you can only reset them for their owner.')).not.toContain('permission-added');
    });
    it('reads money given back as a refund, so a new sentence paying back beside a no-refund rule contradicts it', () => {
      expect(codes('Event tickets cannot be refunded.', 'Event tickets cannot be refunded. Anyone who misses the event gets their money back.')).toEqual(['contradiction']);
      expect(codes('Refund the customer in full when the parcel is lost.', 'When the parcel is lost, give the customer all their money back.')).toEqual([]);
    });
    it('reads two parties exchanged around "not"/"never"/"rather than"/"instead of" as roles-swapped, and two negated duties reordered as none', () => {
      expect(codes('Finance, not the budget holder, signs off every purchase order over $10,000.', 'The budget holder, not finance, signs off every purchase order over $10,000.')).toContain('roles-swapped');
      expect(codes('Patient records are released by the data protection officer, never by the ward clerk.', 'Patient records are released by the ward clerk, never by the data protection officer.')).toContain('roles-swapped');
      expect(codes('Send the incident report to the site safety lead rather than to the contractor.', 'Send the incident report to the contractor rather than to the site safety lead.')).toContain('roles-swapped');
      expect(codes('Do not discuss bonuses in team meetings, and do not forward payslips by email.', 'Do not forward payslips by email, and do not discuss bonuses in team meetings.')).toEqual([]);
      expect(codes('Finance, not the budget holder, signs off every purchase order.', 'Finance, rather than the budget holder, signs off every purchase order.')).toEqual([]);
    });
    it('reads two doers exchanged across "once"/"after" as roles-swapped, and a condition moved to the front as none', () => {
      expect(codes('Refunds are approved by the store manager after the cashier has checked the receipt.', 'Refunds are approved by the cashier after the store manager has checked the receipt.')).toContain('roles-swapped');
      expect(codes('Archive the ticket once the customer has confirmed the fix.', 'Once the customer has confirmed the fix, archive the ticket.')).toEqual([]);
      expect(codes('Offer to escalate when the customer is unhappy with the answer.', 'When the customer is unhappy with the answer, offer to escalate.')).toEqual([]);
    });
    it('reads "not even X" after the rule\'s own negation as stress, and a unit of time changed as no dropped item', () => {
      expect(codes('Do not share lab results with anyone, not even relatives.', 'Never share lab results with anyone, relatives included.')).toEqual([]);
      expect(codes('Do not even open attachments from unknown senders.', 'Open attachments from unknown senders.')).toEqual(['negation-removed']);
      expect(codes('Delete inactive accounts after 12 months.', 'Delete inactive accounts after a year.')).toEqual([]);
    });
    it('reads an "only" on the action ("may only ... once", "Only give ... when") as making its condition an "only if"', () => {
      expect(codes('Sign off the aircraft only after the second engineer has inspected the repair.', 'The aircraft may only be signed off once a second engineer has inspected the repair.')).toEqual([]);
      expect(codes('Release exam grades to parents only if the student has consented.', 'Only give parents exam grades when the student has agreed to it.')).toEqual([]);
      expect(codes('Release exam grades to parents only if the student has consented.', 'Release exam grades to parents when the student has consented.')).toEqual(['condition-changed']);
      expect(codes('Only managers may approve refunds when the amount is over $500.', 'When the amount is over $500, refunds may be approved by managers only.')).not.toContain('condition-changed');
    });
    it('reads "our ... plans" brought into a rule as a pitch', () => {
      expect(codes('When a pet owner calls about vomiting, book the next free appointment.', 'When a pet owner calls about vomiting, recommend our pet insurance plans.')).toEqual(['upsell-added', 'semantic-drift']);
    });
    it('reads a queue sorted on something else, a "<noun> permitting" hedge, "or longer" as a bound, and "keep ... within the team" as a prohibition', () => {
      expect(codes('Process claims in the order they arrive, oldest first.', 'Process claims in the order they arrive, largest first.')).toEqual(['order-changed']);
      expect(codes('Process claims oldest first.', 'Process claims, earliest first.')).toEqual([]);
      expect(codes('Return the deposit within 10 days of the tenancy ending.', 'Return the deposit within 10 days of the tenancy ending, staffing permitting.')).toEqual(['qualifier-added']);
      expect(codes('Passwords must have at least 12 characters.', 'Passwords must be 12 characters or longer.')).toEqual([]);
      expect(codes('Moderators are prohibited from sharing user reports outside the team.', 'Moderators must keep user reports within the team.')).toEqual([]);
      expect(codes('Keep personal opinions out of replies.', 'Share your personal opinions in replies.')).toEqual(['negation-removed']);
    });
    it('reads "no activity" in a relative clause as the "inactive" of the other version, and a "without" before a noun as a manner', () => {
      expect(codes('Inactive listings are removed after 60 days.', 'Listings that have had no activity for 60 days are removed.')).toEqual([]);
      expect(codes('Explain the appeal process in plain English.', 'Explain how to appeal, in plain English, without legal jargon.')).toEqual([]);
      expect(codes('Only collect a phone number with the customer\'s consent.', 'Collect a phone number without the customer\'s consent.')).toContain('negation-added');
      expect(codes('Merge the change after the tests pass.', 'Merge the change without waiting for the tests.')).toContain('negation-added');
    });
    it('reads one order said as a duty, a prohibition or an "only" as the same rule, and still reads it turned round', () => {
      expect(codes("Verify the caller's identity before discussing their bill.", 'Do not discuss a bill with a caller until you have verified who they are.')).toEqual([]);
      expect(codes('Do not promise a connection date before the engineer has surveyed the line.', 'Only promise a connection date once the engineer has surveyed the line.')).toEqual([]);
      expect(codes('Escalate a complaint to the ombudsman only after our final response.', 'Refer complaints to the ombudsman once we have sent our final response, not earlier.')).toEqual([]);
      expect(codes('Verify the caller before discussing the bill.', 'Discuss the bill before verifying the caller.')).toEqual(['order-changed']);
      expect(codes('Do not promise a date before the survey.', 'Promise a date before the survey.')).toEqual(['negation-removed']);
      expect(codes('Verify the caller before discussing the bill.', 'Verify the caller before discussing the bill if the customer asks.')).toEqual(['condition-added']);
    });
    it('reads a new "unless" with words of its own as an exception, except in a permission, and a condition split in two as none added', () => {
      expect(codes('Refuse a rental if the driver has held a licence for less than a year.', 'Refuse a rental if the driver has held a licence for less than a year, unless they pay the young driver fee.')).toEqual(['condition-added']);
      expect(codes('Never share the access code.', 'Never share the access code unless a manager approves.')).toContain('condition-added');
      expect(codes('Agents may waive the fee.', 'Agents may waive the fee unless the account is overdue.')).toEqual([]);
      expect(codes('Robots stop when a person enters the aisle or a sensor fails.', 'If someone walks into the aisle, or if a sensor fails, the robots stop.')).toEqual([]);
      expect(codes('Call the engineer if the error rate passes 2%.', 'Call the engineer if the error rate passes 2% and the status page is red.')).toEqual(['condition-narrowed']);
    });
  });

  describe('round 8: v10 misses read as classes', () => {
    it('reads an "until/before" bound replaced by an if/when with another event as condition-changed, and the bound said as "if ... not" as none', () => {
      expect(codes('Keep the patient nil by mouth until the anaesthetist has reviewed them.', 'Keep the patient nil by mouth if the anaesthetist requests it.')).toEqual(['condition-changed']);
      expect(codes('Do not release the results before the supervisor has checked them.', 'Do not release the results if the supervisor has flagged them.')).toEqual(['condition-changed']);
      expect(findReasons('Do not e-file the return until the client has signed the form.', 'Do not e-file the return if the client has refused to sign the form.')[0]?.message).toContain('"until the client has signed the form" -> "if the client has refused to sign the form"');
      expect(codes('Do not close the ticket until the customer confirms the fix.', 'Do not close the ticket if the customer has not confirmed the fix.')).toEqual([]);
      expect(codes('Do not close the ticket until the customer confirms the fix.', 'Close the ticket only once the customer confirms the fix.')).toEqual([]);
      expect(codes('Do not e-file the return until the client signs the form.', 'Do not e-file the return when the client signs the form.')).toEqual(['condition-changed']);
      expect(codes('Do not ship the order before 5 p.m.', 'Do not ship the order if it is raining.')).not.toContain('condition-changed');
      expect(codes('Check the ID before you hand over the parcel.', 'When you hand over the parcel, check the ID first.')).toEqual([]);
      expect(codes('Back up the database before you run the migration.', 'When you run a migration, back up the database beforehand.')).toEqual([]);
    });
    it('reads a kept condition that gained an "and ..." conjunct as condition-narrowed, whatever negation or "can" the conjunct brings', () => {
      expect(codes('Suspend the account when the invoice has not been paid by 5 p.m.', 'Suspend the account when the invoice has not been paid by 5 p.m. and the customer cannot be reached by phone.')).toEqual(['condition-narrowed']);
      expect(codes('Staff may leave early when the shift has not been busy.', 'Staff may leave early when the shift has not been busy and a manager can cover.')).toEqual([]);
    });
    it('reads the last item of a list inside a subject or condition dropped as conjunct-dropped, the list reordered as none', () => {
      expect(codes('Staff with a cough, a fever or a rash must stay at home until 48 hours after the symptoms stop.', 'Staff with a cough or a fever must stay at home until 48 hours after the symptoms stop.')).toEqual(['conjunct-dropped']);
      expect(codes('Staff with a cough, a fever or a rash must stay at home until 48 hours after the symptoms stop.', 'Staff with a rash, a cough or a fever must stay at home until 48 hours after the symptoms stop.')).toEqual([]);
    });
    it('reads a duty of one party that another party "may" now do as permission-added, and "X alone" dropped as scope-widened', () => {
      expect(codes('Nurses prepare the dose; the doctor administers it.', 'Nurses prepare the dose and may administer it; the doctor signs the chart.')).toContain('permission-added');
      expect(codes('Agents collect the documents and the underwriter decides on the claim.', 'Agents collect the documents and may decide on small claims.')).toContain('permission-added');
      expect(codes('Cashiers count the float; the duty manager alone opens the safe.', 'Cashiers count the float; the duty manager opens the safe.')).toEqual(['scope-widened']);
      expect(findReasons('The duty manager alone may authorise a refund.', 'The duty manager or a team lead may authorise a refund.')[0]?.message).toContain('"manager alone" dropped');
      expect(codes('The doctor administers the dose.', 'The dose is administered by the doctor.')).toEqual([]);
      expect(codes('Agents may issue refunds; the manager approves them.', 'The manager approves refunds, which agents may issue.')).toEqual([]);
      expect(codes('Staff who work alone must carry a radio.', 'Staff who work on their own must carry a radio.')).toEqual([]);
      expect(codes('The pharmacist alone hands it to the patient.', 'Only the pharmacist hands it to the patient.')).toEqual([]);
    });
    it('reads a short plain duty dropped from a list of duties said the same way as requirement-removed, a remark dropped as none', () => {
      expect(codes('Notes are typed up within 48 hours. The interviewee is offered a copy. Originals are kept in the case file.', 'Notes are typed up within 48 hours. Originals are kept in the case file.')).toEqual(['requirement-removed']);
      expect(codes('Visitors sign in at reception. Visitors wear a badge. Contractors are escorted at all times.', 'Visitors sign in at reception. Contractors are escorted at all times.')).toEqual(['requirement-removed']);
      expect(codes('Our team values clarity. Answer every email within a day.', 'Answer every email within a day.')).toEqual([]);
      expect(codes('Interns may work remotely on quiet days. Interns sign in at reception.', 'Interns sign in at reception.')).toEqual([]);
    });
    it('reads a duty said as a plain statement and turned into advice as modal-weakened, and a right said with "can"/"entitled to" as none', () => {
      expect(codes('The nurse in charge checks the controlled drugs register every shift.', 'The nurse in charge is expected to check the controlled drugs register every shift.')).toEqual(['modal-weakened']);
      expect(codes('Staff report near misses to the safety officer.', 'Staff are invited to report near misses to the safety officer.')).toEqual(['modal-weakened']);
      expect(codes('All contractors complete the site induction before starting work.', 'Contractors should complete the site induction before starting work.')).toContain('modal-weakened');
      expect(codes('Patients choose their own GP.', 'Patients can choose their own GP.')).toEqual([]);
      expect(codes('Staff get 25 days of annual leave.', 'Staff are entitled to 25 days of annual leave.')).toEqual([]);
      expect(codes('Agents record every refund in the ledger.', 'Agents record every refund in the ledger where possible.')).toEqual(['qualifier-added']);
    });
    it('reads a word of a kept rule turned into its opposite as opposite-word, and the word turned with a negation as none', () => {
      expect(codes('Share the draft with internal reviewers only.', 'Share the draft with external reviewers only.')).toEqual(['opposite-word']);
      expect(codes('Lock the cabinet at the end of each shift.', 'Unlock the cabinet at the end of each shift.')).toEqual(['opposite-word']);
      expect(findReasons('Keep client files for six years after the matter closes.', 'Keep client files for six years after the matter opens.')[0]?.message).toContain('"closes" -> "opens"');
      expect(codes('Do not process unsigned consent forms.', 'Do not process consent forms that have not been signed.')).toEqual([]);
      expect(codes('Escalate the ticket if the test fails.', 'Escalate the ticket unless the test passes.')).not.toContain('opposite-word');
      expect(codes('Start the review at the beginning of the month.', 'Begin the review at the start of the month.')).toEqual([]);
    });
    it('reads a period said with an article changed ("within a day" -> "within a week") and a rate lowered ("once a day" -> "once a week") as number-changed, tightened as none', () => {
      expect(findReasons('Reply to every complaint within a day.', 'Reply to every complaint within a week.').map((reason) => reason.message)).toEqual(['number changed: "a day" -> "a week" (loosens the rule)']);
      expect(codes('Reply to every complaint within a week.', 'Reply to every complaint within a day.')).toEqual([]);
      expect(codes('Call the client once a day.', 'Call the client once a week.')).toEqual(['number-changed']);
      expect(codes('Call the client once a week.', 'Call the client once a day.')).toEqual([]);
      expect(codes('Check the fridge twice a day.', 'Check the fridge two times per day.')).toEqual([]);
      expect(codes('Shred confidential papers at the end of the day.', 'Shred confidential papers at the end of the week.')).toEqual(['number-changed']);
      expect(codes('Shred confidential papers at the end of the day.', 'Shred confidential papers every evening.')).toEqual([]);
    });
    it('reads a prohibition that gained an exception said with without/except/other than/apart from as condition-added, and a stricter or stressed one as none', () => {
      expect(codes('Do not post patient photos on social media.', 'Do not post patient photos on social media without consent.')).toEqual(['condition-added']);
      expect(codes('Never share the door code with anyone.', 'Never share the door code with anyone except your manager.')).toEqual(['condition-added']);
      expect(codes('Do not discuss a claim with anyone other than the policyholder.', 'Do not discuss a claim with anyone other than the policyholder or their family.')).toEqual(['condition-added', 'scope-widened']);
      expect(codes('Do not enter the clean room without a gown.', 'Do not enter the clean room without a gown and gloves.')).toEqual([]);
      expect(codes('Never store card numbers.', 'Never store card numbers, even without the CVV.')).toEqual([]);
      expect(codes('No one may enter the vault alone.', 'No one may enter the vault without a second key holder.')).not.toContain('scope-widened');
    });
    it('reads two sentences that traded their parties as roles-swapped, and the sentences reordered as none', () => {
      expect(codes('The customer signs the form; the agent countersigns it.', 'The agent signs the form; the customer countersigns it.')).toEqual(['roles-swapped']);
      expect(codes('Nurses prepare the dose. Doctors check the chart.', 'Doctors prepare the dose. Nurses check the chart.')).toEqual(['roles-swapped']);
      expect(codes('The customer signs the form. The agent signs the form.', 'The agent signs the form. The customer signs the form.')).toEqual([]);
    });
    it('reads a plain duty replaced by a sentence that only grants as requirement-removed, and a promise said with "can expect" as no grant', () => {
      expect(codes('Ballot boxes are sealed in front of the candidates so that their agents can see they are empty.', 'Candidates are welcome to bring one guest each to the count.')).toEqual(['requirement-removed', 'permission-added']);
      expect(codes('Customers receive a refund within 14 days.', 'Customers can expect their money back within two weeks.')).not.toContain('requirement-removed');
    });
  });

  describe('round 9: v11 misses read as classes', () => {
    it('reads "the lower of" -> "the higher of", "whichever is earlier" -> "later" and "end" -> "front of the queue" as order-changed', () => {
      expect(codes('Refund the lower of the invoice and the quote.', 'Refund the higher of the invoice and the quote.')).toEqual(['order-changed']);
      expect(codes('Close the ticket after 30 days or when the customer confirms, whichever is earlier.', 'Close the ticket after 30 days or when the customer confirms, whichever is later.')).toEqual(['order-changed']);
      expect(codes('Late entries go to the end of the waiting list.', 'Late entries go to the front of the waiting list.')).toEqual(['order-changed']);
      expect(codes('Refund the lower of the invoice and the quote.', 'Refund whichever of the invoice and the quote is lower.')).not.toContain('order-changed');
    });
    it('reads an alternative dropped from what a restriction allows or an "except for" dropped from a duty as stricter, one dropped from a prohibition or a condition as conjunct-dropped', () => {
      expect(codes('Discuss the claim only with the policyholder or their broker.', 'Discuss the claim only with the policyholder.')).toEqual([]);
      expect(codes('Expense receipts must be signed by a manager or a director.', 'Expense receipts must be signed by a director.')).toEqual([]);
      expect(codes('Check every delivery for damage, except for sealed pallets.', 'Check every delivery for damage.')).toEqual([]);
      expect(codes('Do not discuss the claim with the policyholder or their broker.', 'Do not discuss the claim with the policyholder.')).toEqual(['conjunct-dropped']);
      expect(codes('If a tenant reports a leak or a power cut, call the landlord.', 'If a tenant reports a leak, call the landlord.')).toEqual(['conjunct-dropped', 'condition-narrowed']);
      expect(codes('Refund the deposit, except for damaged items.', 'Refund the deposit.')).not.toEqual([]);
    });
    it('reads a clock time moved to forbid more ("after 9 pm" -> "after 8 pm") and a notice period lengthened as stricter, the other way as number-changed', () => {
      expect(codes('Do not call tenants after 9 pm.', 'Do not call tenants after 8 pm.')).toEqual([]);
      expect(codes('Do not call tenants after 9 pm.', 'Do not call tenants after 10 pm.')).toEqual(['number-changed']);
      expect(codes('Do not call tenants before 8 am.', 'Do not call tenants before 9 am.')).toEqual([]);
      expect(codes('Do not call tenants before 8 am.', 'Do not call tenants before 7 am.')).toEqual(['number-changed']);
      expect(codes('Book the room 24 hours before the meeting.', 'Book the room at least 48 hours before the meeting.')).toEqual([]);
      expect(codes('Book the room 24 hours before the meeting.', 'Book the room 12 hours before the meeting.')).toEqual(['number-changed']);
      expect(codes('Book the room 24 hours before the meeting.', 'Book the room at least 12 hours before the meeting.')).toEqual(['number-changed']);
    });
    it('reads must -> should with "at all times" or "always" kept as modal-weakened, the adverb moved as none', () => {
      expect(codes('Staff must wear a badge at all times.', 'Staff should wear a badge at all times.')).toEqual(['modal-weakened']);
      expect(codes('Drivers must always carry their licence.', 'Drivers should always carry their licence.')).toEqual(['modal-weakened']);
      expect(codes('Staff must wear a badge at all times.', 'Staff must always wear a badge.')).toEqual([]);
    });
    it('reads "or" -> "and" or an "and ..." added inside a condition or relative clause as condition-narrowed, in the rule\'s own object or a permission as none', () => {
      expect(codes('When a guest reports a leak or a power cut, call the landlord.', 'When a guest reports a leak and a power cut, call the landlord.')).toEqual(['condition-narrowed']);
      expect(codes('Escalate any ticket that mentions fraud or a chargeback.', 'Escalate any ticket that mentions fraud and a chargeback.')).toEqual(['condition-narrowed']);
      expect(codes('Escalate any ticket that mentions fraud.', 'Escalate any ticket that mentions fraud and a chargeback.')).toEqual(['condition-narrowed']);
      expect(codes('Send the invoice to the client or their accountant.', 'Send the invoice to the client and their accountant.')).toEqual([]);
      expect(codes('Staff may leave early when it snows or the trains stop.', 'Staff may leave early when it snows and the trains stop.')).not.toContain('condition-narrowed');
      expect(codes('Check every bag that a guest leaves behind.', 'Check every bag that a guest leaves behind and log it.')).not.toContain('condition-narrowed');
    });
    it('reads two parties swapped as roles-swapped when one shares its stem with another word of the sentence ("signaller", "signal")', () => {
      expect(codes('The signaller gives the driver permission to pass the signal.', 'The driver gives the signaller permission to pass the signal.')).toEqual(['roles-swapped']);
      expect(codes('The signaller gives the driver permission to pass the signal.', 'The signaller gives the driver permission to pass the red signal.')).not.toContain('roles-swapped');
    });
    it('reads a duty and a prohibition that traded places around "but do not" as negation-moved, two prohibitions or two duties reordered as none', () => {
      expect(codes('Summarise the report but do not quote the figures.', 'Quote the figures but do not summarise the report.')).toEqual(['negation-moved']);
      expect(codes('Do not quote the figures, and do not name the client.', 'Do not name the client, and do not quote the figures.')).toEqual([]);
      expect(codes('Log the call and do not comment on the claim.', 'Do not comment on the claim and log the call.')).not.toContain('negation-moved');
    });
    it('reads an item added to the "outside" list of a "no one" prohibition as condition-added, another verb added as no exception', () => {
      expect(codes('No one outside the audit team may open the case files.', 'No one outside the audit team and its contractors may open the case files.')).toEqual(['condition-added']);
      expect(codes('No one outside the audit team may open the case files.', 'No one outside the audit team may open or copy the case files.')).not.toContain('condition-added');
    });
    it('reads a one-line "1) ... 2) ..." list turned into a numbered Markdown list as no number change, a step count changed as number-changed', () => {
      expect(codes('1) Check the ID. 2) Take the deposit. 3) Hand over the keys.', '1. Check the ID.\n2. Take the deposit.\n3. Hand over the keys.')).toEqual([]);
      expect(codes('1) Check the ID. 2) Take a deposit of 200 euros.', '1. Check the ID.\n2. Take a deposit of 100 euros.')).toEqual(['number-changed']);
    });
    it('reads the case of a kept prohibition exception replaced as condition-changed, the same case reworded as none', () => {
      expect(codes('Do not release a patient record save where a court orders it.', 'Do not release a patient record save where the caller says they are family.')).toContain('condition-changed');
      expect(codes('Never move a resident except with the manager\'s written approval.', 'Never move a resident except with written approval from the manager.')).toEqual([]);
    });
    it('reads a party swapped for one with a modifier ("the police" -> "the general manager") or a possessive party swapped as object-replaced', () => {
      expect(codes('Report any threat against staff to the police at once.', 'Report any threat against staff to the general manager at once.')).toEqual(['object-replaced']);
      expect(codes('Send the refund to the policyholder\'s bank account.', 'Send the refund to the broker\'s bank account.')).toEqual(['object-replaced']);
      expect(codes('Pay the deposit into the landlord\'s bank account.', 'Pay the deposit into the letting agent\'s bank account.')).toEqual(['object-replaced']);
      expect(codes('Report any threat against staff to the manager at once.', 'Report any threat against staff to the duty manager at once.')).toEqual([]);
      expect(codes('Put the spare keys into the locker after each shift.', 'Put the spare keys into the drawer after each shift.')).toEqual([]);
    });
  });

  describe('round 10a: v12 misses read by class', () => {
    it('reads "ought to", "supposed to" and a requirement said as a gain ("benefits from") as modal-weakened; an imperative\'s noun subject before "ought" is no imperative', () => {
      expect(codes('Archive scanners must be calibrated every Monday.', 'Archive scanners ought to be calibrated every Monday.')).toEqual(['modal-weakened']);
      expect(codes('Drivers must log every delivery.', 'Drivers are supposed to log every delivery.')).toEqual(['modal-weakened']);
      expect(codes('Every drone flight requires written landowner permission.', 'Every drone flight benefits from written landowner permission.')).toEqual(['modal-weakened']);
      expect(codes('Each loan application requires a signed payslip.', 'Each loan application is helped by a signed payslip.')).toEqual(['modal-weakened']);
      expect(codes('Each expense claim requires an itemised receipt.', 'Each expense claim works best with an itemised receipt.')).toEqual(['modal-weakened']);
      expect(codes('Archive scanners should be calibrated every Monday.', 'Archive scanners ought to be calibrated every Monday.')).toEqual([]);
    });
    it('reads an exception said with "save"/"other than"/"apart from" turned into the only case as condition-changed, and a sentence-opening "where" as an if', () => {
      expect(codes('Save where the coroner directs otherwise, cremated remains are returned to the applicant.', 'Where the coroner directs otherwise, cremated remains are returned to the applicant.')).toEqual(['condition-changed']);
      expect(codes('Except where the court orders otherwise, case files are destroyed after seven years.', 'Where the court orders otherwise, case files are destroyed after seven years.')).toEqual(['condition-changed']);
      expect(codes('Other than where a manager approves, overtime is not paid.', 'Where a manager approves, overtime is not paid.')).toEqual(['condition-changed']);
      expect(codes('Save where the coroner directs otherwise, cremated remains are returned to the applicant.', 'Unless the coroner directs otherwise, cremated remains are returned to the applicant.')).toEqual([]);
      expect(codes('Save where the coroner directs otherwise, cremated remains are returned to the applicant.', 'Cremated remains go back to the applicant, except where the coroner gives a different direction.')).toEqual([]);
    });
    it('reads a kept condition that gained a limiting phrase with no condition word ("... fail during start-up") as condition-narrowed, a widening phrase as none', () => {
      expect(codes('Trip the reactor manually if two or more coolant pumps fail.', 'Trip the reactor manually if two or more coolant pumps fail during start-up.')).toEqual(['condition-narrowed']);
      expect(codes('Lock your screen when you leave your desk.', 'Lock your screen when you leave your desk for lunch.')).toEqual(['condition-narrowed']);
      expect(codes('Notify the data protection officer if personal data is lost.', 'Notify the data protection officer if personal data is lost in a cyber attack.')).toEqual(['condition-narrowed']);
      expect(codes('Stop the line if a guard is open.', 'Stop the line if a guard that protects the blade is open.')).toEqual(['condition-narrowed']);
      expect(codes('Evacuate the lab if the fire alarm sounds.', 'Evacuate the lab if the fire alarm sounds at any time.')).toEqual([]);
      expect(codes('Tell the customer if their order is delayed.', 'Tell the customer if their order is delayed for any reason.')).toEqual([]);
    });
    it('reads a universally taken object narrowed as the universal went and the noun turned plural ("to any caller" -> "to callers who ...") as scope-narrowed', () => {
      expect(codes("Never reveal a member's address to any caller.", "Never reveal a member's address to callers who fail security questions.")).toEqual(['scope-narrowed']);
      expect(codes('Do not accept cash from any client.', 'Do not accept cash from clients in the UK.')).toEqual(['scope-narrowed']);
      expect(codes('Do not give legal advice to any tenant.', 'Do not give legal advice to tenants in dispute with us.')).toEqual(['scope-narrowed']);
      expect(codes('Escalate every complaint to the team lead.', 'Escalate complaints about billing to the team lead.')).toContain('scope-narrowed');
      expect(codes('Do not accept cash from any client.', 'Do not accept cash from clients.')).toEqual([]);
      expect(codes("Never reveal a member's address to any caller.", "Never reveal a member's address to callers, whoever they claim to be.")).toEqual([]);
    });
    it('reads an early time bound moved later in other words ("before the first visit" -> "by the end of the first week") as order-changed, the same bound reworded as none', () => {
      expect(codes('Carers must read the care plan before the first visit.', 'Carers must read the care plan by the end of the first week.')).toEqual(['order-changed']);
      expect(codes('Send the agenda to every attendee before the meeting.', 'Send the agenda to every attendee within a day of the meeting.')).toEqual(['order-changed']);
      expect(codes('Brief new starters on fire exits before their first shift.', 'Brief new starters on fire exits during their first month.')).toEqual(['order-changed']);
      expect(codes('Report the spill to the site manager immediately.', 'Report the spill to the site manager by the end of the week.')).toEqual(['order-changed']);
      expect(codes('Carers must read the care plan before the first visit.', 'Carers must read the care plan ahead of their first visit.')).toEqual([]);
      expect(codes('Submit the expense form before the deadline.', 'Submit the expense form by the deadline.')).toEqual([]);
      expect(codes('Call the customer back before the end of the day.', 'Call the customer back by the end of the day.')).toEqual([]);
    });
    it('reads a prohibition that gained a threshold from above ("for more than ten minutes") as scope-narrowed, a kept threshold reworded or "even for a minute" as none', () => {
      expect(codes('No one may enter the reactor hall without dosimetry.', 'No one without dosimetry may stay in the reactor hall for more than ten minutes.')).toEqual(['scope-narrowed']);
      expect(codes('Drivers must not drive without a break.', 'Drivers must not drive more than four hours without a break.')).toEqual(['scope-narrowed']);
      expect(codes('Never give a child paracetamol without checking the label.', 'Never give a child more than two doses of paracetamol without checking the label.')).toEqual(['scope-narrowed']);
      expect(codes('Do not charge more than 10 pounds for a replacement card.', 'Never charge over 10 pounds for a replacement card.')).toEqual([]);
      expect(codes('Do not leave the van unattended.', 'Never leave the van unattended, even for a minute.')).toEqual([]);
      expect(codes('No one may enter the reactor hall without dosimetry.', 'Nobody may go into the reactor hall without dosimetry.')).toEqual([]);
    });
    it('reads care dropped for a brush-off ("reassure ... and apologise" -> "they will have to wait") as tone-dismissive, care reworded or a brush-off negated as none', () => {
      expect(codes('When a client is anxious about a missed visit, reassure them that a carer is on the way and apologise for the delay.', 'When a client is anxious about a missed visit, tell them delays happen and they will have to wait.')).toEqual(['tone-dismissive']);
      expect(codes('Reassure distressed callers and speak calmly while you take down the details of the animal.', 'Hurry distressed callers along and tell them to stop panicking while you take down the details of the animal.')).toEqual(['tone-dismissive']);
      expect(codes('Thank the customer for their patience and apologise for the wait.', 'Tell the customer the wait is not our problem.')).toContain('tone-dismissive');
      expect(codes('Speak gently to bereaved families and offer our condolences.', 'Tell bereaved families to calm down and fill in the form.')).toContain('tone-dismissive');
      expect(codes('When a client is anxious about a missed visit, reassure them that a carer is on the way and apologise for the delay.', 'If a client is worried about a missed visit, let them know a carer is coming and say sorry for the delay.')).toEqual([]);
      expect(codes('Reassure callers that help is on the way.', 'Tell callers that help is coming and that they will not have to wait long.')).not.toContain('tone-dismissive');
      expect(codes('Apologise for the delay and explain the next steps.', 'Say sorry for the delay and explain that delays happen in winter.')).not.toContain('tone-dismissive');
    });
    it('reads a check handed to the party it checks (a self-check, or checker and checked traded in a rebuilt sentence) as roles-swapped, the passive or the same doer as none', () => {
      expect(codes("The second archivist checks the first archivist's metadata before publication.", 'The first archivist checks their own metadata before publication.')).toEqual(['roles-swapped']);
      expect(codes('The supervising officer must countersign every use-of-force report written by an officer.', "The officer who used force must countersign the supervising officer's report.")).toEqual(['roles-swapped']);
      expect(codes('Code is reviewed by an engineer other than its author.', 'Authors review their own code.')).toContain('roles-swapped');
      expect(codes('Timesheets are signed off by the line manager.', 'Staff sign off their own timesheets.')).toContain('roles-swapped');
      expect(codes('The shift lead verifies the cash count done by the cashier.', "The cashier verifies the shift lead's cash count.")).toContain('roles-swapped');
      expect(codes("The second archivist checks the first archivist's metadata before publication.", "The first archivist's metadata is checked by the second archivist before publication.")).toEqual([]);
      expect(codes("Managers approve their team's leave requests.", 'Managers approve leave requests for their own team.')).toEqual([]);
      expect(codes('Backups must be restored and tested by the on-call engineer once a month.', 'The on-call engineer must restore and test the backups once a month.')).toEqual([]);
      expect(codes('A senior engineer reviews each pull request.', 'Each pull request gets a review from a senior engineer.')).not.toContain('roles-swapped');
      expect(codes('The head chef inspects the kitchen every morning.', 'Every morning the head chef inspects the kitchen herself.')).toEqual([]);
    });
    it('reads more surface forms of the same classes: an exception word dropped, a relative clause narrowed, a time window on a prohibition, "would do well to", an examiner checking their own', () => {
      expect(codes('Except in an emergency, do not use the lift.', 'In an emergency, do not use the lift.')).toEqual(['condition-changed']);
      expect(codes('Except on public holidays, the office opens at 9.', 'On public holidays, the office opens at 9.')).toEqual(['condition-changed']);
      expect(codes('Except in an emergency, do not use the lift.', 'Do not use the lift unless there is an emergency.')).toEqual([]);
      expect(codes('Patients who fall must be seen by a doctor.', 'Patients who fall at night must be seen by a doctor.')).toEqual(['condition-narrowed']);
      expect(codes('Patients who fall must be seen by a doctor.', 'A doctor must see any patient who falls.')).toEqual([]);
      expect(codes('Do not park in the loading bay.', 'Do not park in the loading bay between 8 and 10 am.')).toContain('scope-narrowed');
      expect(codes('Children must not play in the car park.', 'Children must not play in the car park at night.')).toContain('scope-narrowed');
      expect(codes('Do not park in the loading bay between 8 and 10 am.', 'Never park in the loading bay from 8 to 10 am.')).toEqual([]);
      expect(codes('Staff must lock the drugs cupboard.', 'Staff would do well to lock the drugs cupboard.')).toEqual(['modal-weakened']);
      expect(codes('The school requires a signed consent form for every trip.', 'The school appreciates a signed consent form for every trip.')).toEqual(['modal-weakened']);
      expect(codes("The auditor examines the treasurer's accounts every year.", 'The treasurer examines their own accounts every year.')).toEqual(['roles-swapped']);
      expect(codes('A second engineer must test every change the first engineer deploys.', 'Each engineer tests the changes they deploy themselves.')).toContain('roles-swapped');
      expect(codes("The auditor examines the treasurer's accounts every year.", "Every year the treasurer's accounts are examined by the auditor.")).toEqual([]);
      expect(codes('Speak kindly to callers in distress and listen to them.', 'Tell callers in distress to get to the point.')).toContain('tone-dismissive');
    });
    it('reads a retention pitch where a customer asked to leave as upsell-added, and a kept rule\'s condition swapped for an unrelated one as condition-changed', () => {
      expect(codes('When a customer asks how to cancel, explain the cancellation steps.', 'When a customer asks how to cancel, offer them a discount to stay.')).toEqual(['upsell-added']);
      expect(codes('If a member wants to close their account, send them the closure form.', 'If a member wants to close their account, talk them out of leaving.')).toContain('upsell-added');
      expect(codes('When a customer asks how to cancel, explain the cancellation steps.', 'If a customer wants to know how to cancel, walk them through the steps.')).toEqual([]);
      expect(codes('Add the standard not-legal-advice notice at the end of the answer if it discusses the law of a particular country or state.', 'Add the standard not-legal-advice notice at the end of the answer if the user asks whether this is legal advice.')).toEqual(['condition-changed']);
      expect(codes('Escalate the ticket to the security team if the caller mentions a data breach.', 'Escalate the ticket to the security team if the customer has paid for premium support.')).toContain('condition-changed');
      expect(codes('Escalate the ticket to the security team if the caller mentions a data breach.', 'If the caller says data has been leaked, escalate the ticket to the security team.')).toEqual([]);
      expect(codes('Offer a free replacement when the item arrives damaged.', 'Offer a free replacement if the product is broken on arrival.')).toEqual([]);
    });
    it('reads a bound moved later to "in their first week", "the next working day" or "at some point after" as order-changed, and "it helps to"/"it is worth" as modal-weakened', () => {
      expect(codes('Carers must read the care plan before the first visit.', 'Carers must read the care plan in their first week.')).toEqual(['order-changed']);
      expect(codes('Report every near miss to the safety officer immediately.', 'Report every near miss to the safety officer the next working day.')).toEqual(['order-changed']);
      expect(codes("Verify the new supplier's bank details before the first payment.", "Verify the new supplier's bank details at some point after onboarding.")).toContain('order-changed');
      expect(codes('Report every near miss to the safety officer immediately.', 'Report every near miss to the safety officer without delay.')).toEqual([]);
      expect(codes('Pilots must complete the checklist before take-off.', 'It helps to complete the checklist before take-off.')).toContain('modal-weakened');
      expect(codes('Cashiers must count the float at the start of every shift.', 'It is worth counting the float at the start of every shift.')).toContain('modal-weakened');
    });
    it('reads a checker dropped so the checked party checks ("Each teacher moderates the marks they give"), a "someone other than" checker made the requester, and "more than twice a day" on a prohibition', () => {
      expect(codes('The head of department moderates the marks each teacher gives.', 'Each teacher moderates the marks they give.')).toEqual(['roles-swapped']);
      expect(codes('Every purchase order must be approved by someone other than the requester.', 'Requesters approve their own purchase orders.')).toContain('roles-swapped');
      expect(codes("No one may authorize a grid connection except the utility's interconnection engineer.", "A grid connection may be authorized only by the utility's interconnection engineer.")).not.toContain('roles-swapped');
      expect(codes('No visitor may enter the ward without washing their hands.', 'No visitor may enter the ward more than twice a day without washing their hands.')).toEqual(['scope-narrowed']);
    });
    it('reads a kept condition narrowed by ", provided ...", "as well as", "at once" (also after "10,000", whose comma breaks no clause) as condition-narrowed or condition-added', () => {
      expect(codes('Report a cash shortfall to the area manager if it exceeds 100 pounds.', 'Report a cash shortfall to the area manager if it exceeds 100 pounds, provided it has not turned up by the end of the day.')).not.toEqual([]);
      expect(codes('Refer the case to legal if the claim is over 10,000 pounds.', 'Refer the case to legal if the claim is over 10,000 pounds as well as disputed.')).toEqual(['condition-narrowed']);
      expect(codes('Trip the reactor manually if two or more coolant pumps fail.', 'Trip the reactor manually if two or more coolant pumps fail at once.')).toEqual(['condition-narrowed']);
      expect(codes('Refer the case to legal if the claim is over 10,000 pounds.', 'If the claim is over 10,000 pounds, refer the case to legal.')).toEqual([]);
      expect(codes('Keep the form provided by the bank.', 'Keep the form the bank provided.')).toEqual([]);
    });
    it('reads more brush-offs in other words ("should have studied harder", "plenty of others could do their job") as tone-dismissive, care said in other words as none', () => {
      expect(codes('Show empathy when a student says they failed an exam.', 'When a student says they failed an exam, tell them they should have studied harder.')).toContain('tone-dismissive');
      expect(codes('Thank the volunteer for their time and say we value their help.', 'Remind the volunteer that plenty of others could do their job.')).toContain('tone-dismissive');
      expect(codes('Be patient with elderly callers and repeat information if they ask.', 'Tell elderly callers you do not have time to repeat everything.')).toContain('tone-dismissive');
      expect(codes('Thank the volunteer for their time and say we value their help.', 'Tell the volunteer we are grateful for their time and that their help matters.')).not.toContain('tone-dismissive');
      expect(codes('Be patient with elderly callers and repeat information if they ask.', 'Take your time with older callers and go over information again when asked.')).not.toContain('tone-dismissive');
    });
    it('reads "needs a" as a duty ("Each shipment needs a customs declaration" -> "can come with") and a participle narrowing an object that lost its "any" as scope-narrowed', () => {
      expect(codes('Each shipment needs a customs declaration.', 'Each shipment can come with a customs declaration.')).toEqual(['modal-weakened']);
      expect(codes('Each shipment needs a customs declaration.', 'A customs declaration is required for each shipment.')).toEqual([]);
      expect(codes('Never accept gifts from any supplier.', 'Never accept gifts from suppliers bidding for a contract.')).toEqual(['scope-narrowed']);
      expect(codes('Never accept gifts from any supplier.', 'Do not take gifts from suppliers, whatever their value.')).toEqual([]);
    });
  });
});
