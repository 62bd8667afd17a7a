// Pure: git's index file (versions 2, 3 and 4, SHA-1, with or without its TREE extension) updated
// for a few paths the way `git update-index --add --remove` updates it, without a git process. A
// recording commit stages two record files; `update-index` for them reads, parses and rewrites the
// whole index (7 MB and 38 ms of git's CPU at 10,000 prompts, measured), and spawning it costs this
// process a fork. Here the unchanged entries are copied as bytes, the changed ones spliced in, and
// the TREE extension (git's cache of tree ids) invalidated along the changed paths as git's
// cache_tree_invalidate_path does. Anything this does not know returns a reason instead, and the
// caller lets git do it: other extensions (split index, sparse index, untracked cache, fsmonitor,
// resolve-undo, offsets), a changed path that is unmerged, flagged (skip-worktree, intent-to-add,
// assume-unchanged) or meets a file/folder clash, an entry that git would re-check as racily clean.

/** What `lstat` says of a file, as git keeps it in an entry (each field cut to 32 bits by the caller). */
export interface EntryStat {
  ctimeSec: number;
  ctimeNsec: number;
  mtimeSec: number;
  mtimeNsec: number;
  dev: number;
  ino: number;
  /** git's mode: 0o100644 or 0o100755 for a regular file. */
  mode: number;
  uid: number;
  gid: number;
  size: number;
}

/** A staged path: the file's blob id and stat, or `null` when the file is gone (the entry leaves). */
export interface IndexUpdate {
  path: string;
  file: { oid: string; stat: EntryStat } | null;
}

/** An entry git would re-check when it writes the index (racily clean): the caller decides. */
export interface RacyEntry {
  path: string;
  oid: string;
  mtimeSec: number;
  size: number;
}

/**
 * The index file's bytes, read where needed rather than held: at 10,000 prompts the index is 6-8 MB,
 * and read whole into fresh memory its pages cost the hook more CPU than everything else staging
 * does (a fresh 6 MB buffer and its SHA-1: 56-77 ms of CPU at load 24, against 7-9 ms read in
 * 256 KB pieces into one buffer; session 19). So the entries are walked a window at a time, the
 * few entries a probe meets are read alone, and the runs of entries kept are handed back as
 * ranges of the file for the caller to copy (and hash) a window at a time.
 */
export interface IndexSource {
  /** The index's length, without its trailing checksum. */
  length: number;
  /** The bytes from `at` (`length` of them, fewer at the end), into `into` when given (the caller's buffer, reused), else into a new one. */
  read(at: number, length: number, into?: Buffer): Buffer;
}

/** An index held in memory as an IndexSource (a test's, or a caller's that has it whole). */
export function bufferSource(content: Buffer): IndexSource {
  return { length: content.length, read: (at, length) => content.subarray(at, Math.min(at + length, content.length)) };
}

/** A run of the old index's bytes, from `from` to `to`, kept as they are. */
export interface KeptRange {
  from: number;
  to: number;
}

export type IndexUpdateResult =
  /** The new index as consecutive parts: new bytes, or ranges of the old index (copying 7 MB into one buffer cost more than writing the parts). */
  | { ok: true; parts: (Buffer | KeptRange)[]; changed: boolean }
  | { ok: false; reason: string };

const HEADER = 12;
const FIXED = 62;
const OID_AT = 40;
const FLAGS_AT = 60;
const EXTENDED = 0x4000;
const STAGE_MASK = 0x3000;
const ASSUME_VALID = 0x8000;
const NAME_MASK = 0x0fff;
const EMPTY = Buffer.alloc(0);
// Racily clean entries are files changed in the index's last second (a `git add` just before the
// commit, `git commit -a`, the previous commit's records when commits follow within a second):
// each whose size and time match is read and hashed here, as git does when it writes the index.
// Beyond this many, git does it. It was 64: a commit of 50 prompts staged by `git add` met 50 to
// 150 (the prompts, and the last commit's 100 records when made in the same second), so half of
// such commits ran update-index after all the work here (its fork, and a read and rewrite of the
// whole index: 7.7 MB at 10,000 prompts, 13-15 ms of its CPU for 100 files already stored).
// Checking 150 is 5-6 ms of CPU (an lstat, a read and a SHA-1 of each ~7 KB prompt): with the
// fork and the work thrown away here, the fallback costs more than 1,000 such checks.
export const MAX_RACY = 1000;
export const TOO_MANY_RACY = 'many entries changed within the index\'s last second';
// V8's own search, without Buffer's argument handling around it: called once per folder of the
// repository (the TREE extension), in a run too short for that code to get optimised.
const indexOfByte = Uint8Array.prototype.indexOf;

