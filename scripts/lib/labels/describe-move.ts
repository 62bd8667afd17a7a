// Pure and dependency-free (the CLI imports it at start-up): a label move and its one-line text.

/** A label's change between two states of the vault. */
export interface LabelMove {
  label: string;
  prompt: string;
  /** The version before, null when the label did not name the prompt. */
  from: { version: number; key: string; label: string } | null;
  /** The version after, null when the label no longer names the prompt. */
  to: { version: number; key: string; label: string } | null;
  /** The label file, for annotations. */
  file: string;
}

/** `label production moves support/refund from v3·1a2b3c to v4·0d4cf2` */
export function describeMove(move: LabelMove): string {
  if (!move.from) return `label ${move.label} now names ${move.prompt} ${move.to!.label}`;
  if (!move.to) return `label ${move.label} no longer names ${move.prompt} (was ${move.from.label})`;
  return `label ${move.label} moves ${move.prompt} from ${move.from.label} to ${move.to.label}`;
}
