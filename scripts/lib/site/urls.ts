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
  codex: () => 'codex/',
  /** One audit on its clause's page. */
  audit: (clauseId: string, auditId: string) => `codex/regression/${encodeId(clauseId)}/#${encodeURIComponent(auditId)}`,
};

/**
 * Fragment id of one version on its prompt's page: its label with `-` for `·`, e.g. `v3-0d4cf2`
 * for `v3·0d4cf2`. `hash` is the record key (or, lacking one, the content hash).
 */
export function versionAnchor(version: number, hash: string): string {
  return `v${version}-${hash.replace(/^sha256-/, '').slice(0, 6)}`;
}
