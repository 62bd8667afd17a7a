// Node-only: writes lib/guard/irregular-plurals.data.ts, the irregular plural folds the guard
// reads, from the `english-plurals-list` package (`npx node scripts/lib/guard/irregular-plurals-write-fs.ts`
// after the package is upgraded or the rule in _irregular-plural-folds.ts changes; the test of
// irregular-plurals.test.ts says when).
import path from 'node:path';
import PLURALS from 'english-plurals-list/dist/plurals.json' with { type: 'json' };
import { packageRoot } from '../package-root-fs.ts';
import { writeFileAtomic } from '../vault/write-fs.ts';
import { foldsModule, foldsOf } from './_irregular-plural-folds.ts';

export const FOLDS_FILE = 'scripts/lib/guard/irregular-plurals.data.ts';

/** The data module's text from the installed list. */
export function currentFoldsModule(): string {
  return foldsModule(foldsOf(PLURALS as Record<string, string>));
}

if (import.meta.main) {
  writeFileAtomic(path.join(packageRoot(), FOLDS_FILE), currentFoldsModule());
  process.stdout.write(`wrote ${FOLDS_FILE}\n`);
}
