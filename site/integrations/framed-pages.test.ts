// A build whose lists fit on one page (a vault with no mutations yet) has no framed pages to
// write; the build's log said "0 mutation list pages written in 0.0 s", which read as a fault.
// Nothing is said of a kind with none, and a kind with some is still counted.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { framedPages } from './framed-pages.ts';
import { publishFramedPages } from '../../scripts/lib/site/framed-pages/handoff.ts';
import { framedListPages } from '../../scripts/lib/site/framed-pages/list-pages.ts';

const out = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-framed-'));
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe("the build's log of the pages written after Astro's", () => {
  it('says nothing of a list that fits on one page, and counts the pages of a longer one', async () => {
    // The frame of page 1, as Astro writes it.
    for (const [dir, title] of [['mutations', 'Mutations'], ['prompts', 'Prompts']]) {
      fs.mkdirSync(path.join(out, dir!), { recursive: true });
      fs.writeFileSync(path.join(out, dir!, 'index.html'), `<!DOCTYPE html><html lang="en"><head><title>${title}, page 1 · promptvault</title></head><body><main id="main">page 1</main></body></html>`);
    }
    publishFramedPages(framedListPages('mutation list pages', 1, (n) => ({ file: n === 1 ? 'mutations/index.html' : `mutations/${n}/index.html`, title: `Mutations, page ${n}`, main: () => `page ${n}` })));
    publishFramedPages(framedListPages('prompt list pages', 3, (n) => ({ file: n === 1 ? 'prompts/index.html' : `prompts/${n}/index.html`, title: `Prompts, page ${n}`, main: () => `page ${n}` })));
    const said: string[] = [];
    const done = framedPages().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
    await done({ dir: pathToFileURL(`${out}/`), logger: { info: (line: string) => said.push(line) } });
    expect(said.map((line) => line.replace(/ in [\d.]+ s$/, ''))).toEqual(['2 prompt list pages written']);
    expect(fs.existsSync(path.join(out, 'prompts/3/index.html'))).toBe(true);
  });
});
