// Pure: the vault joined up for the pages. Checkpoints meet their mutation logs, versions meet
// their parents and children, audits are grouped by clause. Computed once per build.
import type { SiteAudit, SiteCheckpoint, SiteMutation, SiteVault } from './load-vault-fs.ts';
import { versionKey, type GridRow } from './grid-rows.ts';
import type { LineageEdge, LineageNode } from './lineage-svg.ts';
import { routes, versionAnchor } from './urls.ts';
import { TRAIT_NAMES, type TraitName } from '../schema/traits.ts';
import { recordHash, versionLabel } from '../vault/version-label.ts';
import { openAudits } from '../guard/open-audits.ts';
import { compareCodeUnits } from '../code-unit-order.ts';

/** What the pages are built from: the vault as loaded (load-vault-fs.ts), wherever it was read from. */
export type SiteData = Omit<SiteVault, 'root'>;

export interface ParentLink {
  prompt: string;
  version: number;
  key: string;
  /** Display label, `v3·0d4cf2` (see vault/version-label.ts). */
  label: string;
  /** Site path of the parent version (its prompt page and anchor). */
  path: string;
  /** The parent's file text, when known. */
  text: string | null;
}

/** One version: its checkpoint, the mutation that produced it, and its parents. */
export interface VersionView {
  key: string;
  prompt: string;
  version: number;
  /** Display label, `v3·0d4cf2`: the version and the start of its record key. */
  label: string;
  /** 12 hex characters of the record file's name, null when the name has none. */
  recordKey: string | null;
  anchor: string;
  /** Site path of this version on its prompt page. */
  path: string;
  checkpoint: SiteCheckpoint;
  mutation: SiteMutation | null;
  parents: ParentLink[];
  /** When it was recorded, for sorting (checkpoint `created_at`). */
  date: string;
}

export interface TraitDeltaView {
  name: TraitName;
  value: number;
  /** `+3`, `-0.12`, `±0`. */
  text: string;
  sign: 'up' | 'down' | 'zero';
}

export interface SiteModel {
  versions: VersionView[];
  byKey: Map<string, VersionView>;
  /** Versions of each prompt, oldest first. */
  byPrompt: Map<string, VersionView[]>;
  /** Every version with a mutation log, newest first. */
  newestFirst: VersionView[];
  promptIds: string[];
  clauseIds: string[];
  /** Each prompt file of the working tree by id (pages look one up each; a scan per page was quadratic). */
  promptFiles: Map<string, SiteData['prompts'][number]>;
  /** Each clause file by id. */
  clauseFiles: Map<string, SiteData['clauses'][number]>;
  auditsByClause: Map<string, SiteAudit[]>;
  /** Flagged audits no review has accepted, newest first. */
  openRegressions: SiteAudit[];
  /** Ids of the open regressions, for pages that look at one audit. */
  openAuditIds: Set<string>;
  /** Versions descending directly from each version key (children). */
  children: Map<string, VersionView[]>;
  /** Where each prompt with no file any more was moved to (the end of its moves), by id; absent when it was deleted. */
  movedTo: Map<string, string>;
}

const keyOf = (record: { prompt: string; version: number; content_hash: string }) => versionKey(record.prompt, record.version, record.content_hash);

