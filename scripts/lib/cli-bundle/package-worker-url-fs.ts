// Node-only: where a worker thread's code is when the code starting it runs inside Astro's build.
// The site's integrations and pages run this package's TypeScript sources through Astro's own
// loader, or as chunks of its prerender bundle, never from the CLI bundle, so the caller's URL
// (worker-url-fs.ts) does not tell; the command that started the build does.
import { pathToFileURL } from 'node:url';
import { chooseEntry } from '../../bin-entry.js';
import { packageRoot } from '../package-root-fs.ts';

/**
 * The bundle's entry `bundled` (build/cli/) when the `promptvault` command runs the bundle
 * (installed, or a checkout whose bundle is current: bin-entry.js), else the TypeScript source at
 * `source`, a path from the package's root.
 */
export function packageWorkerUrl(files: { source: string; bundled: string }): URL {
  const root = pathToFileURL(`${packageRoot()}/`);
  return chooseEntry(new URL('scripts/bin.js', root).href).endsWith('/cli.ts') ? new URL(files.source, root) : new URL(`build/cli/${files.bundled}`, root);
}
