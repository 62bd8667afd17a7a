import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
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
