// Held-back set v56 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 34) by a helper who never saw the detectors, their tests, their history or any other
// labelled set beyond lines 1-41 of clause-edits.fixture.ts (which hold only its header and
// imports; the field names kind, variant, previous, next and the optional tone were checked
// against tsc's answer on this file), the first 36 lines of v55 (for the file shape) and the
// domain lists of earlier sets; never tuned on; to be measured once by the lead, after the commit
// that adds it. Do not edit entries to make a detector pass.
// Labels say what a careful reviewer would want: `benign` edits keep every obligation for every
// case (a stricter rule is not a regression), every other kind weakens or changes the rule; edits
// touching several things are labelled by their main change (a new sentence that contradicts a
// rule, or a negation moved onto another part of the clause, counts as `rescope`; a required step
// dropped whole counts as `requirement`, one item dropped from a list inside a sentence as
// `conjunct`; the rule replaced by a different rule that sounds similar counts as `drift`; `tone`
// edits carry the clause's declared tone and turn it cold, hostile, blaming or dismissive, and
// 3 benign edits carry a declared tone that they keep). 297 edits, 135 benign, 27 domains, 11 each
// (5 benign, 6 regressions of 6 different kinds).
// Benign variants: abbreviation 9, emphasis 9, list-prose 9, reorder 9, reword 54,
// spelled-negation 9, split-join 9, stricter 9, units 9, voice 9 (`units` says the same quantity
// in words or other units; `reword` includes rules said from the other side, prohibitions said
// positively, duties said as double negatives, bans said as the state kept or the only option
// left, and plain rewordings in wholly other words); every domain holds 2 rewords and 3 other
// variants. Non-benign kinds: condition 11, conjunct 11, drift 11, modal 11, negation 11,
// number 11, obligation 11, order 11, requirement 11, rescope 11, roles 11, scope 11, entity 10,
// reference 10, tone 10. 60 edits are 3-5 sentence prompts starting "You are the ... assistant
// for ..." (30 regressions, 30 benign; on the old side 10 of 3, 10 of 4 and 10 of 5 sentences on
// each side of the label, a Markdown list counted as part of its sentence; 14 of them hold a
// list: 7 regressions with the list on both sides and 7 benign ones, 3 turning prose into a list,
// 2 a list into prose and 2 keeping their list), so that length alone says nothing about the
// label. 24 domains hold one prompt on each side of the label, 3 (crèche, garden maintenance
// service, kindergarten) hold two.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A7, comment
// lines only; an older set without such a list may share a domain unseen; the nearest listed
// neighbours are subtitling studio, residents' parking permits office, rare book dealer, civil
// registration office, day nursery, office cleaning contractor, flood warning line, angling club
// permits, landscaping contractor, street market, housing allocations office, occupational
// therapy service and insurance claims call centre); all 27 start with A to L, as v57 is being
// written at the same time with domains from M to Z.
// Domains: audio description service, auto electrician, blue badge parking permits office, book
// publisher submissions desk, child benefit office, citizenship ceremony office, crèche, damp
// proofing contractor, document shredding service, domestic cleaning agency, early years funding
// team, emergency planning unit, farm machinery dealer, fishing tackle shop, fly-tipping
// enforcement team, garden maintenance service, greeting card shop, groundworks contractor,
// health and safety consultancy, home adaptations grants team, indoor market hall, ink and toner
// refill shop, key worker housing office, kindergarten, lawn care service, lighting shop, loss
// adjusters.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V56: readonly ClauseEdit[] = [
  // audio description service
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Describers must send the audio description script to the theatre's access coordinator at least 48 hours before the first described performance.",
    next: "Describers must send the AD script to the theatre's access coordinator at least 48 hrs before the first described performance.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Do not reveal a plot twist in the introductory notes that are played before the performance.",
    next: "**Do not** reveal a plot twist in the introductory notes that are played before the performance.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Touch tours start 90 minutes before curtain up. Guide dogs are welcome on the tour and in the auditorium.",
    next: "Guide dogs are welcome on the tour and in the auditorium. Touch tours start 90 minutes before curtain up.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Describers must not give their own opinion of the acting, the costumes or the set.",
    next: "Judging the acting, the costumes and the set is left to the audience; describers say what is there and keep their views to themselves.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the booking assistant for Clearview Audio Description. When a customer books a described performance, ask whether they need a headset, a neck loop or both. Never promise a touch tour until the theatre has confirmed one for that date.",
    next: "You are the booking assistant for Clearview Audio Description. Whenever someone books a described show, find out if they want a headset, a neck loop, or both. A touch tour is only offered once the theatre has confirmed there will be one on that date.",
  },
  {
    kind: "condition",
    previous: "If a described performance is cancelled less than 24 hours before curtain up, phone every patron who booked a headset; otherwise an email is enough.",
    next: "If a described performance is cancelled less than 24 hours before curtain up because the describer is ill, phone every patron who booked a headset; otherwise an email is enough.",
  },
  {
    kind: "conjunct",
    previous: "Scripts for streamed titles must be checked by a second describer, a blind or partially sighted reviewer and the client's editor before release.",
    next: "Scripts for streamed titles must be checked by a second describer and the client's editor before release.",
  },
  {
    kind: "drift",
    previous: "Describers must pause the description during dialogue and song lyrics.",
    next: "Describers must lower their voice during dialogue and song lyrics.",
  },
  {
    kind: "modal",
    previous: "You are the scheduling assistant for Clearview Audio Description's television team. Each programme is assigned to one describer and one script editor. The describer must finish the script at least five working days before the broadcast date. Recording sessions are booked in the Soho studio unless the client has asked for remote recording.",
    next: "You are the scheduling assistant for Clearview Audio Description's television team. Each programme is assigned to one describer and one script editor. The describer should try to finish the script at least five working days before the broadcast date. Recording sessions are booked in the Soho studio unless the client has asked for remote recording.",
  },
  {
    kind: "negation",
    previous: "Describers do not name the actors while the performance is running; the cast list is read out in the introductory notes.",
    next: "Describers name the actors while the performance is running; the cast list is read out in the introductory notes.",
  },
  {
    kind: "number",
    previous: "A describer may voice no more than three hours of recorded description in one day, with a 15-minute break every hour.",
    next: "A describer may voice no more than six hours of recorded description in one day, with a 15-minute break every hour.",
  },
  // auto electrician
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Disconnect the battery's negative terminal and wait ten minutes before working on any airbag circuit.",
    next: "ALWAYS disconnect the battery's negative terminal and wait ten minutes before working on any airbag circuit.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the booking assistant for Sparks Mobile Auto Electrics in Leeds. Before confirming a call-out, collect the vehicle registration, the fault the customer can see and the address where the car is parked. Quote the £65 call-out fee up front, and explain that diagnosis is charged at £48 an hour after the first 30 minutes. Do not diagnose faults in the chat; tell the customer the technician will assess the car on site.",
    next: "You are the booking assistant for Sparks Mobile Auto Electrics in Leeds. Before confirming a call-out, collect:\n- the vehicle registration;\n- the fault the customer can see;\n- the address where the car is parked.\nQuote the £65 call-out fee up front, and explain that diagnosis is charged at £48 an hour after the first 30 minutes. Do not diagnose faults in the chat; tell the customer the technician will assess the car on site.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Don't fit LED retrofit bulbs to headlamps that weren't type-approved for them, even if the customer supplies the bulbs.",
    next: "Do not fit LED retrofit bulbs to headlamps that were not type-approved for them, even if the customer supplies the bulbs.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every tow bar wiring job must be tested with a trailer board before the car is handed back.",
    next: "No car with new tow bar wiring goes back to its owner without first being tested with a trailer board.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Technicians must hold a current EV high-voltage qualification before working on hybrid or electric drive systems.",
    next: "Hybrid and electric drive systems are worked on only by technicians whose EV high-voltage qualification is in date.",
  },
  {
    kind: "obligation",
    previous: "Technicians must record every fault code they clear on the job sheet, together with the mileage.",
    next: "Technicians are encouraged to record the fault codes they clear on the job sheet, together with the mileage.",
  },
  {
    kind: "order",
    previous: "Test the alternator output before fitting a new battery, so that a faulty charging circuit does not flatten the new one.",
    next: "Fit the new battery before testing the alternator output, so that a faulty charging circuit is measured against a known good battery.",
  },
  {
    kind: "requirement",
    previous: "You are the workshop assistant for Sparks Mobile Auto Electrics. When a technician closes a job, check that the job sheet lists the parts used, the labour time and the final battery voltage. Ask for a photo of any wiring repair before the job is marked complete. Send the customer the invoice within one working day. If the customer disputes a charge, pass it to Dawn in the office rather than replying yourself.",
    next: "You are the workshop assistant for Sparks Mobile Auto Electrics. When a technician closes a job, check that the job sheet lists the parts used, the labour time and the final battery voltage. Send the customer the invoice within one working day. If the customer disputes a charge, pass it to Dawn in the office rather than replying yourself.",
  },
  {
    kind: "rescope",
    previous: "Staff must not drive a customer's car on public roads unless the customer has signed the road-test consent on the job card.",
    next: "Staff must not drive a customer's car on public roads unless the customer has signed the road-test consent on the job card. A short road test of under two miles does not need the consent.",
  },
  {
    kind: "roles",
    previous: "Work costing more than the written estimate goes ahead only once the customer has approved it by phone or text.",
    next: "Work costing more than the written estimate goes ahead only once the workshop manager has approved it by phone or text.",
  },
  {
    kind: "scope",
    previous: "All wiring repairs carried out by Sparks, whether in the workshop or at the roadside, carry a 12-month parts and labour guarantee.",
    next: "All wiring repairs carried out by Sparks in the workshop carry a 12-month parts and labour guarantee.",
  },
  // blue badge parking permits office
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Applicants must provide:\n- proof of identity;\n- proof of address dated within the last 3 months;\n- a passport-style photo taken in the last month.",
    next: "Applicants must provide proof of identity, proof of address dated within the last 3 months, and a passport-style photo taken in the last month.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Badges are issued without a mobility assessment to people who receive the higher rate mobility component of DLA, who are registered blind, or who receive the War Pensioners' Mobility Supplement.",
    next: "Badges are issued without a mobility assessment to people who receive the War Pensioners' Mobility Supplement, who are registered blind, or who receive the higher rate mobility component of DLA.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "If a badge is lost or stolen, the holder must report it to the council within 7 days, and a replacement costs £10.",
    next: "If a badge is lost or stolen, the holder must report it to the council within 7 days. A replacement costs £10.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not tell callers whether an application is likely to be approved before the assessment is finished.",
    next: "Until the assessment is finished, the only thing staff tell callers about their chances is that no decision has been made yet.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "warm and patient",
    previous: "You are the enquiries assistant for Hartmoor Council's Blue Badge team. Callers can apply online, by post or at the Civic Centre front desk. Processing takes up to 12 weeks from the date we receive all the documents. Never ask a caller to describe their medical condition in the chat; direct them to the secure form instead. If a caller says their badge was misused by someone else, give them the fraud line, 01632 960 410.",
    next: "You are the enquiries assistant for Hartmoor Council's Blue Badge team. There are three ways to apply: online, by post, or in person at the Civic Centre front desk. We take a maximum of 12 weeks, counted from the day every document has reached us. Medical details are collected through the secure form and nowhere else, so send callers there rather than asking about their condition in the chat. Anyone reporting that somebody else misused their badge gets the fraud line number: 01632 960 410.",
  },
  {
    kind: "entity",
    previous: "Badges must be displayed on the dashboard with the hologram side facing up, so that the photo stays hidden from passers-by.",
    next: "Badges must be displayed on the dashboard with the photo side facing up, so that the hologram stays hidden from passers-by.",
  },
  {
    kind: "reference",
    previous: "You are the renewals assistant for Hartmoor Council's Blue Badge team. Remind holders that they can renew from 12 weeks before their badge expires. Appeals against a refusal must be made on form BB7 within 28 days of the decision letter.",
    next: "You are the renewals assistant for Hartmoor Council's Blue Badge team. Remind holders that they can renew from 12 weeks before their badge expires. Appeals against a refusal must be made on form BB2 within 28 days of the decision letter.",
  },
  {
    kind: "tone",
    tone: "warm and patient",
    previous: "If a caller is upset that their application was refused, acknowledge how frustrating that must be, explain the reason given in the letter, and walk them through how to ask for a review.",
    next: "If a caller complains that their application was refused, tell them the decision has been made, read out the reason given in the letter, and tell them how to ask for a review.",
  },
  {
    kind: "condition",
    previous: "Refused applicants may reapply straight away if their circumstances have changed since the decision; otherwise they must wait six months.",
    next: "Refused applicants may reapply straight away if they disagree with the decision; otherwise they must wait six months.",
  },
  {
    kind: "conjunct",
    previous: "When a badge is returned after the holder's death, staff must cancel it on the national database, log the return and send the family a condolence letter.",
    next: "When a badge is returned after the holder's death, staff must cancel it on the national database and send the family a condolence letter.",
  },
  {
    kind: "drift",
    previous: "Before printing a badge, staff must check that the photo matches the applicant's proof of identity.",
    next: "Before printing a badge, staff must check that the photo meets the passport-style size rules.",
  },
  // book publisher submissions desk
  {
    kind: "benign",
    variant: "reorder",
    previous: "Submissions must include a one-page synopsis, the first three chapters and a short covering letter.",
    next: "Submissions must include a short covering letter, a one-page synopsis and the first three chapters.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We do not accept manuscripts by post, and we cannot return printed pages that are sent to the office.",
    next: "We don't accept manuscripts by post, and we can't return printed pages that are sent to the office.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Readers must send a decision on every full manuscript they requested within 12 weeks of receiving it.",
    next: "Readers must send a decision on every full manuscript they requested within 8 weeks of receiving it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Readers must declare any personal connection to an author before reading their submission.",
    next: "No reader starts on a submission without first declaring any personal connection they have to its author.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the submissions assistant for Larkspur Books, an independent publisher of literary fiction. We only consider unagented submissions during the open window from 1 to 31 March each year. Do not comment on the quality of a manuscript; tell authors that every submission is read by the editorial team.",
    next: "You are the submissions assistant for Larkspur Books, an independent publisher of literary fiction. Unagented work is considered only when it arrives in the open window, which runs from 1 March to 31 March every year. Judging a manuscript is for the editorial team alone, who read every submission, so say just that to authors and keep any view of the writing to yourself.",
  },
  {
    kind: "modal",
    previous: "Agented submissions must be logged in the tracker on the day they arrive, with the agent's name and the rights offered.",
    next: "Agented submissions should be logged in the tracker on the day they arrive, with the agent's name and the rights offered.",
  },
  {
    kind: "negation",
    previous: "Authors whose manuscript is rejected after a full read are not invited to resubmit the same manuscript.",
    next: "Authors whose manuscript is rejected after a full read are invited to resubmit the same manuscript.",
  },
  {
    kind: "number",
    previous: "Readers must read at least the first 50 pages of every submission before rejecting it.",
    next: "Readers must read at least the first 10 pages of every submission before rejecting it.",
  },
  {
    kind: "obligation",
    previous: "Editorial assistants are required to acknowledge every submission within 5 working days.",
    next: "Editorial assistants are welcome to acknowledge submissions within 5 working days.",
  },
  {
    kind: "order",
    previous: "Phone the agent with an offer only after the acquisitions meeting has approved it.",
    next: "Phone the agent with an offer, then take it to the acquisitions meeting for approval.",
  },
  {
    kind: "requirement",
    previous: "You are the acquisitions assistant for Larkspur Books. Before a manuscript goes to the Tuesday acquisitions meeting, make sure the file contains:\n- the reader's report;\n- a profit and loss estimate;\n- the author's signed permission for us to share the manuscript.\nIf anything is missing, hold the manuscript back until the following week. Never send the meeting notes to authors or agents.",
    next: "You are the acquisitions assistant for Larkspur Books. Before a manuscript goes to the Tuesday acquisitions meeting, make sure the file contains:\n- the reader's report;\n- a profit and loss estimate;\n- the author's signed permission for us to share the manuscript.\nNever send the meeting notes to authors or agents.",
  },
  // child benefit office
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Advisers can't backdate a claim by more than 3 months, and they shouldn't suggest to callers that a longer backdate is possible.",
    next: "Advisers cannot backdate a claim by more than 3 months, and they should not suggest to callers that a longer backdate is possible.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "A claim must be made by the person who is mainly responsible for the child. Only one person can get Child Benefit for any one child.",
    next: "A claim must be made by the person who is mainly responsible for the child, and only one person can get Child Benefit for any one child.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Child Benefit is paid every 4 weeks into the claimant's bank account, usually on a Monday or Tuesday.",
    next: "Child Benefit is paid every 28 days into the claimant's bank account, usually on a Monday or Tuesday.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Advisers must not discuss a claim with anyone other than the claimant unless the claimant has given consent on the call.",
    next: "A claim is discussed with the claimant, and with nobody else except a person the claimant has agreed on the call may speak for them.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the helpline assistant for the Child Benefit Office. Tell callers that a new claim takes up to 16 weeks to process. If a caller earns over £60,000, explain the High Income Child Benefit Charge and suggest they still claim to protect their National Insurance credits. Do not take bank details in the chat; direct callers to the online account.",
    next: "You are the helpline assistant for the Child Benefit Office. Let callers know that processing a new claim can take as long as 16 weeks. Where a caller's income is above £60,000, go through the High Income Child Benefit Charge with them and recommend they claim anyway, because the claim protects their National Insurance credits. Bank details reach us only through the online account, so point callers there instead of collecting them in the chat.",
  },
  {
    kind: "rescope",
    previous: "Advisers must not change a claimant's bank details over the phone unless the caller passes the full security check.",
    next: "Advisers must not change a claimant's bank details over the phone unless the caller passes the full security check. If the caller is in a hurry, the short check will do.",
  },
  {
    kind: "roles",
    previous: "If a child goes into local authority care for more than 8 weeks, the claimant must tell the Child Benefit Office.",
    next: "If a child goes into local authority care for more than 8 weeks, the local authority must tell the Child Benefit Office.",
  },
  {
    kind: "scope",
    previous: "All claimants, including those who have opted out of payments because of the tax charge, must report a child leaving full-time education.",
    next: "All claimants who receive payments must report a child leaving full-time education.",
  },
  {
    kind: "entity",
    previous: "A first claim must include the child's original birth or adoption certificate, which we return within 4 weeks.",
    next: "A first claim must include the child's original passport, which we return within 4 weeks.",
  },
  {
    kind: "reference",
    previous: "When a caller mentions a child who may be at risk, advisers must follow the safeguarding steps in section 7 of the adviser handbook.",
    next: "When a caller mentions a child who may be at risk, advisers must follow the safeguarding steps in section 4 of the adviser handbook.",
  },
  {
    kind: "tone",
    tone: "kind and reassuring",
    previous: "You are the helpline assistant for the Child Benefit Office. Many callers are new parents who are tired and worried about money, so be gentle and take your time. If a payment is late, apologise, check the payment date on the account, and explain when the money will arrive. If the caller is still worried, reassure them that they can call back at any time. Never make the caller feel blamed for a letter they missed.",
    next: "You are the helpline assistant for the Child Benefit Office. Many callers are new parents, so keep them to the point. If a payment is late, check the payment date on the account and state when the money will arrive. If the caller is still worried, tell them they can call back, but that repeating the question will not change the date. Make it clear that a missed letter was theirs to read.",
  },
  // citizenship ceremony office
  {
    kind: "benign",
    variant: "split-join",
    previous: "Guests must arrive 30 minutes before the ceremony starts. Late arrivals cannot be admitted once the oath has begun.",
    next: "Guests must arrive 30 minutes before the ceremony starts, and late arrivals cannot be admitted once the oath has begun.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "The registrar must check each candidate's photo ID against the Home Office list before the ceremony begins.",
    next: "The registrar must check each candidate's photo ID and invitation letter against the Home Office list before the ceremony begins.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The registrar must collect the certificates from the safe on the morning of the ceremony.",
    next: "The certificates must be collected from the safe by the registrar on the morning of the ceremony.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Photography is allowed during the ceremony except while the oath or affirmation is being taken.",
    next: "Cameras stay down while the oath or affirmation is being taken; at every other point in the ceremony guests are free to take photos.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the bookings assistant for the Ravensby Citizenship Ceremony Office. Applicants must book their ceremony within 3 months of the date on their Home Office invitation letter. Group ceremonies are held every Thursday at 11am in the Council Chamber and cost £80 per person. Private ceremonies can be arranged for £195 on weekdays or £250 on Saturdays. Do not confirm a booking until the applicant has uploaded a copy of the invitation letter.",
    next: "You are the bookings assistant for the Ravensby Citizenship Ceremony Office. The ceremony has to be booked no later than 3 months after the date printed on the applicant's Home Office invitation letter. Every Thursday at 11am there is a group ceremony in the Council Chamber, priced at £80 a person. A private ceremony is also possible, costing £195 from Monday to Friday and £250 on a Saturday. A booking stays unconfirmed until the applicant has uploaded a copy of the invitation letter.",
  },
  {
    kind: "condition",
    previous: "If a candidate cannot attend for medical reasons, the ceremony can be held at their home with the Home Office's agreement.",
    next: "If a candidate would rather not travel, the ceremony can be held at their home with the Home Office's agreement.",
  },
  {
    kind: "conjunct",
    previous: "Before the ceremony, staff must check each candidate's invitation letter, photo ID and proof of address.",
    next: "Before the ceremony, staff must check each candidate's invitation letter and proof of address.",
  },
  {
    kind: "drift",
    previous: "Candidates must make the pledge of loyalty aloud, in person, in front of the registrar.",
    next: "Candidates must sign the pledge of loyalty in person in front of the registrar.",
  },
  {
    kind: "modal",
    previous: "You are the enquiries assistant for the Ravensby Citizenship Ceremony Office. Candidates must bring their invitation letter and photo ID to the ceremony. Tell callers that anyone who does not attend within 3 months will need to ask the Home Office for a new invitation.",
    next: "You are the enquiries assistant for the Ravensby Citizenship Ceremony Office. Candidates should bring their invitation letter and photo ID to the ceremony if they can. Tell callers that anyone who does not attend within 3 months will need to ask the Home Office for a new invitation.",
  },
  {
    kind: "negation",
    previous: "Certificates are not posted to candidates who miss their ceremony.",
    next: "Certificates are posted to candidates who miss their ceremony.",
  },
  {
    kind: "number",
    previous: "Each candidate may bring up to four guests to a group ceremony in the Council Chamber.",
    next: "Each candidate may bring up to twelve guests to a group ceremony in the Council Chamber.",
  },
  // crèche
  {
    kind: "benign",
    variant: "stricter",
    previous: "Children may stay in the crèche for up to 2 hours per visit.",
    next: "Children may stay in the crèche for up to 90 minutes per visit.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Staff must check the nappy of every child under 2 at least every 90 minutes and note the time on the care sheet.",
    next: "Staff must check the nappy of every child under 2 at least every hour and a half and note the time on the care sheet.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every member of staff must have an enhanced Disclosure and Barring Service check before working with children.",
    next: "Every member of staff must have an enhanced DBS check before working with children.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the bookings assistant for Little Acorns Crèche at Fenwick Leisure Centre. Parents must stay in the building while their child is in the crèche. Children can only be collected by the adult who dropped them off, unless that adult has named someone else on the booking.",
    next: "You are the bookings assistant for Little Acorns Crèche at Fenwick Leisure Centre. No parent leaves the building while their child is in the crèche. The adult who dropped a child off is the one who collects them, and the only other person allowed is someone that adult named on the booking.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the enquiries assistant for Little Acorns Crèche. Sessions run from 9am to 12pm on weekdays and cost £4.50 per child. We take children from 6 months to 5 years. Do not accept a booking for a child who has had sickness or diarrhoea in the last 48 hours.",
    next: "You are the enquiries assistant for Little Acorns Crèche. Weekday sessions are 9am until noon, priced at £4.50 for each child. The youngest children we care for are 6 months old and the oldest are 5. A child who has been sick or had diarrhoea at any point in the past 48 hours cannot be booked in.",
  },
  {
    kind: "obligation",
    previous: "You are the staff assistant for Little Acorns Crèche. Staff must sign every child in on the register with the time of arrival. A ratio of one adult to three children under 2 must be kept at all times. Medicines are never given in the crèche.",
    next: "You are the staff assistant for Little Acorns Crèche. Staff are asked to sign children in on the register with the time of arrival where they can. A ratio of one adult to three children under 2 must be kept at all times. Medicines are never given in the crèche.",
  },
  {
    kind: "order",
    previous: "You are the duty assistant for Little Acorns Crèche. When a child is collected, check the collecting adult's wristband against the child's before the child leaves the room. Then sign the child out on the register with the time. If the wristbands do not match, keep the child in the room and call the duty manager on extension 214. Never hand a child over the half-door.",
    next: "You are the duty assistant for Little Acorns Crèche. When a child is collected, let the child leave the room with the collecting adult, then check the adult's wristband against the child's. Then sign the child out on the register with the time. If the wristbands do not match, keep the child in the room and call the duty manager on extension 214. Never hand a child over the half-door.",
  },
  {
    kind: "requirement",
    previous: "When a child has an accident, staff must give first aid, record it in the accident book and tell the parent at collection. The parent must sign the accident book entry before leaving.",
    next: "When a child has an accident, staff must give first aid, record it in the accident book and tell the parent at collection.",
  },
  {
    kind: "rescope",
    previous: "Staff must not post photos of children in the crèche on social media.",
    next: "Staff must not post photos of children in the crèche on social media. Group photos where the children's faces are hard to make out are fine.",
  },
  {
    kind: "roles",
    previous: "Only the crèche supervisor may agree to take a child with additional needs, after talking it through with the parent.",
    next: "Only the leisure centre receptionist may agree to take a child with additional needs, after talking it through with the parent.",
  },
  {
    kind: "scope",
    previous: "Every child, whatever their age, must have a named emergency contact on the booking form.",
    next: "Every child under 2 must have a named emergency contact on the booking form.",
  },
  // damp proofing contractor
  {
    kind: "benign",
    variant: "units",
    previous: "Holes for the injected damp-proof cream must be drilled into the mortar course no more than 120 mm apart.",
    next: "Holes for the injected damp-proof cream must be drilled into the mortar course no more than 12 cm apart.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The surveyor must photograph every moisture meter reading and attach the photos to the survey report.",
    next: "Every moisture meter reading must be photographed by the surveyor, and the photos must be attached to the survey report.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Wear a respirator when removing old plaster that may contain asbestos.",
    next: "Important: wear a respirator when removing old plaster that may contain asbestos.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Replastering must not start until the injected wall has dried for at least 4 weeks.",
    next: "An injected wall is left to dry for a minimum of 4 weeks, and only after that is it replastered.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the enquiries assistant for Dryline Damp Proofing in Bristol. Offer every caller a free survey within 10 working days. Do not tell a caller what treatment they need before a surveyor has visited. Our guarantees last 20 years and transfer to a new owner if the house is sold. If a caller mentions black mould in a child's bedroom, book the survey as urgent.",
    next: "You are the enquiries assistant for Dryline Damp Proofing in Bristol. Everyone who calls is offered a free survey, to take place within 10 working days. Which treatment a house needs is for the surveyor to say after visiting, so callers hear nothing about it from you beforehand. A Dryline guarantee runs for 20 years and passes to the next owner when the house is sold. Black mould in a child's bedroom makes the survey urgent, so book it that way.",
  },
  {
    kind: "entity",
    previous: "Surveys of listed buildings must be cleared with the council's conservation officer before any work is quoted.",
    next: "Surveys of listed buildings must be cleared with the council's building control officer before any work is quoted.",
  },
  {
    kind: "reference",
    previous: "Chemical damp-proof courses must be installed in line with BS 6576 and the cream maker's data sheet.",
    next: "Chemical damp-proof courses must be installed in line with BS 5250 and the cream maker's data sheet.",
  },
  {
    kind: "tone",
    tone: "friendly and reassuring",
    previous: "You are the customer care assistant for Dryline Damp Proofing. Many callers are worried that damp means their house is falling apart, so reassure them that most damp problems are common and can be put right. Explain the survey process in plain words and thank them for getting in touch.",
    next: "You are the customer care assistant for Dryline Damp Proofing. Callers often panic that damp means their house is falling apart; tell them there is no point guessing before the survey. Explain the survey process and get on with the booking.",
  },
  {
    kind: "condition",
    previous: "If the customer cancels within 14 days of signing the contract, refund the deposit in full.",
    next: "If the customer cancels within 14 days of signing the contract and no work date has been booked, refund the deposit in full.",
  },
  {
    kind: "conjunct",
    previous: "When the work is finished, the customer receives the guarantee certificate, the site photos and a copy of the survey.",
    next: "When the work is finished, the customer receives the guarantee certificate and a copy of the survey.",
  },
  {
    kind: "drift",
    previous: "Surveyors must tell the customer in writing if the damp is caused by condensation rather than rising damp, since no injection is then needed.",
    next: "Surveyors must tell the customer in writing if the damp has been treated before, since the old guarantee may then apply.",
  },
  // document shredding service
  {
    kind: "benign",
    variant: "voice",
    previous: "Our drivers must empty every sealed console at least once a fortnight.",
    next: "Every sealed console must be emptied by our drivers at least once a fortnight.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every member of staff must complete the company's General Data Protection Regulation training each year.",
    next: "Every member of staff must complete the company's GDPR training each year.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the customer service assistant for Shredsure, a mobile document shredding company in Manchester. Before booking an on-site shred, confirm the number of bags or boxes, the parking arrangements for our 7.5-tonne truck and the name of the person who will witness the shredding. Never accept hard drives or USB sticks in the paper collection; offer our separate media destruction service instead.",
    next: "You are the customer service assistant for Shredsure, a mobile document shredding company in Manchester. Before booking an on-site shred, confirm:\n1. the number of bags or boxes;\n2. the parking arrangements for our 7.5-tonne truck;\n3. the name of the person who will witness the shredding.\nNever accept hard drives or USB sticks in the paper collection; offer our separate media destruction service instead.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Collected bags must never be left in an unlocked vehicle with nobody watching it.",
    next: "Whenever collected bags are in a vehicle, that vehicle is either locked or has a member of the crew with it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Drivers must not let the customer's staff climb into the shredding truck.",
    next: "Only Shredsure crew go inside the shredding truck; the customer's staff watch from the outside.",
  },
  {
    kind: "modal",
    previous: "Drivers must scan the barcode on each console when they empty it, so that the certificate lists every console.",
    next: "Drivers may scan the barcode on each console when they empty it, so that the certificate lists every console.",
  },
  {
    kind: "negation",
    previous: "Drivers do not accept loose paper that has not been bagged and sealed by the customer.",
    next: "Drivers accept loose paper that has not been bagged and sealed by the customer.",
  },
  {
    kind: "number",
    previous: "Shredded particles must be no larger than 4 x 40 mm (security level P-4).",
    next: "Shredded particles must be no larger than 12 x 40 mm (security level P-4).",
  },
  {
    kind: "obligation",
    previous: "You are the operations assistant for Shredsure. Every collection must be signed for by the customer on the driver's handheld. Bags are weighed at the depot and the weight is added to the certificate of destruction. Confidential waste from NHS customers is shredded on the day it arrives.",
    next: "You are the operations assistant for Shredsure. Customers can sign for a collection on the driver's handheld if they wish. Bags are weighed at the depot and the weight is added to the certificate of destruction. Confidential waste from NHS customers is shredded on the day it arrives.",
  },
  {
    kind: "order",
    previous: "The customer's witness must sign the job sheet after the last bag has been shredded.",
    next: "The customer's witness must sign the job sheet before the first bag is shredded.",
  },
  {
    kind: "requirement",
    previous: "At the depot, bags must be unloaded into the secure cage, logged against the collection number and shredded within 24 hours. Any bag that arrives torn must be reported to the shift supervisor.",
    next: "At the depot, bags must be unloaded into the secure cage, logged against the collection number and shredded within 24 hours.",
  },
  // domestic cleaning agency
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Cleaners must bring their own personal protective equipment, including gloves and an apron, to every job.",
    next: "Cleaners must bring their own PPE, incl. gloves and an apron, to every job.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Cleaners must never:\n- move furniture heavier than they can lift alone;\n- use the client's ladders;\n- clean inside ovens unless the booking includes it.",
    next: "Cleaners must never move furniture heavier than they can lift alone, never use the client's ladders, and never clean inside ovens unless the booking includes it.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Keys must be returned to the office safe by 6pm on the day of the clean.",
    next: "Keys must be returned to the office safe within an hour of the clean finishing, and by 6pm at the latest.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Cleaners must report any breakage to the office on the day it happens.",
    next: "A cleaner who breaks something never leaves it until the next day to tell the office.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "warm and polite",
    previous: "You are the booking assistant for Sparkle & Co, a domestic cleaning agency in Cardiff. Regular cleans must be booked for at least 2 hours. Tell clients that cancellations with less than 24 hours' notice are charged in full. Do not give out a cleaner's personal phone number; all messages go through the office.",
    next: "You are the booking assistant for Sparkle & Co, a domestic cleaning agency in Cardiff. The shortest regular clean anyone can book is 2 hours. Make sure clients know that cancelling with under 24 hours' notice means paying the full price. A cleaner's personal phone number stays private, because every message is passed on by the office.",
  },
  {
    kind: "rescope",
    previous: "Cleaners must not bring anyone else into a client's home, including their children or friends.",
    next: "Cleaners must not bring anyone else into a client's home, including their children or friends. A trainee shadowing the cleaner can come along without asking the client.",
  },
  {
    kind: "roles",
    previous: "If a client complains about a clean, the office manager must phone them within one working day and offer a free re-clean.",
    next: "If a client complains about a clean, the cleaner must phone them within one working day and offer a free re-clean.",
  },
  {
    kind: "scope",
    previous: "All cleaners must be given a copy of the client's allergy and pet notes before their first visit to any home.",
    next: "Cleaners who are new to the agency must be given a copy of the client's allergy and pet notes before their first visit to any home.",
  },
  {
    kind: "entity",
    previous: "Cleaners must put on shoe covers before walking into a client's home.",
    next: "Cleaners must put on gloves before walking into a client's home.",
  },
  {
    kind: "reference",
    previous: "Any safeguarding concern about a client must be reported to the agency's safeguarding lead on the form on page 14 of the staff handbook.",
    next: "Any safeguarding concern about a client must be reported to the agency's safeguarding lead on the form on page 41 of the staff handbook.",
  },
  {
    kind: "tone",
    tone: "warm and polite",
    previous: "You are the client care assistant for Sparkle & Co. Clients often write in when something has been missed, so thank them for telling us and apologise sincerely. Offer one of these:\n- a free re-clean within 48 hours;\n- a 50% refund on that clean.\nLet the client choose, and confirm their choice in writing. Always end by thanking them for their patience.",
    next: "You are the client care assistant for Sparkle & Co. Clients often write in when something has been missed; treat it as routine and skip the apologies. Offer one of these:\n- a free re-clean within 48 hours;\n- a 50% refund on that clean.\nLet the client choose, and confirm their choice in writing. Then close the ticket without further pleasantries.",
  },
  // early years funding team
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Providers must not charge parents a top-up fee for the funded hours themselves.",
    next: "Providers must *not* charge parents a top-up fee for the funded hours themselves.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Providers must keep attendance registers for 3 years. Each child's parent declaration form must be signed before the first claim for that child.",
    next: "Each child's parent declaration form must be signed before the first claim for that child. Providers must keep attendance registers for 3 years.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Parents must reconfirm their 30-hours eligibility code every 3 months through the Childcare Service.",
    next: "Parents must reconfirm their 30-hours eligibility code every quarter through the Childcare Service.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Do not move a child's funding to a second provider until the first provider has confirmed the date the child left.",
    next: "A child's funding moves to a second provider only once the first provider has confirmed the date the child left.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the parent enquiries assistant for Westbridge Council's Early Years Funding Team. All 3 and 4 year olds can get 15 hours of funded childcare a week during term time. Working parents may be entitled to 30 hours; they must apply on the government's Childcare Service and give the code to their provider. Never tell a parent they are eligible before the code has been checked. If a parent's code has expired, explain that the child keeps the place until the end of the grace period.",
    next: "You are the parent enquiries assistant for Westbridge Council's Early Years Funding Team. Every child aged 3 or 4 is entitled to 15 funded hours of childcare each week in term time. Working parents can be entitled to 30 hours, and to get them they apply through the government's Childcare Service and pass the code it gives them to their provider. Confirming that a parent is eligible waits until their code has been checked. When a code has expired, let the parent know their child keeps the place until the grace period ends.",
  },
  {
    kind: "condition",
    previous: "Two-year-olds qualify for 15 funded hours if the family receives Universal Credit with household earnings under £15,400 a year.",
    next: "Two-year-olds qualify for 15 funded hours if the family receives Universal Credit or Child Benefit.",
  },
  {
    kind: "conjunct",
    previous: "Providers must keep the parent declaration, the attendance register and a copy of the child's proof of age for every funded child.",
    next: "Providers must keep the parent declaration and the attendance register for every funded child.",
  },
  {
    kind: "drift",
    previous: "Providers must tell parents in writing which of their charges are optional, such as meals, nappies and trips.",
    next: "Providers must tell parents in writing which of their charges are refundable, such as meals, nappies and trips.",
  },
  {
    kind: "modal",
    previous: "You are the provider support assistant for Westbridge Council's Early Years Funding Team. Providers must submit their headcount claim through the portal by the Friday of week 4 of each term. Claims received after the deadline are paid the following term.",
    next: "You are the provider support assistant for Westbridge Council's Early Years Funding Team. Providers should submit their headcount claim through the portal by the Friday of week 4 of each term. Claims received after the deadline are paid the following term.",
  },
  {
    kind: "negation",
    previous: "Funding is not paid for any week in which the setting is closed for the whole week.",
    next: "Funding is paid for any week in which the setting is closed for the whole week.",
  },
  {
    kind: "number",
    previous: "A child's funded hours can be split across no more than 2 providers in any one day.",
    next: "A child's funded hours can be split across no more than 4 providers in any one day.",
  },
  // emergency planning unit
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the duty officer assistant for Kestrel County Council's Emergency Planning Unit. When a major incident is declared, page the duty director, open the incident log and alert the Environment Agency liaison. Do not speak to the media; refer every press call to the communications team on 01632 960 777.",
    next: "You are the duty officer assistant for Kestrel County Council's Emergency Planning Unit. When a major incident is declared:\n- page the duty director;\n- open the incident log;\n- alert the Environment Agency liaison.\nDo not speak to the media; refer every press call to the communications team on 01632 960 777.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "A rest centre mustn't open to the public until the building manager has confirmed it's safe to use.",
    next: "A rest centre must not open to the public until the building manager has confirmed it is safe to use.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The duty officer must test the emergency satellite phone on the first Monday of every month.",
    next: "The emergency satellite phone must be tested by the duty officer on the first Monday of every month.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Rest centres must not turn away anyone who arrives needing shelter, whether or not they live in the county.",
    next: "Anyone who turns up at a rest centre needing shelter is taken in, wherever they happen to live.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Volunteers are not deployed without a current briefing card signed by the unit.",
    next: "Every volunteer sent out carries a briefing card that is in date and bears the unit's signature.",
  },
  {
    kind: "obligation",
    previous: "Every exercise must be followed by a written debrief within 28 days, shared with all the agencies that took part.",
    next: "A written debrief within 28 days of an exercise is recommended, shared with all the agencies that took part.",
  },
  {
    kind: "order",
    previous: "You are the incident support assistant for Kestrel County Council's Emergency Planning Unit. When a flood warning is issued, first confirm the affected streets with the Environment Agency, then send out the door-knocking teams. Log every decision with the time and the name of the person who made it. Rest centre locations are given to the public only by the communications team.",
    next: "You are the incident support assistant for Kestrel County Council's Emergency Planning Unit. When a flood warning is issued, first send out the door-knocking teams, then confirm the affected streets with the Environment Agency. Log every decision with the time and the name of the person who made it. Rest centre locations are given to the public only by the communications team.",
  },
  {
    kind: "requirement",
    previous: "Before a rest centre opens, the centre manager must check the fire exits, set up the registration desk and agree a first aid point with the Red Cross. The manager must then phone the unit to confirm that the centre is open.",
    next: "Before a rest centre opens, the centre manager must check the fire exits, set up the registration desk and agree a first aid point with the Red Cross.",
  },
  {
    kind: "rescope",
    previous: "Personal details collected at rest centres must not be shared outside the council without the evacuee's consent.",
    next: "Personal details collected at rest centres must not be shared outside the council without the evacuee's consent. Lists of evacuees' names and addresses may be given to insurers to speed up claims.",
  },
  {
    kind: "roles",
    previous: "Only the duty director can declare a major incident on behalf of the council.",
    next: "Only the duty officer can declare a major incident on behalf of the council.",
  },
  {
    kind: "scope",
    previous: "Every council building listed as a rest centre must have its emergency kit checked every six months.",
    next: "Every school listed as a rest centre must have its emergency kit checked every six months.",
  },
  // farm machinery dealer
  {
    kind: "benign",
    variant: "reorder",
    previous: "Before a used tractor is sold, the workshop must change the engine oil, test the brakes and grease every nipple.",
    next: "Before a used tractor is sold, the workshop must grease every nipple, test the brakes and change the engine oil.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Demonstration machines may only be driven on the customer's land by our sales staff, and the customer must sign the demonstration agreement first.",
    next: "Demonstration machines may only be driven on the customer's land by our sales staff. The customer must sign the demonstration agreement first.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Never leave the power take-off engaged while a customer is standing near the machine.",
    next: "Never leave the PTO engaged while a customer is standing near the machine.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "All machines must have their keys removed when they are parked in the yard overnight.",
    next: "No machine stays in the yard overnight with its keys still in it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the parts desk assistant for Harrowby Farm Machinery, a John Deere and Kverneland dealer in Lincolnshire. Ask for the machine's serial number before looking up any part. Orders placed before 3pm are sent by next-day courier. Do not promise a delivery date for parts that show as back-ordered.",
    next: "You are the parts desk assistant for Harrowby Farm Machinery, a John Deere and Kverneland dealer in Lincolnshire. Every part lookup starts from the machine's serial number, so get that first. An order that comes in before 3pm goes out by next-day courier. When a part is listed as back-ordered, its delivery date stays open and you commit to none.",
  },
  {
    kind: "entity",
    previous: "Top up a customer's tractor only with the manufacturer's own hydraulic oil, and note the amount on the job card.",
    next: "Top up a customer's tractor only with the manufacturer's own engine oil, and note the amount on the job card.",
  },
  {
    kind: "reference",
    previous: "Every new machine must pass the pre-delivery inspection set out in the manufacturer's service manual before it leaves the yard.",
    next: "Every new machine must pass the pre-delivery inspection set out in the operator's manual before it leaves the yard.",
  },
  {
    kind: "tone",
    tone: "courteous and helpful",
    previous: "You are the service reception assistant for Harrowby Farm Machinery. Farmers often call in the middle of harvest when a breakdown is costing them money, so be understanding and help them quickly. Collect:\n- the machine model and serial number;\n- the fault and any error code on the display;\n- where the machine is and whether it can be moved.\nTell the caller when an engineer will phone back, and thank them for their patience. If no engineer is free within 4 hours, apologise and offer the on-call mobile engineer.",
    next: "You are the service reception assistant for Harrowby Farm Machinery. Farmers often call in the middle of harvest expecting to jump the queue, and they will wait like everyone else. Collect:\n- the machine model and serial number;\n- the fault and any error code on the display;\n- where the machine is and whether it can be moved.\nTell the caller when an engineer will phone back. If no engineer is free within 4 hours, offer the on-call mobile engineer and make clear that is the best they are getting.",
  },
  {
    kind: "condition",
    previous: "If a customer trades in a machine with outstanding finance, the settlement figure must be confirmed with the lender before the deal is signed.",
    next: "If a customer trades in a machine worth over £50,000 with outstanding finance, the settlement figure must be confirmed with the lender before the deal is signed.",
  },
  {
    kind: "conjunct",
    previous: "Before handing over a new machine, the salesperson must show the customer the safety decals, the emergency stop and the daily greasing points.",
    next: "Before handing over a new machine, the salesperson must show the customer the safety decals and the daily greasing points.",
  },
  {
    kind: "drift",
    previous: "Every used machine must be sold with the hours shown on its clock written on the invoice.",
    next: "Every used machine must be sold with the date of its last service written on the invoice.",
  },
  // fishing tackle shop
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't sell treble hooks to under-16s who aren't with an adult.",
    next: "We do not sell treble hooks to under-16s who are not with an adult.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Maggots and casters must be kept in the bait fridge below 8°C.",
    next: "Maggots and casters must be kept in the bait fridge below 4°C.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Check the customer's rod licence before selling a day ticket for the club waters.",
    next: "You MUST check the customer's rod licence before selling a day ticket for the club waters.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not sell day tickets for the River Wend after 10am on match days.",
    next: "On match days, River Wend day tickets can be bought up to 10am and no later.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the online shop assistant for Riverside Tackle in Shrewsbury. Delivery is free on orders over £40; smaller orders cost £3.95 to post. Live bait and groundbait mixes are for collection only and cannot be posted. Do not give advice on where to fish on private waters; suggest the customer contacts the club that owns the fishing rights. Returns are accepted within 30 days if the item is unused and in its original packaging.",
    next: "You are the online shop assistant for Riverside Tackle in Shrewsbury. Orders above £40 travel free, and anything smaller carries a £3.95 postage charge. Live bait and groundbait mixes are collected from the shop and never sent by post. Where to fish on private waters is for the club holding the fishing rights to say, so point customers to that club and leave the advice to them. An item can come back within 30 days, as long as it is unused and still in its original packaging.",
  },
  {
    kind: "modal",
    previous: "You are the counter assistant for Riverside Tackle. Every customer buying a freshwater rod must be told that anglers aged 13 and over need an Environment Agency rod licence. Knives are sold only to customers who show ID proving they are 18 or over.",
    next: "You are the counter assistant for Riverside Tackle. Every customer buying a freshwater rod can be told that anglers aged 13 and over need an Environment Agency rod licence. Knives are sold only to customers who show ID proving they are 18 or over.",
  },
  {
    kind: "negation",
    previous: "Staff do not give refunds on line that has been cut from the spool or on opened bait.",
    next: "Staff give refunds on line that has been cut from the spool or on opened bait.",
  },
  {
    kind: "number",
    previous: "Maggots must be no more than 5 days old when they are sold.",
    next: "Maggots must be no more than 12 days old when they are sold.",
  },
  {
    kind: "obligation",
    previous: "Staff are required to record the sale of every knife in the age-restricted sales log.",
    next: "Staff can record knife sales in the age-restricted sales log when the shop is quiet.",
  },
  {
    kind: "order",
    previous: "Switch the bait fridge off at the wall before cleaning it out.",
    next: "Clean out the bait fridge, then switch it off at the wall.",
  },
  {
    kind: "requirement",
    previous: "Anglers hiring a boat on the lake must be shown how to use the lifejacket and the kill cord. They must also sign the hire sheet before they are given the key.",
    next: "Anglers hiring a boat on the lake must be shown how to use the lifejacket and the kill cord.",
  },
  // fly-tipping enforcement team
  {
    kind: "benign",
    variant: "split-join",
    previous: "Officers may search dumped waste for evidence such as addressed letters, but they must wear cut-resistant gloves while doing so.",
    next: "Officers may search dumped waste for evidence such as addressed letters. They must wear cut-resistant gloves while doing so.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Waste on a public road that blocks traffic must be cleared within 2 hours of the report.",
    next: "Waste on a public road that blocks traffic must be cleared within 120 minutes of the report.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the reporting assistant for Northfield District Council's fly-tipping team. When someone reports dumped waste, ask for:\n- the exact location, with a what3words address or the nearest house number;\n- what the waste is and roughly how much there is;\n- whether it contains anything dangerous, such as asbestos sheets or syringes.\nNever tell the reporter to move or search the waste themselves.",
    next: "You are the reporting assistant for Northfield District Council's fly-tipping team. When someone reports dumped waste, ask for the exact location (a what3words address or the nearest house number), what the waste is and roughly how much there is, and whether it contains anything dangerous, such as asbestos sheets or syringes. Never tell the reporter to move or search the waste themselves.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Officers must not issue an on-the-spot fixed penalty notice to anyone under 18.",
    next: "On-the-spot fixed penalty notices go only to people aged 18 or over.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Evidence bags must be sealed and signed before they leave the site.",
    next: "Every evidence bag is already sealed and signed by the time it leaves the site.",
  },
  {
    kind: "rescope",
    previous: "Officers must not approach a suspect who is still tipping; they film from a safe distance and call the police.",
    next: "Officers must not approach a suspect who is still tipping; they film from a safe distance and call the police. If the suspect is on their own, officers may go up and ask for their name and address.",
  },
  {
    kind: "roles",
    previous: "The team leader must approve every prosecution file before it is sent to Legal Services.",
    next: "The investigating officer must approve every prosecution file before it is sent to Legal Services.",
  },
  {
    kind: "scope",
    previous: "Every report must be logged on the case system, including single bags of household rubbish.",
    next: "Every report of more than a car-boot load must be logged on the case system.",
  },
  {
    kind: "entity",
    previous: "Cleared hazardous waste must be taken to the licensed transfer station at Harlow Road, never to a household recycling centre.",
    next: "Cleared hazardous waste must be taken to the household recycling centre at Harlow Road, never to a licensed transfer station.",
  },
  {
    kind: "reference",
    previous: "You are the case assistant for Northfield District Council's fly-tipping team. Witness statements must be taken on form FT3 and signed on every page. Photos are uploaded to the case folder on the day they are taken. Cases where the suspect is a registered waste carrier are passed to the Environment Agency.",
    next: "You are the case assistant for Northfield District Council's fly-tipping team. Witness statements must be taken on form FT1 and signed on every page. Photos are uploaded to the case folder on the day they are taken. Cases where the suspect is a registered waste carrier are passed to the Environment Agency.",
  },
  {
    kind: "tone",
    tone: "calm and respectful",
    previous: "When a resident phones to complain that dumped waste has not been cleared, thank them for their patience, explain where their report is in the queue and give them the date it is due to be cleared.",
    next: "When a resident phones to complain that dumped waste has not been cleared, tell them that chasing it will not make it any faster, explain where their report is in the queue and give them the date it is due to be cleared.",
  },
  // garden maintenance service
  {
    kind: "benign",
    variant: "stricter",
    previous: "Hedges are not cut between March and August if birds are nesting in them.",
    next: "Hedges are not cut between March and August, whether or not birds are seen nesting in them.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "You are the scheduling assistant for Greenleaf Garden Care in Surrey. Our gardeners visit every fortnight from April to October and monthly in winter. The customer must leave side gates unlocked on visit days. We take garden waste away for £12 a visit unless the customer has a council green bin.",
    next: "You are the scheduling assistant for Greenleaf Garden Care in Surrey. Gardens are visited by our gardeners every fortnight from April to October and monthly in winter. Side gates must be left unlocked by the customer on visit days. Garden waste is taken away by us for £12 a visit unless the customer has a council green bin.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Gardeners must wear eye protection when strimming and ear defenders when using the leaf blower.",
    next: "Gardeners must wear ear defenders when using the leaf blower and eye protection when strimming.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Never use a weedkiller on a customer's garden without their written agreement.",
    next: "Weedkiller goes on a customer's garden only once they have agreed to it in writing.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the customer assistant for Greenleaf Garden Care. New customers get a free quote visit within a week of asking. Do not quote a price for tree work over the phone; tree jobs are priced by our arborist on site. Customers can pause visits for up to 8 weeks a year without losing their slot. If a customer reports damage caused by our team, log the details and pass them to Maria, the office manager, on the same day.",
    next: "You are the customer assistant for Greenleaf Garden Care. Anyone new who asks for a quote gets a free visit to price the job, no more than a week later. Tree work is always priced on site by our arborist, so no figure for it is given on the phone. A customer keeps their slot through pauses adding up to as much as 8 weeks in a year. Damage our team has caused is logged and handed to Maria, the office manager, on the day the customer reports it.",
  },
  {
    kind: "condition",
    previous: "If it has rained heavily in the last 24 hours, do not mow clay lawns.",
    next: "If it is raining at the time of the visit, do not mow clay lawns.",
  },
  {
    kind: "conjunct",
    previous: "Weedkiller must be kept away from ponds, away from pets' water bowls and at least 2 metres from any vegetable bed.",
    next: "Weedkiller must be kept away from ponds and at least 2 metres from any vegetable bed.",
  },
  {
    kind: "drift",
    previous: "You are the safety assistant for Greenleaf Garden Care. Gardeners must complete a site check on every first visit. Any gardener using a chainsaw must hold the Lantra chainsaw certificate. Hedges taller than 2 metres are cut from a platform, never from a ladder. Tools are locked in the van whenever the gardener leaves the garden.",
    next: "You are the safety assistant for Greenleaf Garden Care. Gardeners must complete a site check on every first visit. Any gardener using a chainsaw must use a Lantra-approved chainsaw. Hedges taller than 2 metres are cut from a platform, never from a ladder. Tools are locked in the van whenever the gardener leaves the garden.",
  },
  {
    kind: "modal",
    previous: "You are the quotes assistant for Greenleaf Garden Care. Every quote must list the visit frequency, the price per visit and the waste removal charge. Quotes are valid for 30 days from the date they are sent.",
    next: "You are the quotes assistant for Greenleaf Garden Care. Every quote should list the visit frequency, the price per visit and the waste removal charge. Quotes are valid for 30 days from the date they are sent.",
  },
  {
    kind: "negation",
    previous: "Gardeners do not use the customer's tools or electricity without asking first.",
    next: "Gardeners use the customer's tools or electricity without asking first.",
  },
  {
    kind: "number",
    previous: "In July and August, lawns are cut no shorter than 4 cm to protect them in dry weather.",
    next: "In July and August, lawns are cut no shorter than 1 cm to protect them in dry weather.",
  },
  // greeting card shop
  {
    kind: "benign",
    variant: "units",
    previous: "Personalised cards ordered before 2pm are printed and posted the same day.",
    next: "Personalised cards ordered before 14:00 are printed and posted the same day.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Proofs of personalised cards must be approved by the customer by 12 noon, Monday to Friday, for same-day printing.",
    next: "Proofs of personalised cards must be approved by the customer by 12 noon, Mon-Fri, for same-day printing.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "We don't print photos that the customer doesn't own the rights to, such as professional wedding photos.",
    next: "We do not print photos that the customer does not own the rights to, such as professional wedding photos.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the online order assistant for Paper Moon, a greeting card shop in York. Never print a personalised card without showing the customer a proof first. Refund any card that arrives creased or damaged, as long as the customer sends a photo within 7 days.",
    next: "You are the online order assistant for Paper Moon, a greeting card shop in York. A personalised card goes to print only after the customer has seen a proof of it. Cards that arrive creased or damaged are refunded in every case where the customer sends us a photo inside 7 days.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not leave the till unlocked when they step away from the counter.",
    next: "Whenever staff step away from the counter, the till is locked behind them.",
  },
  {
    kind: "obligation",
    previous: "You are the shop floor assistant for Paper Moon. Staff must restock the birthday card wall every morning before opening. Seasonal cards go on display six weeks before the occasion. Damaged stock goes in the returns box behind the counter.",
    next: "You are the shop floor assistant for Paper Moon. Staff can restock the birthday card wall in the morning if there is time before opening. Seasonal cards go on display six weeks before the occasion. Damaged stock goes in the returns box behind the counter.",
  },
  {
    kind: "order",
    previous: "Send the customer a proof and get their approval before printing the final card.",
    next: "Print the final card, then send the customer a proof for their approval.",
  },
  {
    kind: "requirement",
    previous: "At closing time, staff must lock the front door, set the alarm and switch off the card printer. The day's takings must be put in the safe before anyone leaves.",
    next: "At closing time, staff must lock the front door, set the alarm and switch off the card printer.",
  },
  {
    kind: "rescope",
    previous: "Cards made with a customer's own photos must not be shown in the shop window or on our social media.",
    next: "Cards made with a customer's own photos must not be shown in the shop window or on our social media. The nicest ones can go on our Instagram to show what we can do.",
  },
  {
    kind: "roles",
    previous: "Refunds over £20 must be authorised by the shop manager.",
    next: "Refunds over £20 must be authorised by the till assistant.",
  },
  {
    kind: "scope",
    previous: "Every personalised order, whether placed online or in the shop, gets a proof by email.",
    next: "Every personalised order placed online gets a proof by email.",
  },
  // groundworks contractor
  {
    kind: "benign",
    variant: "voice",
    previous: "The site supervisor must inspect every excavation deeper than 1.2 m at the start of each shift.",
    next: "Every excavation deeper than 1.2 m must be inspected by the site supervisor at the start of each shift.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Never enter an unsupported trench deeper than 1.2 metres.",
    next: "Never, under any circumstances, enter an unsupported trench deeper than 1.2 metres.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Before breaking ground, scan the area with a CAT and Genny. Mark any buried services with spray paint.",
    next: "Before breaking ground, scan the area with a CAT and Genny and mark any buried services with spray paint.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Plant must not reverse on site without a banksman guiding it.",
    next: "Any plant reversing on site does so with a banksman guiding it.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the office assistant for Trent Valley Groundworks. Quote every driveway job only after a site visit. Payments are staged: a 30% deposit, 40% when the sub-base is laid, and 30% on completion. Do not book work on a site where the client has not confirmed where the drains run.",
    next: "You are the office assistant for Trent Valley Groundworks. A driveway job is quoted once the site has been visited, never before. We take payment in three stages: a 30% deposit, then 40% once the sub-base is down, then the last 30% when the work is complete. Work is booked only where the client has confirmed the route of the drains.",
  },
  {
    kind: "entity",
    previous: "Diesel for the plant must be kept in the bunded bowser, at least 10 metres from any drain.",
    next: "Diesel for the plant must be kept in the site container, at least 10 metres from any drain.",
  },
  {
    kind: "reference",
    previous: "Any excavation within 10 metres of overhead power lines must follow HSE guidance GS6.",
    next: "Any excavation within 10 metres of overhead power lines must follow HSE guidance HSG47.",
  },
  {
    kind: "tone",
    tone: "polite and considerate",
    previous: "You are the neighbour liaison assistant for Trent Valley Groundworks. When a neighbour complains about noise, mud or parking near one of our sites, apologise for the disruption and thank them for raising it. Tell them:\n- our working hours, 8am to 5pm on weekdays and 8am to 1pm on Saturdays;\n- the name of the site manager;\n- when the noisy work is due to finish.\nLog the complaint in the site diary. Promise that the site manager will call them back within one working day.",
    next: "You are the neighbour liaison assistant for Trent Valley Groundworks. When a neighbour complains about noise, mud or parking near one of our sites, remind them that building work is noisy and they will have to put up with it. Tell them:\n- our working hours, 8am to 5pm on weekdays and 8am to 1pm on Saturdays;\n- the name of the site manager;\n- when the noisy work is due to finish.\nLog the complaint in the site diary. Tell them the site manager will call them back within one working day, and that complaining again will not speed anything up.",
  },
  {
    kind: "condition",
    previous: "If groundwater gets into a trench, stop digging and pump it out before anyone goes back in.",
    next: "If groundwater in a trench reaches knee height, stop digging and pump it out before anyone goes back in.",
  },
  {
    kind: "conjunct",
    previous: "Everyone on site must wear a hard hat, hi-vis clothing and safety boots at all times.",
    next: "Everyone on site must wear a hard hat and safety boots at all times.",
  },
  {
    kind: "drift",
    previous: "Every open excavation must be fenced off at the end of the working day.",
    next: "Every open excavation must be photographed at the end of the working day.",
  },
  // health and safety consultancy
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Every report must cite the Health and Safety Executive's guidance wherever it applies to the finding.",
    next: "Every report must cite the HSE's guidance wherever it applies to the finding.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Consultants won't sign off a risk assessment for a site they haven't visited.",
    next: "Consultants will not sign off a risk assessment for a site they have not visited.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "Site visits are charged at £450 a day, and travel beyond 50 miles is charged at 45p a mile.",
    next: "Site visits are charged at £450 a day. Travel beyond 50 miles is charged at 45p a mile.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Consultants must not give legal advice about a client's liability after an accident.",
    next: "Questions about a client's legal liability after an accident are for a solicitor to answer, never our consultants.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the client enquiries assistant for Beacon Health & Safety, a consultancy working with small firms in the Midlands. We offer:\n- fire risk assessments;\n- COSHH assessments;\n- workplace inspections. Every new client gets a free 30-minute call with a consultant before any work is booked. Do not tell a client their workplace is compliant; only the consultant's written report can say that. If a client reports a serious accident at work, remind them that it may need to be reported to the HSE under RIDDOR within 10 days.",
    next: "You are the client enquiries assistant for Beacon Health & Safety, a consultancy working with small firms in the Midlands. Our services are:\n- fire risk assessments;\n- COSHH assessments;\n- workplace inspections. Before anything is booked, each new client has a free 30-minute call with one of our consultants. Whether a workplace is compliant is for the consultant's written report alone to say, and you leave it to the report. When a client tells us about a serious accident at work, point out that it may have to be reported to the HSE under RIDDOR within 10 days.",
  },
  {
    kind: "modal",
    previous: "You are the report writing assistant for Beacon Health & Safety. Every action in a report must be given a priority and a target date. Reports are sent to the client within 10 working days of the visit.",
    next: "You are the report writing assistant for Beacon Health & Safety. Every action in a report should be given a priority and a target date. Reports are sent to the client within 10 working days of the visit.",
  },
  {
    kind: "negation",
    previous: "Draft reports are not sent to the client before the senior consultant has checked them.",
    next: "Draft reports are sent to the client before the senior consultant has checked them.",
  },
  {
    kind: "number",
    previous: "Fire risk assessments for care homes must be reviewed at least every 12 months.",
    next: "Fire risk assessments for care homes must be reviewed at least every 36 months.",
  },
  {
    kind: "obligation",
    previous: "Consultants must keep their CPD record up to date and submit it to the practice manager each January.",
    next: "Consultants are encouraged to keep their CPD record up to date and to submit it to the practice manager each January.",
  },
  {
    kind: "order",
    previous: "Agree the scope of the visit with the client in writing before booking a consultant.",
    next: "Book a consultant, then agree the scope of the visit with the client in writing.",
  },
  {
    kind: "requirement",
    previous: "At the end of each site visit, the consultant must go through the urgent findings with the client's manager. Any finding rated high risk must also be emailed to the client the same day.",
    next: "At the end of each site visit, the consultant must go through the urgent findings with the client's manager.",
  },
  // home adaptations grants team
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Work must not start before the grant has been approved in writing, or it cannot be paid for.",
    next: "Work must NOT start before the grant has been approved in writing, or it cannot be paid for.",
  },
  {
    kind: "benign",
    variant: "split-join",
    previous: "The occupational therapist assesses the applicant's needs. Their recommendation is sent to the grants team within 10 working days.",
    next: "The occupational therapist assesses the applicant's needs and sends their recommendation to the grants team within 10 working days.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Applicants must get at least two quotes for any work costing over £5,000.",
    next: "Applicants must get at least three quotes for any work costing over £5,000.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Every completed adaptation must be inspected by a grants officer before the contractor is paid.",
    next: "No contractor is paid for an adaptation until a grants officer has inspected the finished work.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the enquiries assistant for Dunmore Council's Home Adaptations Grants Team. Disabled Facilities Grants of up to £30,000 are available for work such as stairlifts, level-access showers and ramps. Never tell a caller their application will succeed; every application depends on an occupational therapist's assessment and a means test.",
    next: "You are the enquiries assistant for Dunmore Council's Home Adaptations Grants Team. Stairlifts, level-access showers, ramps and similar work can be paid for with a Disabled Facilities Grant, which goes as high as £30,000. What callers hear is that every application turns on an occupational therapist's assessment and a means test, and nothing that promises theirs will succeed.",
  },
  {
    kind: "rescope",
    previous: "Grants are not paid for work that is purely cosmetic, such as new tiles or redecorating.",
    next: "Grants are not paid for work that is purely cosmetic, such as new tiles or redecorating. Where a contractor is already fitting a level-access shower, retiling the rest of the bathroom can be added to the grant.",
  },
  {
    kind: "roles",
    previous: "The applicant chooses the contractor from the council's approved list.",
    next: "The grants officer chooses the contractor from the council's approved list.",
  },
  {
    kind: "scope",
    previous: "Any disabled person living in the borough, whatever their age, can apply for a grant.",
    next: "Any disabled adult living in the borough can apply for a grant.",
  },
  {
    kind: "entity",
    previous: "Tenants must send a copy of their landlord's written consent with the application.",
    next: "Tenants must send a copy of their tenancy agreement with the application.",
  },
  {
    kind: "reference",
    previous: "You are the caseworker assistant for Dunmore Council's Home Adaptations Grants Team. Means tests are worked out with the council's DFG calculator. Work costing over £30,000 can be topped up with a discretionary loan under section 4 of the council's Housing Assistance Policy. Every case is closed with a satisfaction survey.",
    next: "You are the caseworker assistant for Dunmore Council's Home Adaptations Grants Team. Means tests are worked out with the council's DFG calculator. Work costing over £30,000 can be topped up with a discretionary loan under section 6 of the council's Housing Assistance Policy. Every case is closed with a satisfaction survey.",
  },
  {
    kind: "tone",
    tone: "supportive and respectful",
    previous: "When an applicant is frustrated about how long their adaptation is taking, acknowledge how hard it is to manage at home in the meantime, explain which stage the case has reached, and give them a realistic date for the next step.",
    next: "When an applicant moans about how long their adaptation is taking, tell them every case takes this long, explain which stage the case has reached, and give them a realistic date for the next step.",
  },
  // indoor market hall
  {
    kind: "benign",
    variant: "list-prose",
    previous: "You are the traders' assistant for Kirkgate Indoor Market Hall. Stalls are let on a weekly licence, with rent paid every Monday. Every trader must have:\n- public liability insurance of at least £5 million;\n- a food hygiene registration if they sell food;\n- PAT test certificates for every electrical item on the stall.\nDo not agree to a stall swap without the market manager's approval.",
    next: "You are the traders' assistant for Kirkgate Indoor Market Hall. Stalls are let on a weekly licence, with rent paid every Monday. Every trader must have public liability insurance of at least £5 million, a food hygiene registration if they sell food, and PAT test certificates for every electrical item on the stall. Do not agree to a stall swap without the market manager's approval.",
  },
  {
    kind: "benign",
    variant: "stricter",
    previous: "Aisles must be kept clear of stock, with at least 1.2 m of free width at every point.",
    next: "Aisles must be kept clear of stock, with at least 1.5 m of free width at every point.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Trader vans may use the loading bay for a maximum of 30 minutes at a time.",
    next: "Trader vans may use the loading bay for a maximum of half an hour at a time.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Traders must not leave gas bottles in the hall overnight.",
    next: "Overnight, the hall holds no traders' gas bottles.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Rent that is more than 14 days late must be reported to the market manager.",
    next: "The market manager is told about any rent that has gone unpaid for over 14 days.",
  },
  {
    kind: "condition",
    previous: "If a trader is absent for more than 2 market days in a row without giving notice, the stall may be re-let.",
    next: "If a trader is absent for more than 2 market days in a row, with or without notice, the stall may be re-let.",
  },
  {
    kind: "conjunct",
    previous: "Food traders must display their hygiene rating, their allergen information and their prices.",
    next: "Food traders must display their hygiene rating and their prices.",
  },
  {
    kind: "drift",
    previous: "You are the customer information assistant for Kirkgate Indoor Market Hall. The hall is open Monday to Saturday, 8:30am to 5:30pm. Visitors can find:\n- the toilets and baby change by the west entrance;\n- the cash machine next to the café;\n- lost property at the market office.\nDogs are welcome if they are kept on a lead, except in the fish and meat aisle. Children under 12 found on their own must be taken to the market office and kept there until a parent arrives.",
    next: "You are the customer information assistant for Kirkgate Indoor Market Hall. The hall is open Monday to Saturday, 8:30am to 5:30pm. Visitors can find:\n- the toilets and baby change by the west entrance;\n- the cash machine next to the café;\n- lost property at the market office.\nDogs are welcome if they are microchipped, except in the fish and meat aisle. Children under 12 found on their own must be taken to the market office and kept there until a parent arrives.",
  },
  {
    kind: "modal",
    previous: "Traders must wear their ID badge at all times while the hall is open.",
    next: "Traders may wear their ID badge while the hall is open.",
  },
  {
    kind: "negation",
    previous: "Traders are not allowed to wash equipment in the public toilets.",
    next: "Traders are allowed to wash equipment in the public toilets.",
  },
  {
    kind: "number",
    previous: "A stall licence can be ended by either side with 4 weeks' notice in writing.",
    next: "A stall licence can be ended by either side with 1 week's notice in writing.",
  },
  // ink and toner refill shop
  {
    kind: "benign",
    variant: "reorder",
    previous: "Before refilling, staff must check the cartridge for cracks, a dried-out print head and a damaged chip.",
    next: "Before refilling, staff must check the cartridge for a damaged chip, cracks and a dried-out print head.",
  },
  {
    kind: "benign",
    variant: "units",
    previous: "Refilled toner cartridges must rest for 24 hours before they are sold.",
    next: "Refilled toner cartridges must rest for a full day before they are sold.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "Staff test every refilled cartridge on the shop printer before handing it back.",
    next: "Every refilled cartridge is tested by staff on the shop printer before it is handed back.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not refill the same cartridge more than three times.",
    next: "Three refills is the most any one cartridge ever gets.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the customer chat assistant for InkWell Refills, a shop in Norwich that refills printer ink and toner cartridges. A standard ink refill costs £8 and is ready within an hour. Toner refills take 24 hours and must be booked in advance. Do not promise that a refilled cartridge will work in a printer whose firmware blocks third-party cartridges; explain the risk instead. If a refill fails within 12 months, we refill it again free or refund the customer.",
    next: "You are the customer chat assistant for InkWell Refills, a shop in Norwich that refills printer ink and toner cartridges. Refilling a standard ink cartridge costs £8, and it is ready in under an hour. Toner has to be booked ahead and takes 24 hours. Where a printer's firmware blocks third-party cartridges, set out the risk to the customer and give no promise that the refill will work. A refill that fails within 12 months is either done again at no charge or refunded.",
  },
  {
    kind: "obligation",
    previous: "Staff must wear nitrile gloves and a dust mask when refilling toner.",
    next: "Staff are advised to wear nitrile gloves and a dust mask when refilling toner.",
  },
  {
    kind: "order",
    previous: "Clean the print head with the cleaning solution before injecting the new ink.",
    next: "Inject the new ink, then clean the print head with the cleaning solution.",
  },
  {
    kind: "requirement",
    previous: "You are the counter assistant for InkWell Refills. When a customer drops off a cartridge, record:\n- their name and phone number;\n- the printer model;\n- the cartridge colour and number.\nGive the customer a numbered ticket and tell them to bring it when they collect the cartridge.",
    next: "You are the counter assistant for InkWell Refills. When a customer drops off a cartridge, record:\n- their name and phone number;\n- the printer model;\n- the cartridge colour and number.",
  },
  {
    kind: "rescope",
    previous: "We do not take used cartridges from businesses for recycling; they must use the manufacturer's own scheme.",
    next: "We do not take used cartridges from businesses for recycling; they must use the manufacturer's own scheme. Businesses bringing in fewer than 20 cartridges can leave them in the recycling bin by the door.",
  },
  {
    kind: "roles",
    previous: "The shop manager decides whether a faulty refill is replaced or refunded.",
    next: "The customer decides whether a faulty refill is replaced or refunded.",
  },
  {
    kind: "scope",
    previous: "Every cartridge we refill, ink or toner, is labelled with the date of the refill.",
    next: "Every toner cartridge we refill is labelled with the date of the refill.",
  },
  // key worker housing office
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Applicants who aren't employed in an eligible role can't join the housing register.",
    next: "Applicants who are not employed in an eligible role cannot join the housing register.",
  },
  {
    kind: "benign",
    variant: "voice",
    previous: "The housing officer checks each applicant's employment with their employer's HR department.",
    next: "Each applicant's employment is checked with their employer's HR department by the housing officer.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "Flats are let at 80% of market rent on an assured shorthold tenancy of 12 months.",
    next: "Flats are let at 80% of market rent on a 12-month AST.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Tenants must not sublet their flat or any room in it.",
    next: "Subletting the flat, or any room in it, is a breach of the tenancy.",
  },
  {
    kind: "benign",
    variant: "reword",
    tone: "friendly and professional",
    previous: "You are the enquiries assistant for the Harbourside Key Worker Housing Office. Flats are offered to NHS staff, teachers, police officers and firefighters who work within the city. Tell applicants that a tenancy ends 3 months after they leave their key worker job.",
    next: "You are the enquiries assistant for the Harbourside Key Worker Housing Office. Our flats go to people working within the city as NHS staff, teachers, police officers or firefighters. Make sure applicants know that leaving their key worker job brings the tenancy to an end 3 months later.",
  },
  {
    kind: "entity",
    previous: "Applicants must provide a letter from their employer confirming their job title and the length of their contract.",
    next: "Applicants must provide a letter from their landlord confirming their job title and the length of their contract.",
  },
  {
    kind: "reference",
    previous: "Rent increases follow clause 6 of the tenancy agreement and are capped at CPI plus 1%.",
    next: "Rent increases follow clause 9 of the tenancy agreement and are capped at CPI plus 1%.",
  },
  {
    kind: "tone",
    tone: "friendly and professional",
    previous: "You are the tenant support assistant for the Harbourside Key Worker Housing Office. Many tenants work night shifts, so be flexible about when you call them and thank them for the work they do. If a tenant falls behind with rent, explain the options for a payment plan kindly and without judgement. Always let them know they can ask for a meeting with their housing officer.",
    next: "You are the tenant support assistant for the Harbourside Key Worker Housing Office. Many tenants work night shifts, so be flexible about when you call them, but there is no need to flatter them about their jobs. If a tenant falls behind with rent, explain the options for a payment plan and make it plain that falling behind was their own doing. Always let them know they can ask for a meeting with their housing officer.",
  },
  {
    kind: "condition",
    previous: "Tenants can stay beyond 5 years only if they are still in a key worker role and there is no waiting list.",
    next: "Tenants can stay beyond 5 years if they are still in a key worker role or there is no waiting list.",
  },
  {
    kind: "conjunct",
    previous: "Before moving in, the new tenant must pay the first month's rent, sign the tenancy agreement and attend the check-in inspection.",
    next: "Before moving in, the new tenant must pay the first month's rent and sign the tenancy agreement.",
  },
  {
    kind: "drift",
    previous: "Tenants must let the office know within 14 days if they change employer.",
    next: "Tenants must let the office know within 14 days if they change their bank details.",
  },
  // kindergarten
  {
    kind: "benign",
    variant: "split-join",
    previous: "You are the parent enquiries assistant for Bluebell Kindergarten in Harrogate. We care for children aged 2 to 5 from 8am to 6pm, Monday to Friday. Fees are £62 a day and include lunch and snacks. Children who are unwell must stay at home, and after sickness or diarrhoea they must be clear of symptoms for 48 hours before coming back.",
    next: "You are the parent enquiries assistant for Bluebell Kindergarten in Harrogate. We care for children aged 2 to 5 from 8am to 6pm, Monday to Friday. Fees are £62 a day and include lunch and snacks. Children who are unwell must stay at home. After sickness or diarrhoea they must be clear of symptoms for 48 hours before coming back.",
  },
  {
    kind: "benign",
    variant: "abbreviation",
    previous: "All planning must follow the Early Years Foundation Stage framework and be recorded in the child's learning journal.",
    next: "All planning must follow the EYFS framework and be recorded in the child's learning journal.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Children are never left alone with a visitor.",
    next: "Children are **never** left alone with a visitor, not even for a moment.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Only adults listed on the child's collection form may collect them.",
    next: "A child goes home with an adult named on their collection form and with nobody else.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the admissions assistant for Bluebell Kindergarten. Places are offered in the order applications are received, except that siblings of current children are offered places first. A £100 registration fee is due when the place is accepted and is not refundable. Tell parents that settling-in sessions are free and that we recommend two of them. Never share another family's details, even if parents ask for them to arrange play dates.",
    next: "You are the admissions assistant for Bluebell Kindergarten. Brothers and sisters of children already with us get the first offer of a place, and everyone else is offered one in the order their application arrived. Accepting a place means paying a £100 registration fee, which we keep whatever happens afterwards. Let parents know that settling-in sessions cost nothing and that we suggest booking two. Other families' details stay private, including when a parent wants them to arrange a play date.",
  },
  {
    kind: "modal",
    previous: "You are the staff assistant for Bluebell Kindergarten. Every accident must be recorded on an accident form and shown to the parent at collection. Parents sign the form to confirm they have seen it.",
    next: "You are the staff assistant for Bluebell Kindergarten. Every accident should be recorded on an accident form and shown to the parent at collection. Parents sign the form to confirm they have seen it.",
  },
  {
    kind: "negation",
    previous: "Food that a child brings in from home is not shared with other children.",
    next: "Food that a child brings in from home is shared with other children.",
  },
  {
    kind: "number",
    previous: "In the 2-year-olds' room there must be at least one adult for every four children.",
    next: "In the 2-year-olds' room there must be at least one adult for every eight children.",
  },
  {
    kind: "obligation",
    previous: "You are the room leader assistant for Bluebell Kindergarten. Staff must check the outdoor area for hazards every morning before children go outside. Sun cream is put on only with the parent's written permission. Nappies are changed at least every 3 hours and the time is logged on the app. At the end of each day, every parent receives a short written update about their child.",
    next: "You are the room leader assistant for Bluebell Kindergarten. Staff are encouraged to check the outdoor area for hazards in the morning before children go outside. Sun cream is put on only with the parent's written permission. Nappies are changed at least every 3 hours and the time is logged on the app. At the end of each day, every parent receives a short written update about their child.",
  },
  {
    kind: "order",
    previous: "Check the child's name against the allergy board before serving their lunch.",
    next: "Serve the child's lunch, then check their name against the allergy board.",
  },
  {
    kind: "requirement",
    previous: "When someone who is not on the collection form arrives for a child, staff must keep the child inside and phone the parent. The child may leave only once the parent has given the family password.",
    next: "When someone who is not on the collection form arrives for a child, staff must keep the child inside and phone the parent.",
  },
  // lawn care service
  {
    kind: "benign",
    variant: "stricter",
    previous: "Customers must keep children and pets off a lawn for at least 2 hours after a weed treatment.",
    next: "Customers must keep children and pets off a lawn for at least 6 hours after a weed treatment.",
  },
  {
    kind: "benign",
    variant: "emphasis",
    previous: "Do not apply fertiliser when heavy rain is forecast within 48 hours.",
    next: "IMPORTANT: do not apply fertiliser when heavy rain is forecast within 48 hours.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Each visit report must note the grass height, any disease seen, and the products applied with their batch numbers.",
    next: "Each visit report must note:\n- the grass height;\n- any disease seen;\n- the products applied, with their batch numbers.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Technicians must not spray within 5 metres of a pond, stream or ditch.",
    next: "A gap of 5 metres or more is always left between any spraying and the nearest pond, stream or ditch.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the customer assistant for GreenSward Lawn Care in Leicestershire. Our yearly programme includes:\n- four feed and weed treatments;\n- one scarifying visit in autumn;\n- a moss treatment in early spring.\nNever promise that moss or weeds will be gone after one visit.",
    next: "You are the customer assistant for GreenSward Lawn Care in Leicestershire. A year on our programme gives the customer:\n- a feed and weed treatment four times over;\n- an autumn scarifying visit;\n- moss treatment early in the spring.\nCustomers get no promise from you that a single visit will clear their moss or weeds.",
  },
  {
    kind: "rescope",
    previous: "Technicians must not treat a lawn while the customer's pets are in the garden.",
    next: "Technicians must not treat a lawn while the customer's pets are in the garden. Cats can stay out, since they usually keep well away from the technician.",
  },
  {
    kind: "roles",
    previous: "The office must phone the customer the day before each visit to confirm access.",
    next: "The customer must phone the office the day before each visit to confirm access.",
  },
  {
    kind: "scope",
    previous: "All technicians, including seasonal staff, must hold the PA1 and PA6 spraying certificates.",
    next: "All permanent technicians must hold the PA1 and PA6 spraying certificates.",
  },
  {
    kind: "entity",
    previous: "Add the blue marker dye to every spray tank, so that the treated areas can be seen.",
    next: "Add the wetting agent to every spray tank, so that the treated areas can be seen.",
  },
  {
    kind: "reference",
    previous: "You are the operations assistant for GreenSward Lawn Care. Every product must be applied at the rate printed on its label. Spillages are cleaned up with the kit in the van, following the steps on page 3 of the spill card. Empty containers go back to the depot for triple rinsing.",
    next: "You are the operations assistant for GreenSward Lawn Care. Every product must be applied at the rate printed on its label. Spillages are cleaned up with the kit in the van, following the steps on page 2 of the spill card. Empty containers go back to the depot for triple rinsing.",
  },
  {
    kind: "tone",
    tone: "cheerful and helpful",
    previous: "When a customer says their lawn looks worse after scarifying, reassure them that this is normal, explain that it should recover within 3 to 4 weeks, and offer a free check visit if it has not.",
    next: "When a customer says their lawn looks worse after scarifying, tell them they should have read the leaflet, explain that it should recover within 3 to 4 weeks, and offer a free check visit if it has not.",
  },
  // lighting shop
  {
    kind: "benign",
    variant: "units",
    previous: "Tell customers that made-to-order chandeliers take 10 working days to arrive.",
    next: "Tell customers that made-to-order chandeliers take two working weeks to arrive.",
  },
  {
    kind: "benign",
    variant: "list-prose",
    previous: "Before an electrician is booked for an installation, confirm:\n- the ceiling height;\n- the weight of the fitting;\n- whether the lighting circuit has an earth wire.",
    next: "Before an electrician is booked for an installation, confirm the ceiling height, the weight of the fitting and whether the lighting circuit has an earth wire.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "You are the online sales assistant for Lumen & Co, a lighting shop in Brighton. Every fitting we sell comes with a 2-year guarantee. We recommend a qualified electrician for any installation, and we can book one for £85. Returns are accepted within 30 days if the fitting is unused and still boxed.",
    next: "You are the online sales assistant for Lumen & Co, a lighting shop in Brighton. Returns are accepted within 30 days if the fitting is unused and still boxed. We recommend a qualified electrician for any installation, and we can book one for £85. Every fitting we sell comes with a 2-year guarantee.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Staff must not sell a bathroom fitting without checking that its IP rating suits the zone it will be fitted in.",
    next: "A bathroom fitting is sold only after staff have checked that its IP rating suits the zone it is going in.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Never leave the halogen display lamps on when the shop is closed.",
    next: "Whenever the shop is shut, every halogen display lamp is switched off.",
  },
  {
    kind: "condition",
    previous: "A fitting that has already been installed is refunded only if it turns out to be faulty.",
    next: "A fitting that has already been installed is refunded only if it was installed by our electrician.",
  },
  {
    kind: "conjunct",
    previous: "Every chandelier must be checked for missing crystals, loose arms and frayed flex before it is boxed for delivery.",
    next: "Every chandelier must be checked for missing crystals and frayed flex before it is boxed for delivery.",
  },
  {
    kind: "drift",
    previous: "You are the installation booking assistant for Lumen & Co. Our electricians work Monday to Friday, 8am to 4pm. When booking, ask for:\n- the customer's address and parking arrangements;\n- the product code of each fitting;\n- the ceiling height in each room.\nElectricians must test every circuit after fitting and leave the Minor Works Certificate with the customer. Payment is taken when the booking is made.",
    next: "You are the installation booking assistant for Lumen & Co. Our electricians work Monday to Friday, 8am to 4pm. When booking, ask for:\n- the customer's address and parking arrangements;\n- the product code of each fitting;\n- the ceiling height in each room.\nElectricians must photograph every circuit after fitting and leave the Minor Works Certificate with the customer. Payment is taken when the booking is made.",
  },
  {
    kind: "modal",
    previous: "Staff must ask every customer buying a dimmer switch whether their bulbs are dimmable.",
    next: "Staff can ask customers buying a dimmer switch whether their bulbs are dimmable.",
  },
  {
    kind: "negation",
    previous: "We do not accept returns of bulbs once the packaging has been opened.",
    next: "We accept returns of bulbs once the packaging has been opened.",
  },
  {
    kind: "number",
    previous: "Any chandelier heavier than 10 kg must be carried by two members of staff.",
    next: "Any chandelier heavier than 25 kg must be carried by two members of staff.",
  },
  // loss adjusters
  {
    kind: "benign",
    variant: "voice",
    previous: "The adjuster must photograph all the damage before any repairs begin.",
    next: "All the damage must be photographed by the adjuster before any repairs begin.",
  },
  {
    kind: "benign",
    variant: "reorder",
    previous: "Adjusters must bring a moisture meter, a laser measure and a camera to every flood claim visit.",
    next: "Adjusters must bring a camera, a moisture meter and a laser measure to every flood claim visit.",
  },
  {
    kind: "benign",
    variant: "spelled-negation",
    previous: "Adjusters mustn't tell a policyholder their claim will be paid before the insurer has agreed it, and they shouldn't estimate the settlement on site.",
    next: "Adjusters must not tell a policyholder their claim will be paid before the insurer has agreed it, and they should not estimate the settlement on site.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "Adjusters must not accept gifts or hospitality from policyholders or contractors.",
    next: "Gifts and hospitality offered by policyholders or contractors are always declined by our adjusters.",
  },
  {
    kind: "benign",
    variant: "reword",
    previous: "You are the claims contact assistant for Marlow & Finch Loss Adjusters, appointed by insurers to handle property claims. When a policyholder first gets in touch, book a visit within 3 working days, or within 24 hours if they cannot live in their home. Tell policyholders to keep damaged items until the adjuster has seen them, unless the items are a health risk. Do not discuss the value of the claim; that is agreed between the adjuster and the insurer. If a policyholder is vulnerable, for example elderly and living alone, flag the claim for a priority call from the senior adjuster.",
    next: "You are the claims contact assistant for Marlow & Finch Loss Adjusters, appointed by insurers to handle property claims. A policyholder's first contact leads to a visit booked within 3 working days, or within 24 hours where the home cannot be lived in. Make sure policyholders know that damaged items stay with them until the adjuster has seen them, except anything that is a health risk. What the claim is worth is settled between the adjuster and the insurer, so that conversation is not yours to have. Claims from vulnerable policyholders, such as older people living alone, are flagged so that the senior adjuster calls them as a priority.",
  },
  {
    kind: "obligation",
    previous: "Adjusters must send the insurer a preliminary report within 48 hours of the first visit.",
    next: "Sending the insurer a preliminary report within 48 hours of the first visit is good practice for adjusters.",
  },
  {
    kind: "order",
    previous: "Take the moisture readings before the drying equipment is switched on, so that the starting level is on record.",
    next: "Switch the drying equipment on before taking the moisture readings, so that the starting level is on record.",
  },
  {
    kind: "requirement",
    previous: "You are the file review assistant for Marlow & Finch Loss Adjusters. Before a settlement is recommended, check that the file holds the policy schedule, the adjuster's photos and the contractor's estimate. Any claim over £25,000 must also be signed off by a partner.",
    next: "You are the file review assistant for Marlow & Finch Loss Adjusters. Before a settlement is recommended, check that the file holds the policy schedule, the adjuster's photos and the contractor's estimate.",
  },
  {
    kind: "rescope",
    previous: "Adjusters must not give policyholders a copy of their report to the insurer.",
    next: "Adjusters must not give policyholders a copy of their report to the insurer. A policyholder who asks for it in writing may be sent a copy.",
  },
  {
    kind: "roles",
    previous: "Only the insurer can approve an interim payment to the policyholder.",
    next: "Only the adjuster can approve an interim payment to the policyholder.",
  },
  {
    kind: "scope",
    previous: "Every claim, including those settled by phone without a visit, must have a file note of each conversation with the policyholder.",
    next: "Every claim that includes a site visit must have a file note of each conversation with the policyholder.",
  },
];
