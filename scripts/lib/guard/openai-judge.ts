// The LLM judge over any OpenAI-compatible `POST {base_url}/chat/completions` endpoint (OpenAI,
// Ollama, vLLM). Every failure is a UserError naming the URL and model: an unreachable judge blocks
// the commit, it never passes an edit silently.
import { CONFIG_FILE } from '../schema/config.ts';
import { postJson, readApiKey, unexpectedReply, type OpenAiClientOptions, type OpenAiEndpoint } from './_openai-http.ts';
import { JUDGE_PROMPT_VERSION, judgeMessages, parseJudgeAnswer, type Judge } from './judge.ts';

/** The endpoint (`/chat/completions` is appended to its base URL), model, key and timeout. */
export type OpenAiJudgeOptions = OpenAiClientOptions;

/** A judge backed by an OpenAI-compatible chat endpoint: `id: 'openai'`. */
export function createOpenAiJudge(options: OpenAiJudgeOptions): Judge {
  const endpoint: OpenAiEndpoint = {
    ...options,
    role: 'judge',
    name: 'the judge',
    url: `${options.baseUrl.replace(/\/+$/, '')}/chat/completions`,
    unreachableFix: `correct guard.judge.base_url in ${CONFIG_FILE}, or remove guard.judge to audit without it`,
  };
  const { model } = options;

  return {
    id: 'openai',
    model,
    async judge(previous, next) {
      const key = readApiKey(endpoint);
      // Temperature 0: the same edit should get the same verdict (it is cached anyway).
      const { json, text } = await postJson(endpoint, { model, temperature: 0, messages: judgeMessages(previous, next) }, key);
      const content = (json as { choices?: Array<{ message?: { content?: unknown } }> } | null)?.choices?.[0]?.message?.content;
      if (typeof content !== 'string') {
        throw unexpectedReply(endpoint, 'sent no choices[0].message.content', text, `check that guard.judge.base_url points at an OpenAI-compatible /chat/completions API`);
      }
      const answer = parseJudgeAnswer(content);
      if (typeof answer === 'string') {
        throw unexpectedReply(endpoint, `answered in an unexpected form (${answer})`, content, `use a model that follows JSON instructions in guard.judge.model`);
      }
      return { judge: 'openai', model, prompt_version: JUDGE_PROMPT_VERSION, ...answer };
    },
  };
}
