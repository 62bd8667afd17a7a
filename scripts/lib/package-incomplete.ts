// The promptvault package run without its own files: a copy of build/cli (or of scripts/) taken out
// of the package, or an install missing a dependency. That is the user's setup to fix, never a bug
// of ours (exit 70 is for those only): these errors say what is missing and how to get it.
import { UserError } from './errors.ts';

const FIX = 'run promptvault from where npm installed it (`npx promptvault`, `node_modules/.bin/promptvault`, `npm run promptvault --`), not a copy of its build/cli folder; install it with `npm install --save-dev promptvault` (a checkout: `npm ci`)';

/** No folder above `start` holds promptvault's package.json and astro.config.mjs. */
export function packageRootMissing(start: string): UserError {
  return new UserError('package-incomplete', `promptvault: cannot find its own package: no folder above ${start} holds promptvault's package.json and astro.config.mjs`, [{
    code: 'package-incomplete', file: start,
    message: 'promptvault runs from here, outside its package',
    expected: 'the promptvault package as npm installs it: package.json, astro.config.mjs and site/ (the site\'s sources), build/cli/, with its dependencies in node_modules',
    fix: FIX,
  }]);
}

/** `error` is Node failing to load one of our dependencies (a bare package name): that error as the user's, else undefined. */
export function dependencyMissing(error: unknown): UserError | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const name = /Cannot find (?:package|module) '([^']+)'/.exec(String(message))?.[1];
  // A relative or absolute path is one of our own files: a missing one is a bug (or a broken copy, which the package root check reports first).
  if (!name || /^[./]/.test(name) || name.startsWith('file:')) return undefined;
  const from = /imported from (\S+)|Require stack:\n- (\S+)/.exec(String(message));
  const where = from?.[1] ?? from?.[2];
  return new UserError('package-incomplete', `promptvault: cannot load its dependency "${name}"${where ? ` (needed by ${where})` : ''}: promptvault is not installed completely`, [{
    code: 'package-incomplete', file: where ?? name,
    message: `the package "${name}" is not installed where promptvault runs`,
    expected: `"${name}" in a node_modules folder above promptvault's files, as npm installs promptvault's dependencies`,
    fix: FIX,
  }], { cause: error });
}
