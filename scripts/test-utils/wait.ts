// Waiting in tests for something to happen, instead of sleeping for a guess at how long it takes:
// on a loaded 2-core CI machine a step that takes 50 ms at a desk can take seconds.

/** Long enough that only a hang reaches it on a loaded machine: a slow step merely waits. */
export const WAIT_DEADLINE_MS = 120_000;

/**
 * Polls `condition` until it holds. Past the deadline it throws, naming `what` it waited for, so a
 * hang fails with a reason instead of at the job's time limit.
 */
export async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, options: { deadlineMs?: number; intervalMs?: number } = {}): Promise<void> {
  const deadline = Date.now() + (options.deadlineMs ?? WAIT_DEADLINE_MS);
  const interval = options.intervalMs ?? 10;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${options.deadlineMs ?? WAIT_DEADLINE_MS} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
