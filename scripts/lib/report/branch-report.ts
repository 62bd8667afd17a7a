// Pure: what a branch changed in the vault, from the snapshot where it left its base and the
// snapshot at its head. Prompt versions recorded (with token and trait deltas), clause audits
// written or reviewed (with reasons and review state), and label files moved. The input is two
// snapshots' records; nothing here reads a file.
import type { Problem } from '../errors.ts';
import { auditMoves, openAudits, undoingAudit } from '../guard/open-audits.ts';
import type { Audit, Checkpoint, Mutation } from '../schema/records.ts';
import { TRAIT_NAMES, type TraitName } from '../schema/traits.ts';
import { versionLabel } from '../vault/version-label.ts';
import { parseLabelFile, type ParsedLabel } from '../labels/parse.ts';
import { diffLabels, type LabelMove } from '../labels/resolve.ts';
import { auditState, reasonText, type AuditState } from '../site/audit-state.ts';
import { unifiedDiff } from '../site/line-diff.ts';

type WithFile<T> = T & { file: string };

export interface ReportSide {
  checkpoints: WithFile<Checkpoint>[];
  mutations: WithFile<Mutation>[];
  audits: WithFile<Audit>[];
  /** Files under vault/labels/ and their text (empty when the folder does not exist). */
  labels: Map<string, string>;
  /** Clause id -> the clause's text (body); absent: no clause texts read. */
  clauses?: Map<string, string>;
  /** Record files under vault/ that do not read (conflict markers, a hand edit); absent: none. */
  unreadable?: string[];
}

export interface ReportVersion {
  prompt: string;
  label: string;
  kind: string;
  parents: string[];
  tokens: number;
  /** Token change against the first parent, null for a new prompt. */
  token_delta: number | null;
  /** Non-zero trait changes against the first parent. */
  trait_deltas: { name: TraitName; value: number }[];
  symbolic_tags: string[];
  created_at: string;
}

export interface ReportAudit {
  clause: string;
  id: string;
  change: string;
  flagged: boolean;
  state: AuditState;
  state_text: string;
  reasons: { code: string; text: string }[];
  similarity: { score: number; threshold: number } | null;
  review: { by: string | null; note: string | null };
  /** True when only the review changed on this branch (the audit was written before it). */
  reviewed_only: boolean;
  /** The audit that put back the text this open, pending audit's change replaced (undoingAudit): a rejection closes it. */
  undone_by: string | null;
  /** The audit whose change this one changes back (its `reverts:`), with that audit's review status; null for any other change. */
  reverts: { id: string; status: string | null } | null;
  /** The audit that changes this one's change back (whose `reverts:` names it), null when none does. */
  reverted_by: string | null;
}

/** One prompt a label started, stopped or went on naming at another version (one per prompt moved). */
export interface ReportLabelChange {
  file: string;
  /** The prompt whose entry moved; null when the label file could not be read (`check` names why). */
  prompt: string | null;
  /** `renamed`: the prompt moved and the label now names the same version under its new id. */
  change: 'added' | 'changed' | 'removed' | 'renamed';
  /** The version the label named before and names now (`v3·0d4cf2`), or the file's first line when it could not be read. */
  before: string | null;
  after: string | null;
}

export interface BranchReport {
  base: string | null;
  /** The ref the base was read from (`origin/main`, `main`, a --base), null with no base. */
  base_ref?: string | null;
  /**
   * The default refs tried before it that name no commit here (`origin/main` in a clone without
   * that remote branch, where the local `main` was used): said, since the local one may be behind.
   */
  base_refs_missing?: string[];
  head: string;
  versions: ReportVersion[];
  audits: ReportAudit[];
  labels: ReportLabelChange[];
  /** Audits on the branch still blocking CI. */
  open: number;
  /**
   * Clause id -> unified diff of its text from the base to the head, for each clause an audit
   * written on this branch is about (what a reviewer reads before deciding); none when unchanged.
   */
  clause_diffs: Record<string, string>;
  /**
   * Record files at the head that do not read: what they hold is missing from the report, and
   * `promptvault check` fails on them.
   */
  unreadable: string[];
  /** Prompt and clause files at the head changed without the hook (a web edit, a bot): `check` fails on each; empty when the vault is in step. */
  unrecorded: Problem[];
  /** The head's `review` settings: who may close an open audit (reviewers null: any identity counts). */
  review_gate: { reviewers: string[] | null; allow_self_review: boolean };
}

