// Node-only worker thread (an entry point of its own, bundled as build/cli/citations-worker.js):
// reads what each prompt blob of a cold citation cache cites, on another core, while the recorder
// runs the guard over the changed clauses. It streams the blobs through its own
// `git cat-file --batch` and answers once, with every file's citations in the order given.
import { parentPort, workerData } from 'node:worker_threads';
import type { Repo } from '../git/index.ts';
import { scanBlobsPreferringLoose } from '../git/loose-objects-fs.ts';
import { readBlobCitations } from './_blob-citations.ts';
import type { BlobCitations } from './citations-cache-fs.ts';

export interface CitationsWorkerData {
  repo: Repo;
  /** The prompt files to read: blob id, path and prompt id. */
  files: { oid: string; path: string; id: string }[];
}

/** Each file's citations, in the order of `files`; or what failed (the recorder then reads them itself). */
export type CitationsWorkerReply = { ok: true; citations: BlobCitations[] } | { ok: false; message: string };

const { repo, files } = workerData as CitationsWorkerData;
const byOid = new Map<string, number[]>();
files.forEach((file, i) => byOid.set(file.oid, [...(byOid.get(file.oid) ?? []), i]));
const citations: BlobCitations[] = new Array(files.length);
scanBlobsPreferringLoose(repo, [...byOid.keys()], (oid, bytes) => {
  for (const i of byOid.get(oid) ?? []) citations[i] = readBlobCitations(bytes, files[i]!.path, files[i]!.id);
}).then(
  () => parentPort!.postMessage({ ok: true, citations } satisfies CitationsWorkerReply),
  (error: unknown) => parentPort!.postMessage({ ok: false, message: String(error) } satisfies CitationsWorkerReply),
);
