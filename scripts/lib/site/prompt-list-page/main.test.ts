import { describe, expect, it } from 'vitest';
import { promptListMainHtml, promptListPageTitle } from './main.ts';
import { listPage } from '../list-page.ts';
import type { PromptListEntry } from '../prompt-list.ts';
import { routes } from '../urls.ts';

const url = (sitePath: string) => `/base/${sitePath}`;
const HOSTILE = `"><img src=x onerror=alert(1)>`;
const entry = (id: string, fields: Partial<PromptListEntry> = {}): PromptListEntry => ({ id, title: `Title of ${id}`, versions: 2, deleted: false, movedTo: null, ...fields });

describe('a page of the prompt list', () => {
  it('says how many prompts there are, which of them are on the page, their versions and which were deleted or moved where', () => {
    const list = [entry('a/1'), entry('a/2', { versions: 0 }), entry('a/3', { deleted: true, versions: 1 }), entry('a/4', { deleted: true, versions: 1, movedTo: 'a/1' })];
    const html = promptListMainHtml(listPage(list, 2, 2), url);
    expect(html).toContain('<h1>Prompts, page 2</h1>');
    expect(html).toContain('4 prompt(s) by id; 3–4 on this page.');
    expect(html).toContain(`<li><a href="${url(routes.prompt('a/3'))}">a/3</a> <span class="muted">Title of a/3 · 1 version(s) · deleted</span></li>`);
    expect(html).toContain(`<li><a href="${url(routes.prompt('a/4'))}">a/4</a> <span class="muted">Title of a/4 · 1 version(s) · moved to <a href="${url(routes.prompt('a/1'))}">a/1</a></span></li>`);
    expect(html).toContain(`href="${url(routes.promptList(1))}"`);
    expect(promptListMainHtml(listPage(list, 2, 1), url)).toContain('<span class="muted">Title of a/2</span>');
    expect(promptListPageTitle(1)).toBe('Prompts');
    expect(promptListPageTitle(3)).toBe('Prompts, page 3');
  });

  it('escapes every id and title, in text and in links', () => {
    const html = promptListMainHtml(listPage([entry(`lab/${HOSTILE}`, { title: `<script>window.__pwned = 1</script>` })], 10, 1), url);
    const outsideValues = html.replace(/="[^"]*"/g, '=""');
    expect(outsideValues).not.toContain('<img');
    expect(outsideValues).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain(`href="${url(routes.prompt(`lab/${HOSTILE}`))}"`);
    expect(routes.prompt(`lab/${HOSTILE}`)).toMatch(/^prompts\/lab\/[A-Za-z0-9~._-]+\/$/);
  });
});