export function buildBranchReport({ base, head, baseRef, baseFrom, headRef, unrecorded = [], gate }: { base: ReportSide; head: ReportSide; baseRef: string | null; baseFrom?: { ref: string | null; missing: string[] }; headRef: string; unrecorded?: Problem[]; gate?: { reviewers?: string[]; allow_self_review: boolean } }): BranchReport {
  const baseFiles = new Set(base.checkpoints.map((c) => c.file));
  const fileByVersion = new Map(head.checkpoints.map((c) => [`${c.prompt}@${c.version}:${c.content_hash}`, c.file]));
  const checkpoints = new Map(head.checkpoints.map((c) => [c.file.replace('/checkpoints/', '/mutations/'), c]));
  const versions: ReportVersion[] = [];
  for (const mutation of head.mutations) {
    const checkpointFile = mutation.file.replace('/mutations/', '/checkpoints/');
    if (baseFiles.has(checkpointFile)) continue;
    const checkpoint = checkpoints.get(mutation.file);
    versions.push({
      prompt: mutation.prompt,
      label: versionLabel(mutation.version, mutation.file),
      kind: mutation.kind,
      parents: mutation.parents.map((p) => `${p.prompt === mutation.prompt ? '' : `${p.prompt}@`}${versionLabel(p.version, fileByVersion.get(`${p.prompt}@${p.version}:${p.content_hash}`))}`),
      tokens: checkpoint?.token_count ?? 0,
      token_delta: mutation.parents.length === 0 ? null : mutation.trait_delta.token_count,
      trait_deltas: mutation.parents.length === 0 ? [] : TRAIT_NAMES.filter((name) => name !== 'token_count' && Math.abs(mutation.trait_delta[name]) >= 0.005).map((name) => ({ name, value: mutation.trait_delta[name] })),
      symbolic_tags: mutation.symbolic_tags,
      created_at: mutation.created_at,
    });
  }
  versions.sort((a, b) => a.prompt.localeCompare(b.prompt) || a.created_at.localeCompare(b.created_at) || a.label.localeCompare(b.label));

  const baseAudits = new Map(base.audits.map((a) => [a.id, a]));
  const open = new Set(openAudits(head.audits).map((a) => a.id));
  const byClause = Map.groupBy(head.audits, (a) => a.clause);
  const moves = auditMoves(byClause);
  const byId = new Map(head.audits.map((a) => [a.id, a]));
  const revertedBy = new Map(head.audits.flatMap((a) => (a.reverts ? [[a.reverts, a.id] as const] : [])));
  const audits: ReportAudit[] = [];
  for (const audit of head.audits) {
    const before = baseAudits.get(audit.id);
    const reviewedOnly = before !== undefined;
    if (before && before.review.status === audit.review.status && before.review.note === audit.review.note) continue;
    const state = auditState(audit, open.has(audit.id));
    audits.push({
      clause: audit.clause, id: audit.id, change: audit.change, flagged: audit.regression_flag, state: state.state, state_text: state.text,
      reasons: audit.reasons.map((r) => ({ code: r.code, text: reasonText(r) })),
      similarity: audit.similarity ? { score: audit.similarity.score, threshold: audit.similarity.threshold } : null,
      review: { by: audit.review.by, note: audit.review.note }, reviewed_only: reviewedOnly,
      undone_by: state.state === 'open' && audit.review.status === 'pending' ? (undoingAudit(byClause, audit, moves) ?? null) : null,
      reverts: audit.reverts ? { id: audit.reverts, status: byId.get(audit.reverts)?.review.status ?? null } : null,
      reverted_by: revertedBy.get(audit.id) ?? null,
    });
  }
  const order: Record<AuditState, number> = { open: 0, 'rejected-open': 1, rejected: 2, accepted: 3, 'no-review-needed': 4 };
  audits.sort((a, b) => order[a.state] - order[b.state] || a.clause.localeCompare(b.clause) || a.id.localeCompare(b.id));

  const labels: ReportLabelChange[] = [];
  for (const file of [...new Set([...base.labels.keys(), ...head.labels.keys()])].sort()) {
    const a = base.labels.get(file);
    const b = head.labels.get(file);
    if (a === b) continue;
    labels.push(...labelChanges(file, a, b));
  }
  const clauseDiffs: Record<string, string> = {};
  for (const clause of [...new Set(audits.filter((a) => !a.reviewed_only).map((a) => a.clause))].sort()) {
    const [before, after] = [base.clauses?.get(clause) ?? null, head.clauses?.get(clause) ?? null];
    if (!head.clauses || before === after) continue;
    const diff = unifiedDiff({ oldName: clause, newName: clause, oldText: before, newText: after });
    if (diff !== '') clauseDiffs[clause] = diff;
  }
  return { base: baseRef, ...(baseFrom ? { base_ref: baseFrom.ref, base_refs_missing: baseFrom.missing } : {}), head: headRef, versions, audits, labels, open: audits.filter((a) => a.state === 'open' || a.state === 'rejected-open').length, clause_diffs: clauseDiffs, unreadable: head.unreadable ?? [], unrecorded, review_gate: { reviewers: gate?.reviewers ?? null, allow_self_review: gate?.allow_self_review ?? false } };
}

