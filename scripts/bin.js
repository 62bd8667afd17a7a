#!/usr/bin/env node
// The `promptvault` command. In a checkout Node runs the TypeScript sources directly; under
// node_modules it does not strip types, so an installed copy runs the JavaScript compiled into
// build/ when the package was packed (`prepack`) or prepared from a git URL (`prepare`).
import { fileURLToPath } from 'node:url';

const installed = fileURLToPath(import.meta.url).split(/[\\/]/).includes('node_modules');
await import(installed ? '../build/scripts/cli.js' : './cli.ts');
