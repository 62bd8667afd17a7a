import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../cache/cache-file-fs.ts';
import { isUserError } from '../errors.ts';
import { readConfigCached } from './config-cache-fs.ts';
import { readConfig } from './read-fs.ts';
import { gitIn } from '../../test-utils/repo.ts';

// The hook keeps the validated configuration in the git directory, so a recording commit neither
// parses nor validates .promptvault.yaml again; the answer must still follow every edit of the
// file, survive a damaged cache, and never hide an invalid config.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-config-cache-'));
const gitdir = path.join(dir, '.git');
fs.mkdirSync(gitdir);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const cacheFile = path.join(gitdir, 'promptvault', 'config.json');
const writeConfig = (text: string) => fs.writeFileSync(path.join(dir, '.promptvault.yaml'), text);
const cached = () => readConfigCached({ dir, gitdir });
/** The UserError code `read` throws, or false. */
async function errorCode(read: () => Promise<unknown>): Promise<string | false> {
  try {
    await read();
  } catch (error) {
    return isUserError(error) && error.code;
  }
  return false;
}

describe('the configuration as the hook reads it', () => {
  it('is what readConfig says, without a config and after each edit of it', async () => {
    expect(await cached()).toEqual(readConfig(dir));
    writeConfig('prompts:\n  - agents/**/*.md\ntokenizer: cl100k_base\n');
    expect(await cached()).toEqual(readConfig(dir));
    expect((await cached()).tokenizer).toBe('cl100k_base');
    // Same length, other text: a cache keyed by size or time would miss it.
    writeConfig('prompts:\n  - agenta/**/*.md\ntokenizer: o200k_base\n');
    expect((await cached()).prompts).toEqual(['agenta/**/*.md']);
    expect((await cached()).tokenizer).toBe('o200k_base');
  });

  it('is read from the cache while the config text is the one it was saved with', async () => {
    writeConfig('prompts:\n  - docs/prompts/*.md\n');
    await cached();
    // The saved entry, changed and given a valid checksum: only a read of the cache returns it.
    const [header, body] = fs.readFileSync(cacheFile, 'utf8').split('\n');
    const entry = JSON.parse(body!) as { text: string; config: { prompts: string[] } };
    expect(entry.text).toBe('prompts:\n  - docs/prompts/*.md\n');
    const changed = `${JSON.stringify({ ...entry, config: { ...entry.config, prompts: ['from/the/cache/*.md'] } })}\n`;
    fs.writeFileSync(cacheFile, `${header!.split(' ').slice(0, -1).join(' ')} ${sha256Hex(changed)}\n${changed}`);
    expect((await cached()).prompts).toEqual(['from/the/cache/*.md']);
  });

  it('reads the config again when the cache is garbled, cut short or edited by hand', async () => {
    writeConfig('prompts:\n  - team/**/*.md\n');
    await cached();
    const whole = fs.readFileSync(cacheFile, 'utf8');
    for (const damaged of [whole.slice(0, whole.length - 10), whole.replace('team/', 'mine/'), 'not a cache\n', '']) {
      fs.writeFileSync(cacheFile, damaged);
      expect((await cached()).prompts).toEqual(['team/**/*.md']);
    }
  });

  it('never caches an invalid config: its error comes back on every read', async () => {
    writeConfig('prompts:\n  - ok/**/*.md\n');
    await cached();
    writeConfig('prompts: 42\n');
    for (let i = 0; i < 2; i++) expect(await errorCode(cached)).toBe('config-invalid');
  });

  it('does not answer from the cache when the config file is there but cannot be read', async () => {
    fs.rmSync(path.join(dir, '.promptvault.yaml'), { force: true });
    await cached(); // saved: no config file, the defaults
    fs.mkdirSync(path.join(dir, '.promptvault.yaml'));
    try {
      expect(await errorCode(cached)).toBe('config-invalid');
    } finally {
      fs.rmSync(path.join(dir, '.promptvault.yaml'), { recursive: true, force: true });
    }
  });
});

describe('the configuration cache of linked worktrees', () => {
  it('is kept per worktree: one whose config differs does not replace the other\'s entry', async () => {
    const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pv-config-cache-wt-')));
    try {
      const main = path.join(root, 'main');
      const linked = path.join(root, 'linked');
      const git = (cwd: string, args: string[]) => expect(gitIn(cwd, args).code).toBe(0);
      git(root, ['init', '-q', '-b', 'main', main]);
      git(main, ['commit', '-q', '--allow-empty', '-m', 'root']);
      git(main, ['worktree', 'add', '-q', '-b', 'other', linked]);
      fs.writeFileSync(path.join(main, '.promptvault.yaml'), 'tokenizer: o200k_base\n');
      fs.writeFileSync(path.join(linked, '.promptvault.yaml'), 'tokenizer: cl100k_base\n');
      const mainGitdir = path.join(main, '.git');
      const linkedGitdir = path.join(main, '.git', 'worktrees', 'linked');
      expect((await readConfigCached({ dir: main, gitdir: mainGitdir })).tokenizer).toBe('o200k_base');
      // The main worktree's entry, changed and given a valid checksum: only a read of it returns the change.
      const file = path.join(mainGitdir, 'promptvault', 'config.json');
      const [header, body] = fs.readFileSync(file, 'utf8').split('\n');
      const entry = JSON.parse(body!) as { text: string; config: { prompts: string[] } };
      const changed = `${JSON.stringify({ ...entry, config: { ...entry.config, prompts: ['from/the/cache/*.md'] } })}\n`;
      fs.writeFileSync(file, `${header!.split(' ').slice(0, -1).join(' ')} ${sha256Hex(changed)}\n${changed}`);
      expect((await readConfigCached({ dir: linked, gitdir: linkedGitdir })).tokenizer).toBe('cl100k_base');
      expect((await readConfigCached({ dir: main, gitdir: mainGitdir })).prompts).toEqual(['from/the/cache/*.md']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
