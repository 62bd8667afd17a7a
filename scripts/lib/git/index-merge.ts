// Pure: git's index (versions 2 and 3) with many new entries whose blob ids and stat are known put in
// as one block, as `git update-index --add` would stage those files: backfill's records (39,419 at
// the bench's 10,000 prompts) into an index that holds nothing among them (a vault/ not recorded
// before). index-file.ts finds each changed path by binary search, which suits a commit's few
// records; here the old entries are located once, the new ones encoded into one buffer, and the
// TREE extension invalidated along the folders it holds; a folder it held nothing of (vault/ at
// adoption) is made valid there, its trees handed back for the caller to store (fresh-folder-trees.ts,
// cache-tree-graft.ts). Anything else is refused with a reason
// and git does it: version 4, other extensions, an old entry among the new paths (a record staged
// before), a new path that clashes with a file or folder, an attribute file git would read from
// the index, more racily clean entries than index-file.ts takes, or one whose file changed.
import { bufferSource, entryOffsets, MAX_RACY, rewriteExtensions, TOO_MANY_RACY, type IndexUpdate, type IndexUpdateResult, type RacyEntry, type UpdateOptions } from './index-file.ts';
import { graftCacheTree } from './cache-tree-graft.ts';
import { freshFolderTrees, type StoredFolderNode, type TreeObject } from './fresh-folder-trees.ts';

const HEADER = 12;
const FIXED = 62;
const OID_AT = 40;
const FLAGS_AT = 60;
const NAME_MASK = 0x0fff;

/** A file to stage: its path, blob id and stat (the file itself is not read). */
export type KnownEntry = IndexUpdate & { file: NonNullable<IndexUpdate['file']> };

/**
 * The index `content` (without its trailing checksum) with `entries` added in git's order, or why
 * git should stage them; `options` as index-file.ts's updateIndexContent takes them. The new
 * entries' folders that the index held nothing of (backfill's vault/) are valid in the TREE
 * extension of the result, their trees in `trees`: the caller stores those before it writes the
 * index (git takes a cached id for a tree it has, and `git fsck` reports one it lacks).
 * `options.stored`: such a folder's node made and its trees stored already, from the very entries
 * given below it (the caller vouches for that; their number is checked): taken as it is.
 */
