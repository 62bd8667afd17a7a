import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './test-utils/repo.ts';

// An adopter's machine with an old system Node (the CI machine and many adopters have Node 20)
// gets one line naming the Node it needs and how to get it, not `Map.groupBy is not a function`.

const BIN = path.join(PROJECT_ROOT, 'scripts/bin.js');
const REQUIRED = /(\d+)\.(\d+)/.exec(JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).engines.node)!.slice(1).map(Number) as [number, number];

function version(node: string): [number, number] | undefined {
  const result = spawnSync(node, ['-p', 'process.versions.node'], { encoding: 'utf8' });
  const match = /^(\d+)\.(\d+)/.exec(result.stdout ?? '');
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** A Node on this machine older than `engines`, outside node_modules: the system one, usually. */
function findOldNode(): string | undefined {
  const which = spawnSync('which', ['-a', 'node'], { encoding: 'utf8' }).stdout ?? '';
  const candidates = [...which.split('\n'), '/usr/local/bin/node', '/usr/bin/node'].filter((file) => file && !file.includes('node_modules') && fs.existsSync(file));
  return candidates.find((node) => {
    const v = version(node);
    return v !== undefined && (v[0] < REQUIRED[0] || (v[0] === REQUIRED[0] && v[1] < REQUIRED[1]));
  });
}

const oldNode = findOldNode();

describe('the promptvault command on an old Node', () => {
  it.skipIf(!oldNode)('prints one line naming the required Node and how to get it, and exits 2', () => {
    const result = spawnSync(oldNode!, [BIN, 'check'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(new RegExp(`^promptvault: needs Node ${REQUIRED.join('\\.')} or newer, and this is Node \\d+\\.\\d+\\.\\d+ \\(.*\\)\\. Install Node 24 .*npm install --save-dev node@24`));
    expect(result.status).toBe(2);
  });

  it('runs the CLI on the Node this package pins', () => {
    const result = spawnSync(process.execPath, [BIN, '--help'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Usage: promptvault <command> [options]');
  });
});

// From the sources the entry is scripts/cli.ts: a `.ts` module loaded while Node's compile cache
// is off has its types stripped by Node's TypeScript parser (its internal module "amaro"), whose
// load costs more than the rest of a small command's start. bin.js turns the cache on first.
describe('the promptvault command run from the sources', () => {
  /** Runs `entry --version` with its own compile cache folder; whether Node loaded its TypeScript parser. */
  const loadsTypeScriptParser = (entry: string, tmp: string) => {
    const probe = "process.on('exit', () => process.stderr.write('parser loaded: ' + process.moduleLoadList.some((name) => name.includes('amaro')) + '\\n'))";
    const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, entry, '--version'], {
      cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: '', PROMPTVAULT_SOURCES: '1' },
    });
    expect(result.status, result.stderr).toBe(0);
    return /parser loaded: (true|false)/.exec(result.stderr)![1] === 'true';
  };

  it("takes every module from the compile cache once it is filled, the entry included: Node's TypeScript parser is not loaded", () => {
    const tmp = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pv-compile-cache-'));
    try {
      // The first run fills the cache (and strips with the parser); the second reads it.
      loadsTypeScriptParser(BIN, tmp);
      expect(loadsTypeScriptParser(BIN, tmp)).toBe(false);
      // The probe sees the parser where it is loaded: scripts/cli.ts as the entry, before any cache is on.
      expect(loadsTypeScriptParser(path.join(PROJECT_ROOT, 'scripts/cli.ts'), tmp)).toBe(true);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('hands the compile cache to the worker threads it starts (they start from `.ts` files too)', () => {
    const tmp = fs.mkdtempSync(path.join(fs.realpathSync(os.tmpdir()), 'pv-compile-cache-'));
    try {
      const probe = "process.on('exit', () => process.stderr.write('cache for threads: ' + process.env.NODE_COMPILE_CACHE + '\\n'))";
      const result = spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, BIN, '--version'], {
        cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: tmp, NODE_COMPILE_CACHE: '', PROMPTVAULT_SOURCES: '1' },
      });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toContain(`cache for threads: ${path.join(tmp, 'node-compile-cache')}`);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

// bin.js runs before the bundle on every commit of a checkout. An `import` of a Node built-in
// builds its ES module facade, which runs every lazy getter: node:fs's loaded its file streams, its
// promises API and readline, which no command here uses. bin.js and bin-entry.js take their
// built-ins as the bundle does (process.getBuiltinModule).
describe('the promptvault command on its way to the bundle', () => {
  it("loads none of node:fs's streams, promises or readline", () => {
    // A package with this bin.js and a current bundle that imports nothing, so only bin.js's own loading shows.
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-facade-'));
    try {
      for (const file of ['package.json', 'scripts/bin.js', 'scripts/bin-entry.js', 'scripts/eager-compile.js']) fs.cpSync(path.join(PROJECT_ROOT, file), path.join(root, file));
      fs.mkdirSync(path.join(root, 'build/cli'), { recursive: true });
      fs.writeFileSync(path.join(root, 'build/cli/inputs.json'), JSON.stringify({ inputs: ['scripts/bin-entry.js'] }));
      fs.writeFileSync(path.join(root, 'build/cli/promptvault.js'), "process.stdout.write('bundle ran\\n');\n");
      fs.writeFileSync(path.join(root, 'imports-fs.mjs'), "import { readFileSync } from 'node:fs';\n");
      const probe = "process.on('exit', () => process.stderr.write('loaded: ' + process.moduleLoadList.filter((name) => /internal\\/(fs\\/streams|fs\\/promises|readline)/.test(name)).join(' ') + '\\n'))";
      const run = (entry: string) => spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(probe)}`, path.join(root, entry)], { cwd: root, encoding: 'utf8' });
      const bin = run('scripts/bin.js');
      expect(bin.status, bin.stderr).toBe(0);
      expect(bin.stdout).toBe('bundle ran\n');
      expect(bin.stderr).toBe('loaded: \n');
      // The probe sees them where they are loaded: a script that imports node:fs.
      expect(run('imports-fs.mjs').stderr).toMatch(/^loaded: .*internal\/fs\/streams/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
