// How many test files ran at once, second by second, read from when each file held its worker:
// from its start in its test process (its imports, `beforeAll` and tests) to its end. A JSON
// report's `startTime`/`endTime` of a file are those of its first and last test, so read from
// the report a run of two busy workers looks a third idle (session 40's CI: "two files at once
// 940 s, one 443 s, none 116 s" of 1,498 s, where the workers held a file 96% of the time).
// Pure: worker-timeline-reporter.ts records the spans and prints what this makes of them.

/** A file's time on its worker, in epoch milliseconds. */
export interface FileSpan {
  start: number;
  end: number;
}

/** What a run's workers held, from the run's start to its end. */
export interface Occupancy {
  /** Seconds with `i` files running at once, at index `i`. */
  secondsWith: number[];
  /** Seconds from the run's start to its end. */
  wall: number;
  /** Seconds from the last moment `workers` files ran at once to the run's end: the tail, fewer files than workers. */
  tail: number;
}

/** The occupancy of `spans` over [from, to] (epoch ms); a span is cut to that window. */
export function occupancy(spans: readonly FileSpan[], from: number, to: number, workers: number): Occupancy {
  const events: [number, number][] = [];
  for (const span of spans) {
    const [start, end] = [Math.max(span.start, from), Math.min(span.end, to)];
    if (end > start) events.push([start, 1], [end, -1]);
  }
  // Ends before starts at the same instant: a worker handing one file on to the next is not two.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const secondsWith: number[] = [];
  let running = 0;
  let last = from;
  let lastFull = from;
  const add = (until: number) => {
    secondsWith[running] = (secondsWith[running] ?? 0) + (until - last) / 1000;
    if (running >= workers) lastFull = until;
    last = until;
  };
  for (const [time, change] of events) {
    add(time);
    running += change;
  }
  add(to);
  for (let i = 0; i < secondsWith.length; i++) secondsWith[i] ??= 0;
  return { secondsWith, wall: (to - from) / 1000, tail: (to - lastFull) / 1000 };
}

/** One line for a run's console: seconds with each count of files running, most first, and the tail. */
export function describeOccupancy({ secondsWith, wall, tail }: Occupancy, workers: number): string {
  const counts = secondsWith.map((seconds, files) => `${files} for ${seconds.toFixed(0)} s`).reverse();
  const busy = secondsWith.reduce((sum, seconds, files) => sum + seconds * Math.min(files, workers), 0);
  const held = wall > 0 ? (100 * busy) / (workers * wall) : 0;
  return `files running at once (each from its start in its worker to its end): ${counts.join(', ')} of ${wall.toFixed(0)} s; the workers held a file ${held.toFixed(1)}% of the time; fewer than ${workers} for the last ${tail.toFixed(0)} s`;
}
