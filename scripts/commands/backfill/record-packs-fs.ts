// Node-only (git): puts backfill's record objects into packs while the replay goes on. Each save's
// new records go into one pack (`index-pack --stdin`, a child process on the other core) in the
// background, so the end of a run packs only what the last saves added before it stages the
// records (one pack of the 39,419 records of the bench's history took ~6 s of the end at load 20).
import { writeBlobPack } from '../../lib/git/blob-pack-fs.ts';
import type { Repo } from '../../lib/git/index.ts';

/** A record's object: its blob id and bytes. */
export interface RecordObject {
  oid: string;
  bytes: Uint8Array;
}

export class RecordPacks {
  readonly #repo: Repo;
  /** Objects handed to a pack, so none is packed twice. */
  readonly #handed = new Set<string>();
  #packing: Promise<unknown> = Promise.resolve();

  constructor(repo: Repo) {
    this.#repo = repo;
  }

  /**
   * Starts packing the objects not handed over before, after the packs already started; returns
   * at once. Only an optimisation: when git refuses a pack, `update-index` writes those objects
   * itself when it stages the records (and reports what stops it).
   */
  add(objects: Iterable<RecordObject>): void {
    const fresh: RecordObject[] = [];
    for (const object of objects) {
      if (this.#handed.has(object.oid)) continue;
      this.#handed.add(object.oid);
      fresh.push(object);
    }
    if (fresh.length === 0) return;
    this.#packing = this.#packing.then(() => writeBlobPack(this.#repo, fresh)).catch(() => 0);
  }

  /** Waits for the packs started so far (never throws). */
  async settled(): Promise<void> {
    await this.#packing;
  }
}
