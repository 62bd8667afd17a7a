// Node-only (files, hashing): caches kept as one JSON file per entry, in a folder the user chose
// (the guard's embeddings and judge verdicts, answers that cost a network call each). A folder per
// namespace (the embedder or judge, its model, its prompt version) keeps one model's answers from
// another's; a file per entry, named by the digest of its key, is written atomically, and one that
// is absent or unreadable is only a miss (asked again and overwritten).
import { join } from 'node:path';
import { writeFileAtomic } from '../vault/write-fs.ts';
import { sha256Hex } from './cache-file-fs.ts';

/** Where the entry `key` of `namespace` lives: `<cacheDir>/<16 hex of the namespace>/<sha256 of key>.json`. */
export function entryFilePath(cacheDir: string, namespace: string[], key: string): string {
  return join(cacheDir, sha256Hex(namespace.join('\n')).slice(0, 16), `${sha256Hex(key)}.json`);
}

/** The JSON value of an entry file, or undefined when it is absent or unreadable (the caller checks its shape). */
export async function readEntryFile(file: string): Promise<unknown> {
  // node:fs/promises taken on the first read, not imported: this module comes with the guard, and
  // that built-in loads 11 of Node's internal modules (watchers, readline, the REPL's history),
  // compiled from source in a hook run (--no-lazy): ~12 ms of CPU in every process that judged a
  // clause, where only a remote embedder or judge ever reads an entry.
  const { readFile } = process.getBuiltinModule('node:fs/promises');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Writes an entry file atomically (a reader never sees half an entry); a refused write is a UserError naming the file. */
export function writeEntryFile(file: string, value: unknown): void {
  writeFileAtomic(file, `${JSON.stringify(value)}\n`);
}
