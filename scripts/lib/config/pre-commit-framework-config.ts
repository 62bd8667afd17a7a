// Pure: which git hooks a .pre-commit-config.yaml runs promptvault in, and what init and doctor
// say of it. The framework runs a hook at the stages its config entry lists, else those of the hook's own manifest (for the `repo:`
// form, our .pre-commit-hooks.yaml), else the config's `default_stages`, else at every stage; a
// hook listed for some stages only is not run at the others. Read by doctor, which said "runs
// promptvault" for a git hook whenever the config named our hook anywhere, and so passed a
// pre-merge-commit hook whose config ran promptvault at pre-commit only (merges unrecorded).
import { yamlLibrary } from '../yaml-library.ts';

/** Our hooks in .pre-commit-hooks.yaml: the git hooks each runs in, and the command it runs. */
const OUR_HOOKS = [
  { id: 'promptvault-record', stages: ['pre-commit', 'pre-merge-commit'], command: 'record --hook' },
  { id: 'promptvault-repair', stages: ['post-commit', 'post-rewrite'], command: 'repair --hook' },
] as const;

/** The framework's names of old for two stages. */
const OLD_STAGE_NAMES: Record<string, string> = { commit: 'pre-commit', 'merge-commit': 'pre-merge-commit', push: 'pre-push' };

const stringsOf = (value: unknown): string[] | undefined => (Array.isArray(value) && value.length > 0 ? value.map((stage) => OLD_STAGE_NAMES[String(stage)] ?? String(stage)) : undefined);

/**
 * Whether the config runs promptvault in `hook` (a git hook name): a hook of ours by its id, or a
 * local hook whose entry runs the same command, listed for that stage. Undefined when the text is
 * no config the framework could read (it fails every commit then, and says why).
 */
export function frameworkRunsPromptvault(configText: string, hook: string): boolean | undefined {
  const ours = OUR_HOOKS.find((candidate) => (candidate.stages as readonly string[]).includes(hook));
  if (!ours) return false;
  let config: unknown;
  try {
    config = yamlLibrary().parse(configText);
  } catch {
    return undefined;
  }
  if (typeof config !== 'object' || config === null || !Array.isArray((config as { repos?: unknown }).repos)) return undefined;
  const defaults = stringsOf((config as { default_stages?: unknown }).default_stages);
  return (config as { repos: unknown[] }).repos.some((repo) => {
    const { repo: source, hooks } = (repo ?? {}) as { repo?: unknown; hooks?: unknown };
    if (!Array.isArray(hooks)) return false;
    return hooks.some((entry) => {
      const { id, entry: command, stages } = (entry ?? {}) as { id?: unknown; entry?: unknown; stages?: unknown };
      const local = source === 'local';
      if (!(local ? typeof command === 'string' && command.includes(ours.command) : id === ours.id)) return false;
      const listed = stringsOf(stages) ?? (local ? undefined : [...ours.stages]) ?? defaults;
      return listed === undefined || listed.includes(hook);
    });
  });
}

/** The git hooks promptvault's hooks are made for, in the order init installs them. */
export const PROMPTVAULT_HOOKS = OUR_HOOKS.flatMap((hook) => [...hook.stages]);

/**
 * The git hooks in which the config runs promptvault (in PROMPTVAULT_HOOKS' order); undefined
 * for a text the framework cannot read as a config. Read by init, which leaves husky's hooks out
 * of a repository whose framework runs promptvault (both ran `record` on every commit).
 */
export function frameworkPromptvaultHooks(configText: string): string[] | undefined {
  const runs = PROMPTVAULT_HOOKS.map((hook) => frameworkRunsPromptvault(configText, hook));
  return runs.includes(undefined) ? undefined : PROMPTVAULT_HOOKS.filter((_, index) => runs[index]);
}

export interface FrameworkPromptvault {
  /** The config file, relative to the repository root. */
  config: string;
  /** The git hooks the config runs promptvault in. */
  hooks: string[];
  /** promptvault's other hooks, which the config does not run it in (a merge or revert then goes unrecorded). */
  missing: string[];
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
