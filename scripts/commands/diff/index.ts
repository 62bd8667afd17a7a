// `promptvault diff <id>@<version> [<id>@<version> | <id>]`: two versions of a prompt as a unified
// diff of their files (front matter included), each read from git at the commit that holds it; the
// second defaults to the prompt's file at HEAD. The site's prompt page compares the same texts.
import { printable } from '../../lib/errors.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { openRepo } from '../../lib/git/index.ts';
import { unifiedDiff } from '../../lib/site/line-diff.ts';
import { readVersionTexts, SAME_PROMPT_AT_HEAD, type VersionText } from '../../lib/vault/version-text-git.ts';

export interface DiffOptions {
  cwd: string;
  /** The older side: `support/refund@3`, `@v3·0d4cf2`, `@v3-0d4cf2`, or an id alone (its file at HEAD). */
  from: string;
  /** The newer side, as `from`; default the prompt of `from` at HEAD. */
  to?: string;
}

export interface DiffResult {
  from: Omit<VersionText, 'bytes'>;
  to: Omit<VersionText, 'bytes'>;
  /** A unified diff (`--- a/...`, `+++ b/...`, hunks), '' when both hold the same text. */
  diff: string;
}

export async function diff(options: DiffOptions): Promise<DiffResult> {
  const repo = await openRepo({ cwd: options.cwd });
  const config = readConfig(repo.dir);
  // Without a second side, the prompt `from` was read as (`a@2` may be the id of prompts/a@2.md).
  const [a, b] = await readVersionTexts(repo, config, [options.from, options.to ?? SAME_PROMPT_AT_HEAD]);
  const side = ({ bytes: _bytes, ...rest }: VersionText) => rest;
  return {
    from: side(a!), to: side(b!),
    diff: unifiedDiff({ oldName: printable(`${a!.name} ${a!.path}`), newName: printable(`${b!.name} ${b!.path}`), oldText: a!.bytes.toString('utf8'), newText: b!.bytes.toString('utf8'), exactLineEnds: true }),
  };
}
