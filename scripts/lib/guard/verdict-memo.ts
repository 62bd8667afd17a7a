// Pure: the keys and entries of the verdict memo (verdict-memo-fs.ts), the guard's answers kept so
// that `check` and `report` need not load the guard to judge again a change the hook judged. The
// verdict is a pure function of what evaluateClauseChange reads: the clause id (per-clause
// settings), the two rule texts, the declared tone and the `guard:` settings, with the guard's code
// (the memo file's fingerprint). So the key holds all of them, and a hit is the answer the guard
// would give now, not trust in an audit file: the audit's own flag, texts and hashes are never read.
import { createHash } from 'node:crypto';
import type { Config } from '../schema/config.ts';
import type { Reason } from '../schema/records.ts';
import { canonicalJson } from './guard-version.ts';

/** What the guard is asked (a GuardTask: the hook's and check's input alike). */
export interface VerdictInput {
  clauseId: string;
  previous: string | null;
  next: string | null;
  declaredTone: string | null;
}

/** What is kept of the guard's answer: what check and report read of it. */
export interface MemoVerdict {
  regression_flag: boolean;
  reasons: Reason[];
}

/**
 * The newest verdicts kept: a check reads the whole file, so it stays small (an entry is ~0.3-1 KB;
 * 5,000 of them a few MB, more unflagged audits than most repositories hold). An older one is
 * only judged again.
 */
export const MAX_VERDICTS = 5_000;

/**
 * Whether a verdict under `guard` may be kept. Not with a remote embedder or an LLM judge: their
 * answers come from a service (a model behind a URL can change, a judge is not deterministic) and
 * can fail for want of a key, which check must report as unverified rather than answer from a
 * verdict made where a key was set. Their own caches (per text) already save the network calls.
 */
export function memoizable(guard: Config['guard']): boolean {
  return guard.embedder.kind === 'builtin' && guard.judge === undefined;
}

/** The key of `input` judged under `guard`: a digest of all of it (the texts whole, not their record hashes). */
export function verdictKey(input: VerdictInput, guard: Config['guard']): string {
  const { clauseId, previous, next, declaredTone } = input;
  return createHash('sha256').update(canonicalJson({ guard, clauseId, previous, next, declaredTone })).digest('hex');
}

/** The entries of a memo file's value that have an entry's shape; anything else (edited, foreign) is left out. */
export function parseVerdicts(value: unknown): Map<string, MemoVerdict> {
  const verdicts = new Map<string, MemoVerdict>();
  if (!Array.isArray(value)) return verdicts;
  for (const entry of value as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const [key, verdict] = entry as [unknown, unknown];
    if (typeof key === 'string' && /^[0-9a-f]{64}$/.test(key) && isVerdict(verdict)) verdicts.set(key, { regression_flag: verdict.regression_flag, reasons: verdict.reasons });
  }
  return verdicts;
}

/** The value a memo file holds: the newest MAX_VERDICTS entries of `verdicts` (kept in insertion order). */
export function serializeVerdicts(verdicts: Map<string, MemoVerdict>): [string, MemoVerdict][] {
  return [...verdicts].slice(-MAX_VERDICTS);
}

function isVerdict(value: unknown): value is MemoVerdict {
  if (!value || typeof value !== 'object') return false;
  const { regression_flag, reasons } = value as Record<string, unknown>;
  return typeof regression_flag === 'boolean' && Array.isArray(reasons) && reasons.every(isReason);
}

function isReason(value: unknown): value is Reason {
  if (!value || typeof value !== 'object') return false;
  const { code, message, advisory } = value as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' && (advisory === undefined || typeof advisory === 'boolean');
}
