// `buildSite`: the static site of a repository's vault, written to `outDir`. Astro's programmatic
// build over this package's site/ sources; the vault is read from `cwd` (through
// PROMPTVAULT_ROOT, which site/lib/vault.ts reads). Returns data; prints nothing itself
// beyond Astro's log at `logLevel`.
import fs from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { UserError, type Problem } from '../../lib/errors.ts';
import { fileSystemError } from '../../lib/fs-errors.ts';
import { packageRoot } from '../../lib/package-root-fs.ts';
import { limitBundlerMemory } from './bundler-memory.ts';
import { outFolderProblem } from './out-folder-git.ts';
import { listFiles, placeSite } from './place-site-fs.ts';
import { startVaultRead, takeVaultRead } from '../../lib/site/vault-read-handoff.ts';

/** This package's root, where astro.config.mjs and site/ live. */
export const SITE_PROJECT_ROOT = packageRoot();

export interface BuildSiteOptions {
  /** The repository whose vault is shown. */
  cwd: string;
  /** Output folder (default `<cwd>/dist`). */
  outDir?: string;
  /** Base path the site is served under, e.g. `/promptvault/` for a GitHub Pages project site. */
  base?: string;
  /** Astro's cache folder; give each concurrent build its own. */
  cacheDir?: string;
  logLevel?: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** Called as the build moves from one step to the next (a build takes from seconds to a minute). */
  onProgress?: (step: BuildStep) => void;
}

export interface BuildStep {
  /** What the build is doing now, e.g. `rendering pages`. */
  step: string;
  /** Seconds since the build started. */
  seconds: number;
}

export interface BuildSiteResult {
  outDir: string;
  /** Every file written, relative to outDir. */
  files: string[];
}

export async function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  if (!options.cwd) throw new TypeError('buildSite: `cwd` is required');
  const root = path.resolve(options.cwd);
  const outDir = path.resolve(options.outDir ?? path.join(root, 'dist'));
  // Before the minute a build takes: a file where the output folder should be.
  if (fs.existsSync(outDir) && !fs.statSync(outDir).isDirectory()) {
    throw new UserError('out-not-folder', `promptvault build: ${outDir} is a file; the site is a folder of files`, [{ code: 'out-not-folder', file: outDir, message: 'is a file, not a folder', fix: 'choose a folder with --out (it is created if missing)' }]);
  }
  // Before the build too: the site is merged into the folder, never over the repository's files.
  const clash = await outFolderProblem(root, outDir);
  if (clash) throw new UserError(clash.code, 'promptvault build: nothing was built; the output folder must be a folder of its own', [clash]);
  const started = performance.now();
  const progress = (step: string) => options.onProgress?.({ step, seconds: (performance.now() - started) / 1000 });
  // The vault read starts before Astro loads: its records are parsed in worker threads
  // (lib/vault/record-parse-threads-fs.ts), which then work while this thread loads Astro and
  // bundles the site. Handed to the pages through the same slot as the read the build would start.
  const { loadSite } = await import('../../lib/site/load-vault-fs.ts');
  startVaultRead(root, loadSite(root));
  progress('loading Astro');
  limitBundlerMemory();
  const { build } = await import('astro');
  const saved = { PROMPTVAULT_ROOT: process.env.PROMPTVAULT_ROOT, BASE_URL: process.env.BASE_URL, ASTRO_TELEMETRY_DISABLED: process.env.ASTRO_TELEMETRY_DISABLED };
  process.env.PROMPTVAULT_ROOT = root;
  // A BASE_URL in the environment (vitest sets one) wins over the configured base inside Astro's
  // import.meta.env, which would send every link to "/".
  delete process.env.BASE_URL;
  // Builds run offline and in CI: no telemetry request.
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
  // Astro prerenders from chunks it writes into the output folder, whose imports of Astro's own
  // dependencies resolve from there: build inside this package (where node_modules is found going
  // up, installed or not), then move the result to the folder asked for.
  const staging = fs.mkdtempSync(path.join(SITE_PROJECT_ROOT, '.site-build-'));
  // Astro also writes prerender chunks under the working directory's .astro/: work from the package.
  const previousCwd = process.cwd();
  process.chdir(SITE_PROJECT_ROOT);
  try {
    try {
      await build({
        root: SITE_PROJECT_ROOT,
        outDir: staging,
        ...(options.base ? { base: options.base } : {}),
        ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
        logLevel: options.logLevel ?? 'warn',
        // Astro adds inline integrations to the configured ones (react stays).
        ...(options.onProgress ? { integrations: [progressIntegration(progress)] } : {}),
      });
    } catch (error) {
      throw vaultInvalid(error) ?? error;
    }
    fs.rmSync(path.join(staging, '.prerender'), { recursive: true, force: true });
    progress(`copying the site to ${outDir}`);
    try {
      placeSite(staging, outDir);
    } catch (error) {
      throw fileSystemError(error, outDir, `write the site to ${outDir}`, 'choose another folder with --out');
    }
  } finally {
    process.chdir(previousCwd);
    // A build that failed before its pages took the read does not keep the vault.
    takeVaultRead(root);
    fs.rmSync(staging, { recursive: true, force: true });
    for (const [name, value] of Object.entries(saved)) restore(name, value);
  }
  return { outDir, files: listFiles(outDir) };
}

/** Astro's build steps as progress (its own log goes to stdout, which must stay clean). */
function progressIntegration(progress: (step: string) => void): AstroIntegration {
  return {
    name: 'promptvault-progress',
    hooks: {
      'astro:config:done': () => progress('reading the vault (prompts, clauses, records, their history)'),
      'astro:build:start': () => progress('bundling the pages and the grid'),
      'astro:build:generated': () => progress('pages rendered'),
      'astro:build:done': ({ pages }) => progress(`${pages.length} pages written`),
    },
  };
}

/**
 * The content loaders refuse an invalid vault with the problems `promptvault check` prints
 * (VaultInvalidError, thrown inside Astro, which may wrap it): that is the user's to fix, exit 2.
 * Matched by its code, because Astro loads the loader's module in a module graph of its own.
 */
function vaultInvalid(error: unknown): UserError | undefined {
  for (let cause = error, depth = 0; cause && depth < 10; cause = (cause as { cause?: unknown }).cause, depth++) {
    const found = cause as { code?: unknown; problems?: unknown };
    if (found.code === 'vault-invalid' && Array.isArray(found.problems)) {
      const problems = found.problems as Problem[];
      return new UserError('vault-invalid', `promptvault build: the site was not built, ${problems.length} problem(s) to fix first (\`promptvault check\` reports the same)`, problems, { cause: error });
    }
  }
  return undefined;
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}
