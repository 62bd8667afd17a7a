// Pure: the version of the guard that judged a clause change, recorded in each audit
// (`guard_version`). promptvault's package version (the guard's rules ship with it) and a digest
// of the configuration it ran with (`guard:` in .promptvault.yaml: thresholds, per-clause
// settings, tone limits, embedder, judge; and the verdict's weighing, when switched on). `check`
// uses it to tell a flag lowered by hand (the same guard now flags the change it wrote unflagged)
// from a guard that changed since.
import { createHash } from 'node:crypto';
import type { Config } from '../schema/config.ts';
import { WEIGH_VERDICT_BY_DEFAULT } from './verdict-weights.ts';

export function guardVersion(packageVersion: string, guard: Config['guard']): string {
  // The verdict's weighing, when its switch is on, is part of the guard that judged (round 29c):
  // an audit it wrote unflagged is not a flag lowered by hand to a guard that does not weigh.
  const judgedWith = WEIGH_VERDICT_BY_DEFAULT ? { ...guard, weighed_verdict: true } : guard;
  return `${packageVersion}+${createHash('sha256').update(canonicalJson(judgedWith)).digest('hex').slice(0, 12)}`;
}

/** JSON with every object's keys sorted, so the digest does not depend on the order they were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((key) => (value as Record<string, unknown>)[key] !== undefined).map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
