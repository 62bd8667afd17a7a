// Node-only: reads the `scripts` of a folder's package.json for init and doctor (absent or unreadable: undefined).
import fs from 'node:fs';
import path from 'node:path';

export function readPackageScripts(dir: string): Record<string, string> | undefined {
  try {
    return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  } catch {
    return undefined;
  }
}
