// Node-only (reads .pre-commit-config.yaml): whether the repository's pre-commit framework runs
// promptvault, for init and doctor. Found on an adopter trial: init installed husky's hooks in a
// repository whose framework config already ran promptvault, and chained the framework's hook
// from husky's, so `record` ran twice per commit.
import fs from 'node:fs';
import path from 'node:path';
import { frameworkPromptvaultHooks, PROMPTVAULT_HOOKS } from './pre-commit-framework-config.ts';

/** The framework's config file, at the repository's root (`pre-commit install` reads this one unless told `--config`). */
export const FRAMEWORK_CONFIG = '.pre-commit-config.yaml';

export interface FrameworkPromptvault {
  /** The config file, relative to the repository root. */
  config: string;
  /** The git hooks the config runs promptvault in. */
  hooks: string[];
  /** promptvault's other hooks, which the config does not run it in (a merge or revert then goes unrecorded). */
  missing: string[];
}

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

/** The command that installs the framework's git hooks of promptvault's hook types. */
export const FRAMEWORK_INSTALL = `pre-commit install ${PROMPTVAULT_HOOKS.map((hook) => `-t ${hook}`).join(' ')}`;

/** What init and doctor say when husky's hook files and the framework's config both run promptvault. */
export function installedTwiceMessage(hookFiles: string[], framework: FrameworkPromptvault): { what: string; fix: string } {
  return {
    what: `promptvault is installed twice: ${hookFiles.join(', ')} run${hookFiles.length === 1 ? 's' : ''} it, and ${framework.config} runs it through the pre-commit framework (${framework.hooks.join(', ')}): a hook file that chains the framework's hook (as init did) records every commit twice`,
    fix: `keep one: take promptvault's hooks out of ${framework.config}, or take out husky's (\`git config --unset core.hooksPath\`, remove the promptvault lines from ${hookFiles.join(', ')}), then \`${FRAMEWORK_INSTALL}\`; \`promptvault init --hooks\` leaves husky out while ${framework.config} runs promptvault`,
  };
}

/** What init says of promptvault's hooks the framework's config does not run it in. */
export function missingHooksMessage(framework: FrameworkPromptvault): string {
  const record = framework.missing.filter((hook) => hook.startsWith('pre-'));
  const repair = framework.missing.filter((hook) => hook.startsWith('post-'));
  const add = [
    ...(record.length > 0 ? [`\`- id: promptvault-record\` with stages [${record.join(', ')}]`] : []),
    ...(repair.length > 0 ? [`\`- id: promptvault-repair\` with stages [${repair.join(', ')}]`] : []),
  ];
  return `${framework.config} does not run promptvault for ${framework.missing.join(', ')} (a merge, revert, cherry-pick or rebase there goes unrecorded until \`promptvault repair\`): add ${add.join(' and ')} (promptvault's .pre-commit-hooks.yaml)`;
}
