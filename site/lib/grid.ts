// Server-only: the grid's rows, computed once per build and shared by the manifest, every shard
// and the no-JavaScript table (each page asks for its slice, not for a copy passed as props).
import { buildGridRows } from '../../scripts/lib/site/site-model.ts';
import { labelsByVersion } from '../../scripts/lib/site/labels-fs.ts';
import type { GridRow } from '../../scripts/lib/site/grid-rows.ts';
import { getLabels } from './labels.ts';
import { getSite } from './vault.ts';

let pending: Promise<GridRow[]> | undefined;

export function getGridRows(): Promise<GridRow[]> {
  pending ??= (async () => buildGridRows((await getSite()).model, labelsByVersion(await getLabels())))();
  return pending;
}
