import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../package-root-fs.ts';
import { buildVendoredDependencies } from './build-fs.ts';
import { vendoredUrl, vendorIsCurrent } from './vendored-deps-fs.ts';

describe('the sources loading zod and yaml from their vendored modules', () => {
  let root: string;
  const write = (file: string, when: number) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), '');
    fs.utimesSync(path.join(root, file), when, when);
  };
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-vendor-'));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('redirects only our scripts\' zod and yaml imports, and only to a vendored copy built after the last install', () => {
    const ours = pathToFileURL(path.join(root, 'scripts/lib/vault/serialize.ts')).href;
    expect(vendorIsCurrent(root)).toBe(false);
    expect(vendoredUrl('yaml', ours, root)).toBeUndefined();
    write('node_modules/.package-lock.json', 1_000);
    write('build/cli/vendor/zod.js', 2_000);
    // One of the two missing: neither is used.
    expect(vendorIsCurrent(root)).toBe(false);
    write('build/cli/vendor/yaml.js', 2_000);
    expect(vendorIsCurrent(root)).toBe(true);
    expect(vendoredUrl('yaml', ours, root)).toBe(pathToFileURL(path.join(root, 'build/cli/vendor/yaml.js')).href);
    expect(vendoredUrl('zod', ours, root)).toBe(pathToFileURL(path.join(root, 'build/cli/vendor/zod.js')).href);
    // Other packages, subpaths, and importers outside scripts/ (Astro's own zod) resolve as usual.
    expect(vendoredUrl('gray-matter', ours, root)).toBeUndefined();
    expect(vendoredUrl('zod/v4/core', ours, root)).toBeUndefined();
    expect(vendoredUrl('zod', pathToFileURL(path.join(root, 'node_modules/astro/dist/index.js')).href, root)).toBeUndefined();
    expect(vendoredUrl('zod', pathToFileURL(path.join(root, 'site/content.config.ts')).href, root)).toBeUndefined();
    // An install after the build (other versions, maybe): node_modules again.
    write('node_modules/.package-lock.json', 3_000);
    expect(vendorIsCurrent(root)).toBe(false);
    expect(vendoredUrl('zod', ours, root)).toBeUndefined();
  });

  it('builds modules that export what the packages export and behave the same', async () => {
    const outdir = path.join(root, 'vendor');
    await buildVendoredDependencies(packageRoot(), outdir);
    const require = createRequire(path.join(packageRoot(), 'package.json'));
    const yaml = await import(pathToFileURL(path.join(outdir, 'yaml.js')).href);
    const installedYaml = require('yaml') as typeof import('yaml');
    expect(Object.keys(yaml).sort()).toEqual(Object.keys(installedYaml).sort());
    const text = 'title: "Refunds: the rules"\ntags: [a, b]\nnested: { x: 1 }\n';
    expect(yaml.parseDocument(text).toJS()).toEqual(installedYaml.parseDocument(text).toJS());
    expect(yaml.stringify({ a: 'x: y', b: [1, 2] })).toBe(installedYaml.stringify({ a: 'x: y', b: [1, 2] }));
    const zod = await import(pathToFileURL(path.join(outdir, 'zod.js')).href);
    const installedZod = await import('zod');
    expect(Object.keys(zod).sort()).toEqual(Object.keys(installedZod).sort());
    const issues = (z: typeof installedZod) => z.z.object({ title: z.z.string().min(1), version: z.z.number().int() }).safeParse({ title: '', version: 1.5 }).error?.issues;
    expect(issues(zod)).toEqual(issues(installedZod));
  });
});
