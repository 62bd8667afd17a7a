// Held-back set v59 of issue 11: hand-labelled clause edits, written blind on 2026-12-06
// (session 35) by the helper heldout59, who never saw the detectors, their tests, their history
// or any other labelled set. What it read of the repository: lines 50-65 of
// clause-edits.fixture.ts (EDIT_KINDS and the ClauseEdit type), lines 1-44 of the v57 set (its
// header, for the file shape and the composition copied here) and the domain lists of earlier
// sets (grep -h -A8 "^// Domains:", comment lines only); nothing else under scripts/lib/guard/,
// no README.md, no HISTORY.md, no tests, no bench scripts, no git log of guard files. Never tuned
// on; to be measured once by the lead, after the commit that adds it. Do not edit entries to make
// a detector pass.
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
// each side of the label, a Markdown list counted as part of its sentence; 10 of them hold a
// list: 5 regressions with the list on both sides and 5 benign ones, 2 turning prose into a list,
// 2 a list into prose and 1 keeping its list), so that length alone says nothing about the label.
// 24 domains hold one prompt on each side of the label, 3 (moving image archive, river cruise
// company, waste oil collection) hold two.
// None of the 27 domains appears in the earlier sets' domain lists (read with grep -A8, comment
// lines only; an older set without such a list may share a domain unseen); all 27 start with M to
// Z, as v58 is written at the same time with domains from A to L. Nearest listed neighbours:
// mountain rescue team and alpine mountain hut wardens (mountaineering club), archive
// digitisation bureau (moving image archive), art therapy service (music therapy service), au
// pair agency and childminding agency (nanny agency, student exchange programme), local newspaper
// newsroom (news agency fact-checking desk), tutoring centre (online tutoring platform), puppet
// theatre (open-air theatre), crematorium (pet crematorium), bricklaying contractor
// (plasterers), helicopter sightseeing tours and yacht charter (private jet charter, yacht race
// committee), community radio station (radio phone-in show), paddle steamer cruises and cruise
// ship shore excursions (river cruise company), ice sculpture studio (sculpture foundry), indoor
// skydiving tunnel (skydiving drop zone), hot spring bathhouse (spa treatment rooms), timber and
// livestock haulage (tachograph compliance office), conveyancing solicitors (trade mark
// attorneys), yurt glamping site (treehouse holiday lodges), clinical trial recruitment
// (university research ethics committee), laser tag arena (virtual reality arcade), music exam
// board (vocal coaching studio), kite surfing school and jet ski hire (wakeboard cable park),
// heating oil delivery (waste oil collection), boxing gym and judo club (wrestling club), zip line
// adventure park (zorbing hill).
// Domains: mountaineering club, moving image archive, music therapy service, nanny agency, news
// agency fact-checking desk, online tutoring platform, open-air theatre, pet crematorium,
// plasterers, private jet charter, radio phone-in show, river cruise company, sculpture foundry,
// skydiving drop zone, spa treatment rooms, student exchange programme, tachograph compliance
// office, trade mark attorneys, treehouse holiday lodges, university research ethics committee,
// virtual reality arcade, vocal coaching studio, wakeboard cable park, waste oil collection,
// wrestling club, yacht race committee, zorbing hill.

import type { ClauseEdit } from './clause-edits.fixture.ts';

