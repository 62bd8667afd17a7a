// Pure: a folder's node put into git's cache tree (the index's TREE extension body), under its
// parent, which is made (invalid) where the cache has none. The nodes on the way must be invalid
// already (their trees are git's to make: the staging that adds the folder changed them), so only
// the folder's own node carries tree ids. fresh-folder-trees.ts makes the node; index-merge.ts grafts it.

/** One node's header at `at`: where its name ends, whether it is valid (a tree id follows), its subtree count and where what follows it starts. */
function readHeader(body: Buffer, at: number): { nameEnd: number; valid: boolean; subtrees: number; next: number } | undefined {
  const nul = body.indexOf(0, at);
  if (nul === -1) return undefined;
  const newline = body.indexOf(0x0a, nul);
  if (newline === -1) return undefined;
  const match = /^(-?\d+) (\d+)$/.exec(body.toString('latin1', nul + 1, newline));
  if (!match) return undefined;
  const valid = Number(match[1]) >= 0;
  const next = newline + 1 + (valid ? 20 : 0);
  return next > body.length ? undefined : { nameEnd: nul, valid, subtrees: Number(match[2]), next };
}

/** Where the node at `at` and all below it end. */
function skipNode(body: Buffer, at: number): number | undefined {
  for (let pending = 1; pending > 0; pending--) {
    const header = readHeader(body, at);
    if (!header) return undefined;
    at = header.next;
    pending += header.subtrees;
  }
  return at;
}

/** git's order of a node's subtrees (subtree_name_cmp): shorter names first, then bytewise (fresh-folder-trees.ts orders its nodes by it too). */
export function compareSubtreeNames(a: Buffer, b: Buffer): number {
  return a.length - b.length || Buffer.compare(a, b);
}

/**
 * `body` with `node` (a folder's node, its name its last component) put under the folder `parent`
 * (its components as bytes; [] for the root), as consecutive parts; the missing folders on the
 * way made as invalid nodes. Undefined when the body cannot be read, a node on the way is valid,
 * or the parent holds a subtree of the folder's name already: the caller leaves the cache as it was.
 */
export function graftCacheTree(body: Buffer, parent: readonly Buffer[], node: readonly Buffer[]): Buffer[] | undefined {
  const name = node[0]!.subarray(0, node[0]!.indexOf(0));
  let at = 0;
  for (let depth = 0; ; depth++) {
    const header = readHeader(body, at);
    if (!header || header.valid) return undefined;
    // The subtree to look for at this depth: a component of the parent, or the folder itself.
    const wanted = depth < parent.length ? parent[depth]! : name;
    let p = header.next;
    let found: number | undefined;
    let insertAt: number | undefined;
    for (let i = 0; i < header.subtrees; i++) {
      const nameEnd = body.indexOf(0, p);
      if (nameEnd === -1) return undefined;
      const order = compareSubtreeNames(body.subarray(p, nameEnd), wanted);
      if (order === 0) {
        found = p;
        break;
      }
      if (order > 0) {
        insertAt = p;
        break;
      }
      const end = skipNode(body, p);
      if (end === undefined) return undefined;
      p = end;
    }
    if (found !== undefined) {
      if (depth === parent.length) return undefined;
      at = found;
      continue;
    }
    // Not there: the node (and the folders missing on the way to it) goes in here.
    const chain = parent.slice(depth).map((component) => Buffer.concat([component, Buffer.from('\0-1 1\n', 'latin1')]));
    const counts = Buffer.from(`\0-1 ${header.subtrees + 1}\n`, 'latin1');
    const where = insertAt ?? p;
    return [body.subarray(0, header.nameEnd), counts, body.subarray(header.next, where), ...chain, ...node, body.subarray(where)];
  }
}
