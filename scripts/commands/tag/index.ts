// `promptvault tag @tested @approved`: tags for the mutations of the next commit. A pre-commit hook
// cannot read the commit message, so the tags wait in .git/promptvault/next-tags until then
// (PROMPTVAULT_TAGS="@tested" git commit ... does the same for one command).
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../../lib/errors.ts';
import { openRepo } from '../../lib/git/index.ts';
import { DERIVED_TAG_RULE, derivedTagNames, invalidTags, parseUserTags, TAG_RULE } from '../../lib/lineage/tags.ts';

export const PENDING_TAGS_FILE = 'promptvault/next-tags';

export async function tagNextCommit(options: { cwd: string; tags: string[] }): Promise<string[]> {
  const tags = parseUserTags(options.tags.join(' '));
  const bad = invalidTags(tags);
  if (bad.length > 0) throw new UserError('tag-invalid', `not a tag: ${bad.join(', ')}; ${TAG_RULE}`);
  const derived = derivedTagNames(tags);
  if (derived.length > 0) throw new UserError('tag-invalid', `not an own tag: ${derived.join(', ')}; ${DERIVED_TAG_RULE}`);
  const repo = await openRepo({ cwd: options.cwd });
  const file = path.join(repo.gitdir, PENDING_TAGS_FILE);
  const pending = fs.existsSync(file) ? parseUserTags(fs.readFileSync(file, 'utf8')) : [];
  const all = [...new Set([...pending, ...tags])];
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${all.join(' ')}\n`);
  return all;
}
