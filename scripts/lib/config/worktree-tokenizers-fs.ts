// Node-only: the tokenizer each working tree of a repository is configured with. Linked worktrees
// share the git common dir, where the hook keeps its chunks in a folder per encoding
// (traits/chunk-store-fs.ts); a worktree on a branch whose .promptvault.yaml names another encoding
// removed the others' folder whenever it made its own, and the two took turns measuring again.
// Read only then (once per encoding switch), so the yaml library is loaded on that call only.
import fs from 'node:fs';
import path from 'node:path';
import { listWorktreeRoots } from '../git/common-dir-fs.ts';
import { CONFIG_FILE, TOKENIZERS } from '../schema/config-defaults.ts';
import { yamlLibrary } from '../yaml-library.ts';
import type { TokenizerEncoding } from '../traits/tokens.ts';

/**
 * The encodings the working trees of the repository at `gitdir` count tokens with, as their
 * `.promptvault.yaml` says now (`o200k_base` where it names none, or where there is no such file).
 * Undefined when one of them cannot be told (a file that does not read or parse): the caller then
 * keeps what any of them might use.
 */
export function readWorktreeTokenizers(gitdir: string): Set<TokenizerEncoding> | undefined {
  const encodings = new Set<TokenizerEncoding>();
  for (const root of listWorktreeRoots(gitdir)) {
    const encoding = readTokenizerSetting(path.join(root, CONFIG_FILE));
    if (encoding === undefined) return undefined;
    encodings.add(encoding);
  }
  return encodings;
}

function readTokenizerSetting(file: string): TokenizerEncoding | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'o200k_base' : undefined;
  }
  let data: unknown;
  try {
    data = yamlLibrary().parse(text);
  } catch {
    return undefined;
  }
  const setting = data !== null && typeof data === 'object' ? (data as Record<string, unknown>).tokenizer : undefined;
  if (setting === undefined) return 'o200k_base';
  // A value the schema refuses: that worktree's hook records nothing until it is fixed.
  return (TOKENIZERS as readonly unknown[]).includes(setting) ? (setting as TokenizerEncoding) : 'o200k_base';
}
