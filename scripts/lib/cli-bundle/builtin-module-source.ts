// The text of an ES module that hands out one of Node's built-in modules through
// `process.getBuiltinModule` instead of Node's own ES module facade for it. Importing a built-in
// builds its facade, which reads every export and so loads what its lazy exports load: `node:fs`'s
// file streams, promises API, watchers and readline, `node:crypto`'s Web Crypto, `node:util`'s
// diff and colours. A hook run uses none of them. The bundle compiles such a module in for each
// `node:` import (build-fs.ts); the TypeScript sources load one through a module hook
// (source-builtins-fs.ts). Pure: the caller passes the built-in or the names.

/**
 * The names `builtin` exports as plain values, for the bundle's build: an accessor is left out, so
 * that importing one by name fails the build (import the module and read it there). Reading the
 * descriptors runs Node's lazy exports (a lazy export loads its module when its descriptor is
 * read): at build time only.
 */
export function valueExportNames(builtin: object): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(builtin))
    .filter(([name, descriptor]) => 'value' in descriptor && name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name))
    .map(([name]) => name);
}

/** The module's text: the built-in `name` as its default export, and each of `names` (valueExportNames) read off it once. */
export function builtinModuleSource(name: string, names: readonly string[]): string {
  const id = JSON.stringify(name);
  // Marked pure, so the bundle keeps only the names some module uses.
  return [`const builtin = process.getBuiltinModule(${id});`, 'const take = (name) => builtin[name];', 'export default builtin;', ...names.map((name) => `export const ${name} = /* @__PURE__ */ take(${JSON.stringify(name)});`)].join('\n');
}
