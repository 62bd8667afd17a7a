// Node-only (through the file cache): the judge a configuration asks for, or none.
import type { JudgeConfig } from '../schema/config.ts';
import { createCachedJudge } from './judge-cache-fs.ts';
import type { Judge } from './judge.ts';
import { createOpenAiJudge } from './openai-judge.ts';

/** Build the configured judge; null when `guard.judge` is not set (the default). */
export function createJudge(config: JudgeConfig | undefined, options: { env: Record<string, string | undefined>; cacheDir: string | null }): Judge | null {
  if (!config) return null;
  const judge = createOpenAiJudge({ baseUrl: config.base_url, model: config.model, apiKeyEnv: config.api_key_env ?? null, env: options.env, timeoutMs: config.timeout_ms });
  return options.cacheDir ? createCachedJudge(judge, options.cacheDir) : judge;
}
