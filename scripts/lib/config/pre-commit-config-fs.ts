// Node-only (reads .pre-commit-config.yaml): whether the repository's pre-commit framework runs
// promptvault, for init and doctor. Found on an adopter trial: init installed husky's hooks in a
// repository whose framework config already ran promptvault, and chained the framework's hook
// from husky's, so `record` ran twice per commit.
import fs from 'node:fs';
import path from 'node:path';
import { frameworkPromptvaultHooks, PROMPTVAULT_HOOKS, type FrameworkPromptvault } from './pre-commit-framework-config.ts';

export type { FrameworkPromptvault } from './pre-commit-framework-config.ts';

/** The framework's config file, at the repository's root (`pre-commit install` reads this one unless told `--config`). */
export const FRAMEWORK_CONFIG = '.pre-commit-config.yaml';

/**
 * What the framework's config at `root` runs of promptvault; undefined when there is no config,
 * one the framework could not read (it fails every commit and says why), or one that runs
 * promptvault in no hook.
 */
export function readFrameworkPromptvault(root: string): FrameworkPromptvault | undefined {
  let text: string;
  try {
    text = fs.readFileSync(path.join(root, FRAMEWORK_CONFIG), 'utf8');
  } catch {
    return undefined;
  }
  const hooks = frameworkPromptvaultHooks(text);
  if (!hooks || hooks.length === 0) return undefined;
  return { config: FRAMEWORK_CONFIG, hooks, missing: PROMPTVAULT_HOOKS.filter((hook) => !hooks.includes(hook)) };
}
