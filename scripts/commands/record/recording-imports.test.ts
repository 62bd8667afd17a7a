import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';

// Every recording commit loads recording.ts and what it imports, so whatever those modules build
// as they load is paid on every commit. The config's reader is the costly one: it brings the zod
// library, the config's schema (the only zod schema a recording commit would build) and the YAML
// library, run as they load. A commit whose .promptvault.yaml did not change takes its config from
// the cache (config-cache-fs.ts) and needs none of them; the reader loads when a config is parsed.
// Which modules a fresh Node process resolves is read with a module hook.
const PROBE = [
  "import module from 'node:module';",
  'const resolved = [];',
  'module.registerHooks({ resolve(specifier, context, next) { const result = next(specifier, context); resolved.push(result.url); return result; } });',
  'await import(process.env.PROBED_MODULE);',
  'process.stdout.write(JSON.stringify(resolved));',
].join('\n');

/** The URLs a fresh Node process resolves to import `file` (a path under the project). */
function resolvedBy(file: string): string[] {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE], {
    cwd: PROJECT_ROOT, encoding: 'utf8', env: { ...process.env, PROBED_MODULE: pathToFileURL(path.join(PROJECT_ROOT, file)).href, NODE_OPTIONS: '' },
  });
  expect(result.status, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as string[];
}

const CONFIG_READER = /\/scripts\/lib\/(schema\/config|config\/read-fs)\.ts$|\/node_modules\/(zod|yaml)\//;

describe("a recording commit's modules", () => {
  it("leave out the config's reader, its schema and the zod and YAML libraries", () => {
    const urls = resolvedBy('scripts/commands/record/recording.ts');
    // The recorder itself is there (the probe sees the graph), the config's reader is not.
    expect(urls.some((url) => url.endsWith('/scripts/lib/recorder/record-commit.ts'))).toBe(true);
    expect(urls.filter((url) => CONFIG_READER.test(url))).toEqual([]);
  });

  it('are told apart from the config reader by the same probe: it brings its schema, zod and YAML', () => {
    const urls = resolvedBy('scripts/lib/config/read-fs.ts');
    expect(urls.some((url) => url.endsWith('/scripts/lib/schema/config.ts'))).toBe(true);
    expect(urls.some((url) => /\/node_modules\/zod\//.test(url))).toBe(true);
    expect(urls.some((url) => /\/node_modules\/yaml\//.test(url))).toBe(true);
  });
});
