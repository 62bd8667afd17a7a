// What each test file costs a worker, read from a run's JSON report (`--reporter=json`), and the
// wall a run takes when its files are queued in a given order: the data of the longest-first
// sequencer (longest-first-sequencer.ts) and of the simulation that measures it. Pure: the report
// is read and the list written by write-file-durations.ts.
//
// A report's `startTime` and `endTime` of a file are those of its first and last test: the file's
// process start, its imports and its `beforeAll` are in neither (session 37: the CI run's files
// summed 2,765 s of tests over 1,854 s of wall on two workers, yet nearly every second had two
// files running). What a file costs is read instead as the time from the end of the file before it
// on its worker to its own end: every file runs on one of `workers` workers, one at a time, and a
// worker takes the next queued file when its last one is done.

/** One file of a report: its path and the epoch milliseconds of its first test's start and last test's end. */
export interface ReportedFile {
  name: string;
  startTime: number;
  endTime: number;
}

/**
 * The seconds each file held its worker, keyed by `name`, read from the files of a run on `workers`
 * workers. Given `queue`, the names in the order the run queued them (the sequencer's, from the list
 * the run read), the files are handed out in that order, each to the worker whose last file ended
 * first, as the pool does: a file's cost is from that end to its own, its set-up included however
 * long. Without it, or when the queue does not fit the report (a file whose first test started
 * before a worker was free for it), the files are taken in the order their tests started, and when
 * two workers were free, which took the file is a guess: a file whose set-up outlasted another
 * file's whole run (adopt's wait for the run's `npm pack`, session 39) had its set-up charged to the
 * file that started its tests first (browser-grid 104 s, adopt 40 s; in queue order 41 and 103 s).
 * The costs' sum is the run's either way. The run's first files are charged from the first test's start.
 */
export function fileCosts(files: readonly ReportedFile[], workers: number, queue?: readonly string[]): Map<string, number> {
  const byName = new Map(files.map((file) => [file.name, file]));
  const queued = queue?.filter((name) => byName.has(name)).map((name) => byName.get(name)!);
  if (queued && queued.length === files.length) {
    const costs = handOut(queued, workers, true);
    if (costs) return costs;
  }
  return handOut([...files].sort((a, b) => a.startTime - b.startTime || a.endTime - b.endTime || a.name.localeCompare(b.name)), workers, false)!;
}

/** Costs of `ordered` handed out one by one to the worker free first; undefined if `strict` and a file's tests started before its worker was free. */
function handOut(ordered: readonly ReportedFile[], workers: number, strict: boolean): Map<string, number> | undefined {
  const first = Math.min(...ordered.map((file) => file.startTime));
  const freeAt = Array.from({ length: workers }, () => first);
  const costs = new Map<string, number>();
  for (const file of ordered) {
    let worker = 0;
    for (let i = 1; i < workers; i++) if (freeAt[i]! < freeAt[worker]!) worker = i;
    if (strict && file.startTime < freeAt[worker]!) return undefined;
    // A worker still busy at the file's first test (a report the model does not fit): the file's tests alone.
    const from = Math.min(freeAt[worker]!, file.startTime);
    const end = Math.max(file.endTime, file.startTime);
    costs.set(file.name, (end - from) / 1000);
    freeAt[worker] = Math.max(freeAt[worker]!, end);
  }
  return costs;
}

/** A run of files queued in order on `workers` workers, each taking the next file when free. */
export interface SimulatedRun {
  /** Seconds from the first file's start to the last one's end. */
  wall: number;
  /** Seconds of worker time left idle before the end (`workers` x `wall` - the costs' sum). */
  idle: number;
  /** The file that ended last and when it started. */
  last: { index: number; start: number };
}

/** The run of files costing `costs` (seconds, in queue order) on `workers` workers. */
export function simulateRun(costs: readonly number[], workers: number): SimulatedRun {
  const freeAt = Array.from({ length: workers }, () => 0);
  let last = { index: -1, start: 0 };
  let wall = 0;
  costs.forEach((cost, index) => {
    let worker = 0;
    for (let i = 1; i < workers; i++) if (freeAt[i]! < freeAt[worker]!) worker = i;
    const start = freeAt[worker]!;
    freeAt[worker] = start + cost;
    if (start + cost >= wall) {
      wall = start + cost;
      last = { index, start };
    }
  });
  const total = costs.reduce((sum, cost) => sum + cost, 0);
  return { wall, idle: workers * wall - total, last };
}

/**
 * The paths of a report's files relative to the checkout the run was made in, `/`-separated: the
 * folder every file sits under, which holds `folders` (the test folders, vitest.config.ts's) side
 * by side (`/ci/clone/scripts/a.test.ts` and `/ci/clone/site/b.test.ts` -> `scripts/a.test.ts`,
 * `site/b.test.ts`). Undefined when the files are not spread over those folders, as in a run of
 * some files only, whose paths cannot tell where the checkout is.
 */
export function relativeToCheckout(names: readonly string[], folders: readonly string[]): Map<string, string> | undefined {
  const split = names.map((name) => name.split(/[\\/]/));
  let common = Math.min(...split.map((parts) => parts.length - 1));
  for (const parts of split) {
    let i = 0;
    while (i < common && parts[i] === split[0]![i]) i++;
    common = i;
  }
  const relative = new Map(names.map((name, i) => [name, split[i]!.slice(common).join('/')]));
  const reached = new Set([...relative.values()].map((file) => file.split('/')[0]!));
  return folders.every((folder) => reached.has(folder)) && [...reached].every((folder) => folders.includes(folder)) ? relative : undefined;
}