export function buildSiteModel(data: SiteData): SiteModel {
  const checkpoints = new Map(data.checkpoints.map((checkpoint) => [keyOf(checkpoint), checkpoint]));
  const mutations = new Map(data.mutations.map((mutation) => [keyOf(mutation), mutation]));
  // Each record key read from its file name once (a parent's is looked up again by its children).
  const recordKeys = new Map<string, string | null>();
  for (const [key, checkpoint] of checkpoints) recordKeys.set(key, recordHash(checkpoint.file));
  const recordKeyOf = (key: string) => recordKeys.get(key) ?? null;
  const versions: VersionView[] = [];
  const ownKey = new Map<string, VersionView>();
  for (const [key, checkpoint] of checkpoints) {
    const recordKey = recordKeys.get(key)!;
    const anchor = versionAnchor(checkpoint.version, recordKey ?? checkpoint.content_hash);
    const version: VersionView = {
      key, prompt: checkpoint.prompt, version: checkpoint.version, label: versionLabel(checkpoint.version, recordKey), recordKey,
      anchor, path: `${routes.prompt(checkpoint.prompt)}#${anchor}`, checkpoint, mutation: mutations.get(key) ?? null, parents: [], date: checkpoint.created_at,
    };
    versions.push(version);
    ownKey.set(key, version);
  }
  // A parent that is a version here lends its link its own key, label and path (the same text):
  // a string made again per link was, for every edit, a key, a label and a path more to keep.
  // (mapped, not pushed: an array grown by push keeps room for 16 more, 120 bytes a version.)
  for (const version of versions) {
    version.parents = (version.mutation?.parents ?? []).map((parent): ParentLink => {
      const parentKey = keyOf(parent);
      const known = ownKey.get(parentKey);
      if (known) return { prompt: known.prompt, version: parent.version, key: known.key, label: known.label, path: known.path, text: known.checkpoint.text ?? null };
      const parentRecord = recordKeyOf(parentKey);
      return {
        prompt: parent.prompt, version: parent.version, key: parentKey, label: versionLabel(parent.version, parentRecord),
        path: `${routes.prompt(parent.prompt)}#${versionAnchor(parent.version, parentRecord ?? parent.content_hash)}`,
        text: checkpoints.get(parentKey)?.text ?? null,
      };
    });
  }
  // Dates and keys compared as plain strings (ISO dates sort so, and localeCompare is many times
  // slower over hundreds of thousands of comparisons); prompt ids keep the reader's collation
  // where dates tie.
  const byDateDesc = (a: VersionView, b: VersionView) => compareCodeUnits(b.date, a.date) || (a.prompt === b.prompt ? 0 : a.prompt.localeCompare(b.prompt)) || b.version - a.version || compareCodeUnits(a.key, b.key);
  versions.sort(byDateDesc);
  const byKey = new Map(versions.map((version) => [version.key, version]));
  const byPrompt = new Map<string, VersionView[]>();
  for (const version of versions) pushTo(byPrompt, version.prompt, version);
  for (const list of byPrompt.values()) list.sort(byVersion);
  const children = new Map<string, VersionView[]>();
  for (const version of versions) {
    for (const parent of version.parents) pushTo(children, parent.key, version);
  }
  const auditsByClause = new Map<string, SiteAudit[]>();
  for (const audit of [...data.audits].sort((a, b) => compareCodeUnits(a.created_at, b.created_at) || compareCodeUnits(a.id, b.id))) {
    pushTo(auditsByClause, audit.clause, audit);
  }
  const open = openAudits(data.audits).sort((a, b) => compareCodeUnits(b.created_at, a.created_at));
  const promptFiles = firstById(data.prompts);
  return {
    versions,
    byKey,
    byPrompt,
    newestFirst: versions.filter((version) => version.mutation !== null),
    promptIds: [...new Set([...data.prompts.map((p) => p.id), ...byPrompt.keys()])].sort(),
    clauseIds: [...new Set([...data.clauses.map((c) => c.id), ...auditsByClause.keys()])].sort(),
    promptFiles,
    clauseFiles: firstById(data.clauses),
    auditsByClause,
    openRegressions: open,
    openAuditIds: new Set(open.map((audit) => audit.id)),
    children,
    movedTo: findMoves(byPrompt, children, promptFiles),
  };
}

/**
 * Each prompt id with versions but no file, mapped to the id its last version was renamed to (a
 * `rename` child under another id), followed through later moves to the id that has a file or is
 * the last one; an id deleted without a move has no entry.
 */
function findMoves(byPrompt: Map<string, VersionView[]>, children: Map<string, VersionView[]>, files: Map<string, unknown>): Map<string, string> {
  const nextId = (id: string) => {
    const last = byPrompt.get(id)?.at(-1);
    return last ? children.get(last.key)?.find((child) => child.mutation?.kind === 'rename' && child.prompt !== id)?.prompt : undefined;
  };
  const moves = new Map<string, string>();
  for (const id of byPrompt.keys()) {
    if (files.has(id)) continue;
    let to = nextId(id);
    const seen = new Set([id]);
    while (to !== undefined && !files.has(to) && !seen.has(to)) {
      seen.add(to);
      const next = nextId(to);
      if (next === undefined) break;
      to = next;
    }
    if (to !== undefined) moves.set(id, to);
  }
  return moves;
}

/**
 * The key of the version the prompt's file holds now: the newest version with its text, since a
 * revert records the restored text as a version of its own (v3 `@revert` with v1's text is
 * current, not v1); undefined when the file is gone or its text is not recorded.
 */
export function currentVersionKey(model: SiteModel, id: string): string | undefined {
  const file = model.promptFiles.get(id);
  if (!file) return undefined;
  return (model.byPrompt.get(id) ?? []).findLast((v) => v.checkpoint.content_hash === file.content_hash)?.key;
}

/**
 * The grid's rows, newest first (the order of the no-JavaScript table); `start`/`end` pick a slice
 * (one shard), so the build never holds every row at once. `envLabels` maps
 * `<prompt>@<version label>` (the prompt id the version was recorded under) to the labels that
 * name it (site/lib/labels.ts).
 */
