import { describe, expect, it } from 'vitest';
import { dropUnusedRequire, REQUIRE_BANNER } from './require-banner.ts';

// The bundle's chunks get a `require` only where their code names one: a chunk that loses a
// banner it needed fails at run time (`require is not defined`), one that keeps a banner it does
// not need costs a createRequire on every load.

const chunk = (body: string, shebang = '') => `${shebang}${REQUIRE_BANNER}\n${body}`;

describe('the require banner of a bundled file', () => {
  it('is dropped from a file whose code never names require', () => {
    const body = 'import { a } from "./chunk-A.js";\nvar __require2 = 1;\nconst x = createRequire(import.meta.url);\nexport { a, x };\n';
    expect(dropUnusedRequire(chunk(body))).toBe(body);
  });

  it('stays where the code uses require, as esbuild\'s helper and CommonJS code do', () => {
    for (const body of ['var __require = (x) => typeof require !== "undefined" ? require : x;\n', 'const yaml = require("yaml");\n', 'f(require)\n']) {
      expect(dropUnusedRequire(chunk(body))).toBe(chunk(body));
    }
  });

  it('keeps the entry\'s shebang line first', () => {
    const body = 'import "./chunks/chunk-A.js";\n';
    expect(dropUnusedRequire(chunk(body, '#!/usr/bin/env node\n'))).toBe(`#!/usr/bin/env node\n${body}`);
    expect(dropUnusedRequire(chunk('require("x");\n', '#!/usr/bin/env node\n'))).toBe(chunk('require("x");\n', '#!/usr/bin/env node\n'));
  });

  it('leaves a file without the banner as it is', () => {
    expect(dropUnusedRequire('export const a = require;\n')).toBe('export const a = require;\n');
  });

  it('counts a property or a longer name as no use of require', () => {
    const body = 'module.require("x"); const requireAll = 1; obj.require = 2;\n';
    expect(dropUnusedRequire(chunk(body))).toBe(body);
  });
});
