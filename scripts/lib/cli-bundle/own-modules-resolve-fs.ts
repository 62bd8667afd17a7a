// Node-only: the CLI resolves its own modules' relative imports itself, without Node's resolver:
// from the bundle (build/cli/), its `./chunk-X.js` chunks; from its TypeScript sources (this
// repository's own hook after a source edit, until the next `npm run build:cli`), its relative
// `./x.ts` / `../y/x.ts` imports under scripts/.
// Why: a recording commit loads some 55 chunks, or some 115 modules from the sources, and Node
// resolves every one as it would any specifier: the URL turned into a path, the file stat'ed and
// its path made real component by component, the package.json scope above it found and read for
// its "type", the format derived from that. A module of ours needs none of it: it is the file the
// specifier names, an ES module (TypeScript in an ES module package from the sources). Measured on
// the bench's 1,000-prompt repository, 1 prompt edited: the bundle's process 5-8% fewer
// instructions; from the sources 919 -> 855 M instructions (bench HISTORY, session 22, hookown22).
// On a Node without module.registerHooks (before 22.15), for a file that is not there (a copy of
// the package in part), and for every other specifier (packages, built-ins, JSON), Node resolves
// as before, errors included.
// Built-ins through process.getBuiltinModule: cli.ts imports this module before its hooks are on,
// and an `import` would build their facades (source-builtins-fs.ts).
const fs = process.getBuiltinModule('node:fs');
const module = process.getBuiltinModule('node:module');

/** What the entry's own imports look like: the bundle's chunks, or the sources' modules. */
const OWN_MODULES = {
  '.js': { prefix: './', format: 'module' },
  '.ts': { prefix: '.', format: 'module-typescript' },
} as const;

/** Resolves the relative imports of the CLI's own modules directly, below the folder of `entryUrl` (the bundle's entry or scripts/cli.ts). */
export function resolveOwnModulesDirectly(entryUrl: string): void {
  const extension = entryUrl.endsWith('.js') ? '.js' : entryUrl.endsWith('.ts') ? '.ts' : undefined;
  if (extension === undefined || typeof module.registerHooks !== 'function') return;
  const { prefix, format } = OWN_MODULES[extension];
  // The folder of the entry: the modules it may resolve are below it.
  const folder = new URL('./', entryUrl).href;
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const parent = context.parentURL;
      if (!specifier.startsWith(prefix) || !specifier.endsWith(extension) || parent === undefined || !parent.startsWith(folder)) return nextResolve(specifier, context);
      const url = new URL(specifier, parent);
      if (!url.href.startsWith(folder) || !fs.existsSync(url)) return nextResolve(specifier, context);
      return { url: url.href, format, shortCircuit: true };
    },
  });
}
