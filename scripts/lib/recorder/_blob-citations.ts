// What one prompt blob cites, as the citation cache keeps it: shared by the recorder and the
// thread that reads a cold cache's prompts (citations-worker.ts).
import { readCitedClauses } from '../prompt/cited-clauses.ts';
import type { BlobCitations } from './citations-cache-fs.ts';

/** The prompt's size, its cited ids (`readCitedClauses`), and those not written as such in it (a YAML escape). */
export function readBlobCitations(bytes: Buffer, file: string, id: string): BlobCitations {
  const codex = readCitedClauses(bytes, file, id);
  return { size: bytes.length, codex, escaped: (codex ?? []).filter((clause) => !bytes.includes(clause)) };
}
