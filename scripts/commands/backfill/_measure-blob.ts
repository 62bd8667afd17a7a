// Node-only (hashing): what backfill's measuring threads compute for one prompt blob, the same
// parse and measures the recorder makes when it meets the blob in a commit, and what the blob
// cites, as the recorder's citation lookup reads it.
import { parsePrompt } from '../../lib/prompt/parse.ts';
import { readBlobCitations } from '../../lib/recorder/_blob-citations.ts';
import type { BlobCitations } from '../../lib/recorder/citations-cache-fs.ts';
import { isValidId } from '../../lib/schema/id.ts';
import { measureBody } from '../../lib/traits/measure.ts';
import { measureKey, type MeasureEntry } from '../../lib/traits/measure-cache-fs.ts';
import type { TokenCounter } from '../../lib/traits/token-counter-fs.ts';

/** One prompt blob to measure ahead: its object id, the path it first appears at, and the id that path gives. */
export interface MeasureJob {
  oid: string;
  path: string;
  id: string;
}

/**
 * The measures of a prompt blob's body under its `measureKey`, inferred tone included (an entry
 * with it answers both kinds of request); undefined when the blob does not parse (the recorder
 * reports it).
 */
export async function measureBlob(blob: Buffer, job: MeasureJob, counter: TokenCounter): Promise<{ key: string; entry: MeasureEntry } | undefined> {
  // The recorder's call: the default size limit, so a blob it refuses is not measured either.
  const parsed = parsePrompt(blob, job.path, job.id);
  if (!parsed.ok) return undefined;
  const body = parsed.value.body;
  // As the measure cache does: the count first (it may load the rank table), then the rest.
  const tokens = await counter.count(body);
  const measured = measureBody(body, { encoding: counter.encoding, countTokens: () => tokens }, { inferTone: true });
  return { key: measureKey(body, counter.encoding), entry: { traits: measured.traits, variables: measured.variables, inferredTone: measured.inferredTone } };
}

/**
 * What the blob cites, the entry findCitations (lib/recorder/citations.ts) computes for a prompt
 * it reads and keeps in the citation cache; undefined for an id findCitations skips. With every
 * blob's entry known, a replayed commit that changes clauses neither greps nor reads its prompts.
 */
export function citationsOfBlob(blob: Buffer, job: MeasureJob): BlobCitations | undefined {
  return isValidId(job.id) ? readBlobCitations(blob, job.path, job.id) : undefined;
}
