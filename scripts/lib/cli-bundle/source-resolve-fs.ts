// Node-only: the CLI run from its TypeScript sources (this repository's own hook after a source
// edit, until the next `npm run build:cli`) resolves its own modules' relative imports itself.
// Why: a recording commit from the sources loads some 115 of our modules, each imported as
// `./x.ts` or `../y/x.ts`, and Node resolves every one as it would any specifier: the URL turned
// into a path, the file stat'ed and its path made real component by component, the package.json
// scope above it found and read for its "type", the format derived from that. A module of ours
// under scripts/ needs none of it: the file the specifier names, and TypeScript in an ES module
// package (package.json's "type": "module"). The bundle does the same for its chunks
// (chunk-resolve-fs.ts).
// Only relative `.ts` imports from our scripts/ take this path; on a Node without
// module.registerHooks (before 22.15), for a file that is not there, and for every other specifier
// (packages, built-ins, `.js`, JSON), Node resolves as before, errors included.
import fs from 'node:fs';
import module from 'node:module';

/** Resolves our sources' relative `.ts` imports directly when `entryUrl` is the sources' entry (scripts/cli.ts); else nothing. */
export function resolveSourcesDirectly(entryUrl: string): void {
  if (!entryUrl.endsWith('.ts') || typeof module.registerHooks !== 'function') return;
  // scripts/, the folder of the entry: the modules it may resolve are below it.
  const folder = new URL('./', entryUrl).href;
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (specifier[0] !== '.' || !specifier.endsWith('.ts') || parent === undefined || !parent.startsWith(folder)) return nextResolve(specifier, context);
      const url = new URL(specifier, parent);
      if (!url.href.startsWith(folder) || !fs.existsSync(url)) return nextResolve(specifier, context);
      return { url: url.href, format: 'module-typescript', shortCircuit: true };
    },
  });
}
