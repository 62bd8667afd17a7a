// Node-only: the tree the index holds, as its TREE extension (git's cache of tree ids) names it,
// and the walk of the index's entries that found it, kept for the stager of the same process.
// `git commit` brings that cache up to date and writes its trees before it runs the pre-commit
// hook, so the hook's staged diff can be `git diff-tree <base> <that tree>`, which reads only the
// trees that differ, instead of `git diff-index --cached`, which reads and parses the whole index
// (52,000 entries at the bench's 10,000 prompts: the one step of a 1-prompt commit that grew with
// the repository by tens of ms, bench HISTORY, sessions 31 and 32). The entries are walked here
// once (to find where the extensions start) and the stager (stage-in-process-fs.ts) takes that
// walk instead of making its own, while the index file is the same.
import fs from 'node:fs';
import path from 'node:path';
import { entryOffsets, type EntryWalk, type IndexSource } from './index-file.ts';

/** The index file the environment names (GIT_INDEX_FILE, as git commit sets it for its hooks), else the git dir's. */
export function indexFile(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }): string {
  const env = { ...process.env, ...repo.env };
  return env.GIT_INDEX_FILE ? path.resolve(repo.dir, env.GIT_INDEX_FILE) : path.join(repo.gitdir, 'index');
}

/** The last index walked: its file, stat and walk, and the tree its TREE extension names. */
let remembered: { file: string; stat: fs.BigIntStats; walk: EntryWalk; tree: string | undefined } | undefined;

/**
 * The tree id the index's TREE extension gives its root, when the cache holds the whole index: a
 * version 2 index (no entry with extended flags: no intent-to-add, skip-worktree or sparse entry)
 * whose root node is valid and counts every entry (not a split index). Undefined otherwise, or
 * when there is no index: the caller asks git to read the index then.
 */
export function indexTreeId(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }): string | undefined {
  const file = indexFile(repo);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = fs.fstatSync(fd, { bigint: true });
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
    return tree;
  } finally {
    fs.closeSync(fd);
  }
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
