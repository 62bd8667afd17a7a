// Node-only: run from its TypeScript sources (this repository's own hook after a source edit, until
// the next `npm run build:cli`), the CLI's modules take Node's built-ins as the bundle does, through
// `process.getBuiltinModule` (builtin-module-source.ts), not through Node's ES module facades: a
// module hook answers their static `node:` imports with a small module that reads off the built-in
// the names they import (builtin-imports.ts) and no others.
// Why: a facade reads every export of its built-in, and so runs every lazy one: the facades of what
// a recording commit imports load about 15 internal modules it never uses (node:fs's streams and
// promises, node:util's diff, worker threads). Ten built-ins imported against taken directly,
// `node -e`-sized scripts: 10.4-12.9 against 5.7-7.1 ms of CPU (10 rounds), 154-156 against
// 129-133 M instructions. Reading the names off the built-in would not do: Node's lazy exports
// load their module when their property descriptor is read, so which names a module imports is read
// from its text as it loads.
// The modules' names are the union of what the modules loaded so far import; a module importing a
// name the current one lacks gets a new one with it. A built-in imported any other way (whole, by
// `import()`, by a module loaded before these hooks), or a name it does not have, is left to Node.
// On a Node without module.registerHooks (before 22.15) Node's facades load as before.
// Like the other modules cli.ts imports before it registers the hooks, this one takes its own
// built-ins through process.getBuiltinModule: an `import` would build their facades.
import { staticBuiltinImports } from './builtin-imports.ts';
import { builtinModuleSource } from './builtin-module-source.ts';

/** The scheme of the modules handed out here: not a file, so no other hook or cache takes one for a file. */
const SCHEME = 'promptvault-builtin:';

/** Answers the static `node:` imports of the modules below the folder of `entryUrl` (scripts/cli.ts) with built-ins taken directly; a no-op for the bundle, which has none. */
export function takeBuiltinsDirectly(entryUrl: string): void {
  const module = process.getBuiltinModule('node:module');
  if (!entryUrl.endsWith('.ts') || typeof module.registerHooks !== 'function') return;
  const folder = new URL('./', entryUrl).href;
  /** Per module of ours loaded so far: what it imports of each built-in (staticBuiltinImports). */
  const imported = new Map<string, Map<string, string[]>>();
  /** Per built-in: its newest module's URL and names. */
  const newest = new Map<string, { url: string; names: Set<string> }>();
  /** Per module handed out: the built-in and the names it exports. */
  const handedOut = new Map<string, { specifier: string; names: string[] }>();
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      const names = context.parentURL === undefined ? undefined : imported.get(context.parentURL)?.get(specifier);
      const builtin = names && process.getBuiltinModule(specifier);
      // Node's facade exports the built-in's own enumerable keys: `toString` is `in` node:fs through
      // its prototype, and importing it must fail as it does under Node (read without running a getter).
      if (!names || !builtin || names.some((name) => !Object.prototype.propertyIsEnumerable.call(builtin, name))) return nextResolve(specifier, context);
      let current = newest.get(specifier);
      if (!current || names.some((name) => !current!.names.has(name))) {
        current = { url: `${SCHEME}${handedOut.size}/${specifier}`, names: new Set([...(current?.names ?? []), ...names]) };
        newest.set(specifier, current);
        handedOut.set(current.url, { specifier, names: [...current.names] });
      }
      return { url: current.url, format: 'module', shortCircuit: true };
    },
    load(url, context, nextLoad) {
      const module = handedOut.get(url);
      if (module) return { format: 'module', source: builtinModuleSource(module.specifier, module.names), shortCircuit: true };
      const result = nextLoad(url, context);
      if (url.startsWith(folder) && url.endsWith('.ts') && result.source !== undefined) {
        // Latin-1: the import statements are ASCII, and nothing else of the text is read.
        const bytes = result.source as string | Uint8Array;
        const text = typeof bytes === 'string' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
        imported.set(url, staticBuiltinImports(text));
      }
      return result;
    },
  });
}
