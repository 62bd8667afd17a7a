// Node-only: the tree the index holds, as its TREE extension (git's cache of tree ids) names it,
// and the walk of the index's entries that found it, kept for the stager of the same process.
// `git commit` brings that cache up to date and writes its trees before it runs the pre-commit
// hook, so the hook's staged diff can be `git diff-tree <base> <that tree>`, which reads only the
// trees that differ, instead of `git diff-index --cached`, which reads and parses the whole index
// (52,000 entries at the bench's 10,000 prompts: the one step of a 1-prompt commit that grew with
// the repository by tens of ms, bench HISTORY, sessions 31 and 32). The entries are walked here
// once (to find where the extensions start) and the stager (stage-in-process-fs.ts) takes that
// walk instead of making its own, while the index file is the same.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { entryOffsets, type EntryWalk, type IndexSource } from './index-file.ts';
import { storedZlib } from './stored-zlib.ts';

/** The index file the environment names (GIT_INDEX_FILE, as git commit sets it for its hooks), else the git dir's. */
export function indexFile(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }): string {
  const env = { ...process.env, ...repo.env };
  return env.GIT_INDEX_FILE ? path.resolve(repo.dir, env.GIT_INDEX_FILE) : path.join(repo.gitdir, 'index');
}

/** The last index walked: its file, stat and walk, and the tree its TREE extension names. */
let remembered: { file: string; stat: fs.BigIntStats; walk: EntryWalk; tree: string | undefined; trailing?: Buffer } | undefined;

/** Runs `read` on the index file, open, with its stat, and closes it after; undefined when there is no index file. */
function readIndexFile<T>(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }, read: (fd: number, stat: fs.BigIntStats, file: string) => T | undefined): T | undefined {
  const file = indexFile(repo);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    return read(fd, fs.fstatSync(fd, { bigint: true }), file);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The tree id the index's TREE extension gives its root, when the cache holds the whole index: a
 * version 2 index (no entry with extended flags: no intent-to-add, skip-worktree or sparse entry)
 * whose root node is valid and counts every entry (not a split index). Undefined otherwise, or
 * when there is no index: the caller asks git to read the index then.
 */
export function indexTreeId(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }): string | undefined {
  return readIndexFile(repo, (fd, stat, file) => {
    if (remembered && remembered.file === file && sameIndexFile(remembered.stat, stat)) return remembered.tree;
    const size = Number(stat.size);
    if (size < 32) return undefined;
    const source = fileSource(fd, size - 20);
    const head = source.read(0, 12);
    if (head.length < 12 || head.toString('latin1', 0, 4) !== 'DIRC' || head.readUInt32BE(4) !== 2) return undefined;
    const count = head.readUInt32BE(8);
    // Every racily clean entry noted (no limit): the stager decides how many it takes.
    const walk = entryOffsets(source, 2, count, Number(stat.mtimeNs / 1_000_000_000n), Infinity);
    if (typeof walk === 'string') return undefined;
    const tree = rootTree(source.read(walk.offsets[count]!, 8 + 64), count);
    remembered = { file, stat, walk, tree };
    if (tree === undefined) remembered.trailing = source.read(walk.offsets[count]!, source.length - walk.offsets[count]!);
    return tree;
  });
}

/**
 * The walk indexTreeId made of `file`, if it is the index open with this stat (git replaces the
 * index by a rename, never in place: a file of the same inode, size and times is the one walked).
 */
export function rememberedWalk(file: string, stat: fs.BigIntStats): EntryWalk | undefined {
  return remembered && remembered.file === file && sameIndexFile(remembered.stat, stat) ? remembered.walk : undefined;
}

/**
 * The root's tree id from the first bytes of the extensions (git writes TREE first): its node is
 * "" NUL, "<entries> <subtrees>\n" and, when valid (entries >= 0), the 20-byte id.
 */
function rootTree(bytes: Buffer, count: number): string | undefined {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== 'TREE' || bytes[8] !== 0) return undefined;
  const newline = bytes.indexOf(0x0a, 9);
  if (newline === -1 || newline + 21 > bytes.length) return undefined;
  const match = /^(\d+) \d+$/.exec(bytes.toString('latin1', 9, newline));
  if (!match || Number(match[1]) !== count) return undefined;
  return bytes.toString('hex', newline + 1, newline + 21);
}

