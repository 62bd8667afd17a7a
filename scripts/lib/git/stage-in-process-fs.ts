// Node-only: stages a few files into git's index from this process, as `git update-index --add
// --remove` would: each file's blob written as a loose object (from PACK_FROM_BLOBS on, all of
// them as one pack: storeObjects), the index updated under its lock
// (index-file.ts) and renamed into place. Saves a recording commit the `update-index` process (a
// fork of this one, and git's reading and rewriting of the whole index: 38 ms of its CPU for a
// 52,000-entry index, measured). Whatever could make git's result differ is left to git: a setting
// that changes how git writes the index or converts files (split index, untracked cache, fsmonitor,
// index.*, autocrlf, attributes that may reach the files (attributes-reach.ts), includes, ...), an
// object database elsewhere, a lock held, a file that is not a plain file, and whatever
// index-file.ts declines.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gitBlobId } from './blob-pack-fs.ts';
import { writeBlobPackFile } from './blob-pack-file-fs.ts';
import { attributesMayReach } from './attributes-reach.ts';
import { gitCommonDir } from './common-dir-fs.ts';
import { storedZlib } from './stored-zlib.ts';
import { updateIndexContent, WINDOW, type EntryStat, type IndexSource, type IndexUpdate, type IndexUpdateResult, type RacyEntry, type UpdateOptions } from './index-file.ts';
import { insertIndexBlock, type KnownEntry } from './index-merge.ts';
import type { StoredFolderNode } from './fresh-folder-trees.ts';
import { fileSource, indexFile, rememberedWalk, sameIndexFile } from './index-tree-fs.ts';

export type InProcessStaging = { staged: true } | { staged: false; reason: string };

// Settings under which git's index or blobs could come out otherwise than written here. A word
// found anywhere in a config file (even in a comment) is enough to leave the work to git.
// (core.ignoreStat: git marks each entry it stages assume-unchanged, fill_stat_cache_info.)
// A filter driver's definition (`[filter "lfs"]`, which `git lfs install` writes into the user's
// or the system's config) is not among them: git runs a driver only for paths an attribute file
// gives `filter=<driver>`, and every attribute file that may reach the staged paths leaves the
// work to git (attributesMayReach, below). Refused for its definition alone, every commit on a
// machine with git-lfs installed fell back to update-index, which reads and rewrites the whole
// index (bench HISTORY, session 32: 40 / 98 ms of its CPU at 1,000 / 10,000 prompts, loaded).
const GIT_DOES_IT = /splitindex|untrackedcache|fsmonitor|skiphash|sharedrepository|objectformat|compatobjectformat|autocrlf|safecrlf|\beol\b|attributesfile|include|\[index\b|\bindex\.|manyfiles|sparse|ignorecase|ignorestat|precomposeunicode|worktreeconfig|bigfilethreshold|protect(?:ntfs|hfs)/i;

/**
 * Stages `paths` (repository-relative; a path whose file is gone leaves the index) into the index
 * the environment names, or says why git should do it instead. Nothing is changed unless it says
 * `staged` (a loose object or pack written before a refusal is harmless: git would write the same objects).
 */
export function stageInProcess(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }, paths: string[]): InProcessStaging {
  const checked = checkSettings(repo, paths);
  if ('reason' in checked) return { staged: false, reason: checked.reason };
  const { common, inside, fsync } = checked;

  const updates: IndexUpdate[] = [];
  const blobs: { oid: string; bytes: Buffer }[] = [];
  for (const file of paths) {
    const stat = fs.lstatSync(path.join(repo.dir, file), { bigint: true, throwIfNoEntry: false });
    if (!stat) {
      updates.push({ path: file, file: null });
      continue;
    }
    if (!stat.isFile() || (stat.mode & 0o111n) !== 0n) return { staged: false, reason: `${file} is not a plain file` };
    const content = fs.readFileSync(path.join(repo.dir, file));
    if (BigInt(content.length) !== stat.size) return { staged: false, reason: `${file} changed while read` };
    const oid = gitBlobId(content);
    blobs.push({ oid, bytes: content });
    updates.push({ path: file, file: { oid, stat: entryStat(stat) } });
  }
  storeObjects(path.join(common, 'objects'), blobs, fsync);

  return stageUpdate(repo.dir, indexFile(repo), inside, (source, options) => updateIndexContent(source, updates, options));
}