export interface UpdateOptions {
  /** The index file's modification time, whole seconds. */
  indexMtimeSec: number;
  /** Whether the file of a racily clean entry differs from it (git would then record it with size 0). */
  isRacyModified: (entry: RacyEntry) => boolean;
  /** Paths that must not be in the index (attribute files that would apply to the updated paths). */
  absent?: string[];
  /** Racily clean entries beyond which git is left to check them (default MAX_RACY; index-merge.ts only). */
  maxRacy?: number;
  /** The walk of this very index's entries (entryOffsets, no limit of racy entries), when the caller made it already (index-tree-fs.ts). */
  walked?: EntryWalk;
}

/** Where each entry starts (and, last, where they end), and which entries are racily clean. */
export interface EntryWalk {
  offsets: Int32Array;
  racy: number[];
}

/** A path looked for in the walk: one to update, one that must not be an entry (a folder of one), or "<path>/" (no entry may start with it). */
interface Probe {
  bytes: Buffer;
  kind: 'update' | 'folder' | 'below';
  update?: IndexUpdate;
}

/**
 * The index `content` (without its trailing checksum: the caller writes a new one and, as git's
 * own reads do, leaves checking the old one to `git fsck`) after `updates`, or why git should do
 * it. `indexMtimeSec` is the index file's modification time: an entry left as it is whose mtime is
 * in that second or later is one git re-checks when it writes the index ("racily clean");
 * `isRacyModified` says whether its file changed, and then git would record a size of 0 for it, so
 * the update is left to git.
 */
export function updateIndexContent(source: IndexSource | Buffer, updates: IndexUpdate[], options: UpdateOptions): IndexUpdateResult {
  if (Buffer.isBuffer(source)) source = bufferSource(source);
  const head = Buffer.from(source.read(0, HEADER));
  if (head.length < HEADER || head.toString('latin1', 0, 4) !== 'DIRC') return { ok: false, reason: 'not an index file' };
  const version = head.readUInt32BE(4);
  if (version < 2 || version > 4) return { ok: false, reason: `index version ${version}` };
  const count = head.readUInt32BE(8);
  const probes = probesOf(updates, options.absent ?? []);
  if (typeof probes === 'string') return { ok: false, reason: probes };
  // Version 4 compresses each path against the one before: it is read whole, in order.
  const entries = version === 4 ? updateEntriesInOrder(source.read(0, source.length), count, probes, options) : updateEntriesByOffsets(source, version, count, probes, options);
  if (typeof entries === 'string') return { ok: false, reason: entries };
  const { parts, kept, changed, end, racy } = entries;

  const changedPaths = probes.flatMap((probe) => (probe.kind === 'update' ? [probe.update!.path] : []));
  const rest = rewriteExtensions(source.read(end, source.length - end), changedPaths);
  if (typeof rest === 'string') return { ok: false, reason: rest };
  if (racy.length > MAX_RACY) return { ok: false, reason: TOO_MANY_RACY };
  const modified = racy.find((entry) => options.isRacyModified(entry));
  if (modified) return { ok: false, reason: `${modified.path} changed within the index's last second` };
  // Removing a path the index does not hold still invalidates the tree cache, and git writes that.
  if (!changed && !(rest.changedTree && changedPaths.length > 0)) return { ok: true, parts: [{ from: 0, to: source.length }], changed: false };
  // The version stays: git writes 3 while an entry has extended flags and 2 otherwise, and the
  // entries with extended flags are neither added nor removed here (such a path is left to git).
  const header = head;
  header.writeUInt32BE(kept, 8);
  return { ok: true, parts: [header, ...parts, ...rest.parts], changed: true };
}

