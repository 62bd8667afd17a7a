// The vault as it would have been at each commit of a replayed history, kept in memory: every
// record remembers the commit that produced it, and a commit sees the records of its ancestors.
// Backfill records each commit through a TreeView over this, exactly as the hook reads the index.
import path from 'node:path';
import { gitBlobId } from '../git/blob-pack-fs.ts';
import type { IndexChange, IndexEntry } from '../git/index.ts';
import { globToRegExp } from '../prompt/locate.ts';
import type { ReplayIndex, TreeView } from './view.ts';
import type { RecordWrite } from '../vault/write-fs.ts';
import type { Checkpoint, Mutation } from '../schema/records.ts';

interface StoredRecord {
  path: string;
  oid: string;
  /** Index (in replay order) of the commit that produced it. */
  producer: number;
}

export class ReplayVault {
  private readonly order = new Map<string, number>();
  private readonly ancestors: Uint32Array[] = [];
  private readonly byFolder = new Map<string, StoredRecord[]>();
  private readonly produced: StoredRecord[][] = [];
  /** Every record in the order added, which is commit order: commits are replayed one after another. */
  private readonly inOrder: StoredRecord[] = [];
  private readonly texts = new Map<string, Buffer>();

  /** Registers a commit (parents first); returns its index. */
  addCommit(oid: string, parents: string[], total: number): number {
    const index = this.order.size;
    this.order.set(oid, index);
    const bits = new Uint32Array(Math.ceil(total / 32));
    for (const parent of parents) {
      const p = this.order.get(parent);
      if (p === undefined) continue; // outside the replayed range: it has no records
      const theirs = this.ancestors[p]!;
      for (let i = 0; i < bits.length; i++) bits[i]! |= theirs[i]!;
    }
    bits[index >> 5]! |= 1 << (index & 31);
    this.ancestors.push(bits);
    this.produced.push([]);
    return index;
  }

  indexOf(oid: string): number | undefined {
    return this.order.get(oid);
  }

  private sees(commit: number, producer: number): boolean {
    return ((this.ancestors[commit]![producer >> 5]! >>> (producer & 31)) & 1) === 1;
  }

  /**
   * Checkpoints and mutations by kind and blob id (`checkpoint:<oid>`), as reading their texts
   * back gives them (readLineages looks here before reading a record): those the replay made,
   * kept as the recorder made them, and those it read back and parsed.
   */
  readonly records = new Map<string, Mutation | Checkpoint>();

  /**
   * Adds a record produced by `commit`, under git's blob id of its text (the id the index will give
   * it), and returns that id. A checkpoint or mutation is kept as the object it serialises: read
   * again at its prompt's next version, it is not parsed back (about 1 s of a backfill of the
   * bench's history, where every record is read again).
   */
  add(commit: number, file: string, content: string, kept?: RecordWrite['record']): string {
    const bytes = Buffer.from(content, 'utf8');
    const record = { path: file, oid: gitBlobId(bytes), producer: commit };
    this.texts.set(record.oid, bytes);
    const folder = `${path.posix.dirname(file)}/`;
    const list = this.byFolder.get(folder);
    if (list) list.push(record);
    else this.byFolder.set(folder, [record]);
    this.produced[commit]!.push(record);
    this.inOrder.push(record);
    if (kept) this.records.set(`${kept.kind}:${record.oid}`, kept.value);
    return record.oid;
  }

  /**
   * Records visible from `commit` directly in the folders (the recorder asks for one prompt's or
   * clause's folder at a time and ignores records of nested ids).
   */
  list(commit: number, folders: string[]): IndexEntry[] {
    const entries: IndexEntry[] = [];
    for (const folder of new Set(folders)) {
      for (const record of this.byFolder.get(folder) ?? []) if (this.sees(commit, record.producer)) entries.push({ path: record.path, oid: record.oid });
    }
    return entries;
  }

  text(oid: string): Buffer | undefined {
    return this.texts.get(oid);
  }

