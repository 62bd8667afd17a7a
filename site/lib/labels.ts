// Server-only: the labels of the vault the site is built from, read once per build.
import { readSiteLabels, type SiteLabel } from '../../scripts/lib/site/labels-fs.ts';
import { resolveVaultRoot } from '../../scripts/lib/site/load-vault-fs.ts';
import { getSite } from './vault.ts';

// Per site read (one per build; the dev server reads the vault again after edits, see vault.ts).
const bySite = new WeakMap<object, Promise<SiteLabel[]>>();

export async function getLabels(): Promise<SiteLabel[]> {
  const site = await getSite();
  let labels = bySite.get(site);
  if (!labels) {
    labels = readSiteLabels(resolveVaultRoot(), site.data);
    bySite.set(site, labels);
  }
  return labels;
}
