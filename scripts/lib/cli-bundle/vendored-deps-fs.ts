// Node-only: when the CLI runs from its TypeScript sources (this repository's own hook whenever the
// bundle is older than the sources, `npm run promptvault`), `zod` and `yaml` are loaded from the one
// module each that `npm run build:cli` makes of them (build/cli/vendor/, build-fs.ts) instead of
// their files in node_modules: 96 ES modules for zod, 72 CommonJS files for yaml, each resolved,
// read and linked on its own. Measured alone (compile cache on): loading both 190 -> 60 ms of CPU.
// Only imports from our own scripts/ are redirected, and only while the vendored copy is newer
// than node_modules/.package-lock.json (npm rewrites it on every install, so a vendored copy of
// other versions is never used); otherwise, or on a Node without `module.registerHooks` (before
// 22.15), everything resolves from node_modules as before.
// Built-ins through process.getBuiltinModule: cli.ts imports this module before its hooks are on,
// and an `import` would build their facades (source-builtins-fs.ts).
const fs = process.getBuiltinModule('node:fs');
const module = process.getBuiltinModule('node:module');
const { fileURLToPath, pathToFileURL } = process.getBuiltinModule('node:url');

/** The packages vendored, by the specifier our sources import them with. */
export const VENDORED = ['zod', 'yaml'] as const;

/**
 * The vendored module's URL for `specifier` imported from `parentUrl`, or undefined to resolve it
 * as usual: another specifier, an importer outside `root`/scripts/, a vendored copy missing or
 * older than the installed packages.
 */
export function vendoredUrl(specifier: string, parentUrl: string | undefined, root: string, current = vendorIsCurrent(root)): string | undefined {
  if (!(VENDORED as readonly string[]).includes(specifier) || !parentUrl?.startsWith(pathToFileURL(`${root}/scripts/`).href) || !current) return undefined;
  return pathToFileURL(`${root}/build/cli/vendor/${specifier}.js`).href;
}

/** Whether every vendored module exists and was built after the last `npm install`. */
export function vendorIsCurrent(root: string): boolean {
  try {
    const installed = fs.statSync(`${root}/node_modules/.package-lock.json`).mtimeMs;
    return VENDORED.every((name) => fs.statSync(`${root}/build/cli/vendor/${name}.js`).mtimeMs >= installed);
  } catch {
    return false;
  }
}

/** Redirects our sources' `zod` and `yaml` imports to the vendored modules; a no-op in the bundle, where they are compiled in. */
export function useVendoredDependencies(): void {
  if (!import.meta.url.endsWith('.ts') || typeof module.registerHooks !== 'function') return;
  const root = fileURLToPath(new URL('../../../', import.meta.url)).replace(/[\\/]$/, '');
  const current = vendorIsCurrent(root);
  if (!current) return;
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const url = vendoredUrl(specifier, context.parentURL, root, current);
      return url ? { url, format: 'module', shortCircuit: true } : nextResolve(specifier, context);
    },
  });
}
