#!/usr/bin/env node
// The `promptvault` command. In a checkout Node runs the TypeScript sources directly; under
// node_modules it does not strip types, so an installed copy runs the JavaScript compiled into
// build/ when the package was packed (`prepack`) or prepared from a git URL (`prepare`).
//
// First it checks Node's version against package.json's `engines`: on an older Node the CLI
// would die on a missing API (`Map.groupBy is not a function`) or on the `.ts` import. So this
// file must itself parse and run on old Node: plain JavaScript, nothing newer than ES2017 before
// the check (the `await import` at the end runs only on a Node that passed it).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const required = readRequiredNode(new URL('../package.json', import.meta.url));
if (required && olderThan(process.versions.node, required)) {
  process.stderr.write(
    'promptvault: needs Node ' + required.join('.') + ' or newer, and this is Node ' + process.versions.node + ' (' + process.execPath + '). ' +
    'Install Node 24 (https://nodejs.org, or `nvm install 24`), or pin it for this repository with ' +
    '`npm install --save-dev node@24` so that npm scripts and the git hooks run it.\n',
  );
  process.exitCode = 2;
} else {
  const installed = here.split(/[\\/]/).indexOf('node_modules') !== -1;
  await import(installed ? '../build/scripts/cli.js' : './cli.ts');
}

/** [major, minor] from `engines.node` (">=22.12"), or null when it cannot be read. */
function readRequiredNode(file) {
  try {
    const match = /(\d+)(?:\.(\d+))?/.exec(JSON.parse(readFileSync(file, 'utf8')).engines.node);
    return match ? [Number(match[1]), Number(match[2] || 0)] : null;
  } catch (error) {
    return null;
  }
}

function olderThan(version, [major, minor]) {
  const [have, haveMinor] = version.split('.').map(Number);
  return have < major || (have === major && haveMinor < minor);
}
