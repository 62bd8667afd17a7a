// What one prompt blob cites, as the citation cache keeps it: shared by the recorder and the
// thread that reads a cold cache's prompts (citations-worker.ts).
import { readCitedClauses } from '../prompt/cited-clauses.ts';
import type { BlobCitations } from './citations-cache-fs.ts';

/**
 * The prompt's size, its cited ids (`readCitedClauses`), and those not written as such in it (a
 * YAML escape). `codex`: the ids when the caller has parsed the file already (parsePrompt's
 * `frontMatter.codex` of a file that parsed: what readCitedClauses would find).
 */
export function readBlobCitations(bytes: Buffer, file: string, id: string, codex = readCitedClauses(bytes, file, id)): BlobCitations {
  return { size: bytes.length, codex, escaped: (codex ?? []).filter((clause) => !bytes.includes(clause)) };
}