export function buildGridRows(model: SiteModel, envLabels: ReadonlyMap<string, string[]> = new Map(), start = 0, end = model.versions.length): GridRow[] {
  return model.versions.slice(start, end).map((version) => ({
    key: version.key,
    prompt: version.prompt,
    version: version.version,
    label: version.label,
    title: version.checkpoint.title,
    kind: version.mutation?.kind ?? null,
    // `kind` of the prompt file's format, when the recorder writes one (issue 8).
    format: (version.checkpoint as { kind?: unknown }).kind ? String((version.checkpoint as { kind?: unknown }).kind) : null,
    token_count: version.checkpoint.token_count,
    tone: version.checkpoint.tone_type,
    tags: version.checkpoint.tags,
    symbolic_tags: version.mutation?.symbolic_tags ?? [],
    assistant: version.checkpoint.assistant,
    date: version.checkpoint.created_at,
    commit: version.checkpoint.commit,
    parents: version.parents.map((parent) => parent.key),
    parent_labels: version.parents.map((parent) => (parent.prompt === version.prompt ? parent.label : `${parent.prompt} ${parent.label}`)),
    // Two decimals are what the grid shows; 50,000 rows of full-precision floats would add megabytes to the grid shards.
    traits: Object.fromEntries(Object.entries(version.checkpoint.traits).map(([name, value]) => [name, Math.round(value * 100) / 100])),
    ...(envLabels.has(`${version.prompt}@${version.label}`) ? { env_labels: envLabels.get(`${version.prompt}@${version.label}`)! } : {}),
  }));
}

/** Signed trait deltas, rounded for reading (counts as integers, scores to two decimals). */
export function describeDelta(delta: Record<TraitName, number>): TraitDeltaView[] {
  return TRAIT_NAMES.map((name) => {
    const value = delta[name];
    const rounded = Number.isInteger(value) ? value : Math.round(value * 100) / 100;
    const sign = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'zero';
    return { name, value, text: sign === 'up' ? `+${rounded}` : sign === 'down' ? `−${Math.abs(rounded)}` : '±0', sign };
  });
}

/**
 * The versions a prompt page's compare form offers, oldest first: its own and, across its moves,
 * those of every id it was renamed from (a rename continues the numbering), as `promptvault diff
 * id@3 id@5` walks them (labels/resolve.ts lineageIds).
 */
export function compareLineage(model: SiteModel, promptId: string): VersionView[] {
  const ids = [promptId];
  for (let i = 0; i < ids.length; i++) {
    for (const version of model.byPrompt.get(ids[i]!) ?? []) {
      if (version.mutation?.kind !== 'rename') continue;
      for (const parent of version.parents) if (parent.prompt !== version.prompt && !ids.includes(parent.prompt)) ids.push(parent.prompt);
    }
  }
  if (ids.length === 1) return model.byPrompt.get(promptId) ?? [];
  return ids.flatMap((id) => model.byPrompt.get(id) ?? []).sort(byVersion);
}

/** The lineage picture of one prompt: its versions, plus the versions of other prompts it was forked or renamed from, and those forked from it. */
export function lineageOf(model: SiteModel, promptId: string): { nodes: LineageNode[]; edges: LineageEdge[] } {
  const own = model.byPrompt.get(promptId) ?? [];
  const nodes = new Map<string, LineageNode>();
  const edges: LineageEdge[] = [];
  const add = (version: VersionView) => {
    if (nodes.has(version.key)) return;
    nodes.set(version.key, {
      key: version.key, prompt: version.prompt, version: version.version, href: version.path, own: version.prompt === promptId,
      label: `${version.prompt} ${version.label} (${version.mutation?.kind ?? 'recorded'}, ${version.date.slice(0, 10)}): ${version.checkpoint.title}`,
      versionLabel: version.label,
    });
  };
  for (const version of own) {
    add(version);
    for (const parent of version.parents) {
      const found = model.byKey.get(parent.key);
      if (found) add(found);
      edges.push({ from: parent.key, to: version.key, kind: edgeKind(version) });
    }
    for (const child of model.children.get(version.key) ?? []) {
      if (child.prompt === promptId) continue;
      add(child);
      edges.push({ from: version.key, to: child.key, kind: edgeKind(child) });
    }
  }
  return { nodes: [...nodes.values()], edges };
}

/** A prompt page's version order, oldest first: by version number, then date, then record key. */
function byVersion(a: VersionView, b: VersionView): number {
  return a.version - b.version || compareCodeUnits(a.date, b.date) || compareCodeUnits(a.key, b.key);
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function edgeKind(version: VersionView): LineageEdge['kind'] {
  return version.mutation?.kind ?? 'edit';
}

/** Files by id; with a duplicated id (which `check` reports) the first file wins, as a scan would find it. */
function firstById<T extends { id: string }>(files: T[]): Map<string, T> {
  const byId = new Map<string, T>();
  for (const file of files) if (!byId.has(file.id)) byId.set(file.id, file);
  return byId;
}
