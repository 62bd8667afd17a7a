// Pure: every internal link of the site, under the configured base path.

/** Joins the base (`/`, `/promptvault` or `/promptvault/`) and a site path (`prompts/x`). */
export function withBase(base: string, sitePath: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${sitePath.replace(/^\/+/, '')}`;
}

/** Ids are folder/file names of safe characters (see schema/id.ts); encode them anyway. */
function encodeId(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

export const routes = {
  home: () => '',
  mutations: () => 'belief/mutations/',
  checkpoints: () => 'prompts/checkpoints/',
  checkpointsJson: () => 'prompts/checkpoints.json',
  prompt: (id: string) => `prompts/${encodeId(id)}/`,
  regression: (clauseId: string) => `codex/regression/${encodeId(clauseId)}/`,
};

/** Fragment id of one version on its prompt's page, e.g. `v3-1a2b3c4d5e6f`. */
export function versionAnchor(version: number, contentHash: string): string {
  return `v${version}-${contentHash.replace(/^sha256-/, '').slice(0, 12)}`;
}
