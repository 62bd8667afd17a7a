// Node-only (file system, a worker thread): writes backfill's record files into vault/ while the
// replay goes on. Written synchronously on the replay's thread, the 39,419 files of the bench's
// 10,000-prompt history (a folder made and a temporary file created, written and renamed for
// each) held it for about a fifth of a run; through libuv's thread pool, each file was five round
// trips that the replay's thread dispatched and completed. Each save's files now go to a writer
// thread that makes the calls itself (record-writer-worker.ts); when no thread can start or it
// dies, through the thread pool as before. The replay waits for them only when it finishes or is stopped.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { workerUrl } from '../../lib/cli-bundle/worker-url-fs.ts';
import { fileSystemError } from '../../lib/fs-errors.ts';
import { tempFileBeside, writeFileAtomic } from '../../lib/vault/write-fs.ts';
import { STAT_FIELDS } from '../../lib/git/stage-in-process-fs.ts';
import type { EntryStat } from '../../lib/git/index-file.ts';
import type { StoredFolderNode } from '../../lib/git/fresh-folder-trees.ts';
import { writeChunkFileTexts, type ChunkFileText } from '../../lib/traits/chunk-store-fs.ts';
import type { RecordWriterData, RecordWriterReply, RecordWriterRequest, RecordWriterTrees } from './record-writer-worker.ts';

/** A record to put in vault/: its path under the repository, its text and its blob id. */
export interface RecordFile {
  path: string;
  text: Uint8Array;
  oid: string;
}

/** Files written at once: enough to keep the thread pool's four threads busy. */
const IN_FLIGHT = 16;

export class RecordFiles {
  /** Paths this writer wrote. */
  readonly written = new Set<string>();
  /** Records found already in vault/ (an earlier run wrote them), not written again. */
  kept = 0;
  /** Bytes of the files written, and the record folders this writer made (for backfill's figures). */
  bytes = 0;
  foldersMade = 0;
  /** Saves the writer thread wrote (the others went through the thread pool). */
  threadSaves = 0;
  /**
   * Ids of the objects the writer thread packed (options.packDir): of the records it wrote and of
   * those `packKept` names. The others are the caller's to pack.
   */
  readonly packed = new Set<string>();
  /**
   * The writer thread's files as git's index would hold them (the blob id of the text written and
   * the file's `lstat` once in place), by path; and the first folder each of its `mkdir`s made
   * (repository-relative): no file but its own is in them. backfill stages its records from these
   * (stageKnownFiles).
   */
  readonly entries = new Map<string, { oid: string; stat: EntryStat }>();
  readonly madeFolders: string[] = [];
  readonly #dir: string;
  /** Paths handed to a save: a path produced twice (two branches making the same record name) keeps its first text. */
  readonly #paths = new Set<string>();
  /** Record folders by whether this writer created them: a folder it made holds only what it wrote, so no file there needs a look. */
  readonly #folders = new Map<string, Promise<boolean>>();
  #saving: Promise<void> = Promise.resolve();
  /** The trees the last save asked the writer thread for (save's `trees`). */
  #trees: Promise<StoredFolderNode | undefined> = Promise.resolve(undefined);
  #failed: { error: unknown } | undefined;
  readonly #onSaved: (batch: readonly RecordFile[]) => void;
  /** The writer thread, started at the first save; null when none could start or it died (the thread pool writes then). */
  #thread: WriterThread | null | undefined;
  readonly #packDir: string | null;
  readonly #packKept: (path: string) => boolean;
  readonly #chunkFiles: { gitdir: string; encoding: string } | undefined;

