// Node-only: puts a freshly built site in the output folder and removes the pages a previous build
// wrote there that this one no longer has (a deleted or moved prompt's page stayed and was
// published). Only files a build listed are removed: the folder may hold files of the user's own.
import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/vault/write-fs.ts';
import { leavesFolder } from '../../lib/path-inside-fs.ts';

/** The list of files a build wrote, kept in the output folder for the next build to compare. */
export const SITE_FILE_LIST = '.promptvault-site-files';

/**
 * Moves the site in `from` to `to`: a rename when `to` is missing or empty and on the same file
 * system (a 50,000-page site is a second or two of copying and as much again of deleting), else a
 * copy over what is there, then the files the previous build listed and this one lacks removed,
 * with the folders they leave empty. Returns the files removed, relative to `to`.
 */
export function placeSite(from: string, to: string): string[] {
  const written = listFiles(from);
  const previous = readFileList(to) ?? unlistedSiteFiles(to, written);
  if (fs.existsSync(to) && fs.readdirSync(to).length === 0) fs.rmdirSync(to);
  let renamed = false;
  if (!fs.existsSync(to)) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    try {
      fs.renameSync(from, to);
      renamed = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    }
  }
  if (!renamed) {
    fs.mkdirSync(to, { recursive: true });
    fs.cpSync(from, to, { recursive: true });
  }
  const keep = new Set(written);
  const removed = previous.filter((file) => !keep.has(file) && removable(to, file));
  for (const file of removed) {
    fs.rmSync(path.join(to, file), { force: true });
    removeEmptyFolders(to, path.dirname(file));
  }
  writeFileAtomic(path.join(to, SITE_FILE_LIST), written.map((file) => `${file}\n`).join(''));
  return removed;
}

/** The files under `folder`, relative, with `/` separators, sorted; the list file itself left out. */
export function listFiles(folder: string): string[] {
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => file !== SITE_FILE_LIST)
    .sort();
}

function readFileList(folder: string): string[] | undefined {
  try {
    return fs.readFileSync(path.join(folder, SITE_FILE_LIST), 'utf8').split('\n').filter((line) => line !== '');
  } catch {
    return undefined;
  }
}

/** A file every promptvault site has (the grid's list), which a folder of the user's own does not. */
const SITE_MARK = 'prompts/checkpoints.json';

/**
 * The previous build's files where it left no list: a site built by a promptvault from before the
 * list (session 36), whose stale pages (a branch preview's prompts) and old assets the first build after the upgrade kept
 * (newcomer36's leftover). Taken as that site's: the files in the folders this build writes too
 * (`prompts/`, `codex/`, `_astro/`, ...), never a file at the top (a CNAME) or in a folder of the
 * user's own; and only where the folder holds a promptvault site (its SITE_MARK).
 */
function unlistedSiteFiles(folder: string, written: string[]): string[] {
  if (!fs.existsSync(path.join(folder, SITE_MARK))) return [];
  const siteFolders = new Set(written.flatMap((file) => (file.includes('/') ? [file.slice(0, file.indexOf('/'))] : [])));
  return listFiles(folder).filter((file) => file.includes('/') && siteFolders.has(file.slice(0, file.indexOf('/'))));
}

/**
 * Whether a listed file may be removed: inside the folder by its path (a hand-edited list naming
 * `../x` or an absolute path removes nothing outside it) and by its real folder (a link inside the
 * output folder to a folder elsewhere is not followed), and a file or a link itself (an entry that
 * has become a folder since is left, not an error).
 */
function removable(folder: string, file: string): boolean {
  const relative = path.relative(folder, path.resolve(folder, file));
  if (relative === '' || leavesFolder(relative)) return false;
  const full = path.join(folder, relative);
  try {
    const realFolder = path.relative(fs.realpathSync(folder), fs.realpathSync(path.dirname(full)));
    if (leavesFolder(realFolder)) return false;
    const entry = fs.lstatSync(full);
    return entry.isFile() || entry.isSymbolicLink();
  } catch {
    // Gone already, or its folder is: nothing to remove.
    return false;
  }
}

function removeEmptyFolders(root: string, folder: string): void {
  for (let current = folder; current !== '.' && current !== ''; current = path.dirname(current)) {
    const full = path.join(root, current);
    try {
      if (fs.readdirSync(full).length > 0) return;
      fs.rmdirSync(full);
    } catch {
      return;
    }
  }
}
