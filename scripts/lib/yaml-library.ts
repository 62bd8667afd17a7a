// The yaml library, loaded the first time a caller needs it rather than when a module importing it
// loads. A commit editing one prompt with one-line front matter values reads it with the flat
// reader (formats/_flat-yaml.ts) and writes its records with our serialiser (vault/fast-yaml.ts):
// the library is needed only for the other shapes (nested front matter, a value it must quote in
// its own way, an error to point at a line). Imported at the top of the six modules on that path,
// its 72 CommonJS modules ran on every recording commit: about 12 ms of CPU at load, before any use.
// In the bundle (build:cli) esbuild compiles `require('yaml')` to its wrapper of the bundled copy,
// whose modules run on the first call; the TypeScript sources, which have no `require`, take the
// package from node_modules through `createRequire`. Calls are synchronous, as the parsers are.
// No `node:` import here: pure modules (formats/front-matter.ts, vault/fast-yaml.ts) import this one.

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;

/** The yaml module, loaded on the first call. */
export function yamlLibrary(): Yaml {
  // esbuild turns the literal `require('yaml')` into its bundled module and `typeof require` into
  // its own helper's (always a function), so the call must stay spelled this way.
  return (loaded ??= (typeof require === 'function' ? require('yaml') : process.getBuiltinModule('node:module').createRequire(import.meta.url)('yaml')) as Yaml);
}
