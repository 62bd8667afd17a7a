// Node-only: the working tree's snapshot (what `readSnapshotFromDisk` reads) without opening every
// record file. git's index already knows which files are unchanged since they were staged, and
// their bytes are in the object database: those come through one `git cat-file --batch` stream,
// and only the files that differ from the index (edited, untracked, unmerged) are read from disk.
// Records parsed before are not even read: the index's blob id finds them in the record cache
// (record-cache-fs.ts). At 50,000 checkpoints the disk reader listed, opened and parsed 100,000
// files (9.3 s CPU, load 5-8); here that is two `ls-files`, one stream and the parsing the first
// time (13.2 s with git's share and the cache's writing), and 5.4 s once the cache holds them.
// Tried and dropped: reading the unchanged files from disk (checked by their blob id) instead of
// the stream cost more CPU and wall time (17-19 s against 15-16 s cold, load 14).
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../schema/config.ts';
import { afterTab, openRepo, runOverPathspecs, scanBlobs, splitRuns, type IndexEntry, type Repo } from '../git/index.ts';
import { classifyPath, isSubmoduleEntry, sourcePathspecs } from '../prompt/locate.ts';
import { createSnapshotParser, readSnapshotFromDisk, type Snapshot } from './read-all.ts';
import { parseRecordPath, VAULT_DIR, type RecordPath } from './paths.ts';
import { openRecordCache } from './record-cache-fs.ts';
import { eachRecordLine, parseRecordsInThreads, recordParseThreads } from './record-parse-threads-fs.ts';
import { ownString } from '../own-string.ts';
import type { Audit, Checkpoint, Mutation } from '../schema/records.ts';

export interface WorktreeSnapshot {
  snapshot: Snapshot;
  /** The full text of each prompt and clause file read, by path (the site shows them whole). */
  sourceTexts: Map<string, string>;
  /** Where the bytes came from: the index's blobs (with the files read from disk), or every file from disk. */
  via: 'git' | 'disk';
  /** Files read from disk because they differ from the index or are not in it. */
  fromDisk: number;
  /** Records taken from the record cache instead of parsed. */
  fromCache: number;
  /** Records parsed in other threads (record-parse-threads-fs.ts). */
  fromThreads: number;
}

/**
 * The snapshot of the working tree at `dir`: the same records, problems and warnings as
 * readSnapshotFromDisk. Outside a git repository, or when `dir` is not its top level, it is that
 * reader.
 */
