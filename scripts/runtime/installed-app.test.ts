import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, inheritedEnv, PROJECT_ROOT, promptFile, type RunResult, type TestRepo } from '../test-utils/repo.ts';
import { packedTarball } from '../test-utils/packed-tarball.ts';

// The route an application takes: promptvault packed as a tarball and installed into a fresh
// application folder; a bundle built by the installed CLI from a repository with two labels and a
// moved prompt; the application type-checked against the generated types with TypeScript, and run.

let repo: TestRepo;
let app: string;
const NODE = path.join(PROJECT_ROOT, 'node_modules/.bin/node');
const TSC = path.join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc');

function run(command: string, args: string[], cwd: string): RunResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...inheritedEnv(), PATH: `${path.dirname(NODE)}:${process.env.PATH}` } });
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
const promptvault = (args: string[]) => run(NODE, [path.join(app, 'node_modules/promptvault/scripts/bin.js'), '--cwd', repo.dir, ...args], app);
const refund = (body: string) => promptFile({ title: 'Refund request', assistant: 'support-bot' }, body);

beforeAll(async () => {
  const tarball = await packedTarball();
  app = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-app-'));
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'refund-service', private: true, type: 'module' }, null, 2));
  const installed = run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);
  expect(installed.code, installed.stderr).toBe(0);

  repo = createRepo();
  repo.write('prompts/support/refund.md', refund('Help {{ customer_name }} with the refund of order {{order_id}}.'));
  repo.write('prompts/faq.md', refund('Answer questions about {{product}}.'));
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  repo.write('prompts/support/refund.md', refund('Help {{ customer_name }} kindly with the refund of order {{order_id}} by {{deadline}}.'));
  expect(repo.commit('kinder refund, with a deadline', '2026-01-03').code).toBe(0);
});

afterAll(() => {
  repo?.cleanup();
  if (app) fs.rmSync(app, { recursive: true, force: true });
});

