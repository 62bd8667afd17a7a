// Which CLI the `promptvault` command runs (bin.js): the bundle in build/cli/, or in a checkout
// whose sources changed since the bundle was built, the TypeScript sources. Plain JavaScript
// because bin.js imports it before any TypeScript can run.
// Built-ins through getBuiltinModule, not `import`: no ES module facade to build (see bin.js).
const { readFileSync, statSync } = process.getBuiltinModule('node:fs');
const { fileURLToPath } = process.getBuiltinModule('node:url');

/**
 * The URL to import, given bin.js's own URL. Under node_modules always the bundle (Node strips no
 * types there, and nobody edits the sources). In a checkout the bundle while it is current: it
 * exists, and no source listed in build/cli/inputs.json is newer than it. PROMPTVAULT_SOURCES=1
 * forces the sources.
 */
export function chooseEntry(binUrl, env = process.env) {
  const bundle = new URL('../build/cli/promptvault.js', binUrl);
  const installed = fileURLToPath(binUrl).split(/[\\/]/).includes('node_modules');
  if (installed) return bundle.href;
  return env.PROMPTVAULT_SOURCES !== '1' && bundleIsCurrent(bundle, new URL('../', binUrl)) ? bundle.href : new URL('./cli.ts', binUrl).href;
}

function bundleIsCurrent(bundle, root) {
  try {
    const built = statSync(bundle).mtimeMs;
    const { inputs } = JSON.parse(readFileSync(new URL('build/cli/inputs.json', root), 'utf8'));
    // Paths, not a URL per input: the 430 URLs made and turned back into paths cost more than the
    // stats (the whole check 26-36 ms of CPU at load 30, its stats of paths 7-14).
    const folder = fileURLToPath(root);
    // A source that is gone (deleted, moved) throws, and so counts as changed.
    return Array.isArray(inputs) && inputs.every((file) => statSync(folder + file).mtimeMs <= built);
  } catch {
    return false;
  }
}