export async function readWorktreeSnapshot(dir: string, config: Config, options: { recordThreads?: number } = {}): Promise<WorktreeSnapshot> {
  const repo = await openRepo({ cwd: dir }).catch(() => null);
  if (!repo || path.resolve(repo.dir) !== fs.realpathSync(path.resolve(dir))) return readAllFromDisk(dir, config);
  const pathspecs = [...sourcePathspecs(config), `${VAULT_DIR}/`];
  const [{ staged, conflicted }, changed] = await Promise.all([listStaged(repo, pathspecs), listChanged(repo, pathspecs)]);
  for (const file of conflicted) changed.add(file);
  const wanted = (file: string) => parseRecordPath(file) !== undefined || classifyPath(file, config) !== undefined;
  const cache = openRecordCache(repo.gitdir);
  // A record parsed from YAML is kept as the parse of its JSON, as a cached one is: zod's copy of
  // the YAML reader's object and its strings, slices that each held the whole record file's text,
  // took 100 MB more heap at 50,000 checkpoints than the same records read from the cache.
  const parser = createSnapshotParser(config, {
    onParsedRecord: (oid, record) => {
      const json = JSON.stringify(record);
      cache.add(oid, json);
      return JSON.parse(json) as typeof record;
    },
  });
  const sourceTexts = new Map<string, string>();
  const add = (file: IndexEntry & { bytes: Uint8Array }) => {
    if (!parseRecordPath(file.path)) sourceTexts.set(file.path, Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength).toString('utf8'));
    parser.add(file);
  };
  // Unchanged tracked files by blob; a blob two paths share (identical prompts) serves both. Each
  // record's path is read once, here (at 50,000 checkpoints, three times over was a tenth of the read).
  const pathsByOid = new Map<string, (IndexEntry & { record?: RecordPath })[]>();
  const records = new Set<string>();
  for (const entry of staged) {
    if (changed.has(entry.path)) continue;
    const record = parseRecordPath(entry.path);
    if (!record && classifyPath(entry.path, config) === undefined) continue;
    const list = pathsByOid.get(entry.oid);
    if (list) list.push({ ...entry, record });
    else pathsByOid.set(entry.oid, [{ ...entry, record }]);
    // Records read before come from the cache (see record-cache-fs.ts), the rest from git's objects.
    if (record && !list) records.add(entry.oid);
  }
  const cached = cache.read(records, (oid, json) => {
    const entries = pathsByOid.get(oid)!;
    let first: Checkpoint | Mutation | Audit;
    try {
      first = JSON.parse(json) as Checkpoint | Mutation | Audit;
    } catch {
      return false;
    }
    // Each path gets its own object (the site adds fields to a record in place).
    entries.forEach((entry, i) => parser.addRecord(entry.path, i === 0 ? first : JSON.parse(json) as Checkpoint | Mutation | Audit, entry.record));
    return true;
  });
  const uncached = [...pathsByOid.keys()].filter((oid) => !cached.has(oid));
  // Records never parsed before (a fresh clone has them all) are parsed in other threads when
  // there are many (record-parse-threads-fs.ts), while this thread reads the prompts and clauses;
  // the threads' records arrive as JSON, as cached ones do. Whatever they left is read here.
  const toThreads = uncached.filter((oid) => pathsByOid.get(oid)![0]!.record !== undefined).map((oid) => ({ oid, path: pathsByOid.get(oid)![0]!.path }));
  const threads = options.recordThreads ?? recordParseThreads(toThreads.length);
  const threaded = new Set<string>();
  // A batch's lines go to the cache as they came (one string per cache file, and its bytes), each record to the snapshot.
  const takeThreaded = (shard: string, lines: string, bytes: Uint8Array) => {
    eachRecordLine(lines, (oid, _digest, json) => {
      const entries = pathsByOid.get(oid);
      if (!entries || threaded.has(oid)) return;
      threaded.add(oid);
      for (const entry of entries) parser.addRecord(entry.path, JSON.parse(json) as Checkpoint | Mutation | Audit, entry.record);
    });
    cache.addLines(shard, lines, bytes);
  };
  const scan = (oids: string[]) => scanBlobs(repo, oids, (oid, bytes) => {
    for (const entry of pathsByOid.get(oid)!) add({ ...entry, bytes });
  });
  if (threads > 0) {
    await Promise.all([parseRecordsInThreads(repo, toThreads, takeThreaded, threads), scan(uncached.filter((oid) => pathsByOid.get(oid)![0]!.record === undefined))]);
    await scan(toThreads.map((file) => file.oid).filter((oid) => !threaded.has(oid)));
  } else await scan(uncached);
  let fromDisk = 0;
  for (const file of [...changed].sort()) {
    if (!wanted(file)) continue;
    const full = path.join(dir, file);
    const stat = fs.lstatSync(full, { throwIfNoEntry: false });
    // Deleted in the working tree, or not a file (the disk reader skips links and folders too).
    if (!stat?.isFile()) continue;
    fromDisk++;
    add({ path: file, oid: '', bytes: fs.readFileSync(full) });
  }
  cache.save();
  return { snapshot: parser.finish(), sourceTexts, via: 'git', fromDisk, fromCache: cached.size, fromThreads: threaded.size };
}

function readAllFromDisk(dir: string, config: Config): WorktreeSnapshot {
  const snapshot = readSnapshotFromDisk(dir, config);
  const sourceTexts = new Map<string, string>();
  for (const source of [...snapshot.prompts, ...snapshot.clauses]) sourceTexts.set(source.path, fs.readFileSync(path.join(dir, source.path), 'utf8'));
  return { snapshot, sourceTexts, via: 'disk', fromDisk: 0, fromCache: 0, fromThreads: 0 };
}

/** The index's entries at stage 0 under `pathspecs`, and the conflicted paths (their file is read from disk). */
async function listStaged(repo: Repo, pathspecs: string[]): Promise<{ staged: IndexEntry[]; conflicted: Set<string> }> {
  const staged: IndexEntry[] = [];
  const conflicted = new Set<string>();
  for (const line of splitRuns(await runOverPathspecs(repo, ['ls-files', '-s', '-z'], pathspecs), afterTab)) {
    const tab = line.indexOf('\t');
    const [mode, oid, stage] = line.slice(0, tab).split(' ');
    const file = line.slice(tab + 1);
    if (stage !== '0') conflicted.add(file);
    // Submodules (160000) hold no file of ours.
    // The path becomes a record's `file`, kept for the whole build: a copy of its own, not a view of the listing.
    else if (!isSubmoduleEntry(mode)) staged.push({ oid: oid!, path: ownString(file), mode: mode! });
  }
  return { staged, conflicted };
}

/**
 * Paths whose working-tree file is not the index's blob: edited or deleted since staged (git
 * compares the content when only the file's times changed), or not in the index at all (ignored
 * files included, as the disk reader sees them; node_modules left out, as there).
 */
async function listChanged(repo: Repo, pathspecs: string[]): Promise<Set<string>> {
  return new Set(splitRuns(await runOverPathspecs(repo, ['ls-files', '-z', '--modified', '--deleted', '--others', '--exclude=node_modules'], pathspecs, { walksDisk: true })));
}
