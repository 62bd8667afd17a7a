// `promptvault show <id>@<version>`: a recorded version's file as it was committed, read from git
// at the commit that holds it (across the prompt's moves). `show id@3 > <its path>` puts an older
// text back, or a deleted prompt back: the hook then records it as a new version (`@revert`).
import { readConfig } from '../../lib/config/read-fs.ts';
import { openRepo } from '../../lib/git/index.ts';
import { readVersionTexts, type VersionText } from '../../lib/vault/version-text-git.ts';

export async function show(options: { cwd: string; ref: string }): Promise<VersionText> {
  const repo = await openRepo({ cwd: options.cwd });
  const [text] = await readVersionTexts(repo, readConfig(repo.dir), [options.ref]);
  return text!;
}
