// Node-only (through the file cache): the embedder a configuration asks for.
import type { EmbedderConfig } from '../schema/config.ts';
import { createBuiltinEmbedder } from './builtin-embedder.ts';
import { createCachedEmbedder } from './embedder-cache-fs.ts';
import type { Embedder } from './embedder.ts';
import { createOpenAiEmbedder } from './openai-embedder.ts';

export interface CreateEmbedderOptions {
  /** Environment to read an API key from (`process.env` in the CLI). */
  env: Record<string, string | undefined>;
  /** Cache folder for remote embeddings; null for none. */
  cacheDir: string | null;
}

/**
 * Build the configured embedder. The builtin one is never cached: computing a vector is cheaper
 * than reading it back. A missing API key is reported when the first text needs the network, so
 * commits that change no clause (or only cached texts) are not blocked by it.
 */
export function createEmbedder(config: EmbedderConfig, options: CreateEmbedderOptions): Embedder {
  if (config.kind === 'builtin') return createBuiltinEmbedder();
  const remote = createOpenAiEmbedder({
    baseUrl: config.base_url,
    model: config.model,
    apiKeyEnv: config.api_key_env ?? null,
    env: options.env,
    timeoutMs: config.timeout_ms,
  });
  return options.cacheDir ? createCachedEmbedder(remote, options.cacheDir) : remote;
}
