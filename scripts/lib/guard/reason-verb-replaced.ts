// `modal-weakened`: the act a duty demands, or a grant's gate waits for, swapped for a lesser act
// on the same thing: an outcome said as an attempt or a look at it ("have passed the exam" ->
// "have sat the exam", "must have been placed in a trial" -> "must have run in a trial", "fix any
// fault" -> "report any fault", "resolves every alarm" -> "acknowledges every alarm", "approves
// every change" -> "reviews every change", "examined the dog" -> "seen the dog"). The duty still
// reads as a duty, on the same words, so no other reading sees it: what is demanded is less.
// Read from two classes of verbs, not pairs: an act that gets a result (pass, complete, fix,
// resolve, approve, win, examine) and one that only tries, joins or notes (sit, start, attend, run
// in, report, acknowledge, review, see, look at). Only a verb of the first class replaced by one
// of the second counts, in one changed stretch with the rest word for word; the other way round
// asks more (stricter), and a verb of a class for another of the same ("completed" ->
// "finished") is a rewording. In a prohibition the lesser act forbids less only in part, so
// it is not read. Round 23b (v24's sheepdog trial). Pure.
import type { Reason } from '../schema/records.ts';
import { readOneToOne, type StatementDiffInput } from './_statement-groups.ts';
import { changedWords } from './_changed-stretch.ts';
import { quote } from './_text.ts';
import { ruleKind } from './_rule-kind.ts';

/** Verbs of an outcome got, in every form: the act is done with. */
const OUTCOMES = new Set(
  `pass passes passed passing complete completes completed completing finish finishes finished finishing
  place placed win wins won winning qualify qualifies qualified qualifying resolve resolves resolved resolving
  fix fixes fixed fixing repair repairs repaired repairing solve solves solved solving correct corrects corrected correcting
  approve approves approved approving verify verifies verified verifying confirm confirms confirmed confirming
  obtain obtains obtained obtaining secure secures secured securing settle settles settled settling
  clear clears cleared clearing remedy remedies remedied remedying rectify rectifies rectified rectifying
  examine examines examined examining inspect inspects inspected inspecting sign signs signed signing
  achieve achieves achieved achieving attain attains attained attaining earn earns earned earning`
    .split(/\s+/)
    .filter(Boolean),
);
/** Verbs of trying, joining, looking at or passing on: the act need not get anywhere. */
const ATTEMPTS = new Set(
  `sit sits sat sitting take takes took taken taking attend attends attended attending enter enters entered entering
  run runs ran running start starts started starting begin begins began begun beginning attempt attempts attempted attempting
  try tries tried trying apply applies applied applying enrol enroll enrols enrolls enrolled enrolling register registers registered registering
  book books booked booking report reports reported reporting acknowledge acknowledges acknowledged acknowledging
  note notes noted noting log logs logged logging flag flags flagged flagging raise raises raised raising
  mention mentions mentioned mentioning discuss discusses discussed discussing consider considers considered considering
  review reviews reviewed reviewing see sees saw seen seeing look looks looked looking glance glances glanced glancing
  view views viewed viewing read reads reading note notes noted noting record records recorded recording
  request requests requested requesting propose proposes proposed proposing suggest suggests suggested suggesting
  compete competes competed competing participate participates participated participating
  study studies studied studying practise practises practised practising practice practices practiced practicing
  escalate escalates escalated escalating`
    .split(/\s+/)
    .filter(Boolean),
);
/** Words a verb may bring with it ("look at", "run in", "take part in", a passive's "been placed"). */
const PARTICLES = new Set(['been', 'be', 'being', 'get', 'got', 'at', 'in', 'on', 'for', 'to', 'up', 'over', 'part', 'into', 'through', 'a', 'an', 'the']);

export function findVerbsReplaced(input: StatementDiffInput): Reason[] {
  return readOneToOne(input, ({ group, previous, next }) => {
    const kind = ruleKind(previous);
    if (kind === 'prohibition' || ruleKind(next) !== kind) return null;
    const a = previous.words;
    const b = next.words;
    const { head, tail, gone, came } = changedWords(a, b);
    if (gone.length === 0 || gone.length > 3 || came.length === 0 || came.length > 3) return null;
    const outcome = gone.find((word) => OUTCOMES.has(word));
    const attempt = came.find((word) => ATTEMPTS.has(word));
    if (!outcome || !attempt) return null;
    // Nothing else changed with the verb but its particles: the same thing, another act on it.
    if (!gone.every((word) => word === outcome || PARTICLES.has(word)) || !came.every((word) => word === attempt || PARTICLES.has(word))) return null;
    // An outcome word and an attempt word both ("passed" -> "sat and passed"): the result still asked.
    if (came.some((word) => OUTCOMES.has(word))) return null;
    // A grant changes only where the act is its gate: "Only those who have passed ... may".
    if (kind === 'grant' && !/\b(?:only|who|that|once|after|if|when|unless|until)\b/.test(a.slice(0, head).join(' '))) return null;
    // Two content words of the rule kept around the verb.
    if (head + tail < 3) return null;
    return { code: 'modal-weakened', message: `duty weakened: "${gone.join(' ')}" (an outcome) became "${came.join(' ')}" (an attempt or a look), in ${quote(group.nextText)}` };
  });
}