  /** Records a merge brings in: seen from another parent, not from the first. */
  broughtByMerge(parents: string[]): IndexChange[] {
    const first = this.order.get(parents[0] ?? '');
    const changes: IndexChange[] = [];
    for (const other of parents.slice(1)) {
      const theirs = this.order.get(other);
      if (theirs === undefined) continue;
      for (let producer = 0; producer < this.produced.length; producer++) {
        if (!this.sees(theirs, producer) || (first !== undefined && this.sees(first, producer))) continue;
        for (const record of this.produced[producer]!) changes.push({ status: 'A', path: record.path, oldOid: null, newOid: record.oid });
      }
    }
    return changes;
  }

  /** Every record, with the commit index that produced it, in the order added (backfill saves the new tail). */
  all(): readonly { path: string; oid: string; producer: number }[] {
    return this.inOrder;
  }
}

/** A TreeView of one commit being replayed: its source files plus the records it can see. */
export function replayView(options: {
  vault: ReplayVault;
  commit: number;
  sources: Map<string, string>;
  readSource: (oids: string[]) => Promise<Map<string, Buffer>>;
  grepSource: (pattern: string, pathspecs: string[]) => Promise<string[]>;
  /** The source files with an id line for one of `ids` (TreeView.stableIdFiles), from what the caller keeps by blob. */
  stableIdFiles?: (ids: string[], pathspecs: string[]) => Promise<IndexEntry[]>;
  /** What the caller keeps of `sources` across commits (see TreeView.replay). */
  replay?: ReplayIndex;
}): TreeView {
  const { vault, commit, sources, replay } = options;
  const read = async (oids: string[]): Promise<Map<string, Buffer>> => {
    const blobs = new Map<string, Buffer>();
    const fromGit: string[] = [];
    for (const oid of oids) {
      const text = vault.text(oid);
      if (text) blobs.set(oid, text);
      else fromGit.push(oid);
    }
    for (const [oid, blob] of await options.readSource(fromGit)) blobs.set(oid, blob);
    return blobs;
  };
  return {
    ...(replay ? { replay } : {}),
    async list(pathspecs) {
      const folders = pathspecs.filter((spec) => spec.startsWith('vault/'));
      const entries = vault.list(commit, folders);
      const sourceSpecs = pathspecs.filter((spec) => !spec.startsWith('vault/'));
      if (sourceSpecs.length === 0) return entries;
      // Exact paths (the common request) are looked up; patterns scan the commit's files.
      if (sourceSpecs.every((spec) => !spec.startsWith(':(') && !spec.endsWith('/'))) {
        for (const spec of sourceSpecs) {
          const oid = sources.get(spec);
          if (oid) entries.push({ path: spec, oid });
        }
        return entries;
      }
      for (const [file, oid] of sources) {
        if (sourceSpecs.some((spec) => matchesPathspec(file, spec))) entries.push({ path: file, oid });
      }
      return entries;
    },
    read,
    async scan(oids, visit) {
      // A bounded number held at a time: a first commit can hold 100 MB of prompts.
      for (let start = 0; start < oids.length; start += SCAN_BATCH) {
        for (const [oid, blob] of await read(oids.slice(start, start + SCAN_BATCH))) visit(oid, blob);
      }
    },
    grep: (pattern, pathspecs) => options.grepSource(pattern, pathspecs),
    ...(options.stableIdFiles ? { stableIdFiles: options.stableIdFiles } : {}),
  };
}

/** Blobs `scan` reads at a time. */
const SCAN_BATCH = 2_000;

const pathspecMatches = new Map<string, Map<string, boolean>>();

/** Remembered per pathspec and file: the same files are asked about at every replayed commit. */
function matchesPathspec(file: string, spec: string): boolean {
  let cache = pathspecMatches.get(spec);
  if (!cache) pathspecMatches.set(spec, (cache = new Map()));
  let result = cache.get(file);
  if (result === undefined) {
    result = computeMatch(file, spec);
    cache.set(file, result);
  }
  return result;
}

function computeMatch(file: string, spec: string): boolean {
  if (spec.startsWith(':(glob)')) return globToRegExp(spec.slice(':(glob)'.length)).test(file);
  return spec.endsWith('/') ? file.startsWith(spec) : file === spec || file.startsWith(`${spec}/`);
}