/**
 * From this many blobs a staging writes them as one pack (blob-pack-file-fs.ts) instead of as
 * many loose objects: a 50-prompt commit's 100 records were 100 files made in `objects/` (an
 * open, a write and a rename each; the creations alone 15 ms of the hook's main thread at 1,000
 * prompts, more where the file system's inode groups near those folders are full). Not below:
 * every pack is one more that git searches until its next `gc`, and once 50 are there
 * (gc.autoPackLimit) `gc --auto` repacks the whole repository into one (`repack -d -l -A`, seen
 * with git 2.39.5), where about 6,700 loose objects (gc.auto) bring only an incremental repack of
 * those: so 50 commits of 32 prompts or more bring a full repack (in the background, after the
 * commit), about as often as their 6,400 loose records would have brought the incremental one.
 */
export const PACK_FROM_BLOBS = 64;

/**
 * Stores `objects` (blobs, or trees with `tree`) in the object database under `dir`: loose, or
 * one pack from PACK_FROM_BLOBS on (when the pack folder is there). The pack is flushed to disk
 * only when a setting names fsync (`core.fsync`, `core.fsyncObjectFiles`): it stands for loose
 * objects, which git writes without flushing unless told to (its default `core.fsync` leaves
 * loose objects out).
 */
function storeObjects(dir: string, objects: { oid: string; bytes: Buffer; tree?: boolean }[], fsync: boolean): void {
  const packDir = path.join(dir, 'pack');
  if (objects.length >= PACK_FROM_BLOBS && fs.existsSync(packDir)) {
    writeBlobPackFile(packDir, objects, { flush: fsync });
    return;
  }
  for (const { oid, bytes, tree } of objects) writeLooseObject(dir, oid, tree ? 'tree' : 'blob', bytes);
}

/**
 * Stages files whose blob ids and stat the caller has (backfill: the records its writer thread
 * wrote, packed and `lstat`ed once in place), without reading them, as stageInProcess would stage
 * them: the same checks, the new entries put in as one block (index-merge.ts). `madeFolders` are folders
 * (repository-relative) the caller made, with all below them: no attribute file is looked for
 * there (it would be one of the caller's files), though the index must hold none either. Every
 * blob must be in the object store already: nothing is written but the index. `stored`: a fresh
 * folder's node whose trees the caller made from these entries and stored (index-merge.ts).
 */
export function stageKnownFiles(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }, entries: readonly KnownEntry[], options: { madeFolders?: Iterable<string>; stored?: StoredFolderNode } = {}): InProcessStaging {
  const checked = checkSettings(repo, entries.map((entry) => entry.path), new Set(options.madeFolders));
  if ('reason' in checked) return { staged: false, reason: checked.reason };
  const { inside, common, fsync } = checked;
  // Every racily clean entry is checked here, as git would when it writes the index: a fresh
  // clone's last second of checkout is thousands (2,946 of the bench history's 31,072 files).
  return stageUpdate(repo.dir, indexFile(repo), inside, (source, update) => {
    const result = insertIndexBlock(source.read(0, source.length), entries, { ...update, maxRacy: Infinity, ...(options.stored ? { stored: options.stored } : {}) });
    // The trees of the folders the index now holds valid (vault/) are stored before it names them.
    if (result.ok && result.trees && result.trees.length > 0) storeObjects(path.join(common, 'objects'), result.trees.map(({ oid, content }) => ({ oid, bytes: content, tree: true })), fsync);
    return result;
  });
}

/**
 * Whether anything could make git stage `paths` otherwise than this module (a setting, objects
 * elsewhere, an attribute file that may reach them); if not, the attribute files inside the
 * worktree with their texts (undefined: absent). Those in `made` folders (and below) are absent.
 */
