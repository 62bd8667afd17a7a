// A process a test runs that dies of a signal (a crash) has no exit code: the helpers then report
// 1, and its stderr must say why, or the failure reads as the command failing quietly (a
// `record --all` "exited 1" with an empty stderr, which was V8 crashing: short-run-fs.ts).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { killedBy } from './repo.ts';

describe('a process a test runs that does not exit by itself', () => {
  it('is named with the signal that ended it', () => {
    const crashed = spawnSync(process.execPath, ['-e', "process.kill(process.pid, 'SIGSEGV')"]);
    expect(killedBy(crashed)).toBe('\n(killed by SIGSEGV)');
    expect(killedBy(spawnSync(process.execPath, ['-e', 'process.exitCode = 1']))).toBe('');
  });

  it('is named with what kept it from running', () => {
    expect(killedBy(spawnSync('/nonexistent/promptvault-flake27'))).toMatch(/^\n\(not run to its end: Error: spawnSync \/nonexistent\/promptvault-flake27 ENOENT\)$/);
  });
});
