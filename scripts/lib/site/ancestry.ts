// Pure and browser-safe: which versions descend from a prompt or a version, following every
// mutation parent (edits, forks and renames into other prompt ids, and both sides of merges).
import { parseVersionRef } from '../vault/version-label.ts';

export interface AncestryNode {
  key: string;
  prompt: string;
  version: number;
  parents: string[];
  /** Display label `v3·0d4cf2`, when known: lets a selector name a version by it. */
  label?: string;
}

/** Children of each version key, built once for many queries. */
export function indexChildren(nodes: readonly AncestryNode[]): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const node of nodes) {
    for (const parent of node.parents) {
      const list = children.get(parent);
      if (list) list.push(node.key);
      else children.set(parent, [node.key]);
    }
  }
  return children;
}

/**
 * The versions a selector names: `support/refund` (every version of it), `support/refund@2`
 * (each version 2: parallel branches may both have one), a label `support/refund@v2·0d4cf2` (or
 * `@v2-0d4cf2`), or a full key `support/refund@2-<hash12>`.
 */
export function matchSelector(nodes: readonly AncestryNode[], selector: string): string[] {
  const text = selector.trim();
  if (text === '') return [];
  const exact = nodes.filter((node) => node.key === text);
  if (exact.length > 0) return exact.map((node) => node.key);
  const ref = parseVersionRef(text);
  if (ref) {
    return nodes.filter((node) => node.prompt === ref.prompt && node.version === ref.version
      && (ref.hash === null || (node.label?.split('·')[1] ?? '').startsWith(ref.hash))).map((node) => node.key);
  }
  return nodes.filter((node) => node.prompt === text).map((node) => node.key);
}

/** Keys of the selected versions and of everything descending from them. */
export function descendantsOf(nodes: readonly AncestryNode[], selector: string, children = indexChildren(nodes)): Set<string> {
  const found = new Set<string>();
  const stack = matchSelector(nodes, selector);
  while (stack.length > 0) {
    const key = stack.pop()!;
    if (found.has(key)) continue;
    found.add(key);
    for (const child of children.get(key) ?? []) if (!found.has(child)) stack.push(child);
  }
  return found;
}
