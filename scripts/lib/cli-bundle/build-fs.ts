// Node-only entry point, run by `npm run build:cli` (so by `prepare` and `prepack`): bundles the
// CLI with esbuild into build/cli/, which is what an installed copy and the git hooks run.
// Why: the hook runs on every commit, and most of its cost was Node loading about a hundred ES
// modules (ours, zod's and yaml's), each resolved, read and compiled on its own. The bundle is a
// small entry file plus chunks, split where the sources import lazily (`await import(...)`), so a
// commit that stages no prompt loads the entry and the record command's few chunks, and nothing
// of the recorder, the schema library or YAML.
// What stays outside: packages that are heavy and loaded only by some commands (astro for `build`,
// isomorphic-git, gray-matter and gpt-tokenizer's rank tables), resolved from node_modules as before.
// build/cli/inputs.json lists the sources the bundle was made from, so a checkout can tell a
// bundle older than its sources (bin.js then runs the sources).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { codeDigestsOfSources } from '../cache/code-digest-fs.ts';
import { packageRoot } from '../package-root-fs.ts';
import { builtinModuleSource, valueExportNames } from './builtin-module-source.ts';
import { dropUnusedRequire, REQUIRE_BANNER } from './require-banner.ts';
import { swapFolderIn } from './swap-folder-fs.ts';

/** Dependencies compiled into the bundle: ESM, on the hook's path, many small modules each. */
const BUNDLED = new Set(['zod', 'yaml', 'gpt-tokenizer']);

export const BUNDLE_DIR = 'build/cli';
export const BUNDLE_ENTRY = `${BUNDLE_DIR}/promptvault.js`;
export const BUNDLE_INPUTS = `${BUNDLE_DIR}/inputs.json`;
/** zod and yaml as one module each, for the sources (vendored-deps-fs.ts). */
export const VENDOR_DIR = `${BUNDLE_DIR}/vendor`;

/**
 * zod's namespace export carries its 64 message locales (about 250 KB), which the bundle would
 * evaluate on every recording commit; promptvault never switches zod's locale, so only English,
 * the one zod configures itself, is kept.
 */
const englishZodMessagesOnly: Plugin = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(args.importer)) return undefined;
      return { path: 'zod-locales', namespace: 'zod-english-only' };
    });
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';", resolveDir: build.initialOptions.absWorkingDir, loader: 'js',
    }));
  },
};

/**
 * Node's built-in modules taken with `process.getBuiltinModule` instead of `import`
 * (builtin-module-source.ts). A hook that never uses what their facades load paid for it on every
 * commit (about 10 ms of CPU for the built-ins a recording commit imports, measured alternating
 * with `node -e`-sized scripts). The named exports are the built-in's plain values as this Node
 * lists them when the bundle is built.
 */
const builtinsWithoutFacade: Plugin = {
  name: 'builtins-without-facade',
  setup(build) {
    // One copy per importing module: shared by many, the few lines would get bundle chunks of
    // their own, each one more module for Node to resolve and load.
    // The importer is named relative to the package, so the bundle's comments do not carry the
    // path of the checkout it was packed from.
    build.onResolve({ filter: /^node:/ }, (args) => ({ path: `${args.path} ${path.relative(build.initialOptions.absWorkingDir ?? process.cwd(), args.importer).split(path.sep).join('/')}`, namespace: 'builtin-without-facade' }));
    build.onLoad({ filter: /.*/, namespace: 'builtin-without-facade' }, (args) => {
      const name = args.path.slice(0, args.path.indexOf(' '));
      const builtin = process.getBuiltinModule(name) as object | undefined;
      if (!builtin) return { errors: [{ text: `${name}: not a built-in module of Node ${process.version}` }] };
      return { contents: builtinModuleSource(name, valueExportNames(builtin)), loader: 'js' };
    });
  },
};

/**
 * Bundles into `outdir` (build/cli; a test builds a copy elsewhere); returns the entry file. The
 * bundle is built in a folder beside it and renamed into place whole: `npm pack` (prepack)
 * rebuilds build/cli while hooks and other commands of the same checkout run from it (test suites
 * pack in parallel with suites that commit), and a rebuild in place had them find the folder
 * emptied, or the entry without its chunks or vendored modules, for the seconds a build takes.
 */
export async function buildCliBundle(root = packageRoot(), outdir = path.join(root, BUNDLE_DIR)): Promise<string> {
  // Beside it, so that the rename stays on one file system; the process id keeps two builds apart.
  const building = `${outdir}.building-${process.pid}`;
  fs.rmSync(building, { recursive: true, force: true });
  try {
    await buildCliBundleInto(root, building);
    swapFolderIn(building, outdir);
  } finally {
    fs.rmSync(building, { recursive: true, force: true });
  }
  return path.join(outdir, path.relative(BUNDLE_DIR, BUNDLE_ENTRY));
}