/** Whether two stats are of the same, unchanged file. */
export function sameIndexFile(a: fs.BigIntStats, b: fs.BigIntStats | undefined): boolean {
  return b !== undefined && a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** The open index file `fd` as an IndexSource of its first `length` bytes (the trailer after them is not read through it). */
export function fileSource(fd: number, length: number): IndexSource {
  return {
    length,
    read(at, count, into) {
      count = Math.max(0, Math.min(count, length - at));
      const buffer = into && into.length >= count ? into : Buffer.allocUnsafe(count);
      let done = 0;
      while (done < count) {
        const n = fs.readSync(fd, buffer, done, count - done, at + done);
        if (n === 0) break;
        done += n;
      }
      return buffer.subarray(0, done);
    },
  };
}

/** A node of the TREE extension: how many entries it covers (-1: invalid), its tree id when valid, its subtrees by name. */
interface CacheNode {
  count: number;
  oid?: Buffer;
  children: Map<string, CacheNode>;
}

/**
 * The tree of a version 2 index whose cache is valid but along a few folders, as `git commit --
 * <path>` hands its hook the temporary index (HEAD's trees, the named paths staged: the folders
 * above them invalid) or `git add` leaves it: the invalid folders' trees are worked out from their
 * entries and their valid subtrees' ids, and written as loose objects into a folder of their own
 * (`objects`), which git reads as an alternate object folder while it diffs. `git write-tree`
 * would make the same trees (git commit makes them after the hook). Undefined where anything is
 * unusual (no cache, an unmerged entry, a mode a tree does not hold, counts that do not add up):
 * the caller has git read the index then. Reads the walk indexTreeId made of this index.
 */
export function buildIndexTree(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }, objects: string): string | undefined {
  return readIndexFile(repo, (fd, stat, file) => {
    try {
      if (!remembered || remembered.file !== file || !sameIndexFile(remembered.stat, stat) || !remembered.trailing) return undefined;
      const { walk, trailing } = remembered;
      const count = walk.offsets.length - 1;
      // A split index (its `link` extension) holds only some entries here, the rest in a shared file.
      if (hasExtension(trailing, 'link')) return undefined;
      const root = parseCacheTree(trailing);
      if (!root || root.count >= 0) return undefined;
      // Only the entries of the invalid folders, and those on either side of each valid subtree's
      // run, are read: a few hundred of the 52,000 at the bench's 10,000 prompts.
      const source = fileSource(fd, walk.offsets[count]!);
      const entryAt = (i: number) => source.read(walk.offsets[i]!, walk.offsets[i + 1]! - walk.offsets[i]!);
      const pathAt = (i: number) => {
        const entry = entryAt(i);
        return entry.toString('latin1', 62, entry.indexOf(0, 62));
      };
      const written = new Set<string>();
      const build = (node: CacheNode | undefined, prefix: string, from: number): { oid: Buffer; next: number } | undefined => {
        const parts: Buffer[] = [];
        let i = from;
        while (i < count) {
          const entryPath = pathAt(i);
          if (!entryPath.startsWith(prefix)) break;
          const rest = entryPath.slice(prefix.length);
          const slash = rest.indexOf('/');
          if (slash === -1) {
            const entry = entryAt(i);
            // Unmerged (a stage), or a mode no tree holds: git's own write-tree refuses or differs.
            if ((entry.readUInt16BE(60) & 0x3000) !== 0) return undefined;
            const mode = TREE_MODES.get(entry.readUInt32BE(24));
            if (!mode) return undefined;
            parts.push(Buffer.from(`${mode} ${rest}\0`, 'latin1'), entry.subarray(40, 60));
            i++;
            continue;
          }
          const folder = rest.slice(0, slash);
          const below = `${prefix}${folder}/`;
          const child = node?.children.get(folder);
          let oid: Buffer;
          if (child && child.count > 0 && child.oid) {
            // A valid subtree covers the next `count` entries, all of them below it and no more.
            const end = i + child.count;
            if (end > count || !pathAt(end - 1).startsWith(below) || (end < count && pathAt(end).startsWith(below))) return undefined;
            oid = child.oid;
            i = end;
          } else {
            const built = build(child, below, i);
            if (!built) return undefined;
            ({ oid } = built);
            i = built.next;
          }
          parts.push(Buffer.from(`40000 ${folder}\0`, 'latin1'), oid);
        }
        const content = Buffer.concat(parts);
        const header = Buffer.from(`tree ${content.length}\0`, 'latin1');
        const oid = createHash('sha1').update(header).update(content).digest();
        const hex = oid.toString('hex');
        if (!written.has(hex)) {
          written.add(hex);
          fs.mkdirSync(path.join(objects, hex.slice(0, 2)), { recursive: true });
          fs.writeFileSync(path.join(objects, hex.slice(0, 2), hex.slice(2)), Buffer.concat(storedZlib([header, content])));
        }
        return { oid, next: i };
      };
      const built = build(root, '', 0);
      return built && built.next === count ? built.oid.toString('hex') : undefined;
    } catch {
      // A file system error writing the trees: git reads the index instead.
      return undefined;
    }
  });
}

