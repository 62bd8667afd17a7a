// Pure: the vault read a build starts before Astro bundles the site (site/integrations/
// vault-read.ts, loaded with the config), handed to the pages' getSite (site/lib/vault.ts, inside
// Astro's prerender bundle). Both run in the build's process as separate module instances, so the
// read in progress is passed through one global slot, with the root it reads.

const SLOT = Symbol.for('promptvault.vault-read');
type Slot = { [SLOT]?: { root: string; read: Promise<unknown> } };

/** A read of the vault at `root` started now; `takeVaultRead` hands it over once. */
export function startVaultRead<T>(root: string, read: Promise<T>): void {
  // A failed read is reported where it is taken; never as an unhandled rejection when nothing takes it.
  read.catch(() => {});
  (globalThis as Slot)[SLOT] = { root, read };
}

/** Whether a read of the vault at `root` was started and not taken yet. */
export function vaultReadStarted(root: string): boolean {
  return (globalThis as Slot)[SLOT]?.root === root;
}

/** The read started for `root`, once (the slot is emptied, so nothing holds the vault after the build); else undefined. */
export function takeVaultRead<T>(root: string): Promise<T> | undefined {
  const started = (globalThis as Slot)[SLOT];
  delete (globalThis as Slot)[SLOT];
  return started && started.root === root ? (started.read as Promise<T>) : undefined;
}
