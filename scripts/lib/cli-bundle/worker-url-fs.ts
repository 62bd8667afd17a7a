// Node-only: where a worker thread's code is. A worker starts from a file: run from the sources,
// the `.ts` module beside its caller; run from the bundle (build/cli/, an installed copy), the
// entry build-fs.ts makes for it beside promptvault.js, one folder above the caller's chunk.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The worker's file for a caller at `callerUrl` (its `import.meta.url`), or undefined when the bundle lacks it. */
export function workerUrl(callerUrl: string, files: { source: string; bundled: string }): URL | undefined {
  if (callerUrl.endsWith('.ts')) return new URL(`./${files.source}`, callerUrl);
  for (const candidate of [`../${files.bundled}`, `./${files.bundled}`]) {
    const url = new URL(candidate, callerUrl);
    if (fs.existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
