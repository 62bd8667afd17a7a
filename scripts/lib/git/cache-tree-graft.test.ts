import { describe, expect, it } from 'vitest';
import { graftCacheTree } from './cache-tree-graft.ts';

// A folder's node grafted into git's cache tree must sit where git would read it: under its
// parent, among the parent's subtrees in git's order (shorter names first, then bytewise), the
// parent's subtree count one more, missing folders on the way made invalid with one subtree each.

const id = (byte: number) => Buffer.alloc(20, byte);
const node = (name: string, count: number, subtrees: number, oid?: Buffer) => Buffer.concat([Buffer.from(`${name}\0${count} ${subtrees}\n`, 'latin1'), ...(oid ? [oid] : [])]);
const vault = [node('vault', 3, 0, id(9))];

describe('graftCacheTree', () => {
  // The root (invalid) with "zz" (valid), "src" (invalid) holding "a" (valid).
  const body = Buffer.concat([node('', -1, 2), node('zz', 1, 0, id(1)), node('src', -1, 1), node('a', 2, 0, id(2))]);

  it('puts the node among the root\'s subtrees in git\'s order', () => {
    const grafted = Buffer.concat(graftCacheTree(body, [], vault)!);
    expect(grafted.equals(Buffer.concat([node('', -1, 3), node('zz', 1, 0, id(1)), node('src', -1, 1), node('a', 2, 0, id(2)), ...vault]))).toBe(true);
  });

  it('under a folder the cache holds, and under folders it lacks, made invalid', () => {
    expect(Buffer.concat(graftCacheTree(body, [Buffer.from('src')], vault)!).equals(Buffer.concat([node('', -1, 2), node('zz', 1, 0, id(1)), node('src', -1, 2), node('a', 2, 0, id(2)), ...vault]))).toBe(true);
    expect(Buffer.concat(graftCacheTree(body, [Buffer.from('src'), Buffer.from('b')], vault)!).equals(Buffer.concat([node('', -1, 2), node('zz', 1, 0, id(1)), node('src', -1, 2), node('a', 2, 0, id(2)), node('b', -1, 1), ...vault]))).toBe(true);
    expect(Buffer.concat(graftCacheTree(body, [Buffer.from('new'), Buffer.from('deep')], vault)!).equals(Buffer.concat([node('', -1, 3), node('zz', 1, 0, id(1)), node('new', -1, 1), node('deep', -1, 1), ...vault, node('src', -1, 1), node('a', 2, 0, id(2))]))).toBe(true);
  });

  it('refuses a valid folder on the way, or a folder of the same name already there', () => {
    expect(graftCacheTree(body, [Buffer.from('zz')], vault)).toBeUndefined();
    expect(graftCacheTree(body, [Buffer.from('src')], [node('a', 1, 0, id(3))])).toBeUndefined();
  });
});
