// The HTTP side shared by the OpenAI-compatible judge and embedder: the API key from the
// environment, one JSON POST with a timeout, and every failure turned into a UserError that names
// the URL and model and says what to change in the config. One copy, so both speak alike.
import { truncate, UserError } from '../errors.ts';
import { CONFIG_FILE } from '../schema/config.ts';

/** What both OpenAI-compatible clients are configured with. */
export interface OpenAiClientOptions {
  /** e.g. `http://localhost:11434/v1`; the client appends its path (`/embeddings`, `/chat/completions`). */
  baseUrl: string;
  model: string;
  /** Name of the environment variable holding the key, as configured; null for none. */
  apiKeyEnv: string | null;
  /** The environment to read it from. */
  env: Record<string, string | undefined>;
  timeoutMs: number;
}

/** Who is calling, for codes ("judge-failed"), config keys and messages. */
export interface OpenAiEndpoint {
  /** Code prefix and config section: `judge` -> `judge-failed`, `guard.judge.*`. */
  role: 'judge' | 'embedder';
  /** How messages name the server: "the judge", "the embedding server". */
  name: string;
  /** The full URL called. */
  url: string;
  model: string;
  /** Name of the environment variable holding the key; null for none. */
  apiKeyEnv: string | null;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** What to do when the server cannot be reached at all (after "start the server, "). */
  unreachableFix: string;
}

/** A UserError in the config file, with its fix on its own line. */
export function endpointFailure(code: string, message: string, fix: string, cause?: unknown, exitCode = 1): UserError {
  return new UserError(code, `${message}\n  fix: ${fix}`, [{ code, file: CONFIG_FILE, message, fix }], { cause, exitCode });
}

function where(endpoint: OpenAiEndpoint): string {
  return `${endpoint.url} (model "${endpoint.model}")`;
}

/** The API key, null when none is configured; a configured but unset variable is an error (exit 2). */
export function readApiKey(endpoint: OpenAiEndpoint): string | null {
  if (!endpoint.apiKeyEnv) return null;
  const key = endpoint.env[endpoint.apiKeyEnv];
  if (!key) {
    throw endpointFailure(
      `${endpoint.role}-key-missing`,
      `the environment variable ${endpoint.apiKeyEnv} is not set, and ${endpoint.name} at ${where(endpoint)} needs it as its API key`,
      `export ${endpoint.apiKeyEnv}=<your key>, or remove guard.${endpoint.role}.api_key_env from ${CONFIG_FILE} if the server needs no key`,
      undefined,
      2,
    );
  }
  return key;
}

/**
 * POST `body` as JSON and return the parsed reply, with the raw text for messages. Unreachable,
 * timed out, non-2xx and non-JSON replies are UserErrors (`{role}-unreachable`, `{role}-failed`).
 */
export async function postJson(endpoint: OpenAiEndpoint, body: unknown, key: string | null): Promise<{ json: unknown; text: string }> {
  const { role, name, timeoutMs } = endpoint;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key) headers.authorization = `Bearer ${key}`;
  let response: Response;
  try {
    response = await fetch(endpoint.url, { method: 'POST', headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
    throw endpointFailure(
      `${role}-unreachable`,
      timedOut ? `${name} at ${where(endpoint)} did not answer within ${timeoutMs} ms` : `cannot reach ${name} at ${where(endpoint)}: ${cause}`,
      timedOut ? `check the server is up, or raise guard.${role}.timeout_ms in ${CONFIG_FILE}` : `start the server, ${endpoint.unreachableFix}`,
      error,
    );
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    const auth = response.status === 401 || response.status === 403;
    throw endpointFailure(
      `${role}-failed`,
      `${name} at ${where(endpoint)} answered ${response.status} ${response.statusText}: ${truncate(text) || '(empty body)'}`,
      auth
        ? `check the API key in ${endpoint.apiKeyEnv ?? `guard.${role}.api_key_env (none is configured)`}`
        : `check guard.${role}.model and base_url in ${CONFIG_FILE}, and the server's logs`,
    );
  }
  try {
    return { json: JSON.parse(text), text };
  } catch (error) {
    throw endpointFailure(
      `${role}-failed`,
      `${name} at ${where(endpoint)} sent a reply that is not JSON: ${truncate(text) || '(empty body)'}`,
      `check that guard.${role}.base_url in ${CONFIG_FILE} points at an OpenAI-compatible API (it usually ends in /v1)`,
      error,
    );
  }
}

/** A reply that parsed as JSON but not in the expected shape. */
export function unexpectedReply(endpoint: OpenAiEndpoint, problem: string, shown: string, fix: string): UserError {
  return endpointFailure(`${endpoint.role}-failed`, `${endpoint.name} at ${where(endpoint)} ${problem}: ${truncate(shown)}`, fix);
}
