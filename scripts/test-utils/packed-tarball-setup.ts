// Vitest global setup (vitest.config.ts): the folder in which the run's one `npm pack` of this
// package is made, by the first test file that asks for it (packed-tarball.ts), and removed when
// the run ends. Cheap when no file asks: a folder made and removed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the run's shared tarball of this package (see packed-tarball.ts). */
    packedTarballDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-packed-'));
  project.provide('packedTarballDir', dir);
  // In watch mode a rerun may follow an edit: pack again rather than install a stale tarball.
  const empty = () => {
    for (const entry of fs.readdirSync(dir)) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
  };
  project.onTestsRerun(() => empty());
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
