import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'site/**/*.test.ts'],
    // Suites drive real git commits through the real hook; each spawns processes. On a busy
    // 2-core machine a commit can take seconds, so no wall-clock limit may fail a test that is
    // merely slow: a test that hangs is stopped by CI's job timeout instead.
    testTimeout: 0,
    hookTimeout: 0,
    // The folder where the fixture site is built once per run for the files that read it.
    // And the folder of the run's one `npm pack`, for the files that install the package.
    globalSetup: ['scripts/test-utils/fixture-site-setup.ts', 'scripts/test-utils/packed-tarball-setup.ts'],
    // Two test files at once. Vitest's default in run mode is availableParallelism() - 1 workers:
    // ONE on CI's 2-core machine, where the files then ran strictly one after another (session 18:
    // 1,516 s of wall, over the 20-minute budget). Most of a file's time is spent waiting on the
    // git, hook and npm processes it spawns, so a second file fills the other core. Files share
    // nothing but what is built once per run and waited for (the fixture site, the tarball).
    maxWorkers: 2,
  },
});
