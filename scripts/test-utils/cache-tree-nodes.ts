// The nodes of an index file's TREE extension (git's cache of tree ids), read plainly for tests
// that check which folders backfill's staging leaves cached (stage-known, adoption-trees).
import fs from 'node:fs';

/** A folder's node: the index entries it covers (-1: invalid, git makes its tree again) and its tree id when valid. */
export interface CacheTreeNode {
  count: number;
  oid?: string;
}

/** The TREE extension's nodes of the index file `file` by folder ('' the root); empty when it has none. */
export function cacheTreeNodes(file: string): Map<string, CacheTreeNode> {
  const index = fs.readFileSync(file);
  const nodes = new Map<string, CacheTreeNode>();
  const at = index.lastIndexOf('TREE');
  if (at === -1) return nodes;
  const body = index.subarray(at + 8, at + 8 + index.readUInt32BE(at + 4));
  let p = 0;
  const read = (parent: string | undefined): void => {
    const nul = body.indexOf(0, p);
    const newline = body.indexOf(0x0a, nul);
    const name = body.toString('utf8', p, nul);
    const [count, subtrees] = body.toString('latin1', nul + 1, newline).split(' ').map(Number) as [number, number];
    p = newline + 1;
    const folder = parent === undefined ? '' : parent === '' ? name : `${parent}/${name}`;
    nodes.set(folder, count >= 0 ? { count, oid: body.toString('hex', p, p + 20) } : { count });
    if (count >= 0) p += 20;
    for (let i = 0; i < subtrees; i++) read(folder);
  };
  read(undefined);
  return nodes;
}
