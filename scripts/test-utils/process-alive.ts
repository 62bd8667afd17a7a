// Test helper: whether a process still runs, for the helpers that remove the folders of test
// processes and runs that were killed before they could remove their own.

/** Whether a process of this id exists (EPERM: it does, another user's). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
