import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from './repo.ts';
import { SHARED_HELPERS, sharedProcessTestFiles, touchesNoSharedState } from './shared-process-files.ts';

// Which test files share test processes (vitest.config.ts): only those whose text shows no way to
// touch state the next file would see.

const FILE = 'scripts/lib/guard/parse.test.ts';
const header = "import { describe, expect, it } from 'vitest';\n";
const body = "describe('x', () => it('y', () => expect(parse('a')).toEqual(['a'])));\n";

describe('the test files that share a process', () => {
  it('are those that import only pure modules and touch no process state', () => {
    expect(touchesNoSharedState(`${header}import { parse } from './parse.ts';\nimport { parse as yaml } from 'yaml';\nimport { createHash } from 'node:crypto';\n${body}`, FILE)).toBe(true);
    // Types are erased; the WordNet reader reads data shipped with the package and keeps it.
    expect(touchesNoSharedState(`${header}import type { SiteAudit } from '../site/load-vault-fs.ts';\nimport { createWordNetLexicon } from './wordnet-lexicon-fs.ts';\n${body}`, FILE)).toBe(true);
  });

  it.each([
    ['a node module with I/O', "import http from 'node:http';\n"],
    ['a package that is a node module', "import { spawnSync } from 'child_process';\n"],
    ['a test helper, on lines of its own', "import {\n  packedTarball,\n  sharedPackSettled,\n} from '../../test-utils/packed-tarball.ts';\n"],
    ['a test helper the list does not name', "import { waitUntil } from '../../test-utils/wait.ts';\n"],
    ['a test helper next to the file', "import { buildFixtureSite } from './test-build-fixture.ts';\n"],
    ['an I/O module of ours', "import { readConfig } from './read-fs.ts';\n"],
    ['a git module of ours', "import { listFiles } from '../git/index-git.ts';\n"],
    ['the environment', "const key = process.env.OPENAI_API_KEY;\n"],
    ['a mock or fake timers', 'vi.useFakeTimers();\n'],
    ['a global', 'globalThis.fetch = undefined;\n'],
    ['a module loaded at run time', "const mod = await import('./parse.ts');\n"],
    ['a timer', 'setTimeout(() => {}, 10);\n'],
    ['what a global setup provides', "const dir = inject('fixtureSiteDir');\n"],
    ['a matcher added to expect', "expect.extend({ toBeClause: () => ({ pass: true, message: () => '' }) });\n"],
    ['a snapshot serializer', 'expect.addSnapshotSerializer({ test: () => false, serialize: () => "" });\n'],
  ])('not one that uses %s', (_what, line) => {
    expect(touchesNoSharedState(`${header}${line}${body}`, FILE)).toBe(false);
  });

  it('read relative imports against the file: a helper imported from beside it in test-utils/ is a helper', () => {
    const text = `${header}import { packedTarball } from './packed-tarball.ts';\n${body}`;
    expect(touchesNoSharedState(text, 'scripts/test-utils/harness.test.ts')).toBe(false);
    expect(touchesNoSharedState(text, FILE)).toBe(true);
  });

  it('leave every file that builds sites or browsers, or uses a helper not read for its state, in a process of its own', () => {
    const shared = sharedProcessTestFiles(PROJECT_ROOT, ['scripts', 'site']);
    expect(shared.length).toBeGreaterThan(0);
    for (const file of shared) {
      expect(file).toMatch(/^(scripts|site)\/.+\.test\.ts$/);
      const text = fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8');
      expect(text).not.toMatch(/test-build-fixture|test-browser-site|chromium/);
      for (const [, helper] of text.matchAll(/^\s*import\s+(?!type\s)[^'";]*?from\s+'[^']*test-utils\/([^'/]+)'/gm)) expect(Object.keys(SHARED_HELPERS), `${file} imports ${helper}`).toContain(helper);
    }
    expect(shared).not.toContain('site/browser.test.ts');
    expect(shared).not.toContain('scripts/test-utils/shared-process-files.test.ts');
  });

  it('share the files of temporary repositories through the helpers read for their state', () => {
    const shared = sharedProcessTestFiles(PROJECT_ROOT, ['scripts', 'site']);
    const text = `${header}import fs from 'node:fs';\nimport { createRepo } from '../../test-utils/repo.ts';\nimport { flaggingCodes } from '../../test-utils/guard-verdict.ts';\n${body}`;
    expect(touchesNoSharedState(text, FILE)).toBe(true);
    expect(shared.some((file) => fs.readFileSync(path.join(PROJECT_ROOT, file), 'utf8').includes('test-utils/repo.ts'))).toBe(true);
  });

  it('name only helpers that exist and import no helper the list does not name (a constant of a global setup apart)', () => {
    const utils = path.join(PROJECT_ROOT, 'scripts/test-utils');
    for (const helper of Object.keys(SHARED_HELPERS)) {
      const text = fs.readFileSync(path.join(utils, helper), 'utf8');
      for (const [, imported] of text.matchAll(/^\s*import\s+(?!type\s)[^'";]*?from\s+'\.\/([^'/]+)'/gm)) {
        expect([...Object.keys(SHARED_HELPERS), 'run-temp-folder-setup.ts', 'process-alive.ts'], `${helper} imports ${imported}`).toContain(imported);
      }
      expect(text, helper).not.toMatch(/process\.(chdir|on\(|env\.\w+\s*=|env\[[^\]]+\]\s*=)|globalThis|\bvi\./);
    }
  });
});
