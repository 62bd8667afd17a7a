import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '../errors.ts';
import { createOpenAiEmbedder } from './openai-embedder.ts';

interface Received {
  body: { model: string; input: string[] };
  authorization: string | undefined;
  path: string | undefined;
}

// The server runs in this process, on 127.0.0.1: it answers at once unless the machine is busy,
// and on a loaded CI machine that can take seconds. Only a hang may time out.
const LOCAL_SERVER_TIMEOUT_MS = 60_000;

let server: Server | null = null;

afterEach(async () => {
  const running = server;
  server = null;
  if (running) await new Promise((resolve) => running.close(resolve));
});

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** A real server on 127.0.0.1 that records requests and answers with `reply`. */
async function startServer(reply: (received: Received) => { status: number; body: string }): Promise<{ baseUrl: string; received: Received[] }> {
  const received: Received[] = [];
  server = createServer(async (request, response) => {
    const entry: Received = {
      body: JSON.parse(await readBody(request)) as Received['body'],
      authorization: request.headers.authorization,
      path: request.url,
    };
    received.push(entry);
    const { status, body } = reply(entry);
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  const listening = server;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  const { port } = listening.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}/v1`, received };
}

/** Echo server: each text becomes [length, index-in-batch], returned in reverse order to test `index`. */
function embeddingsFor(received: Received): { status: number; body: string } {
  const data = received.body.input.map((text, index) => ({ object: 'embedding', index, embedding: [text.length, index] }));
  return { status: 200, body: JSON.stringify({ object: 'list', data: data.reverse(), model: received.body.model }) };
}

async function userErrorFrom(promise: Promise<unknown>): Promise<UserError> {
  try {
    await promise;
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('openai embedder', () => {
  it('posts {model, input} to /embeddings with a bearer key, in batches, and keeps the order', async () => {
    const { baseUrl, received } = await startServer(embeddingsFor);
    const embedder = createOpenAiEmbedder({
      baseUrl: `${baseUrl}/`,
      model: 'nomic-embed-text',
      apiKeyEnv: 'EMBED_KEY',
      env: { EMBED_KEY: 'sk-test' },
      timeoutMs: LOCAL_SERVER_TIMEOUT_MS,
      batchSize: 2,
    });
    const vectors = await embedder.embed(['a', 'bb', 'ccc']);
    expect(vectors).toEqual([[1, 0], [2, 1], [3, 0]]);
    expect(received).toEqual([
      { path: '/v1/embeddings', authorization: 'Bearer sk-test', body: { model: 'nomic-embed-text', input: ['a', 'bb'] } },
      { path: '/v1/embeddings', authorization: 'Bearer sk-test', body: { model: 'nomic-embed-text', input: ['ccc'] } },
    ]);
    expect(embedder).toMatchObject({ id: 'openai', model: 'nomic-embed-text' });
  });

  it('sends no authorization header when no key is configured', async () => {
    const { baseUrl, received } = await startServer(embeddingsFor);
    await createOpenAiEmbedder({ baseUrl, model: 'm', apiKeyEnv: null, env: {}, timeoutMs: LOCAL_SERVER_TIMEOUT_MS }).embed(['x']);
    expect(received[0]?.authorization).toBeUndefined();
  });

  it('turns a 500 answer into embedder-failed naming the URL and model', async () => {
    const { baseUrl } = await startServer(() => ({ status: 500, body: '{"error":"model not loaded"}' }));
    const error = await userErrorFrom(createOpenAiEmbedder({ baseUrl, model: 'm1', apiKeyEnv: null, env: {}, timeoutMs: LOCAL_SERVER_TIMEOUT_MS }).embed(['x']));
    expect(error.code).toBe('embedder-failed');
    expect(error.message).toContain(`${baseUrl}/embeddings (model "m1") answered 500`);
    expect(error.message).toContain('model not loaded');
    expect(error.message).toContain('fix:');
  });

  it('turns a reply that is not JSON into embedder-failed', async () => {
    const { baseUrl } = await startServer(() => ({ status: 200, body: '<html>proxy</html>' }));
    const error = await userErrorFrom(createOpenAiEmbedder({ baseUrl, model: 'm1', apiKeyEnv: null, env: {}, timeoutMs: LOCAL_SERVER_TIMEOUT_MS }).embed(['x']));
    expect(error.code).toBe('embedder-failed');
    expect(error.message).toContain('not JSON');
  });

  it('turns a refused connection into embedder-unreachable', async () => {
    // Start a server to learn a free port, then close it so the port refuses connections.
    const { baseUrl } = await startServer(embeddingsFor);
    const closing = server;
    server = null;
    await new Promise((resolve) => closing?.close(resolve));
    const error = await userErrorFrom(createOpenAiEmbedder({ baseUrl, model: 'm2', apiKeyEnv: null, env: {}, timeoutMs: LOCAL_SERVER_TIMEOUT_MS }).embed(['x']));
    expect(error.code).toBe('embedder-unreachable');
    expect(error.message).toContain(`cannot reach the embedding server at ${baseUrl}/embeddings (model "m2")`);
    expect(error.message).toContain('base_url');
  });

  it('refuses to call without the configured key, naming the variable', async () => {
    const { baseUrl, received } = await startServer(embeddingsFor);
    const embedder = createOpenAiEmbedder({ baseUrl, model: 'm', apiKeyEnv: 'OPENAI_API_KEY', env: {}, timeoutMs: LOCAL_SERVER_TIMEOUT_MS });
    const error = await userErrorFrom(embedder.embed(['x']));
    expect(error.code).toBe('embedder-key-missing');
    expect(error.message).toContain('OPENAI_API_KEY');
    expect(received).toEqual([]);
  });
});
