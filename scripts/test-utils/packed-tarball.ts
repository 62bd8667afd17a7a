// Test helper: this package packed as a tarball (`npm pack`), as a team installs it from the
// registry or a git URL. When build/ is current, the pack runs no scripts (see packInto). The files that install it (adopt,
// realistic-adopt, installed-app) share one pack per run: with test files running in parallel,
// three packs rewrote build/ at once (tsc writing the same files while another pack's tar read
// them), and each cost some 20-40 s of CPU. The first file to ask packs into the folder the run's
// global setup provides (packed-tarball-setup.ts); the others wait for it. Run outside Vitest's
// global setup, a file packs its own, into a temporary folder of its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inject } from 'vitest';
import { chooseEntry } from '../bin-entry.js';
import { inheritedEnv, PROJECT_ROOT } from './repo.ts';
import { waitUntil } from './wait.ts';

const READY = 'ready.txt';
const FAILED = 'failed.txt';

/** The path of a tarball of this package; tests only install it (never change or remove it). */
export async function packedTarball(): Promise<string> {
  const shared = inject('packedTarballDir');
  if (!shared) {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-pack-'));
    process.once('exit', () => fs.rmSync(own, { recursive: true, force: true }));
    return packInto(own);
  }
  let packer = true;
  try {
    fs.mkdirSync(path.join(shared, 'packing')); // atomic: one file of the run wins and packs
  } catch {
    packer = false;
  }
  if (packer) {
    try {
      const tarball = packInto(path.join(shared, 'packing'));
      fs.writeFileSync(path.join(shared, READY), tarball);
      return tarball;
    } catch (error) {
      fs.writeFileSync(path.join(shared, FAILED), error instanceof Error ? error.message : String(error));
      throw error;
    }
  }
  // No deadline: the packer always writes one of the two files; a hang is stopped by CI's job
  // timeout, as vitest's hookTimeout 0 says.
  await waitUntil(() => fs.existsSync(path.join(shared, READY)) || fs.existsSync(path.join(shared, FAILED)), 'the shared npm pack', { deadlineMs: Number.POSITIVE_INFINITY, intervalMs: 250 });
  if (fs.existsSync(path.join(shared, FAILED))) throw new Error(`npm pack failed in another test file:\n${fs.readFileSync(path.join(shared, FAILED), 'utf8')}`);
  return fs.readFileSync(path.join(shared, READY), 'utf8');
}

function packInto(folder: string): string {
  const env = { ...inheritedEnv(), PATH: `${path.join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env.PATH}` };
  const args = ['pack', '--pack-destination', folder, '--silent'];
  if (builtCliIsCurrent()) {
    // `npm pack` runs `prepare` and `prepack`, each an `npm run build:cli` (29 s of CPU here against
    // 5 s without them), rebuilding what `npm ci`'s `prepare` built from the same sources: the
    // tarball is the same to the byte either way (scripts/test-utils/README.md, session 40). The
    // runtime (`promptvault/runtime`, which installed-app.test.ts imports) is compiled by tsc from
    // sources the bundle's inputs.json does not list, so it is compiled again (1.4 s of CPU).
    runInProject(path.join(PROJECT_ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.runtime.json'], env);
    args.push('--ignore-scripts');
  }
  const result = runInProject('npm', args, env);
  const file = fs.readdirSync(folder).find((name) => name.endsWith('.tgz'));
  if (!file) throw new Error(`npm pack wrote no .tgz into ${folder}:\n${result.stdout}`);
  return path.join(folder, file);
}

/** Runs `command` in the project's folder; a failure throws with its output. */
function runInProject(command: string, args: string[], env: NodeJS.ProcessEnv): { stdout: string } {
  const result = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`${path.basename(command)} ${args.join(' ')} in ${PROJECT_ROOT} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  return result;
}

/**
 * Whether build/ is what `npm run build:cli` would write now: bin.js's own rule, which runs the
 * bundle only while no source it lists in build/cli/inputs.json is newer than it (bin-entry.js).
 * CI's `npm ci` has just built it (`prepare`); a checkout edited since packs with the rebuild.
 */
export function builtCliIsCurrent(root = PROJECT_ROOT): boolean {
  const bin = pathToFileURL(path.join(root, 'scripts/bin.js')).href;
  return fileURLToPath(chooseEntry(bin, { PROMPTVAULT_SOURCES: '0' })).startsWith(path.join(root, 'build', 'cli') + path.sep);
}

/**
 * Waits while the run's shared pack is in progress. A pack with its scripts (a checkout edited
 * since its last build) rewrites build/ (the CLI bundle built beside build/cli and renamed into
 * place, the BPE table written to a temporary file and renamed), and npm's own walk of the
 * package's files fails with ENOENT on an entry renamed away under it: a test that lists the
 * packed files (`npm pack --dry-run`) waits here first. A pack that starts after this returns
 * renames nothing for the seconds its TypeScript compile takes, well beyond the second such a
 * listing takes.
 */
export async function sharedPackSettled(): Promise<void> {
  const shared = inject('packedTarballDir');
  if (!shared) return;
  const done = () => !fs.existsSync(path.join(shared, 'packing')) || fs.existsSync(path.join(shared, READY)) || fs.existsSync(path.join(shared, FAILED));
  await waitUntil(done, 'the shared npm pack', { deadlineMs: Number.POSITIVE_INFINITY, intervalMs: 250 });
}
