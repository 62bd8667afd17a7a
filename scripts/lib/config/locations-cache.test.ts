import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCATIONS_CACHE_FILE, readSourceLocationsCached } from './locations-cache-fs.ts';

// The hook keeps where prompts and clauses live in the git directory, so a commit that stages no
// prompt reads no YAML; the answer must follow every change of .promptvault.yaml all the same.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pv-locations-'));
const gitdir = path.join(dir, '.git');
fs.mkdirSync(gitdir);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const writeConfig = (text: string) => fs.writeFileSync(path.join(dir, '.promptvault.yaml'), text);

describe('where prompts and clauses live, as the hook reads it', () => {
  it('is the defaults without a config, then what the config says, and follows each edit', async () => {
    expect(await readSourceLocationsCached({ dir, gitdir })).toEqual({ prompts: ['prompts/**/*.md'], codex: ['codex/**/*.md'], tokenizer: 'o200k_base' });
    writeConfig('prompts:\n  - agents/**/*.md\n');
    expect((await readSourceLocationsCached({ dir, gitdir })).prompts).toEqual(['agents/**/*.md']);
    expect(fs.existsSync(path.join(gitdir, LOCATIONS_CACHE_FILE))).toBe(true);
    // Same length, other text: a cache keyed by size or time could miss it.
    writeConfig('prompts:\n  - agenta/**/*.md\ntokenizer: cl100k_base\n');
    expect(await readSourceLocationsCached({ dir, gitdir })).toEqual({ prompts: ['agenta/**/*.md'], codex: ['codex/**/*.md'], tokenizer: 'cl100k_base' });
    fs.rmSync(path.join(dir, '.promptvault.yaml'));
    expect((await readSourceLocationsCached({ dir, gitdir })).prompts).toEqual(['prompts/**/*.md']);
  });

  it('reads the config again when the saved answer is torn or was written for other defaults', async () => {
    writeConfig('prompts:\n  - docs/prompts/*.md\n');
    const cache = path.join(gitdir, LOCATIONS_CACHE_FILE);
    await readSourceLocationsCached({ dir, gitdir });
    fs.writeFileSync(cache, '{"config": "prompts:\\n');
    expect((await readSourceLocationsCached({ dir, gitdir })).prompts).toEqual(['docs/prompts/*.md']);
    const saved = JSON.parse(fs.readFileSync(cache, 'utf8'));
    fs.writeFileSync(cache, JSON.stringify({ ...saved, defaults: '[["old/**"]]', locations: { ...saved.locations, prompts: ['stale/**'] } }));
    expect((await readSourceLocationsCached({ dir, gitdir })).prompts).toEqual(['docs/prompts/*.md']);
  });
});
