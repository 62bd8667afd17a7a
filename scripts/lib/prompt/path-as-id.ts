// A prompt named by its file (`promptvault log .claude/agents/review.md`), as people do before
// they know ids: it was "no recorded prompt has the id ...", with a list that did not help, since
// an id drops the glob's folder and the extension (agents/review). Paths only: nothing is read.
import path from 'node:path';
import type { Config } from '../schema/config.ts';
import { classifyPath, idFromPath } from './locate.ts';

/** The id of the prompt file `text` names (relative to `cwd`, inside `root`), or undefined when it names none. */
export function promptIdOfFile(text: string, { cwd, root, config }: { cwd: string; root: string; config: Pick<Config, 'prompts' | 'codex'> }): string | undefined {
  const file = path.relative(root, path.resolve(cwd, text)).split(path.sep).join('/');
  if (file === '' || file.startsWith('../') || path.isAbsolute(file)) return undefined;
  return classifyPath(file, config) === 'prompt' ? idFromPath(file, 'prompt', config) : undefined;
}

