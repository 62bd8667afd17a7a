// Labels on the site: the fixture vault's one label (production -> support/refund v2) shows on the
// prompt's page and on /labels/ with its history, building the fixture site once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixtureSite, type BuiltFixture } from '../scripts/lib/site/test-build-fixture.ts';
import { FIXTURE_LABEL } from '../scripts/lib/site/test-fixture-vault.ts';
import { createGridIndex, filterRows } from '../scripts/lib/site/grid-filter.ts';
import { DEFAULT_FILTER } from '../scripts/lib/site/grid-rows.ts';

/** Visible text of an HTML page, tags dropped and entities decoded, whitespace collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#x2F;/g, '/').replace(/&middot;|&#xB7;|&#183;/g, '·').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('labels on the site', () => {
  let site: BuiltFixture;
  let version: string;
  beforeAll(async () => {
    site = await buildFixtureSite();
    const key = site.repo.read(`vault/labels/${FIXTURE_LABEL}.yaml`).match(/key: 0002-([0-9a-f]{6})/)![1];
    version = `v2·${key}`;
    // No limit of its own (vitest's hookTimeout is 0): a build on a busy machine took over 3 minutes.
  });
  afterAll(() => site?.cleanup());

  it("shows the label on the labelled prompt's page", () => {
    const page = text(site.read('prompts/support/refund/index.html'));
    expect(page).toContain(FIXTURE_LABEL);
    expect(page).toContain(version);
  });

  it('lists the label, what it names and its history on /labels/', () => {
    const page = text(site.read('labels/index.html'));
    expect(page).toContain(FIXTURE_LABEL);
    expect(page).toContain('support/refund');
    expect(page).toContain(version);
    expect(page).toContain(`${FIXTURE_LABEL}: refund v2`);
  });

  it('links /labels/ from the main navigation of every page, marked current on the labels page', () => {
    const nav = (file: string) => site.read(file).match(/<nav aria-label="Main">[\s\S]*?<\/nav>/)![0];
    for (const file of ['index.html', 'codex/index.html', 'prompts/sales/greeting/index.html']) expect(nav(file)).toMatch(/<a href="[^"]*labels\/">Labels<\/a>/);
    expect(nav('labels/index.html')).toMatch(/<a href="[^"]*labels\/" aria-current="page">Labels<\/a>/);
  });

  it('shows no label on a prompt no label names', () => {
    expect(text(site.read('prompts/sales/greeting/index.html'))).not.toContain(FIXTURE_LABEL);
  });

  it('marks the labelled version in the grid, where the tag filter label:production finds exactly it', () => {
    const rows = site.gridRows();
    const labelled = rows.filter((row) => row.env_labels?.includes(FIXTURE_LABEL)).map((row) => `${row.prompt} ${row.label}`);
    expect(labelled).toEqual([`support/refund ${version}`]);
    const found = filterRows(createGridIndex(rows), { ...DEFAULT_FILTER, tag: `label:${FIXTURE_LABEL}` }).map((i) => rows[i]!.label);
    expect(found).toEqual([version]);
    expect(filterRows(createGridIndex(rows), { ...DEFAULT_FILTER, q: FIXTURE_LABEL }).map((i) => rows[i]!.label)).toEqual([version]);
  });
});