function checkSettings(repo: { dir: string; gitdir: string; env?: Record<string, string | undefined> }, paths: string[], made: ReadonlySet<string> = new Set()): { reason: string } | { env: Record<string, string | undefined>; common: string; inside: { file: string; text: string | undefined }[]; fsync: boolean } {
  const env = { ...process.env, ...repo.env };
  if (env.PROMPTVAULT_STAGE_WITH_GIT === '1') return { reason: 'PROMPTVAULT_STAGE_WITH_GIT=1' };
  if (env.GIT_OBJECT_DIRECTORY || env.GIT_ALTERNATE_OBJECT_DIRECTORIES || env.GIT_QUARANTINE_PATH) return { reason: 'objects redirected by the environment' };
  if (env.GIT_CONFIG_COUNT || (env.GIT_CONFIG_PARAMETERS && GIT_DOES_IT.test(env.GIT_CONFIG_PARAMETERS))) return { reason: 'settings given in the environment' };
  const common = gitCommonDir(repo.gitdir);
  const configs = configFiles(env, repo.gitdir, common).map((file) => ({ file, text: readUnlessAbsent(file) ?? '' }));
  const setting = configs.find(({ text }) => GIT_DOES_IT.test(text));
  if (setting) return { reason: `a setting in ${setting.file}` };
  const attributes = attributeFiles(env, common, paths);
  // Each attribute file read once: its text tells whether it reaches the paths, its absence
  // (inside the worktree) makes it one the index must not hold.
  const inside = attributes.inside.map((file) => ({ file, text: inFolderMade(file, made) ? undefined : readUnlessAbsent(path.join(repo.dir, file)) }));
  const reaching = [...attributes.outside.map((file) => ({ file, folder: '', text: readUnlessAbsent(file) })), ...inside.map(({ file, text }) => ({ file: path.join(repo.dir, file), folder: file.slice(0, -'.gitattributes'.length), text }))]
    .find(({ folder, text }) => text !== undefined && attributesMayReach(text, folder, paths));
  if (reaching) return { reason: `attributes in ${reaching.file}` };
  // Whether a setting names fsync (a word anywhere, as GIT_DOES_IT reads them): storeObjects flushes its pack then.
  const fsync = [env.GIT_CONFIG_PARAMETERS ?? '', ...configs.map(({ text }) => text)].some((text) => /fsync/i.test(text));
  return { env, common, inside, fsync };
}

/** Whether `file` (repository-relative) lies in one of the `made` folders or below one. */
function inFolderMade(file: string, made: ReadonlySet<string>): boolean {
  if (made.size === 0) return false;
  for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) if (made.has(file.slice(0, slash))) return true;
  return false;
}

