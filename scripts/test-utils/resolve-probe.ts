// A module given to `node --import` that records every specifier Node's resolver is asked for and
// writes them as JSON to $PROBE_OUT at exit: the tests of the bundle's chunk resolver and of the
// sources' own resolver use it to show which imports never reach Node's resolver.
export const RESOLVE_PROBE = [
  "import module from 'node:module';",
  "import fs from 'node:fs';",
  'const seen = [];',
  'module.registerHooks({ resolve(specifier, context, next) { seen.push(specifier); return next(specifier, context); } });',
  "process.on('exit', () => fs.writeFileSync(process.env.PROBE_OUT, JSON.stringify(seen)));",
].join('\n');
