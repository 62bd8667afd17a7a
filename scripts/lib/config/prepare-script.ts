// The `prepare` script `init` writes into an adopter's package.json, and how an existing one is
// read: ours as written now, ours as an older `init` wrote it (to offer the new one), or the user's.
// Pure: no `node:` imports; init and doctor do the file work.

/**
 * What `npm install` runs to install the hooks. promptvault is a devDependency, so a production
 * install (`npm ci --omit=dev`, a Docker image) has no promptvault binary, and a bare
 * `promptvault init --hooks` fails it with "promptvault: not found" (exit 127). Husky documents
 * the same trap and a node script that imports husky only where it is installed; this one-liner
 * does that inline, in both shells npm uses (sh, cmd.exe): double quotes outside, single inside,
 * no `$`, `%` or backquote. promptvault not resolvable from here: one line, exit 0. Installed: it
 * runs `promptvault init --hooks` and exits with its status, so a broken install still fails.
 */
export const PREPARE_SCRIPT = `node -e "let pv;try{pv=require.resolve('promptvault/package.json')}catch{}if(pv)process.exitCode=require('child_process').spawnSync('promptvault init --hooks',{shell:true,stdio:'inherit'}).status??1;else console.log('promptvault is not installed here (a production install, npm ci --omit=dev): git hooks skipped')"`;

/** What an older `init` wrote: the bare command, which fails a production install. */
export const OLD_PREPARE_SCRIPT = 'promptvault init --hooks';

export type PrepareScriptState =
  /** No prepare script, or one of the user's without promptvault: `next` adds ours. */
  | { state: 'missing'; next: string }
  /** Ours, as `init` writes it now, or one the user wrote that runs promptvault or husky: left alone. */
  | { state: 'current' }
  /** Exactly what an older `init` wrote (alone or after the user's own, with `&&`): `next` is the same with the new script. */
  | { state: 'outdated'; next: string };

export function readPrepareScript(prepare: string | undefined): PrepareScriptState {
  if (!prepare?.trim()) return { state: 'missing', next: PREPARE_SCRIPT };
  if (prepare === OLD_PREPARE_SCRIPT) return { state: 'outdated', next: PREPARE_SCRIPT };
  const appended = ` && ${OLD_PREPARE_SCRIPT}`;
  if (prepare.endsWith(appended) && !prepare.slice(0, -appended.length).includes(OLD_PREPARE_SCRIPT)) {
    return { state: 'outdated', next: `${prepare.slice(0, -appended.length)} && ${PREPARE_SCRIPT}` };
  }
  if (prepare.includes(OLD_PREPARE_SCRIPT) || prepare.includes('husky')) return { state: 'current' };
  return { state: 'missing', next: `${prepare} && ${PREPARE_SCRIPT}` };
}

/** The line `init --hooks` and `doctor` print for an outdated script. */
export const OUTDATED_PREPARE_MESSAGE = `package.json's prepare script runs \`${OLD_PREPARE_SCRIPT}\` (an older promptvault init wrote it), which fails \`npm ci --omit=dev\` (a Docker image without devDependencies) with "promptvault: not found"`;
export const OUTDATED_PREPARE_FIX = 'run `npx promptvault init`: it replaces it with a script that skips the hooks where promptvault is not installed';
