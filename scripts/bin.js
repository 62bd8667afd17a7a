#!/usr/bin/env node
// The `promptvault` command, and what the git hooks run. It runs the CLI bundled into build/cli/
// when the package was packed (`prepack`) or prepared (`prepare`, `npm run build:cli`): one entry
// file and a few chunks load far faster than the hundred modules of the sources, and the hook
// runs on every commit. An installed copy always runs the bundle (Node does not strip types under
// node_modules). A checkout runs it too while it is current, i.e. no source it was built from
// (build/cli/inputs.json) is newer than it; after an edit, a checkout or a branch switch it runs
// the TypeScript sources until the next `npm run build:cli`, so a stale bundle never runs.
//
// First it checks Node's version against package.json's `engines`: on an older Node the CLI
// would die on a missing API (`Map.groupBy is not a function`) or on the `.ts` import. So this
// file must itself parse and run on old Node: plain JavaScript, nothing newer than ES2017 before
// the check (the `await import` at the end runs only on a Node that passed it).
// Node's built-in modules come from process.getBuiltinModule where Node has it (20.16, 22.3): an
// `import` of one builds its ES module facade, which runs every lazy getter, and node:fs's load
// its streams, promises, watchers and readline (16 internal modules the hook never uses): the
// cost is the repository's own hook's alone, since the bundle takes its built-ins the same way.
const fs = typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule('node:fs') : await import('node:fs');

const required = readRequiredNode(new URL('../package.json', import.meta.url));
if (required && olderThan(process.versions.node, required)) {
  process.stderr.write(
    'promptvault: needs Node ' + required.join('.') + ' or newer, and this is Node ' + process.versions.node + ' (' + process.execPath + '). ' +
    'Install Node 24 (https://nodejs.org, or `nvm install 24`), or pin it for this repository with ' +
    '`npm install --save-dev node@24` so that npm scripts and the git hooks run it.\n',
  );
  process.exitCode = 2;
} else {
  // Node's compile cache on before the entry is imported, not only in it: from the sources the
  // entry is scripts/cli.ts, and a .ts module loaded while the cache is off has its types stripped
  // by Node's TypeScript parser (amaro, a WebAssembly build of swc), whose load alone cost about
  // 240 ms of CPU on every commit that ran the sources. With the cache on from here, every module,
  // the entry included, comes from the cache and the parser is never loaded (the bench's
  // 10,000-prompt repository, 1 prompt, 12 pairs: 1,344 -> 1,043 ms of CPU, lower in 12 of 12).
  // (Written as ES2017 like the rest of this file; enableCompileCache is there from Node 22.1.)
  // (Every Node that passed the check has getBuiltinModule.)
  // A hook run compiles eagerly, the bundle and the sources alike, with a cache folder of its own,
  // which must be set before the cache is on (eager-compile.js); so these small files are compiled
  // without it.
  const { chooseEntry } = await import('./bin-entry.js');
  const entry = chooseEntry(import.meta.url);
  (await import('./eager-compile.js')).compileEagerlyInHooks();
  const module = process.getBuiltinModule('node:module');
  if (typeof module.enableCompileCache === 'function') module.enableCompileCache();
  await import(entry);
}

/** [major, minor] from `engines.node` (">=22.12"), or null when it cannot be read. */
function readRequiredNode(file) {
  try {
    const match = /(\d+)(?:\.(\d+))?/.exec(JSON.parse(fs.readFileSync(file, 'utf8')).engines.node);
    return match ? [Number(match[1]), Number(match[2] || 0)] : null;
  } catch (error) {
    return null;
  }
}

function olderThan(version, [major, minor]) {
  const [have, haveMinor] = version.split('.').map(Number);
  return have < major || (have === major && haveMinor < minor);
}
