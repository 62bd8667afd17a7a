// Node-only (git): a site built in a shallow clone (`git clone --depth 1`, actions/checkout's
// default) has no text for the versions made before the clone's first commit, and their pages
// say "not in this clone's history" where a diff should be. Found on an adopter trial: a
// --depth 1 build of a 3,000-prompt repository wrote 938 such pages and printed nothing.
import { openRepo, readShallowCommits } from '../../lib/git/index.ts';

/**
 * The line to print after a build in a shallow clone; undefined in a clone with its whole history,
 * and outside git: the site builds a vault copied out of its repository too (without history), and
 * that build has succeeded by the time this is asked.
 */
export async function shallowCloneNotice(cwd: string): Promise<string | undefined> {
  const repo = await openRepo({ cwd }).catch(() => null);
  if (!repo || readShallowCommits(repo).size === 0) return undefined;
  return 'promptvault build: this is a shallow clone (git clone --depth N, actions/checkout\'s default): versions recorded before its first commit have no text here, and their pages say "not in this clone\'s history" instead of a diff; fetch the whole history (git fetch --unshallow, or actions/checkout with fetch-depth: 0) before building to show them';
}
