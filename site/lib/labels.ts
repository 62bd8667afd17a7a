// Server-only: the labels of the vault the site is built from, read once per build.
import { readSiteLabels, type SiteLabel } from '../../scripts/lib/site/labels-fs.ts';
import { resolveVaultRoot } from '../../scripts/lib/site/load-vault-fs.ts';
import { getSite } from './vault.ts';

let pending: Promise<SiteLabel[]> | undefined;

export function getLabels(): Promise<SiteLabel[]> {
  pending ??= getSite().then(({ data }) => readSiteLabels(resolveVaultRoot(), data));
  return pending;
}
