import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';

// Run from the sources, the CLI's modules take Node's built-ins without ES module facades
// (source-builtins-fs.ts): what they import statically comes from a module that reads those names
// off the built-in, and a facade, which reads every export and loads what the lazy ones load, is
// never built for them. Here on a small graph of `.ts` modules entered as scripts/cli.ts enters
// the sources: an entry that turns the hooks on, then imports the rest.

const HOOKS = pathToFileURL(path.join(PROJECT_ROOT, 'scripts/lib/cli-bundle/source-builtins-fs.ts')).href;
/** Internal modules that node:fs's and node:util's facades load, and nothing here uses. */
const FACADE_ONLY = /^NativeModule internal\/(fs\/streams|fs\/promises|util\/diff)$/;

describe("the sources' built-ins", () => {
  let folder: string;
  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-source-builtins-'));
  });
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  /** Runs entry.ts of `files` (after `takeBuiltinsDirectly`, unless `hooks` is false); its status, output and the facade-only modules loaded. */
  const run = (files: Record<string, string>, hooks = true) => {
    const dir = fs.mkdtempSync(path.join(folder, 'graph-'));
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    fs.writeFileSync(path.join(dir, 'entry.ts'), [
      `const { takeBuiltinsDirectly } = await import(${JSON.stringify(HOOKS)});`,
      hooks ? 'takeBuiltinsDirectly(import.meta.url);' : '',
      "await import('./main.ts');",
      "process.on('exit', () => process.stderr.write('facade only: ' + process.moduleLoadList.filter((name) => " + FACADE_ONLY.toString() + ".test(name)).join(' ') + '\\n'));",
    ].join('\n'));
    const result = spawnSync(process.execPath, [path.join(dir, 'entry.ts')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, facadeOnly: /facade only: (.*)/.exec(result.stderr)?.[1] ?? '' };
  };

  const GRAPH = {
    // Two modules taking different names of node:fs: the second needs a module with both.
    'main.ts': "import fs, { readFileSync } from 'node:fs';\nimport { parseArgs } from 'node:util';\nimport { size } from './size.ts';\nconsole.log(typeof readFileSync, typeof fs.statSync, typeof parseArgs, size(import.meta.filename) > 0);\n",
    'size.ts': "import { statSync, type Stats } from 'node:fs';\nexport const size = (file: string): number => (statSync(file) as Stats).size;\n",
  };

  it('links the names each module imports, and loads no facade', () => {
    const result = run(GRAPH);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe('function function function true\n');
    expect(result.facadeOnly).toBe('');
    // Without the hooks, the same graph builds node:fs's and node:util's facades.
    expect(run(GRAPH, false).facadeOnly).toMatch(/internal\/fs\/streams.*internal\/util\/diff|internal\/util\/diff.*internal\/fs\/streams/);
  });

  it('leaves to Node what it imports otherwise: whole, dynamically, or a name the built-in lacks', () => {
    const whole = run({ 'main.ts': "import * as fs from 'node:fs';\nconst { join } = await import('node:path');\nconsole.log(typeof fs.readFileSync, typeof join);\n" });
    expect(whole.status, whole.stderr).toBe(0);
    expect(whole.stdout).toBe('function function\n');
    const missing = run({ 'main.ts': "import { noSuchExport } from 'node:fs';\nconsole.log(noSuchExport);\n" });
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain("does not provide an export named 'noSuchExport'");
    // A name the built-in has only through its prototype is no export of it, as under Node.
    const inherited = run({ 'main.ts': "import { toString } from 'node:fs';\nconsole.log(typeof toString);\n" });
    expect(inherited.status, inherited.stdout).not.toBe(0);
    expect(inherited.stderr).toContain("does not provide an export named 'toString'");
  });
});
