// Node-only worker thread (an entry point of its own, bundled as build/cli/record-parse-worker.js):
// parses and validates record files a site build has no cached parse of, on another core, while
// the build's main thread bundles the site and takes what the threads parse. It streams the blobs
// through its own `git cat-file --batch` and sends the records back in batches, each as the
// record cache's line (`<blob id> <digest> <JSON>`), a batch's lines grouped by the cache file
// they go to (the blob id's first digit), each group also encoded here as the file's bytes: the
// main thread then only parses JSON, as for a cached record, and appends each group's bytes to its
// cache file whole (joining and encoding the lines there took about half of its share of the cache). A record that fails to parse or validate is left out: the main thread reads
// that blob itself and reports its problems as it always did.
import { parentPort, workerData } from 'node:worker_threads';
import { scanBlobs } from '../git/index.ts';
import { parseRecordFile } from './parse-record-file.ts';
import { parseRecordPath } from './paths.ts';
import { recordCacheShard, recordDigest, RECORD_CACHE_SHARDS } from './record-cache-fs.ts';
import type { RecordParseWorkerData, RecordParseWorkerMessage } from './record-parse-threads-fs.ts';

const { repo, files, taken } = workerData as RecordParseWorkerData;
const pathOf = new Map(files.map((file) => [file.oid, file.path]));
// Lines sent a batch at a time: one message per record would cost more than its parse.
const BATCH = 1_000;
// Batches sent that the main thread has not taken yet, at most: while it loads Astro it takes
// none, and a queue of every record's JSON (600 MB at 500,000 checkpoints) would sit in its heap.
// Waiting here stops reading git's output, and git waits in turn.
const AHEAD = 8;
let sent = 0;
const encoder = new TextEncoder();
let lines: string[] = RECORD_CACHE_SHARDS.map(() => '');
let count = 0;
const send = () => {
  if (count === 0) return;
  for (let seen = Atomics.load(taken, 0); sent - seen >= AHEAD; seen = Atomics.load(taken, 0)) Atomics.wait(taken, 0, seen, 1_000);
  // Each group's bytes are moved to the main thread, not copied (their buffers are transferred).
  const bytes = lines.map((text) => encoder.encode(text));
  parentPort!.postMessage({ lines, bytes } satisfies RecordParseWorkerMessage, bytes.map((part) => part.buffer));
  sent += 1;
  lines = RECORD_CACHE_SHARDS.map(() => '');
  count = 0;
};
scanBlobs(repo, [...pathOf.keys()], (oid, bytes) => {
  const file = pathOf.get(oid)!;
  const record = parseRecordPath(file);
  if (!record) return;
  const parsed = parseRecordFile(record.kind, bytes.toString('utf8'), file);
  if (!parsed.ok) return;
  const json = JSON.stringify(parsed.value);
  const shard = recordCacheShard(oid);
  lines[shard] += `${oid} ${recordDigest(json)} ${json}\n`;
  if (++count >= BATCH) send();
}).then(
  () => {
    send();
    parentPort!.postMessage({ done: true } satisfies RecordParseWorkerMessage);
  },
  (error: unknown) => parentPort!.postMessage({ failed: String(error) } satisfies RecordParseWorkerMessage),
);
