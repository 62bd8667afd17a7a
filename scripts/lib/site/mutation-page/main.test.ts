import { describe, expect, it } from 'vitest';
import { mutationMainHtml, mutationPage } from './main.ts';
import type { SiteModel, VersionView } from '../site-model.ts';
import { TRAIT_NAMES, type TraitName } from '../../schema/traits.ts';
import { routes } from '../urls.ts';

const url = (sitePath: string) => `/base/${sitePath}`;
const HOSTILE = `"><img src=x onerror=alert(1)>`;
const delta = Object.fromEntries(TRAIT_NAMES.map((name, i) => [name, i === 0 ? 3 : 0])) as Record<TraitName, number>;

/** A version with a mutation log; `hostile` puts markup in everything a record or a path can carry. */
function version(n: number, hostile = false): VersionView {
  const prompt = hostile ? `lab/${HOSTILE}` : `team/p${n}`;
  const parent = { prompt, version: 1, key: `${prompt}@1`, label: 'v1·aaaaaa', path: routes.prompt(prompt), text: hostile ? `<script>window.__pwned = 1</script>\n` : 'old\n' };
  return {
    key: `${prompt}@${n}`, prompt, version: n, label: `v${n}·bbbbbb`, recordKey: 'bbbbbbbbbbbb', anchor: `v${n}-bbbbbb`, path: routes.prompt(prompt),
    checkpoint: { text: hostile ? `<script>window.__pwned = 2</script>\n` : 'new\n', commit: hostile ? `${HOSTILE}0000000` : '0123456789abcdef' },
    mutation: { kind: hostile ? HOSTILE : 'edit', assistant: hostile ? HOSTILE : null, symbolic_tags: hostile ? [`@${HOSTILE}`] : ['@edit'], created_at: '2026-01-02T03:04:05Z', trait_delta: delta },
    parents: [parent], date: '2026-01-02T03:04:05Z',
  } as unknown as VersionView;
}

const model = { promptIds: ['a', 'b'] } as SiteModel;

describe('a page of the mutation list', () => {
  it('is cut as Astro\'s paginate cuts the list, an empty list being one page', () => {
    const list = [1, 2, 3, 4, 5].map((n) => version(n));
    expect(mutationPage(list, 2, 3)).toMatchObject({ currentPage: 3, lastPage: 3, total: 5, start: 4, end: 4 });
    expect(mutationPage(list, 2, 3).data.map((v) => v.version)).toEqual([5]);
    expect(mutationPage([], 2, 1)).toMatchObject({ data: [], currentPage: 1, lastPage: 1, total: 0 });
  });

  it('links its pager to the list\'s pages under the base path', () => {
    const html = mutationMainHtml(mutationPage([1, 2, 3].map((n) => version(n)), 1, 2), model, url);
    expect(html).toContain(`href="${url(routes.mutationsPage(1))}"`);
    expect(html).toContain(`href="${url(routes.mutationsPage(3))}"`);
    expect(html).toContain('<h1>Mutations, page 2</h1>');
  });

  it('escapes every value from a record or a path, in text and in attributes', () => {
    const html = mutationMainHtml(mutationPage([version(2, true)], 10, 1), model, url);
    // Inside a double-quoted value `<` is text (Astro escapes only & and " there): outside the values no markup of the record's.
    const outsideValues = html.replace(/="[^"]*"/g, '=""');
    expect(outsideValues).not.toContain('<img');
    expect(outsideValues).not.toContain('<script');
    expect(outsideValues).toContain('&gt;&lt;img src=x onerror=alert(1)&gt;');
    for (const name of ['data-assistant', 'data-tags', 'value', 'title']) expect(html).toMatch(new RegExp(` ${name}="@?&quot;><img src=x onerror=alert\\(1\\)>`));
    expect(html).toContain(`href="${url(routes.prompt(`lab/${HOSTILE}`))}"`);
    expect(routes.prompt(`lab/${HOSTILE}`)).toMatch(/^prompts\/lab\/[A-Za-z0-9~._-]+\/$/);
  });
});
