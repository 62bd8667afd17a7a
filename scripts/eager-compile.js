// Whether V8 compiles the CLI's functions when their module is compiled rather than on their first
// call: eagerly in a hook run, the way every commit starts promptvault. Plain JavaScript, for bin.js
// (which must parse on old Node) and cli.ts alike; each calls it before turning the compile cache on.
//
// Why: Node's compile cache holds a module's code as V8 compiled it when the module was compiled,
// and V8 compiles a function's body only on its first call, so every run compiled again each
// function it called (the 1-prompt commit: some 700 functions, 27 ms of lazy compiles in a
// session-23 profile) and the cache never held them. With `--no-lazy`, a module compiles whole
// and the cache holds every function. The flag is part of the tag of the cache's folder
// (`<dir>/<node>-<arch>-<tag>-<uid>`), which is computed when the cache is turned on: hook runs get a
// folder of their own, and commands run without the flag never reject the hooks' caches (nor these
// theirs). Node's built-in modules ship with code compiled under the default flags, which V8
// rejects under other flags and compiles again from source: those a recording commit uses are
// loaded first, under the default flags. (Tried on the command line, session 21: every built-in
// loaded after start was compiled from source and the gain was gone.)
// A commit too large for a short run turns the flag off again (lib/engine/short-run-fs.ts). The
// TypeScript sources (a checkout after a source edit) compile eagerly too: they take their
// built-ins without ES module facades, as the bundle does (lib/cli-bundle/source-builtins-fs.ts).
// Imported as ES modules, the facades loaded some 15 more internal modules (node:fs's streams and
// promises, node:util's diff, worker threads), compiled from source under the flag, and ate the
// gain (session 24: 10 pairs, -3.5 ms, 6 lower). The first run after an edit loads Node's
// TypeScript parser to strip the edited files, compiled from source under the flag: about 3 ms
// more, once (`module.stripTypeScriptTypes` first called: 29.5-31.4 against 31.9-35.0 ms of CPU,
// 6 rounds each).

/**
 * The built-in modules a recording commit loads after start-up (read from process.moduleLoadList
 * on the bench's commits; `eager-compile.test.ts` fails when a commit loads another one later).
 * Each loads its own internal modules with it (child_process: net, stream, dgram).
 */
const HOOK_BUILTINS = ['node:module', 'node:child_process', 'node:crypto', 'node:os', 'node:v8', 'node:process'];

/** Loads what a recording commit uses of Node's built-ins: the modules, then what they load on first use. */
function loadHookBuiltins() {
  for (const name of HOOK_BUILTINS) process.getBuiltinModule(name);
  // node:util's parseArgs (cli-main.ts), the standard streams (a stream class per kind of file)
  // and `navigator` (zod looks at it) are loaded on first use.
  void process.getBuiltinModule('node:util').parseArgs;
  void process.stdout;
  void process.stderr;
  void globalThis.navigator;
}

/** True when argv (process.argv) runs `promptvault record --hook NAME`, what the git hooks run. */
export function isHookRun(argv) {
  const args = argv.slice(2);
  return args.includes('record') && args.some((arg) => arg === '--hook' || arg.startsWith('--hook='));
}

/**
 * In a hook run (argv), loads the built-ins a recording commit uses and turns V8's lazy
 * compilation off for the rest of the process; returns whether it did. Call it before
 * `module.enableCompileCache()`, whose folder depends on the flags then set.
 */
export function compileEagerlyInHooks(argv = process.argv) {
  if (!isHookRun(argv) || typeof process.getBuiltinModule !== 'function') return false;
  loadHookBuiltins();
  process.getBuiltinModule('node:v8').setFlagsFromString('--no-lazy');
  return true;
}
