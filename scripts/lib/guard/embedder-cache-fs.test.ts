import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachePath, createCachedEmbedder } from './embedder-cache-fs.ts';
import type { Embedder } from './embedder.ts';

/** An embedder that records every text it is asked for. */
function countingEmbedder(id: string, model: string): Embedder & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id,
    model,
    calls,
    embed: async (texts) => {
      calls.push(texts);
      return texts.map((text) => [text.length, model.length]);
    },
  };
}

let cacheDir = '';
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'promptvault-embed-cache-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('cached embedder', () => {
  it('embeds a text once and serves it from disk afterwards', async () => {
    const inner = countingEmbedder('openai', 'text-embedding-3-small');
    const cached = createCachedEmbedder(inner, cacheDir);
    expect(await cached.embed(['refund policy', 'privacy'])).toEqual([[13, 22], [7, 22]]);
    expect(await cached.embed(['privacy', 'refund policy', 'new text'])).toEqual([[7, 22], [13, 22], [8, 22]]);
    expect(inner.calls).toEqual([['refund policy', 'privacy'], ['new text']]);
    expect(cached).toMatchObject({ id: 'openai', model: 'text-embedding-3-small' });
  });

  it('keeps embedder ids and models apart', async () => {
    const small = countingEmbedder('openai', 'small');
    const large = countingEmbedder('openai', 'large');
    const otherProvider = countingEmbedder('other', 'small');
    for (const embedder of [small, large, otherProvider]) await createCachedEmbedder(embedder, cacheDir).embed(['same text']);
    expect([small.calls, large.calls, otherProvider.calls]).toEqual([[['same text']], [['same text']], [['same text']]]);
    expect(new Set([small, large, otherProvider].map((embedder) => cachePath(cacheDir, embedder, 'same text'))).size).toBe(3);
  });

  it('writes one JSON file per text under a folder per embedder, with no temporary files left', async () => {
    const inner = countingEmbedder('openai', 'm');
    await createCachedEmbedder(inner, cacheDir).embed(['one', 'two']);
    const file = cachePath(cacheDir, inner, 'one');
    expect(file).toMatch(/[0-9a-f]{16}[/\\][0-9a-f]{64}\.json$/);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ embedder: 'openai', model: 'm', embedding: [3, 1] });
    const [folder] = await readdir(cacheDir);
    expect((await readdir(join(cacheDir, folder ?? ''))).sort()).toEqual(
      [cachePath(cacheDir, inner, 'one'), cachePath(cacheDir, inner, 'two')].map((path) => path.slice(-69)).sort(),
    );
  });
});
