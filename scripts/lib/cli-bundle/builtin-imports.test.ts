import { describe, expect, it } from 'vitest';
import { staticBuiltinImports } from './builtin-imports.ts';

// What a module of the sources takes of each built-in, read off its text: the names its static
// imports bind (source-builtins-fs.ts exports them), and nothing for a built-in it needs whole.

describe('the built-ins a module imports statically', () => {
  it('names what its static imports take, a default import taking none', () => {
    const text = [
      "import fs from 'node:fs';",
      "import { spawnSync, type SpawnSyncReturns } from 'node:child_process';",
      "import path, { join as joinPath } from \"node:path\";",
      'import {',
      '  createHash,',
      '  hash,',
      "} from 'node:crypto';",
      "import { readFileSync } from 'node:fs';",
      'export const x = 1;',
    ].join('\n');
    expect(Object.fromEntries(staticBuiltinImports(text))).toEqual({
      'node:fs': ['readFileSync'], 'node:child_process': ['spawnSync'], 'node:path': ['join'], 'node:crypto': ['createHash', 'hash'],
    });
  });

  it('leaves out type-only imports, which Node erases', () => {
    expect(staticBuiltinImports("import type { Stats } from 'node:fs';\nexport const x = 1;\n").size).toBe(0);
  });

  it('leaves out a built-in also taken whole: a namespace, a dynamic import, a re-export, a string naming it', () => {
    const text = [
      "import { readFileSync } from 'node:fs';",
      "import * as os from 'node:os';",
      "import { join } from 'node:path';",
      "import { createHash } from 'node:crypto';",
      "import { spawn } from 'node:child_process';",
      "export { inflateSync } from 'node:zlib';",
      'export async function later() {',
      "  const { resolve } = await import('node:path');",
      "  return [resolve, process.getBuiltinModule('node:crypto'), require('node:child_process')];",
      '}',
    ].join('\n');
    expect(Object.fromEntries(staticBuiltinImports(text))).toEqual({ 'node:fs': ['readFileSync'] });
  });

  it('reads nothing from a module without built-ins, or mentioning one outside quotes', () => {
    expect(staticBuiltinImports("import { x } from './x.ts';\n// node:fs's streams\nexport const y = x;\n").size).toBe(0);
  });
});
