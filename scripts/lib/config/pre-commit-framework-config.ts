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

/** One hook entry of a config, with the repo that lists it. */
type ConfigHook = { source: unknown; id: unknown; command: unknown; stages: unknown };

/** The hook entries of a config the framework can read; undefined for any other text. */
function configHooks(configText: string): { hooks: ConfigHook[]; defaults: string[] | undefined } | undefined {
  let config: unknown;
  try {
    config = yamlLibrary().parse(configText);
  } catch {
    return undefined;
  }
  if (typeof config !== 'object' || config === null || !Array.isArray((config as { repos?: unknown }).repos)) return undefined;
  const defaults = stringsOf((config as { default_stages?: unknown }).default_stages);
  const hooks = (config as { repos: unknown[] }).repos.flatMap((repo) => {
    const { repo: source, hooks: listed } = (repo ?? {}) as { repo?: unknown; hooks?: unknown };
    if (!Array.isArray(listed)) return [];
    return listed.map((entry) => {
      const { id, entry: command, stages } = (entry ?? {}) as { id?: unknown; entry?: unknown; stages?: unknown };
      return { source, id, command, stages };
    });
  });
  return { hooks, defaults };
}

/** An entry that runs promptvault's `command` (`promptvault record --hook ...`, through `sh -c`, npx or a path). */
const runsCommand = (command: unknown, ours: (typeof OUR_HOOKS)[number]): boolean => typeof command === 'string' && /promptvault/i.test(command) && command.includes(ours.command);

/** A repo URL or path whose last segment names promptvault (`https://github.com/<owner>/promptvault`, a fork or mirror keeping the name). */
const namesPromptvault = (source: unknown): boolean => typeof source === 'string' && /promptvault/i.test(source.replace(/(?:\.git)?\/*$/, '').split(/[/:]/).at(-1) ?? '');

/**
 * Whether a config hook is promptvault's `ours`: a local hook whose entry runs its command; a hook
 * of another repo by our id, from a repo whose name is promptvault's, or whose entry (the config
 * may set one) runs the command. A team's own hook that only shares the id is not ours (doctor
 * passed the hooks of such a config as running promptvault, and init installed no hooks for it).
 */
function isOurHook(hook: ConfigHook, ours: (typeof OUR_HOOKS)[number]): boolean {
  if (hook.source === 'local') return runsCommand(hook.command, ours);
  if (hook.id !== ours.id) return false;
  return hook.command === undefined ? namesPromptvault(hook.source) : runsCommand(hook.command, ours);
}

/**
 * Whether the config runs promptvault in `hook` (a git hook name): a hook of ours (isOurHook)
 * listed for that stage. Undefined when the text is no config the framework could read (it fails
 * every commit then, and says why).
 */
export function frameworkRunsPromptvault(configText: string, hook: string): boolean | undefined {
  if (!OUR_HOOKS.some((candidate) => (candidate.stages as readonly string[]).includes(hook))) return false;
  const config = configHooks(configText);
  return config && runsIn(config, hook);
}

/** Whether the config's hooks run promptvault in `hook`: a hook of ours (isOurHook) listed for that stage. */
function runsIn(config: NonNullable<ReturnType<typeof configHooks>>, hook: string): boolean {
  const ours = OUR_HOOKS.find((candidate) => (candidate.stages as readonly string[]).includes(hook));
  if (!ours) return false;
  return config.hooks.some((entry) => {
    if (!isOurHook(entry, ours)) return false;
    const listed = stringsOf(entry.stages) ?? (entry.source === 'local' ? undefined : [...ours.stages]) ?? config.defaults;
    return listed === undefined || listed.includes(hook);
  });
}

/**
 * Hooks of the config named with one of our ids that are not ours (isOurHook): `id from repo`,
 * for doctor to say why it did not take them for promptvault's.
 */
export function lookalikeHooks(configText: string): string[] {
  const config = configHooks(configText);
  if (!config) return [];
  return config.hooks.flatMap((entry) => {
    const ours = OUR_HOOKS.find((candidate) => candidate.id === entry.id);
    return ours && entry.source !== 'local' && !isOurHook(entry, ours) ? [`${ours.id} from ${String(entry.source)}`] : [];
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
  // The config read once, not once a hook.
  const config = configHooks(configText);
  return config && PROMPTVAULT_HOOKS.filter((hook) => runsIn(config, hook));
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
