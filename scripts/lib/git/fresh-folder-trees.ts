// Pure (SHA-1 through node:crypto; no file, no git): the tree objects of a folder whose every entry
// is known (backfill's vault/, which the index held nothing of), and the TREE-extension node that
// names them. backfill staged its records with the folders' cache left invalid, so the adoption
// `git commit` wrote every tree of vault/ as a loose object before its hook ran (25,436 of them at
// the bench's 10,000 prompts: 25 s of CPU, most of it the system's; bench HISTORY, session 34);
// made here, they go into one pack and the index names them, and git writes only the folders above.

import { createHash } from 'node:crypto';
import { compareSubtreeNames } from './cache-tree-graft.ts';

/** An entry about to be staged below the folder: its path there (bytes, as a latin1 string), blob id (hex) and index mode. */
export interface FolderEntry {
  path: string;
  oid: string;
  mode: number;
}

/** A tree object: its id (hex) and its content (without git's "tree <size>\0" header). */
export interface TreeObject {
  oid: string;
  content: Buffer;
}

/** The index's file modes, as a tree writes them. */
const TREE_MODES = new Map([[0o100644, '100644'], [0o100755, '100755'], [0o120000, '120000']]);

/**
 * The trees of a folder named `name` (its last path component, bytes as a latin1 string) holding
 * `entries` and nothing else, in git's index order (bytewise by path, no path twice, none a folder
 * of another): every tree object, and its node of the TREE extension as git writes it (preorder:
 * "<name>\0<entries> <subtrees>\n", the 20-byte id, then the subfolders' nodes, shorter names
 * first, then bytewise: git's subtree_name_cmp, compareSubtreeNames). Undefined for a mode no tree holds as git would
 * (a submodule, which git's write-tree checks) or an empty list.
 */
export function freshFolderTrees(name: string, entries: readonly FolderEntry[]): { trees: TreeObject[]; node: Buffer[] } | undefined {
  if (entries.length === 0) return undefined;
  const trees: TreeObject[] = [];
  // Entries in index order are in tree order too: a folder sorts as its name and "/", and so do
  // the paths below it, before any name that continues with a byte above "/" and after those below.
  const build = (folder: string, prefix: string, from: number): { node: Buffer[]; next: number; oid: Buffer } | undefined => {
    const parts: Buffer[] = [];
    const children: { name: string; node: Buffer[] }[] = [];
    let i = from;
    while (i < entries.length) {
      const entry = entries[i]!;
      if (!entry.path.startsWith(prefix)) break;
      const rest = entry.path.slice(prefix.length);
      const slash = rest.indexOf('/');
      if (slash === -1) {
        const mode = TREE_MODES.get(entry.mode);
        if (!mode || rest === '') return undefined;
        parts.push(Buffer.from(`${mode} ${rest}\0`, 'latin1'), Buffer.from(entry.oid, 'hex'));
        i++;
        continue;
      }
      const sub = rest.slice(0, slash);
      if (sub === '') return undefined;
      const built = build(sub, `${prefix}${sub}/`, i);
      if (!built) return undefined;
      parts.push(Buffer.from(`40000 ${sub}\0`, 'latin1'), built.oid);
      children.push({ name: sub, node: built.node });
      i = built.next;
    }
    const content = Buffer.concat(parts);
    const oid = createHash('sha1').update(`tree ${content.length}\0`, 'latin1').update(content).digest();
    trees.push({ oid: oid.toString('hex'), content });
    children.sort((a, b) => compareSubtreeNames(Buffer.from(a.name, 'latin1'), Buffer.from(b.name, 'latin1')));
    const node = [Buffer.from(`${folder}\0${i - from} ${children.length}\n`, 'latin1'), oid, ...children.flatMap((child) => child.node)];
    return { node, next: i, oid };
  };
  const built = build(name, '', 0);
  if (!built || built.next !== entries.length) return undefined;
  return { trees, node: built.node };
}

/**
 * A folder's node of the TREE extension made, and its trees stored, ahead of the staging
 * (backfill's writer thread, while the replay's thread ends its run): `folder` its path (bytes as
 * a latin1 string), `count` the entries below it that it was made from. index-merge.ts takes it in
 * place of making the folder's trees when the staging puts exactly that many entries there.
 */
export interface StoredFolderNode {
  folder: string;
  count: number;
  node: Buffer[];
}

/**
 * The trees of the one topmost folder that every one of `files` lies below (backfill's vault/),
 * made from all of them, with its node and how many entries it covers: undefined when there is no
 * such folder, a path is given twice, or freshFolderTrees declines. Paths as written (UTF-8
 * strings, any order); every file is a plain, not executable one (mode 100644), as backfill's records are.
 */
export function topFolderTrees(files: readonly { path: string; oid: string }[]): (StoredFolderNode & { trees: TreeObject[] }) | undefined {
  if (files.length === 0) return undefined;
  const entries = files.map((file) => ({ path: Buffer.from(file.path, 'utf8').toString('latin1'), oid: file.oid, mode: 0o100644 }));
  const slash = entries[0]!.path.indexOf('/');
  if (slash <= 0) return undefined;
  const folder = entries[0]!.path.slice(0, slash);
  const prefix = `${folder}/`;
  if (!entries.every((entry) => entry.path.startsWith(prefix))) return undefined;
  // latin1 strings of the bytes: their code units order them as git does, bytewise.
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (let i = 1; i < entries.length; i++) if (entries[i]!.path === entries[i - 1]!.path) return undefined;
  const made = freshFolderTrees(folder, entries.map((entry) => ({ ...entry, path: entry.path.slice(prefix.length) })));
  return made && { folder, count: entries.length, node: made.node, trees: made.trees };
}
