// Pure: Astro's "generating static routes" log, one route a line. Astro writes a route's line in
// two events: its path, with no line end, before rendering, then " (+12ms)" (or a note) once the
// page is written. With build.concurrency above 1 (ours is 4, astro.config.mjs) up to four paths
// are written before the first ends, so `npm start` printed "├─ /a├─ /b├─ /c (+77ms)" and the
// other ends on lines of their own. An end does not say which route it closes: when one route is
// rendering alone, its path and its time make one line; when several are, each path is a line of
// its own and the times are left out (they would be put on the wrong route); a note beyond the
// time (Astro's "file not created") keeps a line of its own.

/** The part of Astro's log event this reads (astro's AstroLoggerMessage). */
export interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

/** Astro's label for a continuation of the line before it. */
const CONTINUATION = 'SKIP_FORMAT';
/** The time Astro closes a route's line with: " (+12ms)", " (+1.20s)", colours and all. */
// eslint-disable-next-line no-control-regex
const TIME_ONLY = /^\s*(?:\u001b\[[0-9;]*m)*\(\+[0-9.]+m?s\)(?:\u001b\[[0-9;]*m)*\s*$/;

/**
 * A log destination that writes each route's line whole: events in, the events to write out
 * (`write`), in order. `flush` writes a path still held (a build that stopped mid-route).
 */
export function routeLineJoiner(write: (event: LogEvent) => void): { write(event: LogEvent): void; flush(): void } {
  let held: LogEvent | undefined;
  let rendering = 0;
  const release = () => {
    if (held) write({ ...held, newLine: true });
    held = undefined;
  };
  return {
    write(event) {
      if (event.label !== CONTINUATION && !event.newLine) {
        // A route's path: held until its end comes, unless another route is rendering already.
        rendering++;
        if (rendering > 1) {
          release();
          write({ ...event, newLine: true });
        } else held = event;
        return;
      }
      if (event.label === CONTINUATION && rendering > 0) {
        rendering--;
        if (held) {
          write({ ...held, message: `${held.message}${event.message}`, newLine: true });
          held = undefined;
        } else if (!TIME_ONLY.test(event.message)) {
          write({ ...event, message: `  ${event.message.trim()}`, newLine: true });
        }
        return;
      }
      release();
      write(event);
    },
    flush: release,
  };
}
