// An embedder for any OpenAI-compatible `POST {base_url}/embeddings` endpoint (OpenAI, Ollama,
// vLLM, LM Studio). It never falls back to another embedder: every failure is a UserError that
// names the URL and the model and says what to change.
import { CONFIG_FILE } from '../schema/config.ts';
import { truncate, UserError } from '../errors.ts';
import type { Embedder } from './embedder.ts';

export interface OpenAiEmbedderOptions {
  /** e.g. `http://localhost:11434/v1`; `/embeddings` is appended. */
  baseUrl: string;
  model: string;
  /** Name of the environment variable holding the key, as configured; null for none. */
  apiKeyEnv: string | null;
  /** The environment to read it from. */
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** Texts per request. */
  batchSize?: number;
}

/** Texts per request: well under every provider's limit (OpenAI accepts 2048 inputs). */
const DEFAULT_BATCH_SIZE = 64;

function failure(code: string, message: string, fix: string, cause?: unknown, exitCode = 1): UserError {
  return new UserError(code, `${message}\n  fix: ${fix}`, [{ code, file: CONFIG_FILE, message, fix }], { cause, exitCode });
}

function parseEmbeddings(body: unknown, count: number): number[][] | string {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { data?: unknown }).data)) {
    return 'expected a JSON object with a "data" array';
  }
  const data = (body as { data: unknown[] }).data;
  if (data.length !== count) return `expected ${count} embeddings, got ${data.length}`;
  const vectors: number[][] = new Array(count);
  for (const [position, item] of data.entries()) {
    const { embedding, index } = (item ?? {}) as { embedding?: unknown; index?: unknown };
    const at = typeof index === 'number' ? index : position;
    if (!Array.isArray(embedding) || embedding.length === 0 || !embedding.every((value) => typeof value === 'number')) {
      return `data[${position}].embedding is not an array of numbers`;
    }
    if (!Number.isInteger(at) || at < 0 || at >= count || vectors[at]) return `data[${position}].index ${String(index)} is out of range or repeated`;
    vectors[at] = embedding as number[];
  }
  return vectors;
}

/** Embedder backed by an OpenAI-compatible server: `id: 'openai'`, `model` as configured. */
export function createOpenAiEmbedder(options: OpenAiEmbedderOptions): Embedder {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/embeddings`;
  const { model, timeoutMs } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const where = `${url} (model "${model}")`;

  function apiKey(): string | null {
    if (!options.apiKeyEnv) return null;
    const key = options.env[options.apiKeyEnv];
    if (!key) {
      throw failure(
        'embedder-key-missing',
        `the environment variable ${options.apiKeyEnv} is not set, and the embedder at ${where} needs it as its API key`,
        `export ${options.apiKeyEnv}=<your key>, or remove guard.embedder.api_key_env from ${CONFIG_FILE} if the server needs no key`,
        undefined,
        2,
      );
    }
    return key;
  }

  async function embedBatch(input: string[], key: string | null): Promise<number[][]> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key) headers.authorization = `Bearer ${key}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ model, input }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw failure(
        'embedder-unreachable',
        timedOut
          ? `the embedding server at ${where} did not answer within ${timeoutMs} ms`
          : `cannot reach the embedding server at ${where}: ${cause}`,
        timedOut
          ? `check the server is up, or raise guard.embedder.timeout_ms in ${CONFIG_FILE}`
          : `start the server, or correct guard.embedder.base_url in ${CONFIG_FILE} (set guard.embedder.kind: builtin to work offline)`,
        error,
      );
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      const auth = response.status === 401 || response.status === 403;
      throw failure(
        'embedder-failed',
        `the embedding server at ${where} answered ${response.status} ${response.statusText}: ${truncate(text) || '(empty body)'}`,
        auth
          ? `check the API key in ${options.apiKeyEnv ?? 'guard.embedder.api_key_env (none is configured)'}`
          : `check guard.embedder.model and base_url in ${CONFIG_FILE}, and the server's logs`,
      );
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (error) {
      throw failure(
        'embedder-failed',
        `the embedding server at ${where} sent a reply that is not JSON: ${truncate(text) || '(empty body)'}`,
        `check that guard.embedder.base_url in ${CONFIG_FILE} points at an OpenAI-compatible API (it usually ends in /v1)`,
        error,
      );
    }
    const vectors = parseEmbeddings(body, input.length);
    if (typeof vectors === 'string') {
      throw failure(
        'embedder-failed',
        `the embedding server at ${where} sent an unexpected reply (${vectors}): ${truncate(text)}`,
        `check that guard.embedder.base_url in ${CONFIG_FILE} points at an OpenAI-compatible /embeddings API`,
      );
    }
    return vectors;
  }

  return {
    id: 'openai',
    model,
    async embed(texts) {
      if (texts.length === 0) return [];
      const key = apiKey();
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize), key)));
      }
      return vectors;
    },
  };
}
