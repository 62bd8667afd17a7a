// The framed pages written by the writer thread are the bytes this thread writes, and a page the
// file system refuses fails the build, whichever thread met it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FramedPages } from './handoff.ts';
import { writeFramedPages } from './write-fs.ts';
import { openPageWriter } from './writer-thread-fs.ts';

let temp: string;
const frame = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title} · promptvault</title><link rel="stylesheet" href="/_astro/parts.css"></head><body><nav>x</nav><main id="main">${main}</main><footer>f</footer></body></html>`;

/** A site folder holding the template page Astro would have rendered. */
function siteWithTemplate(name: string): string {
  const dir = path.join(temp, name);
  fs.mkdirSync(path.join(dir, 'kind/first'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'kind/first/index.html'), frame('first', '<h1>first</h1>'));
  return dir;
}

/** `count` pages whose titles and content hold markup and entities, as prompt ids and texts may. */
function pagesOf(count: number, fileOf = (i: number) => `kind/p-${i % 7}/${i}/index.html`): FramedPages {
  return {
    name: 'test pages', template: { file: 'kind/first/index.html', title: 'first', main: () => '<h1>first</h1>' }, count,
    page: (i) => ({ file: fileOf(i), title: `p${i} <script>alert(${i})</script> & "q"`, main: `<h1>page ${i}</h1><pre>${'&lt;img onerror=x&gt; '.repeat(i % 50)}</pre>` }),
  };
}

function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return files;
}

beforeAll(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-framed-write-'));
});
afterAll(() => fs.rmSync(temp, { recursive: true, force: true }));

describe('writing framed pages', () => {
  it('writes the same bytes in a writer thread as on the calling thread, titles escaped in the frame', async () => {
    const threaded = siteWithTemplate('threaded');
    const here = siteWithTemplate('here');
    const pages = pagesOf(1_500);
    const [a, b] = [await writeFramedPages(threaded, pages, { thread: true }), await writeFramedPages(here, pages, { thread: false })];
    expect([...a].sort()).toEqual([...b].sort());
    expect(a).toHaveLength(1_500);
    const [filesA, filesB] = [filesOf(threaded), filesOf(here)];
    expect(filesA.size).toBe(1_501);
    expect(filesA).toEqual(filesB);
    const page = filesA.get('kind/p-3/10/index.html')!;
    expect(page).toContain('<title>p10 &lt;script&gt;alert(10)&lt;/script&gt; &amp; &quot;q&quot; · promptvault</title>');
    expect(page).not.toContain('<script>');
  });

  it('has the writer thread write every page it is given, leaving none to the caller', async () => {
    const dir = siteWithTemplate('thread-only');
    const writer = openPageWriter(dir, { html: frame('first', '<h1>first</h1>'), title: 'first', main: '<h1>first</h1>' })!;
    expect(writer).toBeDefined();
    const pages = pagesOf(600);
    for (let i = 0; i < pages.count; i++) {
      const { file, title, main } = pages.page(i);
      await writer.write(file, title, main);
    }
    expect(await writer.close()).toEqual([]);
    expect(filesOf(dir).size).toBe(601);
  });

  it('fails when the file system refuses a page, whether the writer thread or this one met it', async () => {
    for (const thread of [true, false]) {
      const dir = siteWithTemplate(`refused-${thread}`);
      // A file where page 700's folder must go.
      fs.mkdirSync(path.join(dir, 'kind/p-0'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'kind/p-0/700'), 'not a folder');
      await expect(writeFramedPages(dir, pagesOf(1_000), { thread })).rejects.toThrow(/700/);
    }
  });
});
