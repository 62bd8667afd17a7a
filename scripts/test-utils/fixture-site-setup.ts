// Vitest global setup (vitest.config.ts): the folder in which the run's one build of the fixture
// site is made, by the first test file that asks for it (scripts/lib/site/test-build-fixture.ts),
// and removed, with the fixture vault, when the run ends. Cheap when no file asks: a folder made
// and removed. In watch mode it is emptied before each rerun, so an edit is never tested against
// a site built before it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

/** What the shared folder holds once the site is built (`failed.txt` holds the error if it failed). */
export const SHARED_READY = 'ready.json';
export interface SharedReady {
  /** The fixture vault's repository, outside the shared folder (createRepo makes its own). */
  repoDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the run's shared fixture site build (see test-build-fixture.ts). */
    fixtureSiteDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-fixture-site-'));
  project.provide('fixtureSiteDir', dir);
  const empty = () => {
    const ready = path.join(dir, SHARED_READY);
    if (fs.existsSync(ready)) fs.rmSync((JSON.parse(fs.readFileSync(ready, 'utf8')) as SharedReady).repoDir, { recursive: true, force: true });
    for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  };
  project.onTestsRerun(() => empty());
  return () => {
    empty();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}
