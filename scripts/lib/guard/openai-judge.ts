// The LLM judge over any OpenAI-compatible `POST {base_url}/chat/completions` endpoint (OpenAI,
// Ollama, vLLM). Every failure is a UserError naming the URL and model: an unreachable judge blocks
// the commit, it never passes an edit silently.
import { truncate, UserError } from '../errors.ts';
import { CONFIG_FILE } from '../schema/config.ts';
import { JUDGE_PROMPT_VERSION, judgeMessages, parseJudgeAnswer, type Judge } from './judge.ts';

export interface OpenAiJudgeOptions {
  /** e.g. `http://localhost:11434/v1`; `/chat/completions` is appended. */
  baseUrl: string;
  model: string;
  /** Name of the environment variable holding the key; null for none. */
  apiKeyEnv: string | null;
  env: Record<string, string | undefined>;
  timeoutMs: number;
}

function failure(code: string, message: string, fix: string, cause?: unknown, exitCode = 1): UserError {
  return new UserError(code, `${message}\n  fix: ${fix}`, [{ code, file: CONFIG_FILE, message, fix }], { cause, exitCode });
}

/** A judge backed by an OpenAI-compatible chat endpoint: `id: 'openai'`. */
export function createOpenAiJudge(options: OpenAiJudgeOptions): Judge {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const { model, timeoutMs } = options;
  const where = `${url} (model "${model}")`;

  return {
    id: 'openai',
    model,
    async judge(previous, next) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.apiKeyEnv) {
        const key = options.env[options.apiKeyEnv];
        if (!key) {
          throw failure(
            'judge-key-missing',
            `the environment variable ${options.apiKeyEnv} is not set, and the judge at ${where} needs it as its API key`,
            `export ${options.apiKeyEnv}=<your key>, or remove guard.judge.api_key_env from ${CONFIG_FILE} if the server needs no key`,
            undefined,
            2,
          );
        }
        headers.authorization = `Bearer ${key}`;
      }
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers,
          // Temperature 0: the same edit should get the same verdict (it is cached anyway).
          body: JSON.stringify({ model, temperature: 0, messages: judgeMessages(previous, next) }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
        throw failure(
          'judge-unreachable',
          timedOut ? `the judge at ${where} did not answer within ${timeoutMs} ms` : `cannot reach the judge at ${where}: ${cause}`,
          timedOut
            ? `check the server is up, or raise guard.judge.timeout_ms in ${CONFIG_FILE}`
            : `start the server, correct guard.judge.base_url in ${CONFIG_FILE}, or remove guard.judge to audit without it`,
          error,
        );
      }
      const text = await response.text().catch(() => '');
      if (!response.ok) {
        const auth = response.status === 401 || response.status === 403;
        throw failure(
          'judge-failed',
          `the judge at ${where} answered ${response.status} ${response.statusText}: ${truncate(text) || '(empty body)'}`,
          auth ? `check the API key in ${options.apiKeyEnv ?? 'guard.judge.api_key_env (none is configured)'}` : `check guard.judge.model and base_url in ${CONFIG_FILE}, and the server's logs`,
        );
      }
      let content: unknown;
      try {
        content = (JSON.parse(text) as { choices?: Array<{ message?: { content?: unknown } }> }).choices?.[0]?.message?.content;
      } catch (error) {
        throw failure('judge-failed', `the judge at ${where} sent a reply that is not JSON: ${truncate(text) || '(empty body)'}`, `check that guard.judge.base_url points at an OpenAI-compatible API (it usually ends in /v1)`, error);
      }
      if (typeof content !== 'string') {
        throw failure('judge-failed', `the judge at ${where} sent no choices[0].message.content: ${truncate(text)}`, `check that guard.judge.base_url points at an OpenAI-compatible /chat/completions API`);
      }
      const answer = parseJudgeAnswer(content);
      if (typeof answer === 'string') {
        throw failure('judge-failed', `the judge at ${where} answered in an unexpected form (${answer}): ${truncate(content)}`, `use a model that follows JSON instructions in guard.judge.model`);
      }
      return { judge: 'openai', model, prompt_version: JUDGE_PROMPT_VERSION, ...answer };
    },
  };
}