export const HELD_BACK_EDITS_V59: readonly ClauseEdit[] = [
  // mountaineering club
  {
    kind: 'benign', variant: 'reword',
    previous: "Members must sign the route card in the hut before leaving for any climb.",
    next: "Nobody sets off on a climb until their name and planned route are written on the card kept in the hut.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Only members who have completed the winter skills course may join the January ice routes.",
    next: "The January ice routes are closed to any member who has not finished the winter skills course.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Trip leaders must carry a personal locator beacon and a first aid kit on every meet.",
    next: "Trip leaders must carry a PLB and a first aid kit on every meet.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not leave ropes drying in the minibus overnight.",
    next: "**Never** leave ropes drying in the minibus overnight.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the bookings assistant for a mountaineering club. When a member asks to join a meet, check that their membership is paid up, that they have listed an emergency contact, and that the meet is not already full. If any of these is missing, explain what they need to do and do not confirm the place.",
    next: "You are the bookings assistant for a mountaineering club. When a member asks to join a meet, check all of the following:\n- their membership is paid up\n- they have listed an emergency contact\n- the meet is not already full\nIf any of these is missing, explain what they need to do and do not confirm the place.",
  },
  {
    kind: 'condition',
    previous: "Leaders must turn the group back if the summit forecast shows gusts above 50 mph.",
    next: "Leaders must turn the group back if the summit forecast shows gusts above 50 mph and the group agrees to turn.",
  },
  {
    kind: 'conjunct',
    previous: "Before a glacier day, every participant must show their harness, crampons and ice axe to the leader.",
    next: "Before a glacier day, every participant must show their harness and crampons to the leader.",
  },
  {
    kind: 'drift',
    previous: "You are the safety assistant for a mountaineering club. Remind members that solo climbing on club meets is not allowed. Every climber on a club meet must be roped to a partner on graded routes. If someone asks about climbing alone, point them to the club's solo climbing policy.",
    next: "You are the safety assistant for a mountaineering club. Remind members that solo climbing on club meets is not covered by the club's insurance. Every climber on a club meet must be roped to a partner on graded routes. If someone asks about climbing alone, point them to the club's solo climbing policy.",
  },
  {
    kind: 'modal',
    previous: "Members must return borrowed helmets within 7 days of the meet.",
    next: "Members should try to return borrowed helmets within 7 days of the meet.",
  },
  {
    kind: 'negation',
    previous: "Novices are not allowed to lead pitches on their first three meets.",
    next: "Novices are allowed to lead pitches on their first three meets.",
  },
  {
    kind: 'number',
    previous: "Retire any club rope after 5 years of use or after any major fall, whichever comes first.",
    next: "Retire any club rope after 8 years of use or after any major fall, whichever comes first.",
  },

  // moving image archive
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the reading room assistant for a moving image archive. Researchers must book a viewing station at least two working days ahead. Nitrate film is never projected; researchers watch digital access copies instead. Tell anyone asking to copy footage that they need written permission from the rights holder.",
    next: "You are the reading room assistant for a moving image archive. A viewing station has to be reserved no later than two working days before the visit. Original nitrate reels stay off the projector entirely, and researchers are shown digital access copies in their place. Anyone hoping to copy footage should hear that the rights holder's written consent comes first.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff must wear nitrile gloves when handling original film.",
    next: "Bare hands never touch original film; nitrile gloves go on first.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Log the can number, the title and the condition grade before returning a reel to the vault.",
    next: "Before returning a reel to the vault, log the can number, the title and the condition grade.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Researchers can't bring food or drink into the viewing rooms.",
    next: "Researchers cannot bring food or drink into the viewing rooms.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the licensing assistant for a moving image archive. Clients ask to license clips for broadcast, film and online use. Quote only from the current rate card. Do not promise delivery dates. Those are set by the digitisation team.",
    next: "You are the licensing assistant for a moving image archive. Clients ask to license clips for broadcast, film and online use. Quote only from the current rate card, and do not promise delivery dates, because those are set by the digitisation team.",
  },
  {
    kind: 'obligation',
    previous: "You are the access assistant for a moving image archive. Members of the public can view catalogued films free of charge. Commercial users must sign the access agreement before any viewing. Viewing sessions last up to three hours. Direct questions about donations to the acquisitions officer.",
    next: "You are the access assistant for a moving image archive. Members of the public can view catalogued films free of charge. Commercial users are encouraged to sign the access agreement before any viewing. Viewing sessions last up to three hours. Direct questions about donations to the acquisitions officer.",
  },
  {
    kind: 'order',
    previous: "Films must be acclimatised in the transition room for 24 hours before they are opened.",
    next: "Films must be acclimatised in the transition room for 24 hours after they are opened.",
  },
  {
    kind: 'requirement',
    previous: "A reel showing vinegar syndrome goes straight to the quarantine vault. Its can number must then be entered in the condition log.",
    next: "A reel showing vinegar syndrome goes straight to the quarantine vault.",
  },
  {
    kind: 'rescope',
    previous: "You are the enquiries assistant for a moving image archive. Do not share the home addresses of donors with anyone. You may confirm whether a named collection is held.",
    next: "You are the enquiries assistant for a moving image archive. Do not share the home addresses of donors with anyone. You may confirm whether a named collection is held. Researchers writing a book about a collection may be given its donor's home address.",
  },
  {
    kind: 'roles',
    previous: "Cataloguers check the technicians' digitisation logs each Friday.",
    next: "Technicians check the cataloguers' digitisation logs each Friday.",
  },
  {
    kind: 'scope',
    previous: "Every digitised file must have a checksum recorded on ingest.",
    next: "Every digitised master file must have a checksum recorded on ingest.",
  },

  // music therapy service
  {
    kind: 'benign', variant: 'reword', tone: 'warm',
    previous: "Reply to families warmly and never rush them off the phone.",
    next: "Give families a kind, unhurried welcome, and let every call run as long as they need.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Therapists must not share session recordings outside the clinical team.",
    next: "Session recordings stay within the clinical team.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Instruments must be wiped down after each session.",
    next: "Instruments must be wiped down with a disinfectant wipe after each session and again before the first session of the day.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Sessions for children under five last 30 minutes.",
    next: "Sessions for children under five last half an hour.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the referrals assistant for a music therapy service. The lead therapist reviews every new referral within ten working days. Tell referrers that a parent or guardian must sign the consent form for any child under 16.",
    next: "You are the referrals assistant for a music therapy service. Every new referral is reviewed by the lead therapist within ten working days. Tell referrers that the consent form for any child under 16 must be signed by a parent or guardian.",
  },
  {
    kind: 'entity',
    previous: "Group sessions in care homes must be led by an HCPC-registered music therapist.",
    next: "Group sessions in care homes must be led by a trained music practitioner.",
  },
  {
    kind: 'reference',
    previous: "Record any safeguarding concern on the Safeguarding Concern Form (SG1) before the end of the working day.",
    next: "Record any safeguarding concern on the Session Feedback Form (SF1) before the end of the working day.",
  },
  {
    kind: 'tone', tone: 'gentle',
    previous: "If a parent cancels at short notice, reassure them that it happens and offer the next free slot.",
    next: "If a parent cancels at short notice, remind them that late cancellations waste a therapist's time, then offer the next free slot.",
  },
  {
    kind: 'condition',
    previous: "Therapists may visit a client at home only if the home visit risk assessment is up to date.",
    next: "Therapists may visit a client at home unless the home visit risk assessment is more than a month overdue.",
  },
  {
    kind: 'conjunct',
    previous: "You are the intake assistant for a music therapy service. Before the first appointment, collect the following from the family:\n- the signed consent form\n- any hearing or sensory needs\n- the name of the child's GP\n- a preferred contact number\nDo not book the session until all of these are in. Offer the waiting list if no slot is free.",
    next: "You are the intake assistant for a music therapy service. Before the first appointment, collect the following from the family:\n- the signed consent form\n- the name of the child's GP\n- a preferred contact number\nDo not book the session until all of these are in. Offer the waiting list if no slot is free.",
  },
  {
    kind: 'drift',
    previous: "Therapists must not accept gifts from clients worth more than £20.",
    next: "Therapists must declare gifts from clients worth more than £20.",
  },

  // nanny agency
  {
    kind: 'benign', variant: 'reword',
    previous: "Never give a family a nanny's home address.",
    next: "A nanny's home address stays with the agency and is kept from families.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Nannies must report any injury to a child to the parents the same day.",
    next: "No injury to a child, however small, may go unreported to the parents past the end of that day.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Every nanny must hold a current paediatric first aid certificate and an enhanced Disclosure and Barring Service check.",
    next: "Every nanny must hold a current paediatric first aid certificate and an enhanced DBS check.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Nannies must not post photos of the children on social media.",
    next: "Nannies must **not** post photos of the children on social media.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the matching assistant for a nanny agency. When a family registers, ask for:\n- the children's ages\n- the hours needed each week\n- whether the nanny must drive\nOnly suggest nannies whose availability covers every hour requested. Do not share a nanny's surname until the family has signed the terms.",
    next: "You are the matching assistant for a nanny agency. When a family registers, ask for the children's ages, the hours needed each week and whether the nanny must drive. Only suggest nannies whose availability covers every hour requested. Do not share a nanny's surname until the family has signed the terms.",
  },
  {
    kind: 'modal',
    previous: "Families must give four weeks' notice to end a placement.",
    next: "Families should give four weeks' notice to end a placement.",
  },
  {
    kind: 'negation',
    previous: "Nannies who are not Ofsted registered cannot be offered to families paying with childcare vouchers.",
    next: "Nannies who are Ofsted registered cannot be offered to families paying with childcare vouchers.",
  },
  {
    kind: 'number',
    previous: "You are the placements assistant for a nanny agency. Families pay a placement fee of 10% of the nanny's first-year gross salary. The fee is due within 14 days of the start date. If a placement ends within the first 8 weeks, we find a replacement free of charge. Refer any questions about tax and payroll to the family's own accountant.",
    next: "You are the placements assistant for a nanny agency. Families pay a placement fee of 10% of the nanny's first-year gross salary. The fee is due within 14 days of the start date. If a placement ends within the first 4 weeks, we find a replacement free of charge. Refer any questions about tax and payroll to the family's own accountant.",
  },
  {
    kind: 'obligation',
    previous: "Nannies are required to complete a trial day before a permanent placement starts.",
    next: "Nannies can complete a trial day before a permanent placement starts.",
  },
  {
    kind: 'order',
    previous: "References must be checked before the nanny meets the family.",
    next: "References must be checked after the nanny meets the family.",
  },
  {
    kind: 'requirement',
    previous: "Before a nanny joins our books, we interview them in person. We also take up two references from previous childcare roles.",
    next: "Before a nanny joins our books, we interview them in person.",
  },

  // news agency fact-checking desk
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the verification assistant for a news agency fact-checking desk. A claim can be rated only after two independent sources have been found. Do not rate claims made by the agency's own owners; pass them to the standards editor. Quote sources word for word and link to them. Keep ratings to the five labels in the style guide.",
    next: "You are the verification assistant for a news agency fact-checking desk. Until two sources that are independent of each other turn up, a claim stays unrated. Anything said by the agency's own owners goes to the standards editor instead of being rated here. Sources are quoted exactly as they put it, with a link to each. The style guide's five labels are the only ratings you may give.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not publish a fact-check without a second editor's sign-off.",
    next: "Every fact-check waits for a second editor to sign it off before it goes out.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Contact the person who made the claim and give them 24 hours to respond before publishing the rating.",
    next: "Before publishing the rating, contact the person who made the claim and give them 24 hours to respond.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "We don't rate opinions, predictions or jokes.",
    next: "We do not rate opinions, predictions or jokes.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Corrections go at the top of the article. They must say what changed and when.",
    next: "Corrections go at the top of the article and must say what changed and when.",
  },
  {
    kind: 'rescope',
    previous: "Never identify an anonymous source in a published fact-check.",
    next: "Never identify an anonymous source in a published fact-check. If a reader asks who the source was, you can tell them by email.",
  },
  {
    kind: 'roles',
    previous: "You are the workflow assistant for a news agency fact-checking desk. Researchers draft each check and the duty editor approves it for publication. Remind anyone who asks that a researcher never publishes their own draft.",
    next: "You are the workflow assistant for a news agency fact-checking desk. The duty editor drafts each check and researchers approve it for publication. Remind anyone who asks that a researcher never publishes their own draft.",
  },
  {
    kind: 'scope',
    previous: "All statistics in a fact-check must be traced to their original publication.",
    next: "All statistics in a fact-check must be traced to their original publication where practical.",
  },
  {
    kind: 'entity',
    previous: "Legal questions about a rating go to the agency's media lawyer.",
    next: "Legal questions about a rating go to the agency's managing editor.",
  },
  {
    kind: 'reference',
    previous: "Rate every claim using the scale in section 3 of the Verification Handbook.",
    next: "Rate every claim using the scale in section 3 of the House Style Guide.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "When a reader disputes a rating, thank them, explain the evidence, and tell them how to submit new material.",
    next: "When a reader disputes a rating, point out that they have misread the evidence, and tell them how to submit new material if they really must.",
  },

  // online tutoring platform
  {
    kind: 'benign', variant: 'reword',
    previous: "Tutors must keep all contact with students on the platform.",
    next: "Talking to a student through any channel outside the platform is something tutors never do.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Don't let a lesson start without a parent's consent on file for students under 18.",
    next: "For students under 18, a lesson begins only once a parent's consent is on file.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Tutors must respond to booking requests within 48 hours.",
    next: "Tutors must respond to booking requests within 24 hours.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "You are the scheduling assistant for an online tutoring platform. Lessons last 60 minutes and can be cancelled free of charge up to 24 hours before the start. Late cancellations are charged in full.",
    next: "You are the scheduling assistant for an online tutoring platform. Lessons last one hour and can be cancelled free of charge up to a day before the start. Late cancellations are charged in full.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The platform records every lesson for safeguarding review.",
    next: "Every lesson is recorded by the platform for safeguarding review.",
  },
  {
    kind: 'condition',
    previous: "You are the support assistant for an online tutoring platform. Refund a lesson only if the tutor failed to join within 10 minutes of the start. Refunds go back to the original payment method. Explain to the parent how long the refund will take.",
    next: "You are the support assistant for an online tutoring platform. Refund a lesson whenever the parent reports a problem with the tutor. Refunds go back to the original payment method. Explain to the parent how long the refund will take.",
  },
  {
    kind: 'conjunct',
    previous: "Tutor profiles must show their qualifications, hourly rate and cancellation policy.",
    next: "Tutor profiles must show their qualifications and hourly rate.",
  },
  {
    kind: 'drift',
    previous: "Tutors must not share their personal phone number with students.",
    next: "Tutors must keep their personal phone number up to date in their account settings.",
  },
  {
    kind: 'modal',
    previous: "Tutors must upload lesson notes within 24 hours of each session.",
    next: "Tutors should aim to upload lesson notes within 24 hours of each session.",
  },
  {
    kind: 'negation',
    previous: "Payouts are not released to a tutor while a complaint about the lesson is open.",
    next: "Payouts are released to a tutor while a complaint about the lesson is open.",
  },
  {
    kind: 'number',
    previous: "Students may book no more than 3 trial lessons a month.",
    next: "Students may book no more than 5 trial lessons a month.",
  },

  // open-air theatre
  {
    kind: 'benign', variant: 'reword',
    previous: "Stage managers must stop the show if lightning is seen near the site.",
    next: "The show halts the moment lightning is seen near the site, and calling that halt is the stage manager's job.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Audience members may not bring glass bottles onto the lawn.",
    next: "The lawn is kept free of any glass bottles brought in by the audience.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "The front of house manager must count the audience in and out at every performance.",
    next: "The FOH manager must count the audience in and out at every performance.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Keep the fire lanes between seating blocks clear at all times.",
    next: "Keep the fire lanes between seating blocks clear at ALL times.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the box office assistant for an open-air theatre. Tell bookers that performances go ahead in light rain, that tickets are refundable only if the show is cancelled before the interval, and that picnics are welcome. Sell wheelchair spaces only through the access line. Do not take bookings for performances that have already started.",
    next: "You are the box office assistant for an open-air theatre. Tell bookers that:\n- performances go ahead in light rain\n- tickets are refundable only if the show is cancelled before the interval\n- picnics are welcome\nSell wheelchair spaces only through the access line. Do not take bookings for performances that have already started.",
  },
  {
    kind: 'obligation',
    previous: "Actors must attend the fight call before every performance with stage combat.",
    next: "Actors may attend the fight call before every performance with stage combat.",
  },
  {
    kind: 'order',
    previous: "Lower the flown scenery into place before the audience is let in.",
    next: "Lower the flown scenery into place after the audience is let in.",
  },
  {
    kind: 'requirement',
    previous: "Before opening night, the production manager signs off the temporary seating stands. The local authority's safety officer must also inspect them.",
    next: "Before opening night, the production manager signs off the temporary seating stands.",
  },
  {
    kind: 'rescope',
    previous: "Smoking and vaping are not allowed anywhere on the theatre site during performances.",
    next: "Smoking and vaping are not allowed anywhere on the theatre site during performances. Audience members can vape on the terrace behind the back row.",
  },
  {
    kind: 'roles',
    previous: "The deputy stage manager gives the cues and the lighting operator follows them.",
    next: "The lighting operator gives the cues and the deputy stage manager follows them.",
  },
  {
    kind: 'scope',
    previous: "You are the group bookings assistant for an open-air theatre. Schools and groups of 10 or more get a 15% discount. Every group leader must sign the group code of conduct before the visit. Groups arrive through the side gate. Remind leaders that the site has no covered areas.",
    next: "You are the group bookings assistant for an open-air theatre. Schools and groups of 10 or more get a 15% discount. Leaders of school groups must sign the group code of conduct before the visit. Groups arrive through the side gate. Remind leaders that the site has no covered areas.",
  },

  // pet crematorium
  {
    kind: 'benign', variant: 'reword',
    previous: "Ashes must be returned in the casket the owner chose, never in a substitute.",
    next: "Owners receive their pet's ashes in exactly the casket they picked, with no swaps.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff must confirm the pet's identity tag at every stage of the process.",
    next: "At no stage of the process may the pet's identity tag go unchecked.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Weigh the pet and photograph its identity tag when it arrives.",
    next: "When the pet arrives, photograph its identity tag and weigh it.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "You are the owner liaison assistant for a pet crematorium. We offer individual and communal cremation. In an individual cremation, only one pet is in the chamber. Don't suggest that communal cremation returns ashes; it doesn't. Owners can't collect ashes on Sundays.",
    next: "You are the owner liaison assistant for a pet crematorium. We offer individual and communal cremation. In an individual cremation, only one pet is in the chamber. Do not suggest that communal cremation returns ashes; it does not. Owners cannot collect ashes on Sundays.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Owners may attend the cremation. They must book their attendance at least 48 hours ahead.",
    next: "Owners may attend the cremation, and they must book their attendance at least 48 hours ahead.",
  },
  {
    kind: 'entity',
    previous: "You are the collections assistant for a pet crematorium. Home collections of large dogs are carried out by two trained technicians. Tell vets that their practice manager must sign the collection sheet.",
    next: "You are the collections assistant for a pet crematorium. Home collections of large dogs are carried out by two trained technicians. Tell vets that their receptionist must sign the collection sheet.",
  },
  {
    kind: 'reference',
    previous: "Follow the Viewing Room Procedure when an owner wants to see their pet before cremation.",
    next: "Follow the Collection Procedure when an owner wants to see their pet before cremation.",
  },
  {
    kind: 'tone', tone: 'compassionate',
    previous: "If an owner is upset on the phone, let them take their time and say you are sorry for their loss.",
    next: "If an owner is upset on the phone, tell them you have other calls waiting and they need to get to the point.",
  },
  {
    kind: 'condition',
    previous: "Release ashes to someone other than the owner only if the owner has given written authority.",
    next: "Release ashes to someone other than the owner if they can give the pet's name.",
  },
  {
    kind: 'conjunct',
    previous: "The collection van must carry a stretcher, a cooling blanket and spare identity tags.",
    next: "The collection van must carry a stretcher and spare identity tags.",
  },
  {
    kind: 'drift',
    previous: "Staff must never open a sealed casket once the owner has signed it off.",
    next: "Staff must never reseal a casket once the owner has signed it off.",
  },

  // plasterers
  {
    kind: 'benign', variant: 'reword',
    previous: "Always put dust sheets down before mixing plaster indoors.",
    next: "Plaster is never mixed indoors on a bare floor; the dust sheets go down first.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not use gypsum plaster on external walls.",
    next: "On external walls, the only coatings we apply are sand and cement or lime renders.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "You are the quotes assistant for a plasterers' firm. Give a written quote for every job before work starts. Quotes are valid for 30 days.",
    next: "You are the quotes assistant for a plasterers' firm. Give a written, itemised quote for every job, and have the customer sign it before work starts. Quotes are valid for 30 days.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Leave a fresh skim coat to dry for at least 7 days before painting.",
    next: "Leave a fresh skim coat to dry for at least a week before painting.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The site lead must check every ceiling board for sag before skimming.",
    next: "Every ceiling board must be checked for sag by the site lead before skimming.",
  },
  {
    kind: 'modal',
    previous: "Plasterers must wear an FFP3 dust mask when sanding.",
    next: "Plasterers should wear an FFP3 dust mask when sanding.",
  },
  {
    kind: 'negation',
    previous: "Old lath and plaster ceilings are not to be overboarded without a structural check.",
    next: "Old lath and plaster ceilings are to be overboarded without a structural check.",
  },
  {
    kind: 'number',
    previous: "Scaffold towers over 4 metres must be inspected every 7 days.",
    next: "Scaffold towers over 4 metres must be inspected every 14 days.",
  },
  {
    kind: 'obligation',
    previous: "Operatives have to test for asbestos before removing any textured ceiling coating applied before 2000.",
    next: "Operatives can test for asbestos before removing any textured ceiling coating applied before 2000.",
  },
  {
    kind: 'order',
    previous: "Isolate the circuit at the consumer unit before chasing out any wall.",
    next: "Isolate the circuit at the consumer unit after chasing out any wall.",
  },
  {
    kind: 'requirement',
    previous: "You are the site briefing assistant for a plasterers' firm. At the end of each day, the team must:\n- bag and remove all waste\n- wash out buckets away from the customer's drains\n- photograph the finished walls for the job file\nRemind the team that the customer's toilet is not for washing tools. Report any damp patches to the office before leaving.",
    next: "You are the site briefing assistant for a plasterers' firm. At the end of each day, the team must:\n- bag and remove all waste\n- wash out buckets away from the customer's drains\n- photograph the finished walls for the job file\nRemind the team that the customer's toilet is not for washing tools.",
  },

  // private jet charter
  {
    kind: 'benign', variant: 'reword',
    previous: "Passenger names must be sent to the handling agent at least 24 hours before departure.",
    next: "The handling agent is to have every passenger's name in hand no later than a full day before the aircraft departs.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Pets may travel in the cabin only on aircraft whose owners have agreed to it.",
    next: "Unless the aircraft's owner has said yes, no pet travels in the cabin.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Quote the estimated time of departure in local time and in Coordinated Universal Time.",
    next: "Quote the ETD in local time and in UTC.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Never confirm a flight before the operator has accepted the booking in writing.",
    next: "Never, under any circumstances, confirm a flight before the operator has accepted the booking in writing.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "You are the booking assistant for a private jet charter broker. Every quote must state:\n- the aircraft type and year\n- the operator's name\n- the total price including taxes\nNever name a client to another client. Flights can be paid for by bank transfer only.",
    next: "You are the booking assistant for a private jet charter broker. Every quote must state the aircraft type and year, the operator's name and the total price including taxes. Never name a client to another client. Flights can be paid for by bank transfer only.",
  },
  {
    kind: 'rescope',
    previous: "Do not disclose a passenger's flight details to the press.",
    next: "Do not disclose a passenger's flight details to the press. Departure times for well-known passengers may be shared with photographers who ask in advance.",
  },
  {
    kind: 'roles',
    previous: "The operator must confirm crew duty hours to the broker before a same-day booking is accepted.",
    next: "The broker must confirm crew duty hours to the operator before a same-day booking is accepted.",
  },
  {
    kind: 'scope',
    previous: "All passengers must show a valid passport at the private terminal.",
    next: "All international passengers must show a valid passport at the private terminal.",
  },
  {
    kind: 'entity',
    previous: "Weather-related cancellations are decided by the aircraft commander.",
    next: "Weather-related cancellations are decided by the charter broker.",
  },
  {
    kind: 'reference',
    previous: "You are the client services assistant for a private jet charter broker. Clients who cancel are charged according to the cancellation schedule in clause 9 of the Charter Agreement. Explain that catering orders are final 12 hours before departure. Pets must be declared at booking. For lost luggage, give the client the operator's claims address.",
    next: "You are the client services assistant for a private jet charter broker. Clients who cancel are charged according to the cancellation schedule on the broker's website. Explain that catering orders are final 12 hours before departure. Pets must be declared at booking. For lost luggage, give the client the operator's claims address.",
  },
  {
    kind: 'tone', tone: 'courteous',
    previous: "If a client's card is declined, tell them politely and offer another way to pay.",
    next: "If a client's card is declined, tell them plainly that we don't fly people who can't pay.",
  },

  // radio phone-in show
  {
    kind: 'benign', variant: 'reword',
    previous: "Callers' surnames must not be read out on air.",
    next: "On air, callers are known by their first names alone.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "The producer must screen every caller before they are put through to the presenter.",
    next: "Nobody reaches the presenter without first being screened by the producer.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the call screening assistant for a radio phone-in show. Take each caller's first name, town and the point they want to make. Check that they are over 16. Tell them the call may be broadcast and recorded. Put anyone who mentions self-harm through to the producer straight away, not to air.",
    next: "You are the call screening assistant for a radio phone-in show. Put anyone who mentions self-harm through to the producer straight away, not to air. Take each caller's first name, town and the point they want to make. Tell them the call may be broadcast and recorded. Check that they are over 16.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "The presenter won't name a business that a caller complains about.",
    next: "The presenter will not name a business that a caller complains about.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Keep a 7-second delay on the line during live calls, and dump any call that breaks the broadcasting code.",
    next: "Keep a 7-second delay on the line during live calls. Dump any call that breaks the broadcasting code.",
  },
  {
    kind: 'condition',
    previous: "Put a caller to air only if they have given a phone number we can call back.",
    next: "Put a caller to air unless they have refused to give a phone number.",
  },
  {
    kind: 'conjunct',
    previous: "Competition winners must be over 18, live in the UK and not work for the station.",
    next: "Competition winners must be over 18 and live in the UK.",
  },
  {
    kind: 'drift',
    previous: "Political candidates may not appear as callers during an election period.",
    next: "Political candidates must be introduced as candidates when they call during an election period.",
  },
  {
    kind: 'modal',
    previous: "You are the producer's assistant for a radio phone-in show. Every call must be logged with its time, the caller's first name and the topic. Legal complaints about a call must go to the station lawyer within one hour.",
    next: "You are the producer's assistant for a radio phone-in show. Every call must be logged with its time, the caller's first name and the topic. Legal complaints about a call should go to the station lawyer within one hour.",
  },
  {
    kind: 'negation',
    previous: "Phone-in prizes are not sent to callers who have won in the last 30 days.",
    next: "Phone-in prizes are sent to callers who have won in the last 30 days.",
  },
  {
    kind: 'number',
    previous: "No caller may be on air for more than 4 minutes.",
    next: "No caller may be on air for more than 8 minutes.",
  },

  // river cruise company
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the guest services assistant for a river cruise company. Guests must be back on board 30 minutes before the ship sails from each port. If a guest misses the ship, give them the port agent's number and explain that they travel to the next port at their own cost.",
    next: "You are the guest services assistant for a river cruise company. Every guest is back aboard by the time the ship is half an hour from sailing out of each port. Anyone left on the quay is given the port agent's number and told that getting to the next port is on them.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the excursions assistant for a river cruise company. Our guides lead every excursion in groups of no more than 25. The purser sells excursion tickets up to 6pm the evening before. The captain can cancel an excursion when the river is too high.",
    next: "You are the excursions assistant for a river cruise company. Every excursion is led by our guides in groups of no more than 25. Excursion tickets are sold by the purser up to 6pm the evening before. An excursion can be cancelled by the captain when the river is too high.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Guests may not swim from the ship.",
    next: "No one goes into the river from the ship for a swim.",
  },
  {
    kind: 'benign', variant: 'stricter', tone: 'welcoming',
    previous: "Greet every guest warmly by name when they board.",
    next: "Greet every guest warmly by name when they board, and walk anyone with limited mobility to their cabin.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Cabins must be cleared by 9:00 on the day of disembarkation.",
    next: "Cabins must be cleared by nine in the morning on the day of disembarkation.",
  },
  {
    kind: 'obligation',
    previous: "Deck crew must hold a current lifeboat certificate.",
    next: "Deck crew are encouraged to hold a current lifeboat certificate.",
  },
  {
    kind: 'order',
    previous: "You are the embarkation assistant for a river cruise company. Guests check in at the terminal desk, where we take a photo for their boarding card. Passports are collected before the safety drill and returned on the last evening. Cabins are ready from 3pm.",
    next: "You are the embarkation assistant for a river cruise company. Guests check in at the terminal desk, where we take a photo for their boarding card. Passports are collected after the safety drill and returned on the last evening. Cabins are ready from 3pm.",
  },
  {
    kind: 'requirement',
    previous: "When a guest falls ill, call the ship's doctor. Record the case in the medical log before the end of the shift.",
    next: "When a guest falls ill, call the ship's doctor.",
  },
  {
    kind: 'rescope',
    previous: "You are the onboard bar assistant for a river cruise company. Drinks packages cover soft drinks, house wine and local beer. Guests under 18 are not served alcohol. Ask for the guest's cabin card with every order. Premium spirits are charged to the cabin.",
    next: "You are the onboard bar assistant for a river cruise company. Drinks packages cover soft drinks, house wine and local beer. Guests under 18 are not served alcohol. Guests aged 16 or 17 can order wine at the bar if a parent is on board. Ask for the guest's cabin card with every order. Premium spirits are charged to the cabin.",
  },
  {
    kind: 'roles',
    previous: "Deck officers train the cabin stewards in the muster drill.",
    next: "Cabin stewards train the deck officers in the muster drill.",
  },
  {
    kind: 'scope',
    previous: "Every guest must attend the safety briefing on the first evening.",
    next: "Every guest on their first cruise with us must attend the safety briefing on the first evening.",
  },

  // sculpture foundry
  {
    kind: 'benign', variant: 'reword',
    previous: "No one may enter the pour area without a leather apron, a face shield and boots.",
    next: "Leather apron, face shield and boots all go on before anyone steps into the pour area.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not break out a mould before the bronze has cooled for 6 hours.",
    next: "A mould stays whole for the first 6 hours of cooling; only after that can it be broken out.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Visitors on a foundry tour must wear the personal protective equipment issued at reception.",
    next: "Visitors on a foundry tour must wear the PPE issued at reception.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the commissions assistant for a sculpture foundry. Artists send a model or a digital file with their enquiry. We quote after the workshop manager has seen the piece. Do not promise a casting date before the mould is made. Patina colours are shown on samples only.",
    next: "You are the commissions assistant for a sculpture foundry. Artists send a model or a digital file with their enquiry. We quote after the workshop manager has seen the piece. **Do not** promise a casting date before the mould is made. Patina colours are shown on samples only.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before each pour, the pour lead checks that the floor is dry, the moulds are preheated and the extraction fans are running.",
    next: "Before each pour, the pour lead checks that:\n- the floor is dry\n- the moulds are preheated\n- the extraction fans are running",
  },
  {
    kind: 'entity',
    previous: "Pours above 200 kg must be supervised by the foundry master.",
    next: "Pours above 200 kg must be supervised by a senior technician.",
  },
  {
    kind: 'reference',
    previous: "Invoice artists using the rates in the Casting Price List 2026.",
    next: "Invoice artists using the rates in the Casting Price List 2024.",
  },
  {
    kind: 'tone', tone: 'encouraging',
    previous: "When a student's wax model has flaws, point out what will cast well and suggest one fix at a time.",
    next: "When a student's wax model has flaws, tell them it isn't fit to cast and that they should have checked it themselves.",
  },
  {
    kind: 'condition',
    previous: "You are the studio hire assistant for a sculpture foundry. Artists may use the studio out of hours only if a technician holding a hot-works permit is on site. Bookings are made through the foundry office.",
    next: "You are the studio hire assistant for a sculpture foundry. Artists may use the studio out of hours only if a technician holding a hot-works permit can be reached by phone. Bookings are made through the foundry office.",
  },
  {
    kind: 'conjunct',
    previous: "Finished pieces leave the foundry only after the artist has signed the delivery note and paid the final invoice.",
    next: "Finished pieces leave the foundry only after the artist has signed the delivery note.",
  },
  {
    kind: 'drift',
    previous: "Artists may not remove their moulds from the foundry.",
    next: "Artists may not alter their moulds once they are in the foundry.",
  },

  // skydiving drop zone
  {
    kind: 'benign', variant: 'reword',
    previous: "Tandem students must weigh under 100 kg including clothing.",
    next: "A tandem student who tips the scales at 100 kg or more, clothes included, does not jump.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Jumpers must not board the aircraft without a reserve parachute packed within the last 180 days.",
    next: "Every jumper climbing aboard carries a reserve that was packed no more than 180 days ago.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Check your altimeter, your handles and your buddy's pins before boarding.",
    next: "Before boarding, check your buddy's pins, your handles and your altimeter.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Students mustn't exit the aircraft until the instructor taps them.",
    next: "Students must not exit the aircraft until the instructor taps them.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the manifest assistant for a skydiving drop zone. Put each jumper on a load only after their reserve card and logbook have been checked. Tell tandem customers to arrive an hour before their slot, and that weather holds can last all day.",
    next: "You are the manifest assistant for a skydiving drop zone. Put each jumper on a load only after their reserve card and logbook have been checked. Tell tandem customers to arrive an hour before their slot. Tell them too that weather holds can last all day.",
  },
  {
    kind: 'modal',
    previous: "Jumpers must carry an automatic activation device on every jump.",
    next: "Jumpers should carry an automatic activation device on every jump.",
  },
  {
    kind: 'negation',
    previous: "Tandem jumps are not offered to anyone who has drunk alcohol in the past 12 hours.",
    next: "Tandem jumps are offered to anyone who has drunk alcohol in the past 12 hours.",
  },
  {
    kind: 'number',
    previous: "Students must complete 25 jumps before they can apply for their A licence.",
    next: "Students must complete 18 jumps before they can apply for their A licence.",
  },
  {
    kind: 'obligation',
    previous: "Licensed jumpers are required to log every jump within 24 hours.",
    next: "Licensed jumpers may log every jump within 24 hours.",
  },
  {
    kind: 'order',
    previous: "You are the safety desk assistant for a skydiving drop zone. On a student's first day, they complete these steps in order:\n1. medical declaration\n2. ground school\n3. harness fitting\n4. first jump\nNo student skips ground school. Refer any medical question to the chief instructor.",
    next: "You are the safety desk assistant for a skydiving drop zone. On a student's first day, they complete these steps in order:\n1. ground school\n2. harness fitting\n3. medical declaration\n4. first jump\nNo student skips ground school. Refer any medical question to the chief instructor.",
  },
  {
    kind: 'requirement',
    previous: "After a cutaway, the jumper hands the reserve to the rigger for repacking. They must also file an incident report with the safety officer the same day.",
    next: "After a cutaway, the jumper hands the reserve to the rigger for repacking.",
  },

  // spa treatment rooms
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the bookings assistant for a spa's treatment rooms. Before booking a massage, ask whether the guest:\n- is pregnant\n- has high blood pressure\n- has had surgery in the last six weeks\nIf they say yes to any of these, offer a consultation call instead of a booking. Treatments start on time, so latecomers get a shorter session.",
    next: "You are the bookings assistant for a spa's treatment rooms. A massage is booked only once the guest has told you whether any of these apply:\n- a pregnancy\n- high blood pressure\n- an operation in the past six weeks\nA single yes means they are offered a consultation call and not a booking. Sessions end at the time set, however late the guest turns up.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Therapists must not treat a guest who arrives under the influence of alcohol.",
    next: "A guest who turns up having been drinking goes without treatment that day.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Sanitise the treatment couch between guests.",
    next: "Sanitise the treatment couch and change the couch roll and towels between guests.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Guests must not stay in the sauna for more than 15 minutes at a time.",
    next: "Guests must not stay in the sauna for more than a quarter of an hour at a time.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The duty manager checks the hot tub chemical levels every two hours.",
    next: "The hot tub chemical levels are checked by the duty manager every two hours.",
  },
  {
    kind: 'rescope',
    previous: "Do not book treatments for guests under 16.",
    next: "Do not book treatments for guests under 16. Teenagers can have a facial with a parent's permission.",
  },
  {
    kind: 'roles',
    previous: "Guests fill in the health questionnaire and the therapist reviews it before the treatment.",
    next: "The therapist fills in the health questionnaire and the guest reviews it before the treatment.",
  },
  {
    kind: 'scope',
    previous: "All therapists must hold a Level 3 qualification in the treatments they give.",
    next: "All therapists must hold a Level 3 qualification in at least one of the treatments they give.",
  },
  {
    kind: 'entity',
    previous: "Allergic reactions to a product must be reported to the spa manager.",
    next: "Allergic reactions to a product must be reported to the product supplier.",
  },
  {
    kind: 'reference',
    previous: "Cancellation fees follow the table in section 5 of our Spa Terms.",
    next: "Cancellation fees follow the table on the back of the treatment menu.",
  },
  {
    kind: 'tone', tone: 'calm',
    previous: "You are the guest relations assistant for a spa's treatment rooms. Speak in a calm, unhurried way. If a guest complains about a treatment, listen, apologise for how they feel, and offer to book a free follow-up. Refunds need the spa manager's approval. Never argue with a guest about what happened in the room.",
    next: "You are the guest relations assistant for a spa's treatment rooms. Keep replies short. If a guest complains about a treatment, tell them our therapists are fully trained and the problem is unlikely to be ours. Refunds need the spa manager's approval. Never argue with a guest about what happened in the room.",
  },

  // student exchange programme
  {
    kind: 'benign', variant: 'reword',
    previous: "Host families must provide each student with their own bedroom.",
    next: "Every student sleeps in a room of their own in the host home.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Students may not travel abroad during the exchange without written permission from their parents and the programme.",
    next: "Trips out of the host country happen only with written permission from both the parents and the programme.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "You are the placements assistant for a student exchange programme. Every host family member over 18 must have a Disclosure and Barring Service check. Students must carry their Global Health Insurance Card or equivalent insurance. Tell host families that the monthly allowance is paid on the first working day. Send visa questions to the international office.",
    next: "You are the placements assistant for a student exchange programme. Every host family member over 18 must have a DBS check. Students must carry their GHIC or equivalent insurance. Tell host families that the monthly allowance is paid on the first working day. Send visa questions to the international office.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Students must be home by 10pm on school nights.",
    next: "Students must be home by 10pm on school nights. No exceptions.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Before arrival, send each host family:\n- the student's medical summary\n- the emergency contact card\n- the school timetable",
    next: "Before arrival, send each host family the student's medical summary, the emergency contact card and the school timetable.",
  },
  {
    kind: 'condition',
    previous: "Students may change host family only if the area coordinator has visited the new home.",
    next: "Students may change host family if the area coordinator has been told about the new home.",
  },
  {
    kind: 'conjunct',
    previous: "Students must attend school, take part in one club and write a monthly report.",
    next: "Students must attend school and write a monthly report.",
  },
  {
    kind: 'drift',
    previous: "Students may not drive a car during the exchange.",
    next: "Students may not buy a car during the exchange.",
  },
  {
    kind: 'modal',
    previous: "Coordinators must call each student in their first week.",
    next: "Coordinators should try to call each student in their first week.",
  },
  {
    kind: 'negation',
    previous: "You are the welfare assistant for a student exchange programme. Tell students they can contact their coordinator at any time, day or night. Do not pass a student's welfare disclosures to the host family without the student's agreement.",
    next: "You are the welfare assistant for a student exchange programme. Tell students they can contact their coordinator at any time, day or night. Pass a student's welfare disclosures to the host family without waiting for the student's agreement.",
  },
  {
    kind: 'number',
    previous: "Coordinators visit each host home at least 3 times during the year.",
    next: "Coordinators visit each host home at least once during the year.",
  },

  // tachograph compliance office
  {
    kind: 'benign', variant: 'reword',
    previous: "Drivers must download their driver card at least every 28 days.",
    next: "No driver card goes longer than 28 days without being downloaded.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Never adjust a tachograph record to hide an infringement.",
    next: "Tachograph records stay exactly as the unit wrote them, infringements and all.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "You are the compliance assistant for a tachograph compliance office. When a driver reports a faulty tachograph, tell them to keep a manual record on the printout roll and to have the unit repaired within 7 days. Log the fault in the vehicle defect book.",
    next: "You are the compliance assistant for a tachograph compliance office. Log the fault in the vehicle defect book when a driver reports a faulty tachograph. Tell them to have the unit repaired within 7 days and to keep a manual record on the printout roll.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Drivers can't use another driver's card under any circumstances.",
    next: "Drivers cannot use another driver's card under any circumstances.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Infringement reports are printed every Monday. Each driver signs their own report.",
    next: "Infringement reports are printed every Monday and each driver signs their own report.",
  },
  {
    kind: 'obligation',
    previous: "Drivers must take a 45-minute break after 4.5 hours of driving.",
    next: "Drivers may take a 45-minute break after 4.5 hours of driving.",
  },
  {
    kind: 'order',
    previous: "Insert the driver card before moving the vehicle at the start of the shift.",
    next: "Insert the driver card after moving the vehicle at the start of the shift.",
  },
  {
    kind: 'requirement',
    previous: "You are the driver support assistant for a tachograph compliance office. Vehicle units are downloaded at least every 90 days. Drivers who get an infringement letter must sign it and return it within 7 days. They must also attend a refresher briefing with the transport manager.",
    next: "You are the driver support assistant for a tachograph compliance office. Vehicle units are downloaded at least every 90 days. Drivers who get an infringement letter must sign it and return it within 7 days.",
  },
  {
    kind: 'rescope',
    previous: "Drivers must not carry out other work during a recorded rest period.",
    next: "Drivers must not carry out other work during a recorded rest period. Loading and unloading their own trailer doesn't count as other work.",
  },
  {
    kind: 'roles',
    previous: "Workshop staff calibrate the tachographs and the compliance officer checks their calibration certificates.",
    next: "The compliance officer calibrates the tachographs and workshop staff check their calibration certificates.",
  },
  {
    kind: 'scope',
    previous: "Every vehicle in the fleet must have its tachograph calibrated every 2 years.",
    next: "Every vehicle over 7.5 tonnes in the fleet must have its tachograph calibrated every 2 years.",
  },

  // trade mark attorneys
  {
    kind: 'benign', variant: 'reword',
    previous: "Never file an application without the client's signed instruction letter.",
    next: "A signed instruction letter from the client comes before any filing.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Renewal reminders must be sent to clients six months before the renewal date.",
    next: "Clients hear from us about each renewal half a year before it falls due.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "You are the client intake assistant for a firm of trade mark attorneys. Before giving any view on a mark, run a conflict check on the client and the mark. Tell the client that searches cover the UK register. Fees are quoted in writing.",
    next: "You are the client intake assistant for a firm of trade mark attorneys. Before giving any view on a mark, run a conflict check on the client, the mark and any opposing party, and note the result on the file. Tell the client that searches cover the UK register. Fees are quoted in writing.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Oppositions must be filed within 2 months of the application being published.",
    next: "Oppositions must be filed within two months of the application being published.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "A partner must review every opinion letter before it is sent.",
    next: "Every opinion letter must be reviewed by a partner before it is sent.",
  },
  {
    kind: 'entity',
    previous: "Only a registered trade mark attorney may sign an opposition.",
    next: "Only a senior paralegal may sign an opposition.",
  },
  {
    kind: 'reference',
    previous: "You are the renewals assistant for a firm of trade mark attorneys. Clients ask when their marks are due for renewal. Check the date against the official register, not our billing system. Quote fees from the Renewal Fee Schedule dated January 2026. Tell clients that late renewal carries a surcharge.",
    next: "You are the renewals assistant for a firm of trade mark attorneys. Clients ask when their marks are due for renewal. Check the date against our billing system, not the official register. Quote fees from the Renewal Fee Schedule dated January 2026. Tell clients that late renewal carries a surcharge.",
  },
  {
    kind: 'tone', tone: 'reassuring',
    previous: "When a client's mark is opposed, explain calmly what happens next and that most oppositions settle.",
    next: "When a client's mark is opposed, tell them they should have listened to our search advice and that it will cost them.",
  },
  {
    kind: 'condition',
    previous: "Accept instructions by email only if the client has an engagement letter on file.",
    next: "Accept instructions by email even if the client has no engagement letter on file, provided they promise to sign one.",
  },
  {
    kind: 'conjunct',
    previous: "Each search report must list identical marks, similar marks and matching company names.",
    next: "Each search report must list identical marks and similar marks.",
  },
  {
    kind: 'drift',
    previous: "Do not advise clients on patent matters.",
    next: "Do not charge clients for advice on patent matters.",
  },

  // treehouse holiday lodges
  {
    kind: 'benign', variant: 'reword',
    previous: "Children under 8 must not use the rope bridge unless an adult is with them.",
    next: "Whenever a child under 8 crosses the rope bridge, an adult crosses with them.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Candles and open flames are banned in all treehouses.",
    next: "Inside every treehouse, light comes only from the electric lamps; nothing is lit with a flame.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Each lodge's carbon monoxide alarm must be tested before every arrival.",
    next: "Each lodge's CO alarm must be tested before every arrival.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "You are the guest assistant for a site of treehouse holiday lodges. The hot tubs close at 11pm. Dogs are allowed in the two ground-level lodges only. Do not let children under 5 stay in the high lodges. Refer maintenance faults to the site warden.",
    next: "You are the guest assistant for a site of treehouse holiday lodges. The hot tubs close at 11pm. Dogs are allowed in the two ground-level lodges only. IMPORTANT: do not let children under 5 stay in the high lodges. Refer maintenance faults to the site warden.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Guests are asked to close the deck gate, switch off the hot tub heater and lock the ladder hatch when they leave.",
    next: "When they leave, guests are asked to:\n- close the deck gate\n- switch off the hot tub heater\n- lock the ladder hatch",
  },
  {
    kind: 'modal',
    previous: "Guests must keep the ladder gate shut whenever children are in the lodge.",
    next: "Guests should keep the ladder gate shut whenever children are in the lodge.",
  },
  {
    kind: 'negation',
    previous: "The site does not take bookings from groups of more than 6 adults.",
    next: "The site takes bookings from groups of more than 6 adults.",
  },
  {
    kind: 'number',
    previous: "Hot tub water is changed after every stay and tested every 4 hours while guests are on site.",
    next: "Hot tub water is changed after every stay and tested every 12 hours while guests are on site.",
  },
  {
    kind: 'obligation',
    previous: "You are the bookings assistant for a site of treehouse holiday lodges. Guests must sign the treehouse safety rules when they book. Bookings are confirmed once a 30% deposit is paid.",
    next: "You are the bookings assistant for a site of treehouse holiday lodges. Guests may sign the treehouse safety rules when they book. Bookings are confirmed once a 30% deposit is paid.",
  },
  {
    kind: 'order',
    previous: "Staff must test the zip wire brake before the first guest rides each morning.",
    next: "Staff must test the zip wire brake after the first guest rides each morning.",
  },
  {
    kind: 'requirement',
    previous: "The warden inspects every platform after high winds. Any platform with a loose board is closed until the carpenter has repaired it.",
    next: "The warden inspects every platform after high winds.",
  },

  // university research ethics committee
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the applications assistant for a university research ethics committee. No data collection with human participants may start before the committee has given a favourable opinion. Tell researchers that amendments to an approved study also need approval before they are put into effect.",
    next: "You are the applications assistant for a university research ethics committee. Work with human participants begins only once the committee's favourable opinion is in hand. Researchers should hear that a change to an approved study stays on paper until the change itself has been approved.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Consent forms must be kept for at least five years after the study ends.",
    next: "A study's consent forms are held until five years after it closes, and longer where needed.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Applicants must submit the protocol, the consent form and the data management plan.",
    next: "Applicants must submit the data management plan, the consent form and the protocol.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "Committee members don't review applications from their own department.",
    next: "Committee members do not review applications from their own department.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "Studies involving children go to full committee review. They cannot be approved by chair's action.",
    next: "Studies involving children go to full committee review and cannot be approved by chair's action.",
  },
  {
    kind: 'rescope',
    previous: "Participants must not be identifiable in any published results.",
    next: "Participants must not be identifiable in any published results. Quotes can carry a participant's name if it makes the finding clearer.",
  },
  {
    kind: 'roles',
    previous: "The supervisor must countersign a student's application before it is submitted.",
    next: "The student must countersign the supervisor's application before it is submitted.",
  },
  {
    kind: 'scope',
    previous: "You are the triage assistant for a university research ethics committee. Send an application to full committee review if it involves any of these:\n- participants under 18\n- adults who may lack capacity to consent\n- deception of participants\nAll other applications go to proportionate review. Tell applicants that full reviews take up to 6 weeks.",
    next: "You are the triage assistant for a university research ethics committee. Send an application to full committee review if it involves any of these:\n- participants under 18\n- adults in care homes who may lack capacity to consent\n- deception of participants\nAll other applications go to proportionate review. Tell applicants that full reviews take up to 6 weeks.",
  },
  {
    kind: 'entity',
    previous: "Complaints from participants go to the committee chair.",
    next: "Complaints from participants go to the lead researcher.",
  },
  {
    kind: 'reference',
    previous: "Data handling must follow the university's Research Data Management Policy.",
    next: "Data handling must follow the university's IT Acceptable Use Policy.",
  },
  {
    kind: 'tone', tone: 'supportive',
    previous: "When an application needs changes, explain each point clearly and offer a meeting to talk it through.",
    next: "When an application needs changes, list the failings and tell the applicant they should have read the guidance.",
  },

  // virtual reality arcade
  {
    kind: 'benign', variant: 'reword',
    previous: "Players must not wear a headset while standing outside the padded play zone.",
    next: "A headset goes on only once the player is inside the padded play zone, and comes off before they step out.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Staff must wipe every headset with an antibacterial wipe between players.",
    next: "No headset passes to the next player until it has been cleaned with an antibacterial wipe.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Children under 12 must be supervised by an adult.",
    next: "Children under 12 must be supervised by an adult who stays in the arcade the whole time.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "You are the bookings assistant for a virtual reality arcade. Sessions last 45 minutes, with a 15-minute break between bookings for cleaning. Players must be at least 130 cm tall for the free-roam games. Group bookings of 8 or more need a 25% deposit.",
    next: "You are the bookings assistant for a virtual reality arcade. Sessions last three quarters of an hour, with a quarter-hour break between bookings for cleaning. Players must be at least 1.3 metres tall for the free-roam games. Group bookings of 8 or more need a deposit of a quarter of the price.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The floor supervisor checks the play zone for trip hazards before each session.",
    next: "The play zone is checked for trip hazards by the floor supervisor before each session.",
  },
  {
    kind: 'condition',
    previous: "Let a player continue after a fall only if a staff member has checked them for injury.",
    next: "Let a player continue after a fall if they say they feel fine.",
  },
  {
    kind: 'conjunct',
    previous: "Players with epilepsy, a heart condition or a pacemaker must not play the horror titles.",
    next: "Players with epilepsy or a heart condition must not play the horror titles.",
  },
  {
    kind: 'drift',
    previous: "Do not sell tickets for the 18-rated games to anyone under 18.",
    next: "Do not sell tickets for the 18-rated games at the under-18 price.",
  },
  {
    kind: 'modal',
    previous: "Staff must stop a session immediately if a player feels motion sick.",
    next: "Staff should try to stop a session immediately if a player feels motion sick.",
  },
  {
    kind: 'negation',
    previous: "Players are not allowed to run in the free-roam arena.",
    next: "Players are allowed to run in the free-roam arena.",
  },
  {
    kind: 'number',
    previous: "You are the party host assistant for a virtual reality arcade. Parties are for up to 10 players. Each party gets 2 hours in the arena and 45 minutes in the party room. Children under 8 cannot play. Make sure every guest's parent has signed the waiver before the party starts.",
    next: "You are the party host assistant for a virtual reality arcade. Parties are for up to 10 players. Each party gets 2 hours in the arena and 45 minutes in the party room. Children under 6 cannot play. Make sure every guest's parent has signed the waiver before the party starts.",
  },

  // vocal coaching studio
  {
    kind: 'benign', variant: 'reword',
    previous: "Lessons cancelled with less than 24 hours' notice are charged in full.",
    next: "Cancel a lesson a day or more ahead and you pay nothing; cancel any later and you pay the full fee.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Coaches must not teach a student who has been told by a doctor to rest their voice.",
    next: "Where a doctor has prescribed voice rest, lessons wait until that rest is over.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "You are the studio assistant for a vocal coaching studio. Lessons are held Monday to Saturday. Students preparing for Associated Board of the Royal Schools of Music exams book the longer lessons. Tell students with a sore throat to contact their general practitioner before their next lesson. Do not book lessons in the recording booth for under 16s.",
    next: "You are the studio assistant for a vocal coaching studio. Lessons are held Monday to Saturday. Students preparing for ABRSM exams book the longer lessons. Tell students with a sore throat to contact their GP before their next lesson. Do not book lessons in the recording booth for under 16s.",
  },
  {
    kind: 'benign', variant: 'emphasis', tone: 'encouraging',
    previous: "Always start feedback with something the student did well.",
    next: "Always (always!) start feedback with something the student did well.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Coaches must record:\n- the date of each lesson\n- the songs or exercises covered\n- any vocal strain the student reports",
    next: "Coaches must record the date of each lesson, the songs or exercises covered and any vocal strain the student reports.",
  },
  {
    kind: 'obligation',
    previous: "Coaches are required to hold a current DBS check to teach students under 18.",
    next: "Coaches are encouraged to hold a current DBS check to teach students under 18.",
  },
  {
    kind: 'order',
    previous: "Students do ten minutes of warm-up exercises before singing any repertoire.",
    next: "Students do ten minutes of warm-up exercises after singing any repertoire.",
  },
  {
    kind: 'requirement',
    previous: "Before a student's first lesson, the coach reads their health form. The coach also checks with the parent that any medication is listed.",
    next: "Before a student's first lesson, the coach reads their health form.",
  },
  {
    kind: 'rescope',
    previous: "Do not record lessons without the student's consent.",
    next: "Do not record lessons without the student's consent. Coaches may record a lesson for their own training portfolio without asking.",
  },
  {
    kind: 'roles',
    previous: "You are the scheduling assistant for a vocal coaching studio. Students choose their lesson slot and the coach confirms it within a day. The studio manager sets the fees and the coaches cannot change them.",
    next: "You are the scheduling assistant for a vocal coaching studio. Students choose their lesson slot and the coach confirms it within a day. The coaches set the fees and the studio manager cannot change them.",
  },
  {
    kind: 'scope',
    previous: "All lessons for under 18s take place with the glass panel in the studio door uncovered.",
    next: "All first lessons for under 18s take place with the glass panel in the studio door uncovered.",
  },

  // wakeboard cable park
  {
    kind: 'benign', variant: 'reword',
    previous: "Riders must wear a buoyancy aid and a helmet on the cable.",
    next: "Nobody rides the cable without both a buoyancy aid and a helmet on.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Beginners may ride only on the two-tower beginner cable.",
    next: "Beginners stay off every cable except the two-tower beginner one.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Before their first ride, riders must sign the waiver and watch the safety video at the hut.",
    next: "At the hut, before their first ride, riders must watch the safety video and sign the waiver.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "You are the front desk assistant for a wakeboard cable park. Riders can't go on the water without a signed waiver, and under 16s can't sign their own. If the wind is over 30 mph the cable doesn't run, so don't take bookings for that day.",
    next: "You are the front desk assistant for a wakeboard cable park. Riders cannot go on the water without a signed waiver, and under 16s cannot sign their own. If the wind is over 30 mph the cable does not run, so do not take bookings for that day.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "The cable operator must watch the water at all times. They must not use their phone while the cable is running.",
    next: "The cable operator must watch the water at all times and must not use their phone while the cable is running.",
  },
  {
    kind: 'entity',
    previous: "Cable speed settings may only be changed by the qualified cable operator.",
    next: "Cable speed settings may only be changed by the duty lifeguard.",
  },
  {
    kind: 'reference',
    previous: "Riders must follow the lane rules on the safety board at the jetty.",
    next: "Riders must follow the lane rules in the booking confirmation email.",
  },
  {
    kind: 'tone', tone: 'friendly',
    previous: "If a rider keeps falling at the start, encourage them and pass on a few tips from the instructor.",
    next: "If a rider keeps falling at the start, tell them they're holding everyone up and should book a lesson.",
  },
  {
    kind: 'condition',
    previous: "Riders can use the kicker ramp only if they have passed the park's obstacle assessment.",
    next: "Riders can use the kicker ramp if they have watched the obstacle video.",
  },
  {
    kind: 'conjunct',
    previous: "Rental boards must be rinsed, dried and checked for cracks before they go back in the rack.",
    next: "Rental boards must be rinsed and dried before they go back in the rack.",
  },
  {
    kind: 'drift',
    previous: "You are the safety assistant for a wakeboard cable park. No one may swim in the cable lake. Riders who fall must swim to the nearest bank, not back to the start. Lifeguards are posted at each corner tower.",
    next: "You are the safety assistant for a wakeboard cable park. No one may fish in the cable lake. Riders who fall must swim to the nearest bank, not back to the start. Lifeguards are posted at each corner tower.",
  },

  // waste oil collection
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the customer assistant for a waste oil collection service. We collect used cooking oil and engine oil from businesses only. Every collection needs a waste transfer note signed by the customer. Drums must be sealed and left at ground level.",
    next: "You are the customer assistant for a waste oil collection service. Householders are outside our service; we pick up used cooking oil and engine oil from business customers. No collection goes ahead until the customer has signed a waste transfer note for it. Drums wait for us at ground level, with their lids sealed.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "You are the drivers' assistant for a waste oil collection service. Drivers collect from the sites on their daily route sheet. They must check each drum for leaks before loading. Spills are cleaned up with the absorbent kit. Return full tankers to the depot by 5pm.",
    next: "You are the drivers' assistant for a waste oil collection service. Drivers collect from the sites on their daily route sheet. They must check each drum for leaks before loading and refuse any drum that is leaking. Spills are cleaned up with the absorbent kit and reported to the depot. Return full tankers to the depot by 5pm.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Cooking oil and engine oil must never be mixed in the same tank.",
    next: "Each tank carries one kind of oil, cooking or engine, and never both.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Drums heavier than 25 kg must be lifted by two people.",
    next: "Drums heavier than twenty-five kilograms must be lifted by two people.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "The depot manager signs every consignment note before the tanker leaves.",
    next: "Every consignment note is signed by the depot manager before the tanker leaves.",
  },
  {
    kind: 'modal',
    previous: "You are the compliance assistant for a waste oil collection service. Customers store oil in bunded containers. Drivers must wear chemical-resistant gloves when handling drums. Hazardous waste consignment notes are kept for 3 years. Report any spill into a drain to the Environment Agency at once.",
    next: "You are the compliance assistant for a waste oil collection service. Customers store oil in bunded containers. Drivers should wear chemical-resistant gloves when handling drums. Hazardous waste consignment notes are kept for 3 years. Report any spill into a drain to the Environment Agency at once.",
  },
  {
    kind: 'negation',
    previous: "Drivers do not accept drums that are unlabelled.",
    next: "Drivers accept drums that are unlabelled.",
  },
  {
    kind: 'number',
    previous: "Tankers must be filled to no more than 95% of capacity.",
    next: "Tankers must be filled to no more than 98% of capacity.",
  },
  {
    kind: 'obligation',
    previous: "You are the bookings assistant for a waste oil collection service. Customers have to give at least 48 hours' notice for a collection. Quote the price per litre from the current tariff.",
    next: "You are the bookings assistant for a waste oil collection service. Customers are welcome to give at least 48 hours' notice for a collection. Quote the price per litre from the current tariff.",
  },
  {
    kind: 'order',
    previous: "Earth the tanker before connecting the suction hose.",
    next: "Earth the tanker after connecting the suction hose.",
  },
  {
    kind: 'requirement',
    previous: "When a customer's drum is contaminated with water, photograph it. Then send the photo to the office for a surcharge quote before collecting.",
    next: "When a customer's drum is contaminated with water, photograph it.",
  },

  // wrestling club
  {
    kind: 'benign', variant: 'reword',
    previous: "You are the membership assistant for a wrestling club. Juniors train only when a qualified coach is on the mat. Tell parents that every wrestler must have a medical form on file before their first session.",
    next: "You are the membership assistant for a wrestling club. With no qualified coach on the mat, there is no junior training. Parents should know that nobody takes part in a first session until the club holds their medical form.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Wrestlers must keep their nails short.",
    next: "Long fingernails have no place on the mat; wrestlers keep theirs trimmed.",
  },
  {
    kind: 'benign', variant: 'abbreviation',
    previous: "Any wrestler cutting weight to make a category must follow the national governing body's rules.",
    next: "Any wrestler cutting weight to make a category must follow the NGB's rules.",
  },
  {
    kind: 'benign', variant: 'emphasis',
    previous: "Do not let anyone with a skin infection on the mat.",
    next: "Under no circumstances let anyone with a skin infection on the mat.",
  },
  {
    kind: 'benign', variant: 'list-prose',
    previous: "Clean the mats with disinfectant, empty the bins and switch off the heaters at the end of each session.",
    next: "At the end of each session:\n- clean the mats with disinfectant\n- empty the bins\n- switch off the heaters",
  },
  {
    kind: 'rescope',
    previous: "Juniors may not spar with adults.",
    next: "Juniors may not spar with adults. Juniors over 14 may spar with adult coaches.",
  },
  {
    kind: 'roles',
    previous: "The referee weighs the wrestlers and the coach records the weights.",
    next: "The coach weighs the wrestlers and the referee records the weights.",
  },
  {
    kind: 'scope',
    previous: "All members must renew their licence with the national body each September.",
    next: "All senior members must renew their licence with the national body each September.",
  },
  {
    kind: 'entity',
    previous: "You are the events assistant for a wrestling club. Entries for the club championship close on 1 March. The bracket draw is made by the head coach. Weigh-ins are supervised by a licensed referee.",
    next: "You are the events assistant for a wrestling club. Entries for the club championship close on 1 March. The bracket draw is made by the head coach. Weigh-ins are supervised by a club volunteer.",
  },
  {
    kind: 'reference',
    previous: "Disputes about a result are handled under section 12 of the Club Rules.",
    next: "Disputes about a result are handled under section 12 of the Competition Entry Terms.",
  },
  {
    kind: 'tone', tone: 'patient',
    previous: "When a beginner asks a basic question about the rules, answer it fully and suggest the beginners' class.",
    next: "When a beginner asks a basic question about the rules, tell them it's all on the website if they'd bothered to look.",
  },

  // yacht race committee
  {
    kind: 'benign', variant: 'reword',
    previous: "Boats must check in with the committee boat before the warning signal.",
    next: "A boat that has not checked in with the committee boat by the warning signal does not start.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Protests must be lodged in writing within 90 minutes of the last boat finishing.",
    next: "The protest window shuts 90 minutes after the last boat crosses the line, and only written protests count.",
  },
  {
    kind: 'benign', variant: 'reorder',
    previous: "Record each boat's sail number and finish time as it crosses the line.",
    next: "As each boat crosses the line, record its finish time and sail number.",
  },
  {
    kind: 'benign', variant: 'spelled-negation',
    previous: "The race officer won't start a race if the wind is over 25 knots.",
    next: "The race officer will not start a race if the wind is over 25 knots.",
  },
  {
    kind: 'benign', variant: 'split-join',
    previous: "You are the race office assistant for a yacht race committee. Skippers enter through the online form by the Thursday before the race. Every boat must carry a working VHF radio and must monitor channel 72 during racing. Tell skippers that late entries pay double.",
    next: "You are the race office assistant for a yacht race committee. Skippers enter through the online form by the Thursday before the race. Every boat must carry a working VHF radio. It must monitor channel 72 during racing. Tell skippers that late entries pay double.",
  },
  {
    kind: 'condition',
    previous: "The committee may shorten the course only if the wind drops below 5 knots.",
    next: "The committee may shorten the course if the wind drops below 5 knots or the fleet is running late.",
  },
  {
    kind: 'conjunct',
    previous: "You are the safety assistant for a yacht race committee. Every boat racing offshore must carry:\n- a life raft serviced within the last 3 years\n- lifejackets for every crew member\n- in-date flares\n- a first aid kit\nCheck the safety declaration before accepting an entry. Boats without one are not allowed to start. Send questions about equipment to the safety officer.",
    next: "You are the safety assistant for a yacht race committee. Every boat racing offshore must carry:\n- a life raft serviced within the last 3 years\n- lifejackets for every crew member\n- a first aid kit\nCheck the safety declaration before accepting an entry. Boats without one are not allowed to start. Send questions about equipment to the safety officer.",
  },
  {
    kind: 'drift',
    previous: "Engines must not be used for propulsion while racing.",
    next: "Engines must be declared on the entry form before racing.",
  },
  {
    kind: 'modal',
    previous: "Boats retiring from a race must inform the committee boat by radio.",
    next: "Boats retiring from a race should inform the committee boat by radio.",
  },
  {
    kind: 'negation',
    previous: "Boats that have not signed the declaration are not scored.",
    next: "Boats that have not signed the declaration are scored.",
  },
  {
    kind: 'number',
    previous: "Boats must carry a crew of at least 3 for the offshore race.",
    next: "Boats must carry a crew of at least 2 for the offshore race.",
  },

  // zorbing hill
  {
    kind: 'benign', variant: 'reword',
    previous: "Riders must empty their pockets before getting into the zorb.",
    next: "Nothing rides in a pocket; keys, phones and coins come out before the rider climbs in.",
  },
  {
    kind: 'benign', variant: 'reword',
    previous: "Do not run the hill when the grass is frozen.",
    next: "The hill runs only on days when the grass is free of frost.",
  },
  {
    kind: 'benign', variant: 'stricter',
    previous: "Riders must be at least 6 years old.",
    next: "Riders must be at least 8 years old.",
  },
  {
    kind: 'benign', variant: 'units',
    previous: "Riders must be at least 1.2 metres tall.",
    next: "Riders must be at least 120 cm tall.",
  },
  {
    kind: 'benign', variant: 'voice',
    previous: "You are the bookings assistant for a zorbing hill. Each rider signs a waiver on arrival. A member of staff straps in every rider. Staff close the hill when the wind is too strong. The duty manager decides whether a ride can go ahead in rain.",
    next: "You are the bookings assistant for a zorbing hill. A waiver is signed by each rider on arrival. Every rider is strapped in by a member of staff. The hill is closed by staff when the wind is too strong. Whether a ride can go ahead in rain is decided by the duty manager.",
  },
  {
    kind: 'obligation',
    previous: "Staff are required to check the zorb for punctures before every ride.",
    next: "Staff may check the zorb for punctures before every ride.",
  },
  {
    kind: 'order',
    previous: "Clear the run-out area before releasing the zorb.",
    next: "Clear the run-out area after releasing the zorb.",
  },
  {
    kind: 'requirement',
    previous: "You are the safety assistant for a zorbing hill. Before each ride, staff check the harness straps. They also radio the catch team at the bottom and wait for the all-clear.",
    next: "You are the safety assistant for a zorbing hill. Before each ride, staff check the harness straps.",
  },
  {
    kind: 'rescope',
    previous: "Pregnant visitors may not ride.",
    next: "Pregnant visitors may not ride. Those in the first three months can ride the gentle slope.",
  },
  {
    kind: 'roles',
    previous: "The top operator waits for the bottom catcher's signal before releasing a zorb.",
    next: "The bottom catcher waits for the top operator's signal before releasing a zorb.",
  },
  {
    kind: 'scope',
    previous: "Riders must remove glasses, jewellery and watches before every ride.",
    next: "Riders must remove glasses, jewellery and watches before every harness ride.",
  },
];
