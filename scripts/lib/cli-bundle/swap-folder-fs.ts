// Node-only: replaces a folder by one built beside it, so that readers see the old folder or the
// new one whole, never one being written (build-fs.ts builds build/cli/ this way).
import fs from 'node:fs';

/**
 * Puts folder `built` at `target`, moving away whatever is there and removing it afterwards. A
 * folder cannot be renamed over a folder with files in it, so `target` is missing between two
 * renames (microseconds, where the build took seconds). Another build that got its own folder in
 * meanwhile is moved away in turn: the last build to finish wins, whole.
 */
export function swapFolderIn(built: string, target: string): void {
  const old = `${target}.old-${process.pid}`;
  fs.rmSync(old, { recursive: true, force: true });
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(target, old);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      fs.renameSync(built, target);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt === 5) throw error;
      // Another build put its folder in between our two renames: move that one away too.
      fs.rmSync(old, { recursive: true, force: true });
    }
  }
  fs.rmSync(old, { recursive: true, force: true });
}
