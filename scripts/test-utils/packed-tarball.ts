// Test helper: this package packed as a tarball (`npm pack`, so prepack's `npm run build:cli`
// runs), as a team installs it from the registry or a git URL. The files that install it (adopt,
// realistic-adopt, installed-app) share one pack per run: with test files running in parallel,
// three packs rewrote build/ at once (tsc writing the same files while another pack's tar read
// them), and each cost some 20-40 s of CPU. The first file to ask packs into the folder the run's
// global setup provides (packed-tarball-setup.ts); the others wait for it. Run outside Vitest's
// global setup, a file packs its own, into a temporary folder of its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
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
  const result = spawnSync('npm', ['pack', '--pack-destination', folder, '--silent'], { cwd: PROJECT_ROOT, encoding: 'utf8', env });
  if (result.status !== 0) throw new Error(`npm pack in ${PROJECT_ROOT} failed (${result.status ?? result.signal}):\n${result.stderr}${result.stdout}`);
  const file = fs.readdirSync(folder).find((name) => name.endsWith('.tgz'));
  if (!file) throw new Error(`npm pack wrote no .tgz into ${folder}:\n${result.stdout}`);
  return path.join(folder, file);
}

/**
 * Waits while the run's shared pack is in progress. Its prepack rewrites build/ (the CLI bundle
 * built beside build/cli and renamed into place, the BPE table written to a temporary file and
 * renamed), and npm's own walk of the package's files fails with ENOENT on an entry renamed away
 * under it: a test that lists the packed files (`npm pack --dry-run`) waits here first. A pack
 * that starts after this returns renames nothing for the seconds its TypeScript compile takes,
 * well beyond the second such a listing takes.
 */
export async function sharedPackSettled(): Promise<void> {
  const shared = inject('packedTarballDir');
  if (!shared) return;
  const done = () => !fs.existsSync(path.join(shared, 'packing')) || fs.existsSync(path.join(shared, READY)) || fs.existsSync(path.join(shared, FAILED));
  await waitUntil(done, 'the shared npm pack', { deadlineMs: Number.POSITIVE_INFINITY, intervalMs: 250 });
}
