// Pure: every internal link of the site, under the configured base path.
import { encodeIdPath } from '../schema/id-path.ts';

/** Joins the base (`/`, `/promptvault` or `/promptvault/`) and a site path (`prompts/x`). */
export function withBase(base: string, sitePath: string): string {
  const head = base.endsWith('/') ? base : `${base}/`;
  return `${head}${sitePath.replace(/^\/+/, '')}`;
}

/**
 * The page path of an id. Ids may hold any character a path can (`.claude/agents/x`,
 * `Claude Code/Plan`), so pages live under `encodeIdPath`'s folder names with `~` for `%`
 * (`~2Eclaude/agents/x`, `Claude~20Code/Plan`): only URL-safe characters, no hidden `.claude`
 * folder a static host would refuse to serve, and nothing for Astro's router to decode. `~` never
 * appears in encodeIdPath's output, so two ids never share a page.
 */
export function encodeIdForSite(id: string): string {
  let encoded = encodedIds.get(id);
  if (encoded === undefined) {
    encoded = encodeIdPath(id).replaceAll('%', '~');
    encodedIds.set(id, encoded);
  }
  return encoded;
}

// Every link to a prompt encodes its id again (parents, lineage, lists): at 50,000 checkpoints
// (5,000 prompts) that was over a second of the build's CPU profile. One entry per id, as many as the vault has prompts and clauses.
const encodedIds = new Map<string, string>();

function encodeId(id: string): string {
  return encodeIdForSite(id);
}

// Names the site's own files take in `prompts/`, the prompt pages' folder (the grid's data file),
// and the folders of its own pages there (the grid's page, `prompts/checkpoints/`).
const SITE_FILES_IN_PROMPTS = new Set(['checkpoints.json']);
const SITE_PAGES_IN_PROMPTS = new Set(['checkpoints']);

/**
 * The folder of a prompt's page under `prompts/`: encodeIdForSite's, except that a first segment
 * naming one of the site's own files there, or an id naming one of its own pages there (in any case), starts
 * with its first character escaped (`checkpoints.json` -> `~63heckpoints.json`, `checkpoints` ->
 * `~63heckpoints`), so that prompt's page does not clash with the file or take the page's place
 * (`checkpoints/x` keeps its folder: the grid's page has none of that name). encodeIdForSite never
 * writes `~63` (`c` is kept as is), so no other id gets that folder.
 */
export function promptPageFolder(id: string): string {
  const encoded = encodeIdForSite(id);
  const slash = encoded.indexOf('/');
  const first = slash === -1 ? encoded : encoded.slice(0, slash);
  // Compared in lower case: on a file system that ignores case (macOS, Windows) `Checkpoints`
  // would be the grid's folder too. Escaping any letter keeps the folder unique, as for `c`.
  if (!SITE_FILES_IN_PROMPTS.has(first.toLowerCase()) && !SITE_PAGES_IN_PROMPTS.has(encoded.toLowerCase())) return encoded;
  return `~${first.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}${encoded.slice(1)}`;
}

export const routes = {
  home: () => '',
  mutations: () => 'belief/mutations/',
  checkpoints: () => 'prompts/checkpoints/',
  checkpointsJson: () => 'prompts/checkpoints.json',
  prompt: (id: string) => `prompts/${promptPageFolder(id)}/`,
  /** Page `n` (>= 2) of a prompt's older versions (scripts/lib/site/version-pages.ts). */
  history: (id: string, n: number) => `history/${encodeId(id)}/${n}/`,
  /** The version bodies a prompt page fetches to compare two versions (scripts/lib/site/compare-data.ts). */
  compareData: (id: string) => `compare/${encodeId(id)}.json`,
  regression: (clauseId: string) => `codex/regression/${encodeId(clauseId)}/`,
  codex: () => 'codex/',
  /** Page `n` of the codex's clause list (page 1 is the codex page itself). */
  codexPage: (n: number) => (n <= 1 ? 'codex/' : `codex/${n}/`),
  /** Page `n` of the list of every prompt. */
  promptList: (n = 1) => (n <= 1 ? 'browse/prompts/' : `browse/prompts/${n}/`),
  /** Page `n` of the mutation list. */
  mutationsPage: (n: number) => (n <= 1 ? 'belief/mutations/' : `belief/mutations/${n}/`),
  labels: () => 'labels/',
  /** Page `n` of a label's prompts and history (page 1 is /labels/, holding every label's first page). */
  labelPage: (label: string, n: number) => (n <= 1 ? `labels/#label-${label}` : `labels/${label}/${n}/`),
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
