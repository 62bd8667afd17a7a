import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkpointPath, mutationPath, versionKey } from './paths.ts';

/** The name as versionKey defines it, computed afresh. */
function expectedKey(version: number, contentHash: string, parents: string[], createdAt: string): string {
  return `${String(version).padStart(4, '0')}-${createHash('sha256').update(`${contentHash}:${parents.join(',')}:${createdAt}`).digest('hex').slice(0, 12)}`;
}

describe('record names', () => {
  it('name a version by its content, commit parents and date, asked once or again and again, whichever part changes', () => {
    const base = { version: 3, content: 'sha256-aa', parents: ['p1', 'p2'], at: '2026-01-02T00:00:00Z' };
    const variants = [
      base,
      { ...base, version: 4 },
      { ...base, content: 'sha256-ab' },
      { ...base, parents: ['p1'] },
      { ...base, parents: ['p1,p2'] },
      { ...base, parents: ['p2', 'p1'] },
      { ...base, at: '2026-01-02T00:00:01Z' },
    ];
    const names = new Set<string>();
    // Each asked several times, interleaved with the others, and past the number of names kept.
    for (let round = 0; round < 3; round++) {
      for (const v of variants) {
        const key = versionKey(v.version, v.content, v.parents, v.at);
        expect(key).toBe(expectedKey(v.version, v.content, v.parents, v.at));
        names.add(key);
      }
      for (let i = 0; i < 5000; i++) versionKey(1, `sha256-${round}-${i}`, ['x'], base.at);
    }
    // `p1,p2` as one parent and as two give one text to hash: the same name, as before any keeping.
    expect(names.size).toBe(variants.length - 1);
    const identity = { prompt: 'support/refund', version: 3, content_hash: 'sha256-aa', commit_parents: ['p1'], created_at: base.at };
    expect(checkpointPath(identity)).toBe(`vault/checkpoints/support/refund/${expectedKey(3, 'sha256-aa', ['p1'], base.at)}.yaml`);
    expect(mutationPath({ ...identity, content_hash: 'sha256-ab' })).toBe(`vault/mutations/support/refund/${expectedKey(3, 'sha256-ab', ['p1'], base.at)}.yaml`);
  });
});
