// Server-only: the grid's rows, made per slice when a page asks for them (the manifest needs only
// their count, each shard its own rows, the no-JavaScript table the newest ones): at 500,000
// checkpoints, holding every row at once would cost the build some 500 MB.
import { buildGridRows } from '../../scripts/lib/site/site-model.ts';
import { labelsByVersion } from '../../scripts/lib/site/labels-fs.ts';
import type { GridRow } from '../../scripts/lib/site/grid-rows.ts';
import { getLabels } from './labels.ts';
import { getSite } from './vault.ts';

// Per site read, as the labels themselves (labels.ts).
const labelsBySite = new WeakMap<object, Promise<ReadonlyMap<string, string[]>>>();

/** Number of grid rows (one per version). */
export async function gridRowCount(): Promise<number> {
  return (await getSite()).model.versions.length;
}

/** Grid rows `start` to `end` (exclusive), newest first. */
export async function getGridRows(start: number, end: number): Promise<GridRow[]> {
  const site = await getSite();
  let labels = labelsBySite.get(site);
  if (!labels) {
    labels = getLabels().then(labelsByVersion);
    labelsBySite.set(site, labels);
  }
  return buildGridRows(site.model, await labels, start, end);
}
