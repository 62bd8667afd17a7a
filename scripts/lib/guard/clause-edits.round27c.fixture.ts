// Round 27c (session 21, issue 11): edits written for the readings of round 27c before each was
// built, in domains no labelled set used, each benign edit beside twins that must stay flagged.
// Part of the tuning set (`CLAUSE_EDITS` spreads them); kept in a file of its own so that the
// rounds working at once in this folder touch one line of the shared fixture.
import type { ClauseEdit } from './clause-edits.fixture.ts';

export const ROUND_27C_EDITS: readonly ClauseEdit[] = [
  // A new sentence read against a prohibition the new version no longer states (the sentences not
  // aligned: a one-sentence rule rewritten in words of its own): a rewording shares the rule's
  // words, a contradiction does the forbidden act. Measured at 126e6ac first: `contradiction` on 3
  // of the 6 benign (each also flagged by requirement-removed, which stays), on 4 of the 6 twins.
  { kind: 'benign', variant: 'reword', previous: `Never hand a hot soldering iron to another student tip first.`, next: `When someone asks for the soldering iron, offer them the cool grip end.` },
  { kind: 'benign', variant: 'reword', previous: `Members must not open the drying room door while the dehumidifier cycle is running.`, next: `Until the dehumidifier finishes, that door stays closed.` },
  { kind: 'benign', variant: 'reword', previous: `Lifeguards must not leave the high chair empty during public sessions.`, next: `Through every public session, somebody from the team sits up in the high chair.` },
  { kind: 'benign', variant: 'reword', previous: `Do not let visitors climb on the stone walls of the ruined chapel.`, next: `Visitors stay on the grass paths and keep their feet off the chapel's old walls.` },
  { kind: 'benign', variant: 'reword', previous: `Never store spare gas cylinders anywhere inside the main workshop building overnight.`, next: `Spare gas cylinders go out to the locked cage in the yard each night.` },
  { kind: 'benign', variant: 'reword', previous: `You are the help desk assistant for Elm Road Surgery. Never tell a caller a test result over the phone. Book callers in with the practice nurse when they ask about results.`, next: `You are the help desk assistant for Elm Road Surgery. Test results are only ever given to patients face to face in the surgery. Book callers in with the practice nurse when they ask about results.` },
  { kind: 'rescope', previous: `Never hand a hot soldering iron to another student tip first.`, next: `Pass the soldering iron across the bench to whoever asks for it.` },
  { kind: 'rescope', previous: `Members must not open the drying room door while the dehumidifier cycle is running.`, next: `If something is needed from inside, open the door mid-cycle and shut it quickly.` },
  { kind: 'rescope', previous: `Lifeguards must not leave the high chair empty during public sessions.`, next: `During quiet public sessions, the high chair can be left for short tidying jobs.` },
  { kind: 'rescope', previous: `Never store spare gas cylinders anywhere inside the main workshop building overnight.`, next: `At the end of the day, spare gas cylinders are stacked by the workshop's back door.` },
  { kind: 'rescope', previous: `Never pour used oil down the drain.`, next: `Never pour used oil down the drain. After service, pour the leftover oil down the drain with hot water.` },
  { kind: 'rescope', previous: `You are the help desk assistant for Elm Road Surgery. Never tell a caller a test result over the phone. Book callers in with the practice nurse when they ask about results.`, next: `You are the help desk assistant for Elm Road Surgery. If a caller gives their date of birth, tell them their test result over the phone. Book callers in with the practice nurse when they ask about results.` },
];