  /**
   * `onSaved` gets each save's records (those new to this writer) once they and the state are on
   * disk. `thread: false` writes through the thread pool only (tests compare the two). `packDir`:
   * where the writer thread packs the objects of the records it writes, and of those found in
   * place that `packKept` names (packsWritableHere); none by default. `chunkFiles`: the repository
   * and encoding of the hook's chunk files a save brings (save's `chunkTexts`), written after its records.
   */
  constructor(dir: string, onSaved: (batch: readonly RecordFile[]) => void = () => {}, options: { thread?: boolean; packDir?: string | null; packKept?: (path: string) => boolean; chunkFiles?: { gitdir: string; encoding: string } } = {}) {
    this.#dir = dir;
    this.#chunkFiles = options.chunkFiles;
    this.#onSaved = onSaved;
    this.#packDir = options.packDir ?? null;
    this.#packKept = options.packKept ?? (() => false);
    if (options.thread === false) this.#thread = null;
  }

  /**
   * Ends the writer thread once the saves started so far are settled (never throws; a later save
   * goes through the thread pool).
   */
  async close(): Promise<void> {
    await this.#saving;
    await this.#trees;
    this.#thread?.close();
    this.#thread = null;
  }

  /** Whether a save failed: `settled` then throws why. Asked without waiting for the saves under way. */
  get failed(): boolean {
    return this.#failed !== undefined;
  }