/** Whether the extensions `bytes` (each a 4-byte signature and a 32-bit size, then its data) hold `signature`. */
function hasExtension(bytes: Buffer, signature: string): boolean {
  for (let at = 0; at + 8 <= bytes.length; at += 8 + bytes.readUInt32BE(at + 4)) {
    if (bytes.toString('latin1', at, at + 4) === signature) return true;
  }
  return false;
}

/** The index's file modes, as a tree writes them. */
const TREE_MODES = new Map([[0o100644, '100644'], [0o100755, '100755'], [0o120000, '120000'], [0o160000, '160000']]);

/**
 * The TREE extension at the start of `bytes` (the index's extensions) as nodes: each is its path
 * component, NUL, "<entries> <subtrees>\n", the 20-byte id when valid (entries >= 0), then its
 * subtrees, depth first. Only the invalid nodes are made with their subtrees; what lies below a
 * valid one is stepped over (the bench's whole-history index at 10,000 prompts has some 47,000
 * nodes, a Map each: 0.7 s). Undefined when the extension is not there or not well formed.
 */
function parseCacheTree(bytes: Buffer): CacheNode | undefined {
  if (bytes.length < 8 || bytes.toString('latin1', 0, 4) !== 'TREE') return undefined;
  const end = 8 + bytes.readUInt32BE(4);
  if (end > bytes.length) return undefined;
  /** The node's header at `at`: its name's end, counts, id and where what follows it starts. */
  const header = (at: number): { nameEnd: number; count: number; subtrees: number; oid?: Buffer; next: number } | undefined => {
    const nul = bytes.indexOf(0, at);
    if (nul === -1 || nul >= end) return undefined;
    let i = nul + 1;
    const negative = bytes[i] === 0x2d;
    if (negative) i++;
    let count = 0;
    let digits = 0;
    for (; bytes[i]! >= 0x30 && bytes[i]! <= 0x39; i++, digits++) count = count * 10 + bytes[i]! - 0x30;
    if (digits === 0 || bytes[i] !== 0x20) return undefined;
    let subtrees = 0;
    digits = 0;
    for (i++; bytes[i]! >= 0x30 && bytes[i]! <= 0x39; i++, digits++) subtrees = subtrees * 10 + bytes[i]! - 0x30;
    if (digits === 0 || bytes[i] !== 0x0a) return undefined;
    i++;
    if (negative) return { nameEnd: nul, count: -count, subtrees, next: i };
    if (i + 20 > end) return undefined;
    return { nameEnd: nul, count, subtrees, oid: bytes.subarray(i, i + 20), next: i + 20 };
  };
  /** Where the node at `at` and everything below it end. */
  const skip = (at: number): number | undefined => {
    for (let pending = 1; pending > 0; pending--) {
      const node = header(at);
      if (!node) return undefined;
      at = node.next;
      pending += node.subtrees;
    }
    return at;
  };
  const parse = (at: number): { node: CacheNode; next: number } | undefined => {
    const head = header(at);
    if (!head) return undefined;
    const node: CacheNode = { count: head.count, oid: head.oid, children: new Map() };
    let next: number | undefined = head.next;
    for (let i = 0; i < head.subtrees; i++) {
      const child = header(next);
      if (!child) return undefined;
      const name = bytes.toString('latin1', next, child.nameEnd);
      if (child.count >= 0) {
        node.children.set(name, { count: child.count, oid: child.oid, children: new Map() });
        next = skip(next);
      } else {
        const parsed = parse(next);
        if (!parsed) return undefined;
        node.children.set(name, parsed.node);
        next = parsed.next;
      }
      if (next === undefined) return undefined;
    }
    return { node, next };
  };
  return parse(8)?.node;
}
