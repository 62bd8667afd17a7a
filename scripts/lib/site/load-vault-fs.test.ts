// Each version's text as the site shows it comes from the commit that recorded it, whether that
// commit recorded one version or many (a bulk edit: its paths are listed at once, not looked up
// one by one), and is checked against the recorded hash.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checkpoint } from '../schema/records.ts';
import { checkpointPath } from '../vault/paths.ts';
import { serializeRecord } from '../vault/serialize.ts';
import { loadSiteVault, type SiteVault } from './load-vault-fs.ts';
import { gitIn, mustSucceed, NO_HOOKS } from '../../test-utils/repo.ts';

const BULK = 40;
let temp: string;
let site: SiteVault;

const textOf = (i: number, version: number) => `---\ntitle: Prompt ${i}\n---\nVersion ${version} of prompt ${i}.\n`;
const hashOf = (text: string) => `sha256-${createHash('sha256').update(text).digest('hex')}`;

/** Writes prompt `i` at `version` with its checkpoint record (as the hook would in that commit). */
function record(dir: string, i: number, version: number, date: string): void {
  const text = textOf(i, version);
  const file = `prompts/p${i}.md`;
  fs.mkdirSync(path.join(dir, 'prompts'), { recursive: true });
  fs.writeFileSync(path.join(dir, file), text);
  const checkpoint: Checkpoint = {
    prompt: `p${i}`, version, token_count: 10, tone_type: 'neutral', tags: [], created_at: date, path: file, title: `Prompt ${i}`, assistant: null,
    tone_source: 'inferred', content_hash: hashOf(text), tokenizer: 'o200k_base',
    traits: { token_count: 10, word_count: 6, readability: 60, formality: 0, sentiment: 0, hard_constraints: 0, template_variables: 0 },
    variables: [], codex: [], forked_from: null, commit_parents: [],
  };
  const target = path.join(dir, checkpointPath(checkpoint));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, serializeRecord(checkpoint));
}

function commit(dir: string, message: string, date: string): void {
  mustSucceed(gitIn(dir, ['add', '-A']), 'git add');
  mustSucceed(gitIn(dir, [...NO_HOOKS, 'commit', '-q', '-m', message], { date }), 'git commit');
}

beforeAll(async () => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-version-texts-'));
  const dir = path.join(temp, 'repo');
  fs.mkdirSync(dir);
  mustSucceed(gitIn(dir, ['init', '-q', '-b', 'main']), 'git init');
  // One commit records version 1 of 40 prompts (a bulk change), one records version 2 of the
  // first prompt alone, and the last commit moves every prompt on to version 3.
  for (let i = 0; i < BULK; i++) record(dir, i, 1, '2026-01-01T00:00:00Z');
  commit(dir, 'v1 of every prompt', '2026-01-01T00:00:00Z');
  record(dir, 0, 2, '2026-01-02T00:00:00Z');
  commit(dir, 'v2 of p0', '2026-01-02T00:00:00Z');
  for (let i = 0; i < BULK; i++) record(dir, i, 3, '2026-01-03T00:00:00Z');
  commit(dir, 'v3 of every prompt', '2026-01-03T00:00:00Z');
  site = await loadSiteVault({ root: dir, cache: false });
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe("the site's version texts", () => {
  it('reads the text of every version a bulk commit recorded from that commit', () => {
    const first = site.checkpoints.filter((checkpoint) => checkpoint.version === 1);
    expect(first).toHaveLength(BULK);
    for (const checkpoint of first) expect(checkpoint.text).toBe(textOf(Number(checkpoint.prompt.slice(1)), 1));
  });

  it('reads a version recorded alone in its commit, and the current versions from the working tree', () => {
    expect(site.checkpoints.find((checkpoint) => checkpoint.prompt === 'p0' && checkpoint.version === 2)?.text).toBe(textOf(0, 2));
    for (const checkpoint of site.checkpoints.filter((item) => item.version === 3)) expect(checkpoint.text).toBe(textOf(Number(checkpoint.prompt.slice(1)), 3));
  });
});
