// Pure: the `require` the ES module bundle gives CommonJS code (yaml's Node build, and esbuild's
// own `__require` helper), and which of the bundle's files keep it. esbuild puts a banner on every
// file it writes, but a `createRequire` costs each chunk Node loads (0.1-0.2 ms, the first one
// about 2 ms more for the CommonJS loader it sets up): a recording commit loads about 40 chunks, of
// which one, esbuild's runtime helpers, refers to `require`. So the banner is kept only where the
// code after it names a `require` of its own.

/**
 * yaml's Node build is CommonJS and requires Node built-ins: an ES module bundle of it needs a
 * `require` (process.getBuiltinModule, not an import: see builtinsWithoutFacade in build-fs.ts).
 */
export const REQUIRE_BANNER = "const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);";

/**
 * A bare `require` identifier: not `__require`, `createRequire` or `x.require`. Strings and
 * comments that say "require" count too, which only keeps a banner that was not needed.
 */
const NAMES_REQUIRE = /(?<![\w$.])require(?![\w$])/;

/** `code` (a file esbuild wrote, starting with REQUIRE_BANNER) without the banner when nothing after it names `require`. */
export function dropUnusedRequire(code: string): string {
  const start = code.startsWith('#!') ? code.indexOf('\n') + 1 : 0;
  if (!code.startsWith(REQUIRE_BANNER, start)) return code;
  const rest = code.slice(start + REQUIRE_BANNER.length);
  return NAMES_REQUIRE.test(rest) ? code : code.slice(0, start) + rest.replace(/^\r?\n/, '');
}