describe('an application using promptvault/runtime from the installed package', () => {
  it('moves labels as commits of vault/labels/, and they follow a moved prompt', () => {
    expect(promptvault(['label', 'set', 'production', 'support/refund@1', 'faq@1']).code).toBe(0);
    expect(repo.commit('production: refund v1, faq v1', '2026-01-04', { add: false }).code).toBe(0);
    expect(promptvault(['label', 'set', 'staging', '--all']).code).toBe(0);
    expect(repo.commit('staging: everything current', '2026-01-05', { add: false }).code).toBe(0);
    fs.mkdirSync(path.join(repo.dir, 'prompts/billing'));
    expect(repo.git(['mv', 'prompts/support/refund.md', 'prompts/billing/refund.md']).code).toBe(0);
    expect(repo.commit('move refund under billing', '2026-01-06', { add: false }).code).toBe(0);
    const checked = promptvault(['check']);
    expect(checked.code, checked.stdout).toBe(0);
    expect(repo.git(['log', '--format=%s', '--', 'vault/labels/']).stdout).toBe('staging: everything current\nproduction: refund v1, faq v1\n');
  });

  it('builds a bundle and types with the installed CLI, type-checks the application, and rejects a misspelled variable', () => {
    for (const schema of ['prompt-front-matter.schema.json', 'promptvault-config.schema.json']) expect(fs.existsSync(path.join(app, 'node_modules/promptvault/scripts/json-schema', schema)), schema).toBe(true);
    const built = promptvault(['bundle', '--out', path.join(app, 'prompts.json'), '--types', path.join(app, 'prompts.d.ts')]);
    expect(built.code, built.stderr).toBe(0);
    expect(built.stderr).toContain('promptvault bundle: 4 prompt version(s)');
    fs.writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, resolveJsonModule: true, allowImportingTsExtensions: true, types: [], lib: ['es2022', 'dom'] },
      files: ['app.ts'],
    }, null, 2));
    fs.writeFileSync(path.join(app, 'app.ts'), [
      "import bundle from './prompts.json' with { type: 'json' };",
      "import { loadBundle } from 'promptvault/runtime';",
      "import type { PromptTypes } from './prompts.d.ts';",
      '',
      'const prompts = loadBundle<PromptTypes>(bundle);',
      "const production = prompts.get('billing/refund', { label: 'production' });",
      "const current = prompts.get('billing/refund');",
      "const text = production.render({ customer_name: 'Ada', order_id: 'A-42' });",
      "const now = current.render({ customer_name: 'Ada', order_id: 'A-42', deadline: 'Friday' });",
      "console.log(JSON.stringify({ text, now, version: production.versionLabel, staging: prompts.get('faq', { label: 'staging' }).render({ product: 'Vault' }) }));",
      '',
    ].join('\n'));
    const typed = run(NODE, [TSC, '-p', 'tsconfig.json'], app);
    expect(typed.code, typed.stdout + typed.stderr).toBe(0);

    fs.writeFileSync(path.join(app, 'tsconfig.typo.json'), JSON.stringify({ extends: './tsconfig.json', files: ['typo.ts'] }));
    fs.writeFileSync(path.join(app, 'typo.ts'), [
      "import bundle from './prompts.json' with { type: 'json' };",
      "import { loadBundle } from 'promptvault/runtime';",
      "import type { PromptTypes } from './prompts.d.ts';",
      'const prompts = loadBundle<PromptTypes>(bundle);',
      "prompts.get('billing/refund', { label: 'production' }).render({ customer_nam: 'Ada', order_id: 'A-42' });",
      "prompts.get('billing/refnd');",
      '',
    ].join('\n'));
    const typo = run(NODE, [TSC, '-p', 'tsconfig.typo.json'], app);
    expect(typo.code).not.toBe(0);
    expect(typo.stdout).toMatch(/typo\.ts\(5,\d+\).*customer_nam/);
    expect(typo.stdout).toMatch(/typo\.ts\(6,\d+\).*billing\/refnd/);
  });

  it('runs and renders the labelled version', () => {
    const ran = run(NODE, ['app.ts'], app);
    expect(ran.code, ran.stderr).toBe(0);
    const out = JSON.parse(ran.stdout) as { text: string; now: string; version: string; staging: string };
    expect(out.text).toBe('Help Ada with the refund of order A-42.\n');
    expect(out.now).toBe('Help Ada kindly with the refund of order A-42 by Friday.\n');
    expect(out.version).toMatch(/^v1·[0-9a-f]{6}$/);
    expect(out.staging).toBe('Answer questions about Vault.\n');
  });

  it('serves a CommonJS application: require() in JavaScript, import() in TypeScript under module node16 with the generated types', () => {
    const cjs = path.join(app, 'cjs');
    fs.mkdirSync(cjs, { recursive: true });
    fs.writeFileSync(path.join(cjs, 'package.json'), JSON.stringify({ type: 'commonjs' }));
    fs.copyFileSync(path.join(app, 'prompts.json'), path.join(cjs, 'prompts.json'));
    fs.copyFileSync(path.join(app, 'prompts.d.ts'), path.join(cjs, 'prompts.d.ts'));
    fs.writeFileSync(path.join(cjs, 'plain.js'), [
      "const { loadBundle } = require('promptvault/runtime');",
      "console.log(loadBundle(require('./prompts.json')).get('faq', { label: 'staging' }).render({ product: 'Vault' }));",
      '',
    ].join('\n'));
    const plain = run(NODE, ['plain.js'], cjs);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toBe('Answer questions about Vault.\n\n');

    fs.writeFileSync(path.join(cjs, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'es2022', module: 'node16', moduleResolution: 'node16', strict: true, outDir: 'out', resolveJsonModule: true, types: [], lib: ['es2022', 'dom'] },
      files: ['service.ts'],
    }, null, 2));
    fs.writeFileSync(path.join(cjs, 'service.ts'), [
      "import type { PromptTypes } from './prompts.js';",
      "import bundle = require('./prompts.json');",
      'async function main(): Promise<void> {',
      "  const { loadBundle } = await import('promptvault/runtime');",
      "  const prompts = loadBundle<PromptTypes>(bundle);",
      "  console.log(prompts.get('billing/refund', { label: 'production' }).render({ customer_name: 'Ada', order_id: 'A-42' }));",
      '}',
      'void main();',
      '',
    ].join('\n'));
    const typed = run(NODE, [TSC, '-p', 'tsconfig.json'], cjs);
    expect(typed.code, typed.stdout + typed.stderr).toBe(0);
    fs.copyFileSync(path.join(cjs, 'prompts.json'), path.join(cjs, 'out/prompts.json'));
    const ran = run(NODE, ['out/service.js'], cjs);
    expect(ran.code, ran.stderr).toBe(0);
    expect(ran.stdout).toBe('Help Ada with the refund of order A-42.\n\n');
  });

  it('fails check on a dangling label', () => {
    repo.write('vault/labels/staging.yaml', repo.read('vault/labels/staging.yaml').replace(/key: 0001-[0-9a-f]{12}/, 'key: 0001-ffffffffffff'));
    expect(repo.commit('point staging at nothing', '2026-01-07', { args: ['--no-verify'] }).code).toBe(0);
    const checked = promptvault(['check']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/vault\/labels\/staging\.yaml:\d+: label staging names faq@v1·ffffff, which has no record/);
  });
});
