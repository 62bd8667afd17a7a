// This thread's CPU so far (user + system, microseconds), for the CPU figures backfill reports.
// `process.threadCpuUsage` came in Node 23.9, and package.json's engines allow Node 22.12: there a
// call of it threw "is not a function" and backfill ended with exit 70 before it replayed a commit.
// On such a Node the process's CPU stands in; it counts every thread, so the replay's and the
// measuring threads' figures are then overcounts. They feed the bench's CPU rows, never a decision.
export function threadCpuMicros(): number {
  const usage = typeof process.threadCpuUsage === 'function' ? process.threadCpuUsage() : process.cpuUsage();
  return usage.user + usage.system;
}
