#!/usr/bin/env node
// The `promptvault` CLI's entry: turns Node's compile cache on, then starts the CLI (cli-main.ts).
// The hook runs on every commit, and the cache spares it compiling the same modules again each
// time; but a module's static imports are loaded and compiled before its body runs, so the cache
// is turned on here, in a file that imports nothing of ours, and everything else is loaded after.
// Measured on the 1-prompt commit of the bench's 10,000-prompt repository, run from the TypeScript
// sources (interleaved, 13 runs each, load average 15): 770 -> 680 ms of CPU. The bundle's entry
// imports little before its body, and gains nothing measurable.
// This file itself, run as `node scripts/cli.ts`, is stripped of its types before any cache is on,
// which loads Node's TypeScript parser (about 240 ms of CPU): the `promptvault` command and the
// hooks start from bin.js, which turns the cache on before importing this file.
// Imports only Node's modules (but is TypeScript: see above); takes Node's own through
// getBuiltinModule, as do the modules it imports: those load before the hooks below are on, and an
// `import` of a built-in would build its ES module facade (source-builtins-fs.ts).
import { useVendoredDependencies } from './lib/cli-bundle/vendored-deps-fs.ts';
import { resolveOwnModulesDirectly } from './lib/cli-bundle/own-modules-resolve-fs.ts';
import { takeBuiltinsDirectly } from './lib/cli-bundle/source-builtins-fs.ts';
import { compileEagerlyInHooks } from './eager-compile.js';

const module = process.getBuiltinModule('node:module');

// A hook run of the bundle compiles eagerly, with a cache folder of its own (eager-compile.js): set
// before the cache is turned on, here as in bin.js (which the bench's installed-copy rows do not run).
if (!import.meta.url.endsWith('.ts')) compileEagerlyInHooks();
const compileCache = module.enableCompileCache?.();
// Worker threads run from the sources start from a `.ts` file too, with the cache off (it is per
// thread): the variable turns it on before their first module. Measured alone, a worker of one
// small `.ts` module: 330 -> 135 ms of CPU. Only from the sources; the bundle's workers are as before.
if (import.meta.url.endsWith('.ts') && compileCache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = compileCache.directory;
// From the sources, zod and yaml load from one module each (a no-op in the bundle).
useVendoredDependencies();
// Our own modules (the bundle's chunks, or the sources' modules) are resolved without Node's resolver.
resolveOwnModulesDirectly(import.meta.url);
// From the sources, their `node:` imports take the built-ins as the bundle does (a no-op in the bundle).
takeBuiltinsDirectly(import.meta.url);
await import('./cli-main.ts');
