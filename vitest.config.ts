import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['scripts/**/*.test.ts', 'site/**/*.test.ts'],
    // Suites drive real git commits through the real hook; each spawns processes.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
