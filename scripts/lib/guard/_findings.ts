// A reason as the detectors hand it on, with what it read: the facts a later reading judges it by
// (`_bounds-other-side.ts` asks which amounts a turned limit was about and which order words turned),
// so that no reading parses another's message. Never recorded: `findReasons` hands on plain
// reasons, and the audit keeps the one schema of lib/schema/records.ts. Pure.
import type { Reason } from '../schema/records.ts';

/** One side and the other of a change, as written. */
export interface Turned {
  before: string;
  after: string;
}

export interface Finding extends Reason {
  /** A limit turned round on the same amount ("at least 48 hours" -> "at most 48 hours"): each side's amount as written. */
  limitTurned?: Turned;
  /** An order or direction turned round: the order words of each side ("above" -> "below", "oldest" -> "newest"). */
  orderTurned?: Turned;
}

/** The reasons as recorded: the code, the message and whether it is advisory, without what was read. */
export function recordedReasons(findings: readonly Finding[]): Reason[] {
  return findings.map(({ limitTurned: _limit, orderTurned: _order, ...reason }) => reason);
}
