// Pure: a prompt's lineage as an SVG drawn at build time. Versions are nodes laid out in layers
// (a version one step right of its latest parent), edges are edits, forks, renames and merges.
// Every piece of text goes through escapeMarkup, so an id or title cannot become markup.
import { escapeMarkup } from './escape.ts';

export interface LineageNode {
  key: string;
  prompt: string;
  version: number;
  /** Link target of the node (its place on the prompt's page). */
  href: string;
  /** Tooltip and accessible name, e.g. id, label, kind, date and title. */
  label: string;
  /** Display label of the version, `v3·0d4cf2`. */
  versionLabel: string;
  /** False for versions of other prompts shown for context (fork sources, forks). */
  own: boolean;
}

export interface LineageEdge {
  from: string;
  to: string;
  kind: 'edit' | 'fork' | 'rename' | 'merge' | 'new';
}

const GAP = 28;
const ROW = 46;
const H = 30;
const PAD = 8;
/** Text is drawn at 12 px and the SVG is never scaled down, so it stays readable on a phone. */
const FONT_PX = 12;
/** Advance of one monospace character at FONT_PX, to size boxes to their full text. */
const CHAR_PX = 7.3;

/** Layer of each node: 0 for roots, else one more than its deepest parent in the picture. */
export function layerNodes(nodes: readonly LineageNode[], edges: readonly LineageEdge[]): Map<string, number> {
  const present = new Set<string>();
  for (const node of nodes) present.add(node.key);
  // Each node's parents in the picture, in edge order (a prompt page draws one per version).
  const parents = new Map<string, string[]>();
  for (const edge of edges) {
    if (!present.has(edge.from)) continue;
    const list = parents.get(edge.to);
    if (list) list.push(edge.from);
    else parents.set(edge.to, [edge.from]);
  }
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (key: string): number => {
    const known = layer.get(key);
    if (known !== undefined) return known;
    if (visiting.has(key)) return 0; // a cycle cannot happen in real lineage; do not loop on bad data
    visiting.add(key);
    let deepest = -1;
    for (const parent of parents.get(key) ?? []) deepest = Math.max(deepest, visit(parent));
    layer.set(key, deepest + 1);
    return deepest + 1;
  };
  for (const node of nodes) visit(node.key);
  return layer;
}

/** `id` must be unique on the page: it names the arrow marker. */
export function renderLineageSvg({ id, nodes, edges, title }: { id: string; nodes: readonly LineageNode[]; edges: readonly LineageEdge[]; title: string }): string {
  const marker = `arrow-${id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
  const layers = layerNodes(nodes, edges);
  const rowsUsed = new Map<number, number>();
  const place = new Map<string, { x: number; y: number }>();
  // Each node's box text, made once: the boxes, their width and the arrows' titles all use it.
  const textOf = new Map<string, string>();
  let longest = 9;
  for (const node of nodes) {
    const text = node.own ? node.versionLabel : `${node.prompt} ${node.versionLabel}`;
    textOf.set(node.key, text);
    longest = Math.max(longest, text.length);
  }
  const W = Math.ceil(longest * CHAR_PX + 16);
  const COL = W + GAP;
  const ordered = [...nodes].sort((a, b) => (layers.get(a.key)! - layers.get(b.key)!) || Number(b.own) - Number(a.own) || a.prompt.localeCompare(b.prompt) || a.key.localeCompare(b.key));
  for (const node of ordered) {
    const layer = layers.get(node.key)!;
    const row = rowsUsed.get(layer) ?? 0;
    rowsUsed.set(layer, row + 1);
    place.set(node.key, { x: PAD + layer * COL, y: PAD + row * ROW });
  }
  const width = PAD * 2 + (Math.max(0, ...layers.values()) * COL) + W;
  const height = PAD * 2 + (Math.max(1, ...rowsUsed.values()) - 1) * ROW + H;
  const parts: string[] = [];
  for (const edge of edges) {
    const a = place.get(edge.from);
    const b = place.get(edge.to);
    if (!a || !b) continue;
    const x1 = a.x + W;
    const y1 = a.y + H / 2;
    const x2 = b.x;
    const y2 = b.y + H / 2;
    const mid = (x1 + x2) / 2;
    // The title names both ends by their version label (`v2·67c7b5`), as the boxes do, not by record key.
    const ends = `${textOf.get(edge.from)!} → ${textOf.get(edge.to)!}`;
    parts.push(`<path class="edge edge-${edge.kind}" d="M${x1} ${y1} C${mid} ${y1} ${mid} ${y2} ${x2 - 4} ${y2}" marker-end="url(#${marker})"><title>${escapeMarkup(`${edge.kind}: ${ends}`)}</title></path>`);
  }
  for (const node of ordered) {
    const { x, y } = place.get(node.key)!;
    const text = textOf.get(node.key)!;
    const label = escapeMarkup(node.label);
    parts.push(
      `<a href="${escapeMarkup(node.href)}" class="node${node.own ? '' : ' node-other'}" aria-label="${label}"><title>${label}</title>` +
        `<rect x="${x}" y="${y}" width="${W}" height="${H}" rx="6"/>` +
        `<text x="${x + W / 2}" y="${y + H / 2 + 4}" text-anchor="middle">${escapeMarkup(text)}</text></a>`,
    );
  }
  return (
    // No role="img": the boxes are links, and links inside an image are hidden from assistive
    // technology (axe `nested-interactive`). The SVG is a group of links with a title instead.
    `<svg class="lineage" xmlns="http://www.w3.org/2000/svg" role="group" aria-label="${escapeMarkup(title)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="font-size:${FONT_PX}px"><title>${escapeMarkup(title)}</title>` +
    `<defs><marker id="${marker}" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L8 4 L0 8 z" fill="context-stroke"/></marker></defs>` +
    `${parts.join('')}</svg>`
  );
}
