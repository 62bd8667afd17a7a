// An embedder for any OpenAI-compatible `POST {base_url}/embeddings` endpoint (OpenAI, Ollama,
// vLLM, LM Studio). It never falls back to another embedder: every failure is a UserError that
// names the URL and the model and says what to change.
import { CONFIG_FILE } from '../schema/config.ts';
import { postJson, readApiKey, unexpectedReply, type OpenAiClientOptions, type OpenAiEndpoint } from './_openai-http.ts';
import type { Embedder } from './embedder.ts';

export interface OpenAiEmbedderOptions extends OpenAiClientOptions {
  /** Texts per request. */
  batchSize?: number;
}

/** Texts per request: well under every provider's limit (OpenAI accepts 2048 inputs). */
const DEFAULT_BATCH_SIZE = 64;

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
  const endpoint: OpenAiEndpoint = {
    ...options,
    role: 'embedder',
    name: 'the embedding server',
    url: `${options.baseUrl.replace(/\/+$/, '')}/embeddings`,
    unreachableFix: `or correct guard.embedder.base_url in ${CONFIG_FILE} (set guard.embedder.kind: builtin to work offline)`,
  };
  const { model } = options;
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;

  async function embedBatch(input: string[], key: string | null): Promise<number[][]> {
    const { json, text } = await postJson(endpoint, { model, input }, key);
    const vectors = parseEmbeddings(json, input.length);
    if (typeof vectors === 'string') {
      throw unexpectedReply(endpoint, `sent an unexpected reply (${vectors})`, text, `check that guard.embedder.base_url in ${CONFIG_FILE} points at an OpenAI-compatible /embeddings API`);
    }
    return vectors;
  }

  return {
    id: 'openai',
    model,
    async embed(texts) {
      if (texts.length === 0) return [];
      const key = readApiKey(endpoint);
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        vectors.push(...(await embedBatch(texts.slice(start, start + batchSize), key)));
      }
      return vectors;
    },
  };
}
