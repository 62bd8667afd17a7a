import { describe, expect, it } from 'vitest';
import { compareGitPaths } from '../git/index.ts';
import { compareGitOrder, overgrown, parseManifest, serializeManifest, shardCount, shardName, shardOf } from './source-shards.ts';

// The source list's shards: which shard a line goes to must be the same whoever asks (the line's
// writer, a lookup by id, a splice by path), and merging shards must give git's order of paths.

describe('the source list in shards', () => {
  it('merges the shards in git order of the UTF-8 bytes, characters above U+FFFF included', () => {
    const paths = ['prompts/a.md', 'prompts/a b.md', 'prompts/a/b.md', 'prompts/é.md', 'prompts/z.md', 'prompts/\uE000 private.md', 'prompts/\uFFFD.md', 'prompts/😀.md', 'prompts/😀a.md', 'prompts/ÿ.md', 'prompts/a', 'prompts/ab', 'prompts/a-b.md', 'codex/x.md'];
    const byBytes = [...paths].sort(compareGitPaths);
    expect([...paths].sort(compareGitOrder)).toEqual(byBytes);
    // JavaScript's own order puts the emoji (surrogates) before the private-use character.
    expect([...paths].sort()).not.toEqual(byBytes);
    for (const a of paths) for (const b of paths) expect(Math.sign(compareGitOrder(a, b)), `${a} ${b}`).toBe(Math.sign(compareGitPaths(a, b)));
  });

  it('puts every line of one kind and folded id in one shard, and other files by path', () => {
    const count = 64;
    const a = shardOf(count, { kind: 'prompt', folded: 'support/refund', path: 'prompts/support/refund.md' });
    expect(shardOf(count, { kind: 'prompt', folded: 'support/refund', path: 'other/Support/Refund.prompt.md' })).toBe(a);
    expect(shardOf(count, { kind: 'prompt', folded: 'support/refund', path: '' })).toBe(a);
    // A file that is no source goes by its path: two such files spread over the shards.
    const readmes = new Set(Array.from({ length: 200 }, (_, i) => shardOf(count, { kind: '', folded: '', path: `prompts/f${i}/README.md` })));
    expect(readmes.size).toBeGreaterThan(count / 2);
    const ids = new Set(Array.from({ length: 2000 }, (_, i) => shardOf(count, { kind: 'prompt', folded: `team/p-${i}`, path: '' })));
    expect(ids.size).toBe(count);
  });

  it('sizes the shards by the lines and reads back only a whole manifest', () => {
    expect([0, 1, 128, 129, 1000, 10_610].map((lines) => shardCount(lines))).toEqual([1, 1, 1, 2, 8, 128]);
    expect(shardCount(15, 2)).toBe(8);
    expect(overgrown(4 * 128, 1)).toBe(false);
    expect(overgrown(4 * 128 + 1, 1)).toBe(true);
    const manifest = { commit: 'a'.repeat(40), lines: 3, shards: [shardName(Buffer.from('x\n')), ''] };
    expect(parseManifest(serializeManifest(manifest))).toEqual(manifest);
    for (const broken of ['', '{}', '{"commit":"a","lines":3,"shards":[""]}', JSON.stringify({ ...manifest, shards: ['', '', ''] }), JSON.stringify({ ...manifest, shards: ['../x'] }), JSON.stringify({ ...manifest, lines: -1 })]) {
      expect(parseManifest(broken), broken).toBeUndefined();
    }
  });
});
