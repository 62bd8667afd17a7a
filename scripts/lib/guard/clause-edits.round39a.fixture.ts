// Round 39a (session 33, issue 11): edits written for round 39a in domains of their own (a tram
// museum, a piano tuning service, a bike repair co-op, a paddle steamer), each benign edit beside a
// twin that must stay flagged. The class read: a clause whose front matter declares a tone of care
// ("friendly and patient", "warm", "courteous", "calm") and whose text says no word of care turned
// by a brush-off: the person's worry or act called futile, their request set against our time,
// they measured against others, told to take more care next time, help given grudgingly, a
// reproach with them as subject. The benign edits keep the declared tone in other words, some of
// them with words near a brush-off that brush nobody off ("if you really need to cancel", "nobody
// knows their bike better than they do", "and waste their time"). HISTORY.md, "Session
// 33, guard39a". Part of the tuning set (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_39A_EDITS: readonly ClauseEdit[] = [
  // The worry or the act called futile.
  { kind: 'tone', tone: 'calm and reassuring', previous: "If a visitor is worried that the tram will break down on the hill, explain that every car is inspected each morning.", next: "If a visitor is worried that the tram will break down on the hill, tell them worrying is pointless, as every car is inspected each morning." },
  { kind: 'benign', variant: 'reword', tone: 'calm and reassuring', previous: "If a visitor is worried that the tram will break down on the hill, explain that every car is inspected each morning.", next: "When a visitor worries that the tram might fail on the hill, let them know that each car is checked every morning." },
  { kind: 'tone', tone: 'friendly', previous: "If a customer has not heard back about their piano, give them the tuner's next free date.", next: "If a customer has not heard back about their piano, tell them that chasing us will not make the tuner come any sooner, and give them the tuner's next free date." },
  // Their request set against our time.
  { kind: 'tone', tone: 'courteous', previous: "When a rider brings in a bike with only a squeaky chain, oil it and show them how to do it at home.", next: "When a rider brings in a bike with only a squeaky chain, oil it and mention that jobs this small are hardly worth our time." },
  { kind: 'benign', variant: 'reword', tone: 'courteous', previous: "Tell riders to book a repair slot online so that they do not have to queue at the workshop.", next: "Ask riders to book their repair slot online, so that they do not have to queue at the workshop and waste their time." },
  // The person measured against others.
  { kind: 'tone', tone: 'warm', previous: "If a passenger feels seasick on the paddle steamer, offer them a seat on the open deck and a glass of water.", next: "If a passenger feels seasick on the paddle steamer, point them to the open deck and mention that other passengers seem to manage." },
  { kind: 'benign', variant: 'reword', tone: 'warm', previous: "If a passenger feels seasick on the paddle steamer, offer them a seat on the open deck and a glass of water.", next: "Should a passenger feel seasick aboard the paddle steamer, find them a seat out on the open deck and bring them some water." },
  // Told to take more care next time.
  { kind: 'tone', tone: 'friendly and patient', previous: "If your piano still sounds out of tune a week after our visit, just call us and we will come back at no charge.", next: "If your piano still sounds out of tune a week after our visit, call us and we will come back at no charge, but read the care sheet properly next time." },
  { kind: 'benign', variant: 'reword', tone: 'friendly and patient', previous: "If you need to move your tuning visit, just call us and we will find another day.", next: "If you really need to move your tuning visit, give us a ring and we will find another day." },
  // Help given grudgingly.
  { kind: 'tone', tone: 'helpful', previous: "If a volunteer cannot work the ticket machine, show them how it works and stay until they have sold a ticket.", next: "If a volunteer cannot work the ticket machine, show them how it works, and stay with them if you really have to." },
  { kind: 'benign', variant: 'reword', tone: 'helpful', previous: "Remind members that nobody knows their bike like they do, and that they may always ask to watch the mechanic work.", next: "Tell members that nobody knows their bike better than they do, and that they may always ask to watch the mechanic work." },
  // A reproach with the person as subject.
  { kind: 'tone', tone: 'polite', previous: "If a passenger has left a bag on the upper deck, walk up with them to look for it.", next: "If a passenger has left a bag on the upper deck, walk up with them to look for it, although they should have kept it with them." },
  { kind: 'benign', variant: 'reword', tone: 'polite', previous: "If a passenger has left a bag on the upper deck, walk up with them to look for it.", next: "Should a passenger leave a bag on the upper deck, go up with them to find it; the crew should have noticed it on their rounds." },
];
