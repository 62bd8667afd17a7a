// The prompt pages written after Astro's: each in its own folder, never over a file of the site's own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../urls.ts';
import { writeFramedPages } from '../framed-pages/write-fs.ts';
import { framedPromptPages, type PromptPagesToWrite } from './framed.ts';

const writePromptPages = (outDir: string, pages: PromptPagesToWrite) => writeFramedPages(outDir, framedPromptPages(pages));

let outDir: string;
const frame = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title} · promptvault</title></head><body><main id="main">${main}</main></body></html>`;
const gridPage = frame('Checkpoints', '<h1>Checkpoints</h1>');
const manifest = JSON.stringify({ total: 0, shard_rows: 2000, shards: ['grid/rows-1.json'] });

beforeAll(() => {
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-prompt-pages-'));
  // What Astro left: the template prompt's page and the grid's data file.
  fs.mkdirSync(path.join(outDir, routes.prompt('a/first')), { recursive: true });
  fs.writeFileSync(path.join(outDir, routes.prompt('a/first'), 'index.html'), frame('a/first', '<h1>a/first</h1>'));
  fs.writeFileSync(path.join(outDir, routes.checkpointsJson()), manifest);
});
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('writing the prompt pages Astro did not render', () => {
  it('gives prompts named like the grid\'s data file (checkpoints.json, checkpoints.json/x) their own folders and leaves that file as it was', async () => {
    const rest = ['checkpoints.json', 'checkpoints.json/x', 'checkpoints/y', 'b'];
    const written = await writePromptPages(outDir, { template: 'a/first', rest, mainHtml: (id) => `<h1>${id}</h1>` });
    expect(written.sort()).toEqual(['prompts/b/index.html', 'prompts/checkpoints/y/index.html', 'prompts/~63heckpoints.json/index.html', 'prompts/~63heckpoints.json/x/index.html']);
    for (const id of rest) expect(fs.readFileSync(path.join(outDir, routes.prompt(id), 'index.html'), 'utf8')).toBe(frame(id, `<h1>${id}</h1>`));
    expect(fs.readFileSync(path.join(outDir, routes.checkpointsJson()), 'utf8')).toBe(manifest);
  });

  it('gives a prompt named checkpoints its own page and leaves the grid\'s page (prompts/checkpoints/) as it was', async () => {
    fs.mkdirSync(path.join(outDir, routes.checkpoints()), { recursive: true });
    fs.writeFileSync(path.join(outDir, routes.checkpoints(), 'index.html'), gridPage);
    const written = await writePromptPages(outDir, { template: 'a/first', rest: ['checkpoints'], mainHtml: (id) => `<h1>${id}</h1>` });
    expect(written).toEqual(['prompts/~63heckpoints/index.html']);
    expect(routes.prompt('checkpoints')).not.toBe(routes.checkpoints());
    expect(fs.readFileSync(path.join(outDir, 'prompts/~63heckpoints/index.html'), 'utf8')).toBe(frame('checkpoints', '<h1>checkpoints</h1>'));
    expect(fs.readFileSync(path.join(outDir, routes.checkpoints(), 'index.html'), 'utf8')).toBe(gridPage);
  });

  it('escapes those names in any case, since a file system that ignores case would give them the same folder', () => {
    expect(routes.prompt('Checkpoints')).toBe('prompts/~43heckpoints/');
    expect(routes.prompt('CHECKPOINTS.JSON/x')).toBe('prompts/~43HECKPOINTS.JSON/x/');
    expect(routes.prompt('Checkpoints/y')).toBe('prompts/Checkpoints/y/');
  });
});