  /**
   * Starts writing `records` (those whose path no earlier save had), each whole or absent, then
   * the file `state` names with its text, once all are written: a state file never lists a
   * record that is not there. Saves run one after another; returns at once: the replay goes on
   * while they are written, and waits for them only at its end (waiting at each save held the
   * replay for 30 s of a 88 s run at load 10: the disk, not our work, set the pace).
   */
  save(records: Iterable<RecordFile>, state: { file: string; text: () => string }, options: { trees?: boolean; chunkTexts?: ChunkFileText[] } = {}): void {
    const batch: RecordFile[] = [];
    for (const record of records) {
      if (this.#paths.has(record.path)) continue;
      this.#paths.add(record.path);
      batch.push(record);
    }
    const stateText = state.text();
    let treesMade: (made: StoredFolderNode | undefined | Promise<StoredFolderNode | undefined>) => void = () => {};
    if (options.trees) this.#trees = new Promise((resolve) => (treesMade = resolve));
    this.#saving = this.#saving
      .then(async () => {
        try {
          if (this.#failed) return;
          await this.#writeAll(batch, options.trees ? treesMade : undefined, options.chunkTexts ?? []);
          writeFileAtomic(state.file, stateText);
          this.#onSaved(batch);
        } finally {
          // None asked of the thread (it died, none could start, a save failed): the staging makes them.
          treesMade(undefined);
        }
      })
      // Kept for `settled`: a rejection nobody awaits yet would end the process.
      .catch((error: unknown) => {
        this.#failed ??= { error };
      });
  }

  /**
   * Hands the writer thread chunk files to write (chunk-store-fs.ts promptChunkTexts) between
   * saves, after the saves started before: what the last save brings is then only what was made
   * since. Never throws; nothing is written after a save failed (a chunk file not written costs
   * its prompt's next commit time, never a value).
   */
  keepChunks(chunkTexts: ChunkFileText[]): void {
    if (chunkTexts.length === 0 || !this.#chunkFiles) return;
    this.#saving = this.#saving
      .then(async () => {
        if (!this.#failed) await this.#writeAll([], undefined, chunkTexts);
      })
      .catch((error: unknown) => {
        this.#failed ??= { error };
      });
  }

  /**
   * The node of vault/ whose trees the writer thread made and packed after the save that asked
   * for them (save's `trees`: the last), once they are; undefined when it made none. Never throws.
   */
  storedTrees(): Promise<StoredFolderNode | undefined> {
    return this.#trees;
  }

  /** Waits for the saves started so far; throws what stopped one (the first failure). */
  async settled(): Promise<void> {
    await this.#saving;
    if (this.#failed) throw this.#failed.error;
  }

  /** `treesMade`, for a save asking for vault/'s trees: gets what the writer thread will answer, when it is asked. */
  async #writeAll(batch: RecordFile[], treesMade?: (made: Promise<StoredFolderNode | undefined>) => void, chunkTexts: ChunkFileText[] = []): Promise<void> {
    const chunks = this.#chunkFiles ? chunkTexts : [];
    // An empty last save still asks the thread that wrote the others for the trees.
    if (batch.length === 0 && chunks.length === 0 && (treesMade === undefined || !this.#thread)) return;
    if (this.#thread === undefined) this.#thread = startWriterThread(this.#dir, this.#packDir, this.#chunkFiles);
    const sent = this.#thread?.write(batch, batch.flatMap((record, i) => (this.#packKept(record.path) ? [i] : [])), treesMade !== undefined, chunks);
    if (sent?.trees) treesMade?.(sent.trees);
    const reply = sent ? await sent.reply : undefined;
    if (!reply) {
      // No thread, or it died with this batch: the thread pool writes it (a file the thread
      // renamed into place is found there and kept, as any file already in vault/ is), and this
      // thread the chunk files (written again where the thread wrote them: the same texts).
      this.#thread = null;
      if (chunks.length > 0) writeChunkFileTexts(this.#chunkFiles!, chunks);
      return this.#writeThroughPool(batch);
    }
    if (batch.length > 0) this.threadSaves++;
    for (const [k, i] of reply.written.entries()) {
      this.written.add(batch[i]!.path);
      const [ctimeSec, ctimeNsec, mtimeSec, mtimeNsec, dev, ino, mode, uid, gid, size] = reply.stats.slice(k * STAT_FIELDS, (k + 1) * STAT_FIELDS) as [number, number, number, number, number, number, number, number, number, number];
      this.entries.set(batch[i]!.path, { oid: batch[i]!.oid, stat: { ctimeSec, ctimeNsec, mtimeSec, mtimeNsec, dev, ino, mode, uid, gid, size } });
    }
    this.madeFolders.push(...reply.madeFolders);
    this.kept += reply.kept;
    this.bytes += reply.bytes;
    this.foldersMade += reply.foldersMade;
    for (const oid of reply.packed) this.packed.add(oid);
    if (reply.failed) {
      const { path: shown, error } = reply.failed;
      throw fileSystemError(Object.assign(new Error(error.message), error), shown, `write ${shown}`, `${shown} was not written`);
    }
  }

  async #writeThroughPool(batch: RecordFile[]): Promise<void> {
    let next = 0;
    const lane = async () => {
      while (next < batch.length && !this.#failed) await this.#writeOne(batch[next++]!);
    };
    const lanes = Array.from({ length: Math.min(IN_FLIGHT, batch.length) }, lane);
    // Every lane ends before the error is passed on: no write is left running behind it.
    const outcomes = await Promise.allSettled(lanes);
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  async #writeOne(record: RecordFile): Promise<void> {
    const file = path.join(this.#dir, record.path);
    const folder = path.dirname(file);
    let made = this.#folders.get(folder);
    if (made === undefined) {
      this.#folders.set(folder, (made = makeFolder(folder, record.path)));
      if (await made) this.foldersMade++;
    }
    if (!(await made) && (await exists(file))) {
      this.kept++;
      return;
    }
    await writeWhole(file, record.text, record.path);
    this.written.add(record.path);
    this.bytes += record.text.length;
  }
}

/** Creates a record folder; true when it did not exist (mkdir names the first folder it made). */
async function makeFolder(folder: string, shown: string): Promise<boolean> {
  try {
    return (await fs.promises.mkdir(folder, { recursive: true })) !== undefined;
  } catch (error) {
    throw fileSystemError(error, shown, `write ${shown}`, `${shown} was not written`);
  }
}

async function exists(file: string): Promise<boolean> {
  return new Promise((resolve) => fs.access(file, (error) => resolve(!error)));
}

/**
 * Writes a temporary file beside `file` and renames it into place, as writeFileAtomic does: the
 * file is whole or absent, and a failure leaves no temporary file and says what to fix.
 */
async function writeWhole(file: string, text: Uint8Array, shown: string): Promise<void> {
  const temp = tempFileBeside(file);
  try {
    await new Promise<void>((resolve, reject) => fs.writeFile(temp, text, (error) => (error ? reject(error) : resolve())));
    await new Promise<void>((resolve, reject) => fs.rename(temp, file, (error) => (error ? reject(error) : resolve())));
  } catch (error) {
    await new Promise<void>((resolve) => fs.rm(temp, { force: true }, () => resolve()));
    throw fileSystemError(error, shown, `write ${shown}`, `${shown} was not written`);
  }
}

/** The writer thread: one batch at a time (saves run one after another). */
interface WriterThread {
  /**
   * The thread's answer for the batch, or undefined when it died before answering; with `trees`,
   * the trees it makes after it (RecordWriterRequest's), undefined when it made none or died.
   */
  write(batch: readonly RecordFile[], packKept: number[], trees: boolean, chunkTexts: ChunkFileText[]): { reply: Promise<RecordWriterReply | undefined>; trees?: Promise<StoredFolderNode | undefined> };
  close(): void;
}

function startWriterThread(dir: string, packDir: string | null, chunkFiles: { gitdir: string; encoding: string } | undefined): WriterThread | null {
  const url = workerUrl(import.meta.url, { source: 'record-writer-worker.ts', bundled: 'backfill-record-writer.js' });
  if (!url) return null;
  let worker: Worker;
  try {
    worker = new Worker(url, { workerData: { dir, packDir, ...(chunkFiles ? { chunkFiles } : {}) } satisfies RecordWriterData });
  } catch {
    return null;
  }
  // Idle, the thread keeps no run alive; while it writes a batch, the run waits for its answer.
  worker.unref();
  let count = 0;
  let pending: { batch: number; resolve: (reply: RecordWriterReply | undefined) => void } | undefined;
  let pendingTrees: { batch: number; resolve: (trees: StoredFolderNode | undefined) => void } | undefined;
  let dead = false;
  const fail = () => {
    dead = true;
    pending?.resolve(undefined);
    pending = undefined;
    pendingTrees?.resolve(undefined);
    pendingTrees = undefined;
  };
  worker.on('message', (reply: RecordWriterReply | RecordWriterTrees) => {
    if ('trees' in reply) {
      if (pendingTrees?.batch !== reply.batch) return;
      // A Buffer comes over as a plain Uint8Array.
      const node = reply.trees?.node.map((part) => Buffer.from(part.buffer, part.byteOffset, part.byteLength));
      pendingTrees.resolve(reply.trees && node ? { ...reply.trees, node } : undefined);
      pendingTrees = undefined;
    } else {
      if (pending?.batch !== reply.batch) return;
      pending.resolve(reply);
      pending = undefined;
    }
    // Held while an answer is awaited: the run waits for it.
    if (!pending && !pendingTrees) worker.unref();
  });
  worker.on('error', fail);
  worker.on('exit', fail);
  return {
    write(records, packKept, trees, chunkTexts) {
      if (dead) return { reply: Promise.resolve(undefined) };
      const batch = count++;
      const reply = new Promise<RecordWriterReply | undefined>((resolve) => {
        pending = { batch, resolve };
      });
      const made = trees ? new Promise<StoredFolderNode | undefined>((resolve) => {
        pendingTrees = { batch, resolve };
      }) : undefined;
      worker.ref();
      worker.postMessage({ batch, paths: records.map((record) => record.path), texts: records.map((record) => record.text), oids: records.map((record) => record.oid), packKept, trees, chunkTexts } satisfies RecordWriterRequest);
      return made ? { reply, trees: made } : { reply };
    },
    close() {
      worker.removeAllListeners('exit');
      void worker.terminate();
    },
  };
}