/**
 * The prompts a label file's change moved, one entry each (read as `promptvault label` writes the
 * file). A side that does not parse gives one entry for the whole file, summarised in one line.
 */
function labelChanges(file: string, before: string | undefined, after: string | undefined): ReportLabelChange[] {
  const parse = (text: string | undefined): ParsedLabel[] | null => {
    if (text === undefined) return [];
    const parsed = parseLabelFile(text, file);
    return parsed.ok ? [parsed.value] : null;
  };
  const a = parse(before);
  const b = parse(after);
  if (a === null || b === null) {
    return [{ file, prompt: null, change: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed', before: before === undefined ? null : summarizeLabel(before), after: after === undefined ? null : summarizeLabel(after) }];
  }
  const moves = diffLabels(a, b);
  // A prompt moved since the label named it is re-keyed under its new id by the next `label set`:
  // the same record leaves the old id and arrives under the new one. One row, not two.
  const arrivals = new Map(moves.filter((m) => m.from === null && m.to !== null).map((m) => [m.to!.key, m]));
  const renamed = new Map<LabelMove, LabelMove>();
  for (const move of moves) {
    const arrival = move.to === null && move.from !== null ? arrivals.get(move.from.key) : undefined;
    if (arrival) {
      renamed.set(move, arrival);
      arrivals.delete(move.from!.key);
    }
  }
  const arrived = new Set(renamed.values());
  return moves.filter((move) => !arrived.has(move)).map((move): ReportLabelChange => {
    const arrival = renamed.get(move);
    if (arrival) return { file, prompt: `${move.prompt} -> ${arrival.prompt}`, change: 'renamed', before: move.from!.label, after: arrival.to!.label };
    return { file, prompt: move.prompt, change: move.from === null ? 'added' : move.to === null ? 'removed' : 'changed', before: move.from?.label ?? null, after: move.to?.label ?? null };
  });
}

/**
 * A label file's target in one line. The label format belongs to the labels feature; this reads
 * only the common `key: value` lines it is likely to hold (prompt, version, label, hash), and
 * falls back to the first line.
 */
export function summarizeLabel(text: string): string {
  const fields = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+):\s*(.+?)\s*$/.exec(line);
    if (match && !fields.has(match[1]!)) fields.set(match[1]!, match[2]!.replace(/^['"]|['"]$/g, ''));
  }
  const prompt = fields.get('prompt');
  const version = fields.get('version');
  if (prompt && version) return `${prompt}@${/^\d+$/.test(version) ? `v${version}` : version}${fields.get('hash') ? `·${fields.get('hash')!.slice(0, 6)}` : ''}`;
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').slice(0, 120);
}
