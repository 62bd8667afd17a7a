// Round 41c (session 35, issue 11): edits written for round 41c in domains of their own (a
// glassblowing studio, a puppet theatre, a seed bank, an orienteering club). The class read: a ban
// turned into the thing it forbade, given or done ("Do not lend runners the club's GPS watches." ->
// "The club's GPS watches are lent to runners."), which flags whatever the verdict's weights say
// (_ban-turned-grant.ts). The benign twins keep the ban: the thing withheld, hidden, or the
// negation said in another voice. HISTORY.md, "Session 35, guard41c". Part of the tuning set
// (`CLAUSE_EDITS` spreads them).
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_41C_EDITS: readonly ClauseEdit[] = [
  // A ban turned into the thing given or done.
  { kind: 'negation', previous: "Do not give visitors the key to the furnace's gas valve.", next: "The key to the furnace's gas valve is given to visitors." },
  { kind: 'negation', previous: 'Puppeteers must not show the audience the rod controls.', next: 'The rod controls are shown to the audience.' },
  { kind: 'negation', previous: 'Never send seed samples to unregistered growers.', next: 'Seed samples are sent to unregistered growers.' },
  { kind: 'negation', previous: "Do not lend runners the club's GPS watches.", next: "The club's GPS watches are lent to runners." },
  // The ban kept: the thing withheld or hidden, or the negation said in another voice.
  { kind: 'benign', variant: 'reword', previous: "Do not give visitors the key to the furnace's gas valve.", next: "The key to the furnace's gas valve is withheld from visitors." },
  { kind: 'benign', variant: 'reword', previous: 'Puppeteers must not show the audience the rod controls.', next: 'The rod controls stay hidden from the audience.' },
  { kind: 'benign', variant: 'voice', previous: 'Never send seed samples to unregistered growers.', next: 'Seed samples must never be sent to unregistered growers.' },
  { kind: 'benign', variant: 'voice', previous: "Do not lend runners the club's GPS watches.", next: "The club's GPS watches are not lent to runners." },
];
