// Pure: the version of the guard that judged a clause change, recorded in each audit
// (`guard_version`). promptvault's package version (the guard's rules ship with it) and a digest
// of the configuration it ran with (`guard:` in .promptvault.yaml: thresholds, per-clause
// settings, tone limits, embedder, judge). `check` uses it to tell a flag lowered by hand (the
// same guard now flags the change it wrote unflagged) from a guard that changed since.
import { createHash } from 'node:crypto';
import type { Config } from '../schema/config.ts';

export function guardVersion(packageVersion: string, guard: Config['guard']): string {
  return `${packageVersion}+${createHash('sha256').update(canonicalJson(guard)).digest('hex').slice(0, 12)}`;
}

/** JSON with every object's keys sorted, so the digest does not depend on the order they were written in. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().filter((key) => (value as Record<string, unknown>)[key] !== undefined).map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
