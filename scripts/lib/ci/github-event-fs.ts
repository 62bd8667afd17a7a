// Node-only: the GitHub Actions event payload (the JSON file GITHUB_EVENT_PATH names), and the
// range of commits `check --format github` judges from it (github-since.ts).
import fs from 'node:fs';
import { openRepo, resolveCommit } from '../git/index.ts';
import { githubSince, type GithubEvent, type GithubSince } from './github-since.ts';

/** The payload, or undefined when there is none or it is not a JSON object. */
export function readGithubEvent(env: Record<string, string | undefined>): GithubEvent | undefined {
  if (!env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(fs.readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as unknown;
    return event && typeof event === 'object' ? event as GithubEvent : undefined;
  } catch {
    return undefined;
  }
}

export async function githubSinceHere(cwd: string, env: Record<string, string | undefined>): Promise<GithubSince> {
  const repo = await openRepo({ cwd });
  return githubSince(env, readGithubEvent(env), async (ref) => (await resolveCommit(repo, ref)) !== null);
}
