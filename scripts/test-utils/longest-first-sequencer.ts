// The order Vitest queues test files in (vitest.config.ts's `sequence.sequencer`): the longest
// first, by what each cost in a whole CI run (file-durations.json, written by
// write-file-durations.ts), so that no long file starts late and holds one worker while the other
// has nothing left to run. Vitest's own order, on a fresh clone (no results cache), is one project
// after the other, each by file size: in session 37's CI run the 127 s verdict-weights-fit.test.ts
// started when the isolated project was done and ran alone for its last 66 s.
import fs from 'node:fs';
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** The list of what each test file cost, by its path from the checkout's root (`/`-separated), in seconds. */
export const FILE_DURATIONS = path.join(import.meta.dirname, 'file-durations.json');

/** A queued file as the order reads it. */
export interface QueuedFile {
  /** Its path from the checkout's root, `/`-separated. */
  file: string;
  /** Its project's `sequence.groupOrder`: a lower group runs before a higher one, whatever the costs. */
  groupOrder: number;
  /** Its size in bytes: the order of files the list does not name. */
  size: number;
  /** Whether its project shares test processes (`isolate: false`): such files are queued after the others of their group. */
  shared?: boolean;
}

/**
 * `files` in the order to queue them: by group; in a group the files of their own processes, then
 * the shared-process files; in each, the files the list does not name (new since it was written:
 * their cost unknown, they start early, as Vitest starts files without results), largest first,
 * then the others by their cost in `durations`, longest first. Ties by path, so the order is the
 * same on every machine. The shared files are queued together because Vitest hands a worker's
 * shared process the next file only when the next file queued is a shared one too: a shared file
 * between two isolated ones paid a process start and its imports of its own (session 39). Each
 * part longest first, the run still ends with its shortest files, on both workers at once.
 */
export function longestFirst<T extends QueuedFile>(files: readonly T[], durations: Readonly<Record<string, number>>): T[] {
  const cost = (file: T) => (Object.hasOwn(durations, file.file) ? durations[file.file]! : undefined);
  return [...files].sort((a, b) => {
    if (a.groupOrder !== b.groupOrder) return a.groupOrder - b.groupOrder;
    if (Boolean(a.shared) !== Boolean(b.shared)) return a.shared ? 1 : -1;
    const [costA, costB] = [cost(a), cost(b)];
    if ((costA === undefined) !== (costB === undefined)) return costA === undefined ? -1 : 1;
    const longer = costA === undefined || costB === undefined ? b.size - a.size : costB - costA;
    return longer !== 0 ? longer : a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
  });
}

/** The durations list at `file`; empty when there is none (every file is then ordered by size). */
export function readFileDurations(file = FILE_DURATIONS): Record<string, number> {
  if (!fs.existsSync(file)) return {};
  const list = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
  const valid = typeof list === 'object' && list !== null && !Array.isArray(list) && Object.values(list).every((value) => typeof value === 'number' && value >= 0);
  if (!valid) throw new Error(`${file}: expected an object of test file paths to seconds, as {"scripts/a.test.ts": 12.5}; write it again with write-file-durations.ts from a whole run's JSON report`);
  return list as Record<string, number>;
}

/** Vitest's sequencer with `sort` queuing the longest files first (sharding, unused here, is Vitest's). */
export class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const durations = readFileDurations();
    const root = this.ctx.config.root;
    const queued = files.map((spec) => ({
      spec,
      file: path.relative(root, spec.moduleId).split(path.sep).join('/'),
      groupOrder: spec.project.config.sequence.groupOrder,
      shared: spec.project.config.isolate === false,
      size: fs.statSync(spec.moduleId, { throwIfNoEntry: false })?.size ?? 0,
    }));
    return longestFirst(queued, durations).map(({ spec }) => spec);
  }
}
