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
  },
});
