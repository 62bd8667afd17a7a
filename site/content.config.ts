// Content collections over the vault of the repository being built (PROMPTVAULT_ROOT, default the
// current directory). Their loaders call the CLI's own reader, so a bad file fails the build with
// exactly what `promptvault check` prints; the collection schemas are the CLI's zod schemas
// (Astro 7's `astro/zod` is zod 4, the same package the schemas import).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { loadSiteVault, resolveVaultRoot, type SiteVault } from '../scripts/lib/site/load-vault-fs.ts';
import { clauseFrontMatterSchema } from '../scripts/lib/schema/clause.ts';
import { promptFrontMatterSchema } from '../scripts/lib/schema/prompt.ts';
import { auditSchema, checkpointSchema, mutationSchema } from '../scripts/lib/schema/records.ts';

const vault = () => loadSiteVault({ root: resolveVaultRoot() });

/** What the site adds to every record: where it was read from and the commit that added it. */
const origin = {
  /** Repository-relative path of the record file. */
  file: z.string(),
  /** Commit that added the record file; null outside git or for records not yet committed. */
  commit: z.string().nullable(),
  /** Committer date of that commit. */
  committed_at: z.string().nullable(),
};

/** A prompt or clause file as it is in the working tree. */
const source = <S extends z.ZodType>(frontMatter: S) => z.object({
  /** Repository-relative path, e.g. `prompts/support/refund.md`. */
  path: z.string(),
  /** Full file text, front matter included. */
  text: z.string(),
  body: z.string(),
  content_hash: z.string(),
  front_matter: frontMatter,
});

/**
 * A loader over one part of the vault. An object loader rather than an inline one, because an
 * audit's data has an `id` of its own (the audit id) while entries are keyed by file.
 */
function vaultLoader<T extends object>(name: string, pick: (vault: SiteVault) => T[], id: (item: T) => string): Loader {
  return {
    name: `promptvault-${name}`,
    load: async ({ store, parseData }) => {
      const items = pick(await vault());
      store.clear();
      for (const item of items) {
        const key = id(item);
        store.set({ id: key, data: await parseData({ id: key, data: { ...item } as Record<string, unknown> }) });
      }
    },
  };
}

/** Record id from its file: `vault/checkpoints/support/refund/0002-....yaml` -> `support/refund/0002-...`. */
const recordId = (item: { file: string }) => item.file.replace(/^vault\/[a-z]+\//, '').replace(/\.yaml$/, '');

export const collections = {
  prompts: defineCollection({
    loader: vaultLoader('prompts', (v) => v.prompts, (prompt) => prompt.id),
    schema: source(promptFrontMatterSchema),
  }),
  clauses: defineCollection({
    loader: vaultLoader('clauses', (v) => v.clauses, (clause) => clause.id),
    schema: source(clauseFrontMatterSchema),
  }),
  checkpoints: defineCollection({
    loader: vaultLoader('checkpoints', (v) => v.checkpoints, recordId),
    schema: checkpointSchema.extend({
      ...origin,
      /** The prompt file's text at this version; null when the clone's history lacks it. */
      text: z.string().nullable(),
    }),
  }),
  mutations: defineCollection({
    loader: vaultLoader('mutations', (v) => v.mutations, recordId),
    schema: mutationSchema.extend(origin),
  }),
  audits: defineCollection({
    loader: vaultLoader('audits', (v) => v.audits, recordId),
    schema: auditSchema.extend(origin),
  }),
};