async function buildCliBundleInto(root: string, outdir: string): Promise<void> {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const external = [
    ...Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((name) => !BUNDLED.has(name)),
    // gpt-tokenizer's rank tables (megabytes each) are read only to build our binary table.
    'gpt-tokenizer/bpeRanks/*', 'gpt-tokenizer/encoding/*',
  ];
  const result = await build({
    absWorkingDir: root, outdir, entryNames: '[name]',
    // Backfill's measuring and record writing threads, the recorder's citations and guard threads and the site's record parsing and page writing threads are entries of their own: a worker starts from a file.
    entryPoints: {
      promptvault: 'scripts/cli.ts', 'backfill-measure-worker': 'scripts/commands/backfill/measure-worker.ts', 'backfill-record-writer': 'scripts/commands/backfill/record-writer-worker.ts',
      'citations-worker': 'scripts/lib/recorder/citations-worker.ts', 'guard-worker': 'scripts/lib/recorder/guard-worker.ts',
      // The site build's record parsing and page writing threads, started from code Astro loads (package-worker-url-fs.ts).
      'record-parse-worker': 'scripts/lib/vault/record-parse-worker.ts', 'page-writer-worker': 'scripts/lib/site/framed-pages/page-writer-worker.ts',
    }, chunkNames: 'chunks/[name]-[hash]',
    bundle: true, splitting: true, format: 'esm', platform: 'node', target: 'node22.12', external,
    metafile: true, logLevel: 'warning', legalComments: 'eof', plugins: [englishZodMessagesOnly, builtinsWithoutFacade],
    banner: { js: REQUIRE_BANNER },
    // The digests of the code the caches depend on, from the sources bundled: the same a run of the sources computes (code-digest-fs.ts).
    define: { PROMPTVAULT_CODE_DIGESTS: JSON.stringify(JSON.stringify(codeDigestsOfSources(root))) },
  });
  // The banner stays only in the files that use it (require-banner.ts).
  for (const file of Object.keys(result.metafile.outputs).filter((out) => out.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(root, file), 'utf8');
    const kept = dropUnusedRequire(code);
    if (kept !== code) fs.writeFileSync(path.join(root, file), kept);
  }
  // Files only: not the plugins' modules (`namespace:path`).
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/') && !/^[a-z-]+:/.test(file)).sort();
  // The lock file npm rewrites on every install stands for the bundled packages' versions.
  fs.writeFileSync(path.join(outdir, path.relative(BUNDLE_DIR, BUNDLE_INPUTS)), `${JSON.stringify({ inputs: [...inputs, 'node_modules/.package-lock.json'] }, null, 1)}\n`);
  await buildVendoredDependencies(root, path.join(outdir, path.relative(BUNDLE_DIR, VENDOR_DIR)));
}

/**
 * zod and yaml, each bundled into one ES module under build/cli/vendor/ for the TypeScript
 * sources (scripts/cli.ts) to load instead of their hundreds of files in node_modules
 * (lib/cli-bundle/vendored-deps-fs.ts): the hook runs the sources whenever the bundle is older
 * than them, i.e. on every commit that changes them. Same packages, same plugin as the bundle.
 */
export async function buildVendoredDependencies(root: string, outdir = path.join(root, VENDOR_DIR)): Promise<void> {
  const require = createRequire(path.join(root, 'package.json'));
  // yaml's Node build is CommonJS: its names are listed, so that `import { parseDocument }` links.
  const yamlNames = Object.keys(require('yaml') as object).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
  const entries: Record<string, string> = {
    yaml: `import * as yaml from 'yaml';\nexport const { ${yamlNames.join(', ')} } = yaml;\n`,
    zod: "export * from 'zod';\nexport { default } from 'zod';\n",
  };
  const vendorEntries: Plugin = {
    name: 'vendor-entries',
    setup(build) {
      build.onResolve({ filter: /^vendor-entry:/ }, (args) => ({ path: args.path.slice('vendor-entry:'.length), namespace: 'vendor-entry' }));
      build.onLoad({ filter: /.*/, namespace: 'vendor-entry' }, (args) => ({ contents: entries[args.path]!, resolveDir: root, loader: 'js' }));
    },
  };
  await build({
    absWorkingDir: root, outdir, entryNames: '[name]',
    entryPoints: Object.fromEntries(Object.keys(entries).map((name) => [name, `vendor-entry:${name}`])),
    bundle: true, format: 'esm', platform: 'node', target: 'node22.12', logLevel: 'warning', legalComments: 'eof',
    plugins: [vendorEntries, englishZodMessagesOnly],
    banner: { js: REQUIRE_BANNER },
  });
}

if (import.meta.main) process.stdout.write(`promptvault: bundled the CLI into ${path.relative(process.cwd(), await buildCliBundle())}\n`);