/** The index file updated by `compute` and put in place under its lock, or why git should do it. */
function stageUpdate(dir: string, indexFile: string, inside: { file: string; text: string | undefined }[], compute: (source: IndexSource, options: UpdateOptions) => IndexUpdateResult): InProcessStaging {
  const lock = `${indexFile}.lock`;
  // The new index is worked out and written whole before the lock is taken, and the lock is taken
  // by linking that finished file to index.lock: a process killed at any moment (SIGKILL, or a
  // Ctrl-C, which ends Node before any finally block) leaves the lock held for no longer than
  // the link, a stat and a rename, not for the index's reading, updating and writing. A lock
  // left behind stops every later git command in the repository until the user removes it.
  if (fs.existsSync(lock)) return { staged: false, reason: `could not take ${lock}: EEXIST` };
  let indexFd: number;
  try {
    indexFd = fs.openSync(indexFile, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { staged: false, reason: 'no index yet' };
    throw error;
  }
  try {
    return stageFromIndex(indexFile, indexFd, lock, compute, dir, inside);
  } finally {
    fs.closeSync(indexFd);
  }
}

/**
 * The update written as the new index from the open index file `fd` (read where needed, never
 * whole: index-file.ts's IndexSource), and put in place under the lock.
 */
function stageFromIndex(indexFile: string, fd: number, lock: string, compute: (source: IndexSource, options: UpdateOptions) => IndexUpdateResult, dir: string, inside: { file: string; text: string | undefined }[]): InProcessStaging {
  // The file read is the one open: git replaces the index by renaming a new file over it, never
  // in place, so whatever is read from it is of one index, and the stat taken here is its own.
  const indexStat = fs.fstatSync(fd, { bigint: true });
  const size = Number(indexStat.size);
  if (size < 32) return { staged: false, reason: 'an index without its checksum' };
  const source = fileSource(fd, size - 20);
  const trailer = Buffer.alloc(20);
  if (fs.readSync(fd, trailer, 0, 20, size - 20) !== 20 || trailer.every((byte) => byte === 0)) return { staged: false, reason: 'an index without its checksum' };
  const result = compute(source, {
    indexMtimeSec: Number(indexStat.mtimeNs / 1_000_000_000n),
    isRacyModified: (entry) => isModified(dir, entry),
    // git reads an attribute file from the index when the worktree has none.
    absent: inside.flatMap(({ file, text }) => (text === undefined ? [file] : [])),
    // The staged diff walked this same index already (index-tree-fs.ts): its walk is taken, not made again.
    walked: rememberedWalk(indexFile, indexStat),
  });
  if (!result.ok) return { staged: false, reason: result.reason };
  if (!result.changed) return { staged: true };
  const temp = `${indexFile}.promptvault-${process.pid}`;
  try {
    const out = fs.openSync(temp, 'w', 0o666);
    try {
      // The kept runs copied through one window (their SHA-1 taken on the way), the new parts as they are.
      const checksum = createHash('sha1');
      const window = Buffer.allocUnsafe(WINDOW);
      const write = (bytes: Buffer) => {
        checksum.update(bytes);
        if (fs.writeSync(out, bytes) !== bytes.length) throw new Error(`${temp}: short write`);
      };
      // New parts in a row are written as one: a merge of thousands of entries is as many parts.
      let pending: Buffer[] = [];
      const flush = () => {
        if (pending.length > 0) write(pending.length === 1 ? pending[0]! : Buffer.concat(pending));
        pending = [];
      };
      for (const part of result.parts) {
        if (Buffer.isBuffer(part)) {
          pending.push(part);
          continue;
        }
        flush();
        for (let at = part.from; at < part.to; ) {
          const bytes = source.read(at, Math.min(WINDOW, part.to - at), window);
          if (bytes.length === 0) throw new Error(`${indexFile}: shorter than when it was read`);
          write(bytes);
          at += bytes.length;
        }
      }
      flush();
      const digest = checksum.digest();
      if (fs.writeSync(out, digest) !== digest.length) throw new Error(`${temp}: short write`);
    } finally {
      fs.closeSync(out);
    }
    try {
      fs.linkSync(temp, lock);
    } catch (error) {
      // Held by another git process, or a file system without hard links: git does it.
      return { staged: false, reason: `could not take ${lock}: ${(error as NodeJS.ErrnoException).code}` };
    }
    let renamed = false;
    try {
      // Read before the lock was taken: another process may have written the index meanwhile.
      if (!sameIndexFile(indexStat, fs.statSync(indexFile, { bigint: true, throwIfNoEntry: false }))) return { staged: false, reason: 'the index changed while it was updated' };
      fs.renameSync(lock, indexFile);
      renamed = true;
      return { staged: true };
    } finally {
      if (!renamed) fs.rmSync(lock, { force: true });
    }
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** Where git's system-wide files live, as the common builds of git place them (its `sysconfdir`). */
const SYSTEM_FOLDERS = ['/etc', '/usr/local/etc', '/opt/homebrew/etc'];

/** What git reads its settings from (system, global, the repository's own, the worktree's). */
function configFiles(env: Record<string, string | undefined>, gitdir: string, common: string): string[] {
  const home = env.HOME ?? os.homedir();
  const xdg = env.XDG_CONFIG_HOME ? path.join(env.XDG_CONFIG_HOME, 'git/config') : path.join(home, '.config/git/config');
  const system = env.GIT_CONFIG_NOSYSTEM ? [] : env.GIT_CONFIG_SYSTEM ? [env.GIT_CONFIG_SYSTEM] : SYSTEM_FOLDERS.map((folder) => path.join(folder, 'gitconfig'));
  const global = env.GIT_CONFIG_GLOBAL ? [env.GIT_CONFIG_GLOBAL] : [xdg, path.join(home, '.gitconfig')];
  return [...system, ...global, path.join(common, 'config'), path.join(gitdir, 'config.worktree')];
}

/** Attribute files that could apply to `paths`: the system's, git's and the user's, and a `.gitattributes` (repository-relative) in any of their folders. */
function attributeFiles(env: Record<string, string | undefined>, common: string, paths: string[]): { outside: string[]; inside: string[] } {
  const home = env.HOME ?? os.homedir();
  // Each path's folders, top down, walked up only as far as a folder already met (backfill's tens
  // of thousands of records share a few thousand folders).
  const folders = new Set<string>();
  for (const file of paths) {
    const missing: string[] = [];
    for (let slash = file.lastIndexOf('/'); slash > 0; slash = file.lastIndexOf('/', slash - 1)) {
      const folder = file.slice(0, slash + 1);
      if (folders.has(folder)) break;
      missing.push(folder);
    }
    for (let i = missing.length - 1; i >= 0; i--) folders.add(missing[i]!);
  }
  return {
    outside: [...SYSTEM_FOLDERS.map((folder) => path.join(folder, 'gitattributes')), path.join(common, 'info/attributes'), env.XDG_CONFIG_HOME ? path.join(env.XDG_CONFIG_HOME, 'git/attributes') : path.join(home, '.config/git/attributes')],
    inside: ['', ...folders].map((folder) => `${folder}.gitattributes`),
  };
}

/**
 * A file's text, undefined when there is none (what `existsSync` says); '' when one is there but
 * cannot be read (a folder, no permission), as reading it for its settings took it.
 */
function readUnlessAbsent(file: string): string | undefined {
  // Asked first: nearly every file asked for is absent (a .gitattributes in each folder of each
  // record: 191 for a 50-prompt commit), and a failed read throws an error whose making costs
  // about ten times the check (1.8-4.3 ms against 0.2-0.3 for 191 paths, measured).
  if (!fs.existsSync(file)) return undefined;
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return fs.existsSync(file) ? '' : undefined;
  }
}

/** How many numbers an EntryStat is (entryStat's order: ctime, mtime, dev, ino, mode, uid, gid, size). */
export const STAT_FIELDS = 10;

/** An entry's stat fields as git stores them: each cut to its low 32 bits. */
export function entryStat(stat: fs.BigIntStats): EntryStat {
  const low = (value: bigint) => Number(BigInt.asUintN(32, value));
  return {
    ctimeSec: low(stat.ctimeNs / 1_000_000_000n), ctimeNsec: low(stat.ctimeNs % 1_000_000_000n),
    mtimeSec: low(stat.mtimeNs / 1_000_000_000n), mtimeNsec: low(stat.mtimeNs % 1_000_000_000n),
    dev: low(stat.dev), ino: low(stat.ino), mode: 0o100644, uid: low(stat.uid), gid: low(stat.gid), size: low(stat.size),
  };
}

/** Writes `content` (whose id is `oid`) as a loose object unless git has it loose already. */
function writeLooseObject(objects: string, oid: string, type: 'blob' | 'tree', content: Buffer): void {
  const folder = path.join(objects, oid.slice(0, 2));
  const file = path.join(folder, oid.slice(2));
  if (fs.existsSync(file)) {
    // git "freshens" an object it would write again, so that a gc does not take it as old.
    try {
      const now = new Date();
      fs.utimesSync(file, now, now);
    } catch { /* read-only: git would write a copy; the one there serves */ }
    return;
  }
  fs.mkdirSync(folder, { recursive: true });
  const temp = path.join(folder, `tmp_obj_${process.pid}_${oid.slice(2, 10)}`);
  // Stored, not compressed (as git's core.looseCompression=0 writes): setting up a zlib stream
  // per object cost more than the few KB saved on disk, which git's next pack takes back anyway.
  fs.writeFileSync(temp, Buffer.concat(storedZlib([Buffer.from(`${type} ${content.length}\0`, 'latin1'), content])), { mode: 0o444 });
  fs.renameSync(temp, file);
}

/**
 * Whether a racily clean entry's file differs from it while its stat looks the same: git then
 * records the entry with size 0 (ce_smudge_racily_clean_entry). Compared here on size and mtime
 * seconds (git compares more, so whatever git takes for unchanged is looked at here too) and then
 * on the blob id of the file's bytes. A folder (a submodule) counts as changed: git decides.
 */
function isModified(dir: string, entry: RacyEntry): boolean {
  const file = path.join(dir, entry.path);
  const stat = fs.lstatSync(file, { throwIfNoEntry: false });
  if (!stat) return false;
  if (stat.isDirectory()) return true;
  if ((stat.size >>> 0) !== entry.size || (Math.floor(stat.mtimeMs / 1000) >>> 0) !== entry.mtimeSec) return false;
  const content = stat.isSymbolicLink() ? fs.readlinkSync(file, { encoding: 'buffer' }) : fs.readFileSync(file);
  return gitBlobId(content) !== entry.oid;
}
