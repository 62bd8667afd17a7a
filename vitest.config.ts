import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './scripts/test-utils/longest-first-sequencer.ts';
import { sharedProcessTestFiles } from './scripts/test-utils/shared-process-files.ts';

const TEST_FOLDERS = ['scripts', 'site'];
/** The files that touch no state another file could see, run in shared processes (see that module). */
const SHARED = sharedProcessTestFiles(fileURLToPath(new URL('.', import.meta.url)), TEST_FOLDERS);

export default defineConfig({
  test: {
    // Suites drive real git commits through the real hook; each spawns processes. On a busy
    // 2-core machine a commit can take seconds, so no wall-clock limit may fail a test that is
    // merely slow: a test that hangs is stopped by CI's job timeout instead.
    testTimeout: 0,
    hookTimeout: 0,
    // First the run's temporary folder (TMPDIR of every test process, removed when the run ends,
    // or by the next run if this one is killed), in which the next two make theirs: the folder
    // where the fixture site is built once per run for the files that read it, and the folder of
    // the run's one `npm pack`, for the files that install the package.
    globalSetup: ['scripts/test-utils/run-temp-folder-setup.ts', 'scripts/test-utils/fixture-site-setup.ts', 'scripts/test-utils/packed-tarball-setup.ts'],
    // At least two test files at once. Vitest's default in run mode is availableParallelism() - 1 workers:
    // ONE on CI's 2-core machine, where the files then ran strictly one after another (session 18:
    // 1,516 s of wall, over the 20-minute budget). A file's test process runs its git, hook and
    // CLI children one at a time (spawnSync), so one file mostly keeps one core busy; a second
    // fills the other. Files share nothing but what is built once per run and waited for (the
    // fixture site, the tarball). More cores keep vitest's default.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    // The files are queued longest first by what each cost in a whole CI run (file-durations.json):
    // Vitest's own order (each project by file size) started the 127 s verdict-weights-fit.test.ts
    // last, alone for its last 66 s (session 37). Since session 39 the isolated files go first and
    // the shared ones after them, each part longest first (a shared file between isolated ones paid
    // a process of its own); the shared part, most of the suite's time and its longest files among
    // them, ends the run with its shortest files on both workers.
    sequence: { sequencer: LongestFirstSequencer },
    // Two projects, one pool. The files that touch no state of their process (shared-process-files.ts:
    // pure parse and guard-reasoning tests, and since session 39 the tests of temporary repositories
    // through the helpers it names, 366 of 494) run one after another in processes they share,
    // without a process start and a fresh import each (session 39: 28 such files, CPU 90.3 s ->
    // 64.1 s); the sequencer queues them last, together. The others keep a process of their own
    // (isolate): buildSite changes the cwd and env in-process, others set the environment, mock
    // modules, start servers, threads and browsers.
    projects: [
      { extends: true, test: { name: 'isolated', include: TEST_FOLDERS.map((folder) => `${folder}/**/*.test.ts`), exclude: [...configDefaults.exclude, ...SHARED] } },
      { extends: true, test: { name: 'shared-process', include: SHARED, isolate: false } },
    ],
  },
});
