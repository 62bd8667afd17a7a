// Node-only: where this package is installed (astro.config.mjs, site/, vault/README.md), whether
// running from the TypeScript sources or from the JavaScript compiled into build/.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageRootMissing } from './package-incomplete.ts';

export function packageRoot(): string {
  const start = path.dirname(fileURLToPath(import.meta.url));
  let dir = start;
  while (!fs.existsSync(path.join(dir, 'astro.config.mjs')) || !fs.existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    // A copy of build/cli run outside the package: the user's setup, not our bug.
    if (parent === dir) throw packageRootMissing(start);
    dir = parent;
  }
  return dir;
}

/** The `version` of this package's package.json (`promptvault --version`). */
export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