export function insertIndexBlock(content: Buffer, entries: readonly KnownEntry[], options: UpdateOptions & { stored?: StoredFolderNode }): IndexUpdateResult & { trees?: TreeObject[] } {
  if (content.length < HEADER || content.toString('latin1', 0, 4) !== 'DIRC') return { ok: false, reason: 'not an index file' };
  const version = content.readUInt32BE(4);
  if (version !== 2 && version !== 3) return { ok: false, reason: `index version ${version}` };
  if (entries.length === 0) return { ok: true, parts: [{ from: 0, to: content.length }], changed: false };
  const count = content.readUInt32BE(8);
  const added = sortedEntries(entries);
  if (typeof added === 'string') return { ok: false, reason: added };
  const maxRacy = options.maxRacy ?? MAX_RACY;
  const scanned = entryOffsets(bufferSource(content), version, count, options.indexMtimeSec, maxRacy);
  if (typeof scanned === 'string') return { ok: false, reason: scanned };
  const { offsets } = scanned;
  const end = offsets[count]!;
  const pathOf = (i: number) => {
    const start = offsets[i]! + FIXED + (content[offsets[i]! + FLAGS_AT]! & 0x40 ? 2 : 0);
    return content.subarray(start, content.indexOf(0, start));
  };
  // The first old entry whose path is not before `bytes` (bytewise, git's order).
  const firstNotBefore = (bytes: Buffer) => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (Buffer.compare(pathOf(middle), bytes) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const holds = (file: string) => {
    const bytes = Buffer.from(file, 'utf8');
    const at = firstNotBefore(bytes);
    return at < count && pathOf(at).equals(bytes);
  };
  const first = added[0]!.bytes;
  const last = added[added.length - 1]!.bytes;
  const at = firstNotBefore(first);
  if (at < count && Buffer.compare(pathOf(at), last) <= 0) return { ok: false, reason: `${pathOf(at).toString('utf8')} is in the index among the paths staged` };

  // No old entry lies between the first new path and the last, so an old file that is a folder of a
  // new path sorts before the first; an old entry below a new path ("<path>/...") after the last,
  // and then that path is the last or a folder of it; an attribute file the index must not hold,
  // outside them too.
  const newPaths = new Set(added.map(({ entry }) => entry.path));
  // Whether path `a` (a new path's folder or attribute file) sorts before `b` in git's order: bytes
  // of UTF-8, which code units follow but for characters from U+D800 on.
  const high = added.some(({ entry }) => HIGH.test(entry.path));
  const before = (a: string, b: string) => (high ? Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')) < 0 : a < b);
  const firstPath = added[0]!.entry.path;
  const lastPath = added[added.length - 1]!.entry.path;
  const seen = new Set<string>();
  for (const { entry } of added) {
    for (let slash = entry.path.lastIndexOf('/'); slash > 0; slash = entry.path.lastIndexOf('/', slash - 1)) {
      const folder = entry.path.slice(0, slash);
      if (seen.has(folder)) break;
      seen.add(folder);
      if (newPaths.has(folder)) return { ok: false, reason: `${folder} is both a file and a folder` };
      if (before(folder, firstPath) && holds(folder)) return { ok: false, reason: `${folder} is in the index` };
    }
  }
  // Those whose "<path>/..." can sort after the last: the last, and new paths it starts with,
  // followed by a character before "/" (as "a.yaml" then "a.yaml-b").
  for (let length = 1; length <= lastPath.length; length++) {
    if (length < lastPath.length && lastPath.charCodeAt(length) >= 0x2f) continue;
    const path = lastPath.slice(0, length);
    if (!newPaths.has(path)) continue;
    const below = firstNotBefore(Buffer.from(`${path}/`, 'utf8'));
    if (below < count && pathOf(below).toString('utf8').startsWith(`${path}/`)) return { ok: false, reason: `${path} is a folder in the index` };
  }
  const held = (options.absent ?? []).find((file) => !newPaths.has(file) && (before(file, firstPath) || before(lastPath, file)) && holds(file));
  if (held !== undefined) return { ok: false, reason: `${held} is in the index` };

  const racy: RacyEntry[] = scanned.racy.map((i) => ({ path: pathOf(i).toString('utf8'), oid: content.toString('hex', offsets[i]! + OID_AT, offsets[i]! + OID_AT + 20), mtimeSec: content.readUInt32BE(offsets[i]! + 8), size: content.readUInt32BE(offsets[i]! + 36) }));
  if (racy.length > maxRacy) return { ok: false, reason: TOO_MANY_RACY };
  const rest = rewriteExtensions(content.subarray(end), cacheTreePaths(content.subarray(end), added.map(({ entry }) => entry.path)));
  if (typeof rest === 'string') return { ok: false, reason: rest };
  const modified = racy.find((entry) => options.isRacyModified(entry));
  if (modified) return { ok: false, reason: `${modified.path} changed within the index's last second` };

  const block = encodeBlock(added);
  const header = Buffer.from(content.subarray(0, HEADER));
  header.writeUInt32BE(count + added.length, 8);
  const holdsBelow = (folder: string) => {
    const at = firstNotBefore(Buffer.from(`${folder}/`, 'latin1'));
    return at < count && pathOf(at).toString('latin1').startsWith(`${folder}/`);
  };
  const fresh = cacheFreshFolders(rest.parts, added, holdsBelow, options.stored);
  return { ok: true, parts: [header, { from: HEADER, to: offsets[at]! }, block, { from: offsets[at]!, to: end }, ...(fresh?.parts ?? rest.parts)], changed: true, ...(fresh ? { trees: fresh.trees } : {}) };
}

/** Above this many folders new to the index, their trees are left to git: each graft copies the whole cache. */
const MAX_FRESH_FOLDERS = 64;

/**
 * The extensions `parts` (a TREE extension alone, rewritten: rewriteExtensions) with a valid node
 * for each topmost folder of the new entries that the index holds nothing below
 * (`holdsBelow`, folders as latin1 strings of their bytes), and those folders' trees; undefined
 * when there is no such folder, no TREE extension, or anything unusual (freshFolderTrees,
 * graftCacheTree): the folders stay invalid then, for git to make, as before.
 */
function cacheFreshFolders(parts: Buffer[], added: readonly { entry: KnownEntry; bytes: Buffer }[], holdsBelow: (folder: string) => boolean, stored: StoredFolderNode | undefined): { parts: Buffer[]; trees: TreeObject[] } | undefined {
  if (parts.length === 0 || parts[0]!.toString('latin1', 0, 4) !== 'TREE') return undefined;
  // The new entries in runs, each below one fresh folder (the entries are sorted: a folder's are together).
  const groups: { folder: string; entries: { path: string; oid: string; mode: number }[] }[] = [];
  const held = new Set<string>();
  for (const { entry, bytes } of added) {
    const file = bytes.toString('latin1');
    const last = groups.at(-1);
    if (last && file.startsWith(`${last.folder}/`)) {
      last.entries.push({ path: file.slice(last.folder.length + 1), oid: entry.file.oid, mode: entry.file.stat.mode });
      continue;
    }
    for (let slash = file.indexOf('/'); slash !== -1; slash = file.indexOf('/', slash + 1)) {
      const folder = file.slice(0, slash);
      if (held.has(folder)) continue;
      if (holdsBelow(folder)) {
        held.add(folder);
        continue;
      }
      if (groups.length === MAX_FRESH_FOLDERS) return undefined;
      groups.push({ folder, entries: [{ path: file.slice(slash + 1), oid: entry.file.oid, mode: entry.file.stat.mode }] });
      break;
    }
  }
  if (groups.length === 0) return undefined;
  let body = Buffer.concat(parts.slice(1));
  if (body.length !== parts[0]!.readUInt32BE(4)) return undefined;
  const trees: TreeObject[] = [];
  for (const { folder, entries } of groups) {
    const components = folder.split('/');
    // Made and stored already (backfill's writer thread), from these very entries: taken as it is.
    const made = stored?.folder === folder && stored.count === entries.length ? { node: stored.node, trees: [] } : freshFolderTrees(components.at(-1)!, entries);
    if (!made) return undefined;
    const grafted = graftCacheTree(body, components.slice(0, -1).map((component) => Buffer.from(component, 'latin1')), made.node);
    if (!grafted) return undefined;
    body = Buffer.concat(grafted);
    trees.push(...made.trees);
  }
  const head = Buffer.alloc(8);
  head.write('TREE', 0, 'latin1');
  head.writeUInt32BE(body.length, 4);
  return { parts: [head, body], trees };
}

/** Characters whose UTF-16 order is not their UTF-8 order. */
const HIGH = /[\uD800-\uFFFF]/;

/** A path component git would not stage as given: empty, `.`, `..` or `.git` (in any case). */
const REFUSED_COMPONENT = /(?:^|\/)(?:|\.|\.\.|\.git)(?:\/|$)/i;

/**
 * The entries as index entries (versions 2 and 3: no extended flags), one after the other in one
 * buffer, byte for byte as index-file.ts's encodeEntry writes each (a buffer per entry cost more
 * than the rest of the merge).
 */
function encodeBlock(added: readonly { entry: KnownEntry; bytes: Buffer }[]): Buffer {
  let size = 0;
  for (const { bytes } of added) size += (FIXED + bytes.length + 8) & ~7;
  const block = Buffer.alloc(size);
  // Written through a DataView: Buffer's writers check each value and offset (a third of the time).
  const view = new DataView(block.buffer, block.byteOffset, block.length);
  let at = 0;
  for (const { entry, bytes } of added) {
    const { stat, oid } = entry.file;
    view.setUint32(at, stat.ctimeSec >>> 0);
    view.setUint32(at + 4, stat.ctimeNsec >>> 0);
    view.setUint32(at + 8, stat.mtimeSec >>> 0);
    view.setUint32(at + 12, stat.mtimeNsec >>> 0);
    view.setUint32(at + 16, stat.dev >>> 0);
    view.setUint32(at + 20, stat.ino >>> 0);
    view.setUint32(at + 24, stat.mode >>> 0);
    view.setUint32(at + 28, stat.uid >>> 0);
    view.setUint32(at + 32, stat.gid >>> 0);
    view.setUint32(at + 36, stat.size >>> 0);
    block.write(oid, at + OID_AT, 20, 'hex');
    view.setUint16(at + FLAGS_AT, Math.min(bytes.length, NAME_MASK));
    block.set(bytes, at + FIXED);
    at += (FIXED + bytes.length + 8) & ~7;
  }
  return block;
}

/** The entries with their paths' bytes, in git's order (bytewise), or why git should stage them. */
function sortedEntries(entries: readonly KnownEntry[]): { entry: KnownEntry; bytes: Buffer }[] | string {
  const sorted = entries.map((entry) => ({ entry, bytes: Buffer.from(entry.path, 'utf8') }));
  for (const { entry, bytes } of sorted) {
    // As index-file.ts's probes: git normalises `.` and `..` and refuses `.git` before it stages a path.
    if (bytes.length >= 4096 || entry.path.includes('\0') || REFUSED_COMPONENT.test(entry.path)) return `path ${JSON.stringify(entry.path)}`;
  }
  // Callers sort by code unit, which is byte order but for characters past U+FFFF: checked here.
  let ordered = true;
  for (let i = 1; i < sorted.length && ordered; i++) ordered = Buffer.compare(sorted[i - 1]!.bytes, sorted[i]!.bytes) < 0;
  if (!ordered) sorted.sort((a, b) => Buffer.compare(a.bytes, b.bytes));
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.bytes.equals(sorted[i - 1]!.bytes)) return `${sorted[i]!.entry.path} given twice`;
  return sorted;
}

/**
 * Paths that invalidate the same folders of the TREE extension as `paths`: each cut after its
 * first folder the cache does not hold (git's walk stops there), so the new records' thousands of
 * paths under a folder the index never had are one. Nothing is cut when the cache cannot be read:
 * rewriteExtensions then says why.
 */
function cacheTreePaths(extensions: Buffer, paths: string[]): string[] {
  const folders = cacheTreeFolders(extensions);
  if (!folders) return paths;
  const cut = new Set<string>();
  for (const file of paths) {
    let slash = file.indexOf('/');
    while (slash !== -1 && folders.has(file.slice(0, slash))) slash = file.indexOf('/', slash + 1);
    cut.add(slash === -1 ? file : file.slice(0, slash));
  }
  return [...cut];
}

/** The folders (repository-relative, the root '') the TREE extension holds, or undefined when there is none or it cannot be read. */
function cacheTreeFolders(extensions: Buffer): Set<string> | undefined {
  if (extensions.length < 8 || extensions.toString('latin1', 0, 4) !== 'TREE') return undefined;
  const body = extensions.subarray(8, 8 + extensions.readUInt32BE(4));
  const folders = new Set<string>();
  // Preorder: each node's name, entry count (-1: no tree id follows), subfolder count, then its subfolders.
  const stack: { prefix: string; left: number }[] = [];
  for (let p = 0; p < body.length; ) {
    const nul = body.indexOf(0, p);
    const space = nul === -1 ? -1 : body.indexOf(0x20, nul);
    const newline = space === -1 ? -1 : body.indexOf(0x0a, space);
    if (newline === -1) return undefined;
    const name = body.toString('utf8', p, nul);
    const entries = Number(body.toString('latin1', nul + 1, space));
    const subtrees = Number(body.toString('latin1', space + 1, newline));
    if (!Number.isInteger(entries) || !Number.isInteger(subtrees) || subtrees < 0) return undefined;
    while (stack.length > 0 && stack[stack.length - 1]!.left === 0) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.left--;
    else if (folders.size > 0) return undefined;
    const folder = parent === undefined ? '' : parent.prefix === '' ? name : `${parent.prefix}/${name}`;
    folders.add(folder);
    stack.push({ prefix: folder, left: subtrees });
    p = newline + 1 + (entries >= 0 ? 20 : 0);
  }
  return folders;
}
