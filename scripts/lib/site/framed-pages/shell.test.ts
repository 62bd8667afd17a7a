import { describe, expect, it } from 'vitest';
import { pageShell } from './shell.ts';
import { text } from '../html.ts';

const frame = (title: string, main: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>${title} · promptvault</title><link rel="stylesheet" href="/_astro/a.css"></head><body><header class="site"><nav aria-label="Main"></nav></header><main id="main">${main}</main><footer class="site">f</footer></body></html><script type="module" src="/_astro/p.js"></script>`;

describe('a page written from the page Astro rendered', () => {
  it('keeps that page\'s head, frame and script, with its own title and content, escaped', () => {
    const shell = pageShell(frame('a/first', '<h1>First</h1>'), 'a/first', '<h1>First</h1>');
    const id = `b/<script>alert("x")</script>&'`;
    expect(shell.page(id, '<h1>Second</h1>')).toBe(frame(text(id), '<h1>Second</h1>'));
    expect(shell.page(id, '')).not.toContain('<script>alert');
  });

  it('refuses a page that does not hold the content it was rendered with, once, or its title', () => {
    expect(() => pageShell(frame('a', '<h1>A</h1>'), 'a', '<h1>B</h1>')).toThrow(/does not hold its <main> content once/);
    expect(() => pageShell(frame('a', '<h1>A</h1>') + '<main id="main"><h1>A</h1></main>', 'a', '<h1>A</h1>')).toThrow(/once/);
    expect(() => pageShell(frame('other', '<h1>A</h1>'), 'a', '<h1>A</h1>')).toThrow(/has no <title>a · promptvault<\/title>/);
  });
});