/** The entries after the updates: their bytes (in parts), how many, where the old ones ended. */
interface UpdatedEntries {
  parts: (Buffer | KeptRange)[];
  kept: number;
  changed: boolean;
  end: number;
  /** Entries kept that git would look at again as racily clean. */
  racy: RacyEntry[];
}

/** The window the entries are walked in, and kept runs copied through (64 pages, reused). */
export const WINDOW = 1 << 18;

/**
 * Versions 2 and 3: one light pass finds where each entry starts (a run of one prompt's hook
 * executes this once, unoptimised, over every entry: a comparison per entry cost 40 ms at 52,000
 * entries, this pass about 4 ms), a window of the file at a time; then each probe is found by
 * binary search, reading only the entries the search meets.
 */
function updateEntriesByOffsets(source: IndexSource, version: number, count: number, probes: Probe[], options: UpdateOptions): UpdatedEntries | string {
  // A walk made already (the staged diff's, index-tree-fs.ts) counted every racy entry: the same limit as a walk of its own.
  const scanned = options.walked ?? entryOffsets(source, version, count, options.indexMtimeSec, MAX_RACY + probes.length);
  if (typeof scanned === 'string') return scanned;
  if (scanned.racy.length > MAX_RACY + probes.length) return TOO_MANY_RACY;
  const { offsets, racy: racyEntries } = scanned;
  const at = offsets[count]!;
  // Entry i's bytes, read once (a binary search meets the same few entries for neighbouring probes).
  const read = new Map<number, Buffer>();
  const entry = (i: number): Buffer => {
    let bytes = read.get(i);
    if (!bytes) read.set(i, (bytes = source.read(offsets[i]!, offsets[i + 1]! - offsets[i]!)));
    return bytes;
  };
  const pathStart = (bytes: Buffer) => FIXED + (bytes[FLAGS_AT]! & 0x40 ? 2 : 0);
  const pathOf = (i: number) => {
    const bytes = entry(i);
    const start = pathStart(bytes);
    return bytes.subarray(start, bytes.indexOf(0, start));
  };
  // < 0: entry i sorts before `bytes`.
  const compareEntry = (i: number, bytes: Buffer) => pathOf(i).compare(bytes);
  const firstNotBefore = (bytes: Buffer) => {
    let low = 0;
    let high = count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareEntry(middle, bytes) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const parts: (Buffer | KeptRange)[] = [];
  let runStart = HEADER;
  const keepRun = (to: number) => {
    if (to > runStart) parts.push({ from: runStart, to });
  };
  let kept = count;
  let changed = false;
  const replaced = new Set<number>();
  for (const probe of probes) {
    const position = firstNotBefore(probe.bytes);
    const equal = position < count && compareEntry(position, probe.bytes) === 0;
    if (probe.kind === 'below') {
      if (position < count) {
        const path = pathOf(position);
        if (path.length > probe.bytes.length && path.compare(probe.bytes, 0, probe.bytes.length, 0, probe.bytes.length) === 0) {
          return `${probe.bytes.toString('utf8', 0, probe.bytes.length - 1)} is a folder in the index`;
        }
      }
      continue;
    }
    if (probe.kind === 'folder') {
      if (equal) return `${probe.bytes.toString('utf8')} is in the index`;
      continue;
    }
    const update = probe.update!;
    const entryAt = offsets[position]!;
    if (equal) {
      const refusal = refuseReplacing(entry(position), version, position + 1 < count ? entry(position + 1) : undefined, probe.bytes, update);
      if (refusal) return refusal;
      if (update.file && sameFile(entry(position), update.file)) {
        // git leaves an entry whose file is as recorded alone, and its folders' tree ids too.
        probe.kind = 'folder';
        probe.update = undefined;
        continue;
      }
      keepRun(entryAt);
      if (update.file) parts.push(encodeEntry(version, probe.bytes, update.file, EMPTY));
      else kept--;
      runStart = offsets[position + 1]!;
      replaced.add(position);
    } else if (update.file) {
      keepRun(entryAt);
      parts.push(encodeEntry(version, probe.bytes, update.file, EMPTY));
      runStart = entryAt;
      kept++;
    } else continue;
    changed = true;
  }
  keepRun(at);

  const racy = racyEntries.filter((i) => !replaced.has(i)).map((i): RacyEntry => {
    const bytes = entry(i);
    return { path: pathOf(i).toString('utf8'), oid: bytes.toString('hex', OID_AT, OID_AT + 20), mtimeSec: bytes.readUInt32BE(8), size: bytes.readUInt32BE(36) };
  });
  return { parts, kept, changed, end: at, racy };
}

/**
 * Where each of the `count` entries of a version 2 or 3 index starts (and, last, where they end),
 * and the indexes of those git would take as racily clean (mtime >= `racyFrom`), or why the
 * update is left to git. Read a window at a time into one buffer.
 */
export function entryOffsets(source: IndexSource, version: number, count: number, racyFrom: number, maxRacy: number): EntryWalk | string {
  const offsets = new Int32Array(count + 1);
  const racy: number[] = [];
  const window = Buffer.allocUnsafe(Math.min(WINDOW, Math.max(source.length, FIXED)));
  let content = source.read(HEADER, window.length, window);
  // Where `content` starts in the file.
  let base = HEADER;
  let at = HEADER;
  for (let i = 0; i < count; i++) {
    offsets[i] = at;
    let p = at - base;
    if (p + FIXED + 2 > content.length) {
      // The fixed part (and the extended flags) may cross the window's end: the window moves to this entry.
      content = source.read(at, window.length, window);
      base = at;
      p = 0;
      if (FIXED > content.length) return 'truncated entry';
    }
    const high = content[p + FLAGS_AT]!;
    let nameLength = ((high & 0x0f) << 8) | content[p + FLAGS_AT + 1]!;
    const extended = high & 0x40 ? 2 : 0;
    if (extended && version < 3) return 'extended flags in a version 2 index';
    if (nameLength === NAME_MASK) {
      // A path of 4,095 bytes or more: its end is found by its NUL, read apart.
      const long = source.read(at + FIXED + extended, 1 << 16);
      const nul = long.indexOf(0);
      if (nul === -1) return 'truncated entry';
      nameLength = nul;
    }
    if (((content[p + 8]! << 24) | (content[p + 9]! << 16) | (content[p + 10]! << 8) | content[p + 11]!) >>> 0 >= racyFrom && racy.push(i) > maxRacy) return TOO_MANY_RACY;
    at += (FIXED + extended + nameLength + 8) & ~7;
  }
  if (at > source.length) return 'truncated entry';
  offsets[count] = at;
  return { offsets, racy };
}

/** Why an entry (its bytes, and the next entry's when there is one) may not be replaced here: unmerged, flagged (skip-worktree, intent-to-add, assume-unchanged), not a plain file. */
export function refuseReplacing(entry: Buffer, version: number, next: Buffer | undefined, path: Buffer, update: IndexUpdate): string | undefined {
  const flags = entry.readUInt16BE(FLAGS_AT);
  const extendedFlags = flags & EXTENDED ? entry.readUInt16BE(FIXED) : 0;
  if ((flags & STAGE_MASK) !== 0 || extendedFlags !== 0 || flags & ASSUME_VALID) return `${update.path} is unmerged or flagged in the index`;
  if (next && nextIsOtherStage(next, version, path)) return `${update.path} is unmerged`;
  if (update.file && entry.readUInt32BE(24) !== 0o100644) return `${update.path} has mode ${entry.readUInt32BE(24).toString(8)} in the index`;
  return undefined;
}

/**
 * Version 4 (paths compressed against the previous entry's): every path is decoded in order, and
 * the entry after a change is written again against its new previous path.
 */
function updateEntriesInOrder(content: Buffer, count: number, probes: Probe[], options: UpdateOptions): UpdatedEntries | string {
  const parts: Buffer[] = [];
  let next = 0;
  let kept = 0;
  const racy: RacyEntry[] = [];
  let changed = false;
  // Runs of entries copied as they are, broken where an entry's path must be compressed against
  // another previous path than the one it was written after.
  let runStart = HEADER;
  // The previous entry's path (decoded into one of two buffers, in turn), and the path last
  // written when it was not that entry's (an update or an insertion).
  const buffers = [Buffer.alloc(4096), Buffer.alloc(4096)];
  let previousLength = 0;
  let written: Buffer | undefined;
  let at = HEADER;
  // A path added before the entry at `at` (or after the last), compressed against the path before it.
  const insert = (probe: Probe, previous: Buffer) => {
    parts.push(content.subarray(runStart, at), encodeEntry(4, probe.bytes, probe.update!.file!, written ?? previous));
    runStart = at;
    written = probe.bytes;
    kept++;
    changed = true;
  };

  for (let i = 0; i < count; i++) {
    if (at + FIXED > content.length) return 'truncated entry';
    const flags = content.readUInt16BE(at + FLAGS_AT);
    const [strip, suffixStart] = readVarint(content, at + FIXED + (flags & EXTENDED ? 2 : 0));
    const nul = content.indexOf(0, suffixStart);
    const previous = buffers[(i + 1) % 2]!.subarray(0, previousLength);
    if (nul === -1 || strip > previousLength) return 'bad path compression';
    const keep = previousLength - strip;
    if (keep + nul - suffixStart > 4096) return 'path too long';
    const current = buffers[i % 2]!;
    previous.copy(current, 0, 0, keep);
    content.copy(current, keep, suffixStart, nul);
    previousLength = keep + nul - suffixStart;
    const path = current.subarray(0, previousLength);
    const end = nul + 1;

    // Probes sorting before this entry: paths to add, and checks that pass or fail here.
    let order = 0;
    while (next < probes.length) {
      const probe = probes[next]!;
      // > 0: the entry sorts after the probe.
      order = path.compare(probe.bytes);
      if (order <= 0) break;
      next++;
      if (probe.kind === 'below' && path.length > probe.bytes.length && path.compare(probe.bytes, 0, probe.bytes.length, 0, probe.bytes.length) === 0) {
        return `${probe.bytes.toString('utf8', 0, probe.bytes.length - 1)} is a folder in the index`;
      }
      if (probe.kind === 'update' && probe.update!.file) insert(probe, previous);
    }
    if (next < probes.length && order === 0) {
      const probe = probes[next++]!;
      if (probe.kind !== 'update') return `${probe.bytes.toString('utf8')} is in the index`;
      const update = probe.update!;
      const refusal = refuseReplacing(content.subarray(at, end), 4, i + 1 < count ? content.subarray(end) : undefined, probe.bytes, update);
      if (refusal) return refusal;
      if (update.file && sameFile(content.subarray(at, end), update.file)) {
        // git leaves an entry whose file is as recorded alone, and its folders' tree ids too.
        probe.kind = 'folder';
        probe.update = undefined;
      } else {
        const last = written ?? previous;
        parts.push(content.subarray(runStart, at));
        if (update.file) parts.push(encodeEntry(4, probe.bytes, update.file, last));
        runStart = end;
        // (A copy: the previous entry's path buffer is reused for the entry after next.)
        written = update.file ? probe.bytes : Buffer.from(last);
        if (update.file) kept++;
        changed = true;
        at = end;
        continue;
      }
    }
    // This entry stays.
    kept++;
    if (written !== undefined) {
      parts.push(content.subarray(runStart, at), reencodeV4(content, at, path, written));
      runStart = end;
    }
    written = undefined;
    const mtimeSec = content.readUInt32BE(at + 8);
    if (mtimeSec >= options.indexMtimeSec) {
      if (racy.length > MAX_RACY) return TOO_MANY_RACY;
      racy.push({ path: path.toString('utf8'), oid: content.toString('hex', at + OID_AT, at + OID_AT + 20), mtimeSec, size: content.readUInt32BE(at + 36) });
    }
    at = end;
  }
  const previous = buffers[(count + 1) % 2]!.subarray(0, previousLength);
  for (const probe of probes.slice(next)) if (probe.kind === 'update' && probe.update!.file) insert(probe, previous);
  parts.push(content.subarray(runStart, at));
  return { parts, kept, changed, end: at, racy };
}

/** The probes for `updates`, sorted as git sorts paths, or why the update is left to git. */
function probesOf(updates: IndexUpdate[], absent: string[]): Probe[] | string {
  const byPath = new Map<string, Probe>();
  for (const update of updates) {
    const bytes = Buffer.from(update.path, 'utf8');
    // git normalises `.` and `..` (and refuses `.git`) before its verify_path; written as given
    // here, such a path would be an entry no checkout can make.
    if (bytes.length >= 4096 || bytes.includes(0) || update.path.split('/').some((part) => ['', '.', '..', '.git'].includes(part.toLowerCase()))) return `path ${JSON.stringify(update.path)}`;
    byPath.set(update.path, { bytes, kind: 'update', update });
  }
  const checks = new Map<string, Probe>(absent.filter((file) => !byPath.has(file)).map((file) => [file, { bytes: Buffer.from(file, 'utf8'), kind: 'folder' }]));
  for (const probe of byPath.values()) {
    if (!probe.update!.file) continue;
    const components = probe.update!.path.split('/');
    for (let i = 1; i < components.length; i++) {
      const folder = components.slice(0, i).join('/');
      if (byPath.has(folder)) return `${folder} is both a file and a folder`;
      checks.set(folder, { bytes: Buffer.from(folder, 'utf8'), kind: 'folder' });
    }
    checks.set(`${probe.update!.path}/`, { bytes: Buffer.concat([probe.bytes, Buffer.from('/')]), kind: 'below' });
  }
  return [...byPath.values(), ...checks.values()].sort((a, b) => Buffer.compare(a.bytes, b.bytes));
}

/** Whether `next` (the entry after ours, from its start) is the same path at another stage (a conflict). */
function nextIsOtherStage(next: Buffer, version: number, path: Buffer): boolean {
  if (FIXED > next.length) return false;
  const flags = next.readUInt16BE(FLAGS_AT);
  if ((flags & STAGE_MASK) === 0) return false;
  if (version === 4) return true; // a later stage of some path right after ours: conservatively ours
  const start = FIXED + (flags & EXTENDED ? 2 : 0);
  return next.subarray(start, start + path.length).equals(path) && next[start + path.length] === 0;
}

/** An entry's ten 32-bit stat fields, in the order the index keeps them. */
function statFields(s: EntryStat): number[] {
  return [s.ctimeSec, s.ctimeNsec, s.mtimeSec, s.mtimeNsec, s.dev, s.ino, s.mode, s.uid, s.gid, s.size];
}

/** Whether the entry (its bytes) holds exactly this file (stat and id): git then leaves it alone. */
export function sameFile(entry: Buffer, file: { oid: string; stat: EntryStat }): boolean {
  return statFields(file.stat).every((value, i) => entry.readUInt32BE(i * 4) === value >>> 0) && entry.toString('hex', OID_AT, OID_AT + 20) === file.oid;
}

/** An entry's bytes: stat, id, flags, path (v4: compressed against `previous`; v2/v3: NUL-padded to 8 bytes). */
export function encodeEntry(version: number, path: Buffer, { oid, stat }: { oid: string; stat: EntryStat }, previous: Buffer): Buffer {
  const fixed = Buffer.alloc(FIXED);
  statFields(stat).forEach((value, i) => fixed.writeUInt32BE(value >>> 0, i * 4));
  fixed.write(oid, OID_AT, 20, 'hex');
  fixed.writeUInt16BE(Math.min(path.length, NAME_MASK), FLAGS_AT);
  if (version === 4) return Buffer.concat([fixed, compressedPath(path, previous)]);
  const length = (FIXED + path.length + 8) & ~7;
  const entry = Buffer.alloc(length);
  fixed.copy(entry);
  path.copy(entry, FIXED);
  return entry;
}

/** A v4 entry's bytes with its path compressed against a new previous path. */
function reencodeV4(content: Buffer, at: number, path: Buffer, previous: Buffer): Buffer {
  const flags = content.readUInt16BE(at + FLAGS_AT);
  const fixedLength = FIXED + (flags & EXTENDED ? 2 : 0);
  return Buffer.concat([content.subarray(at, at + fixedLength), compressedPath(path, previous)]);
}

/** v4's path: how many bytes to drop from the previous path (varint), then the rest, NUL-ended. */
function compressedPath(path: Buffer, previous: Buffer): Buffer {
  let common = 0;
  while (common < path.length && common < previous.length && path[common] === previous[common]) common++;
  return Buffer.concat([writeVarint(previous.length - common), path.subarray(common), Buffer.from([0])]);
}

/** git's offset varint (varint.c): 7 bits a byte, high bit "more", each continuation adding one. */
function writeVarint(value: number): Buffer {
  const bytes = [value & 127];
  while ((value >>= 7)) bytes.unshift(128 | (--value & 127));
  return Buffer.from(bytes);
}

function readVarint(buffer: Buffer, at: number): [number, number] {
  let byte = buffer[at++]!;
  let value = byte & 127;
  while (byte & 128) {
    byte = buffer[at++]!;
    value = ((value + 1) << 7) | (byte & 127);
  }
  return [value, at];
}

/**
 * The extensions after the entries, TREE invalidated along `paths`, as consecutive parts (the TREE
 * cache is 1-2 MB at 10,000 prompts; joining it into one buffer copied it twice for nothing: the
 * caller hashes and writes the parts); a string when one is not TREE.
 */
export function rewriteExtensions(extensions: Buffer, paths: string[]): { parts: Buffer[]; changedTree: boolean } | string {
  const out: Buffer[] = [];
  let changedTree = false;
  for (let at = 0; at < extensions.length; ) {
    if (at + 8 > extensions.length) return 'truncated extension';
    const signature = extensions.toString('latin1', at, at + 4);
    const size = extensions.readUInt32BE(at + 4);
    const body = extensions.subarray(at + 8, at + 8 + size);
    if (body.length !== size) return 'truncated extension';
    if (signature !== 'TREE') return `index extension ${JSON.stringify(signature)}`;
    const written = invalidateCacheTree(body, paths.map((path) => path.split('/')));
    if (!written) return 'a TREE extension this code cannot read';
    const head = Buffer.alloc(8);
    head.write('TREE', 0, 'latin1');
    head.writeUInt32BE(written.reduce((sum, part) => sum + part.length, 0), 4);
    out.push(head, ...written);
    changedTree = true;
    at += 8 + size;
  }
  return { parts: out, changedTree };
}

/**
 * git's cache tree (TREE: per folder "<name>\0<entry count> <subtree count>\n", its tree id unless
 * the count is -1, then its subfolders) after git's do_invalidate_path for each path: every folder on
 * the way to a changed path loses its tree id (count -1), and a subfolder named like the changed path
 * itself (a folder replaced by a file) is dropped. Folders off those paths are copied as bytes: the
 * cache holds every folder of the repository (tens of thousands), and only a few are touched.
 */
function invalidateCacheTree(body: Buffer, paths: string[][]): Buffer[] | undefined {
  const parts: Buffer[] = [];
  let copyFrom = 0;
  // "<name>\0<count> <subtrees>\n": read byte by byte (a string per folder cost more than the rest).
  let nul = 0;
  let subtrees = 0;
  /** Reads the header at `at` into `nul` and `subtrees`; returns where the node's subfolders start, or -1. */
  const readHeader = (at: number): number => {
    nul = indexOfByte.call(body, 0, at);
    if (nul === -1) return -1;
    // The entry count matters only by its sign (an invalid folder, -1, has no tree id).
    const negative = body[nul + 1] === 0x2d;
    const space = indexOfByte.call(body, 0x20, nul + 1);
    if (space === -1 || space === nul + 1) return -1;
    let p = space + 1;
    subtrees = body[p++]! - 0x30;
    if (subtrees < 0 || subtrees > 9) return -1;
    for (let digit = body[p]! - 0x30; digit >= 0 && digit <= 9; digit = body[++p]! - 0x30) subtrees = subtrees * 10 + digit;
    if (body[p++] !== 0x0a) return -1;
    const end = p + (negative ? 0 : 20);
    return end > body.length ? -1 : end;
  };
  // Where the node at `at` and all its subfolders end (they follow it in preorder), or -1.
  const skip = (at: number): number => {
    let left = 1;
    let p = at;
    while (left > 0) {
      p = readHeader(p);
      if (p === -1) return -1;
      left += subtrees - 1;
    }
    return p;
  };
  // Folder names still looked for, over all folders on the way: once none is, the rest of the
  // cache is copied unread (a changed record's folder sits among 11,000 at 10,000 prompts).
  let open = 0;
  const DONE = -2;
  // Where the node at `at` ends, rewritten for `targets`, the paths (as components) through it;
  // DONE when nothing is looked for any more.
  const node = (at: number, targets: string[][]): number => {
    if (targets.length === 0) return skip(at);
    let p = readHeader(at);
    if (p === -1) return -1;
    const header = { nul, subtrees, end: p };
    const dropped = new Set(targets.filter((target) => target.length === 1).map((target) => target[0]!));
    const below = new Map<string, string[][]>();
    // Pushed, not spread into a new array per path: 39,419 records under vault/ made that quadratic (16 s).
    for (const [first, ...rest] of targets) {
      if (rest.length === 0) continue;
      const list = below.get(first!);
      if (list) list.push(rest);
      else below.set(first!, [rest]);
    }
    const names = new Set([...dropped, ...below.keys()]);
    let wanted = names.size;
    // A folder's name is decoded only when its byte length and first byte are a wanted name's: the
    // walk passes thousands of record folders (a string each cost most of it) to reach a few.
    const candidates = new Set([...names].map((name) => {
      const bytes = Buffer.from(name, 'utf8');
      return bytes.length * 256 + (bytes[0] ?? 0);
    }));
    open += wanted;
    parts.push(body.subarray(copyFrom, at));
    const headerAt = parts.push(Buffer.alloc(0)) - 1;
    copyFrom = header.end;
    let kept = 0;
    const finish = (result: number) => {
      parts[headerAt] = Buffer.concat([body.subarray(at, header.nul), Buffer.from(`\0-1 ${kept}\n`, 'latin1')]);
      return result;
    };
    for (let i = 0; i < header.subtrees; i++) {
      const nameEnd = indexOfByte.call(body, 0, p);
      if (nameEnd === -1) return -1;
      const name = candidates.has((nameEnd - p) * 256 + body[p]!) ? body.toString('utf8', p, nameEnd) : undefined;
      const isDropped = name !== undefined && dropped.has(name);
      const targetsBelow = name === undefined ? undefined : below.get(name);
      if (isDropped || targetsBelow) {
        wanted--;
        open--;
      }
      let end: number;
      if (isDropped) {
        parts.push(body.subarray(copyFrom, p));
        end = skip(p);
        if (end === -1) return -1;
        copyFrom = end;
      } else {
        kept++;
        end = node(p, targetsBelow ?? []);
        if (end === -1) return -1;
      }
      if (end === DONE || open === 0) {
        // The subfolders after this one are kept as they are.
        kept += header.subtrees - i - 1;
        return finish(DONE);
      }
      p = end;
    }
    open -= wanted;
    return finish(open === 0 ? DONE : p);
  };
  const end = node(0, paths);
  if (end === -1 || (end !== DONE && end !== body.length)) return undefined;
  parts.push(body.subarray(copyFrom));
  return parts;
}
