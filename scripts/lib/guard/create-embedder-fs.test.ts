import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { BUILTIN_MODEL } from './builtin-embedder.ts';
import { createEmbedder } from './create-embedder-fs.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('createEmbedder', () => {
  it('gives the builtin embedder by default', () => {
    const embedder = createEmbedder(configSchema.parse({}).guard.embedder, { env: {}, cacheDir: null });
    expect(embedder).toMatchObject({ id: 'builtin', model: BUILTIN_MODEL });
  });

  it('serves a second request for the same texts from the cache without reaching the server', async () => {
    let requests = 0;
    const server: Server = createServer((request, response) => {
      requests++;
      let raw = '';
      request.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      request.on('end', () => {
        const { input } = JSON.parse(raw) as { input: string[] };
        const data = input.map((text, index) => ({ index, embedding: [text.length, 1] }));
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise((resolve) => server.close(() => resolve())));
    const cacheDir = await mkdtemp(join(tmpdir(), 'promptvault-create-embedder-'));
    cleanups.push(() => rm(cacheDir, { recursive: true, force: true }));

    const { port } = server.address() as AddressInfo;
    const config = configSchema.parse({
      guard: { embedder: { kind: 'openai', base_url: `http://127.0.0.1:${port}/v1`, model: 'tiny', api_key_env: 'KEY' } },
    }).guard.embedder;
    const first = createEmbedder(config, { env: { KEY: 'k' }, cacheDir });
    expect(await first.embed(['a', 'bb'])).toEqual([[1, 1], [2, 1]]);
    // A fresh embedder over the same folder, as the next commit's hook would create.
    const second = createEmbedder(config, { env: {}, cacheDir });
    expect(await second.embed(['bb', 'a'])).toEqual([[2, 1], [1, 1]]);
    expect(requests).toBe(1);
    expect(second).toMatchObject({ id: 'openai', model: 'tiny' });
  });
});
