// Node-only: a file cache of embeddings, so texts already embedded never reach the network again.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../vault/write-fs.ts';
import type { Embedder } from './embedder.ts';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Where one text's vector lives: a folder per embedder id and model, a file per text. */
export function cachePath(cacheDir: string, embedder: Pick<Embedder, 'id' | 'model'>, text: string): string {
  // The id and model pick the folder, so a changed model never reads another model's vectors.
  const namespace = sha256(`${embedder.id}\n${embedder.model}`).slice(0, 16);
  return join(cacheDir, namespace, `${sha256(text)}.json`);
}

interface CacheEntry {
  embedder: string;
  model: string;
  embedding: number[];
}

async function readEntry(file: string, embedder: Embedder): Promise<number[] | null> {
  try {
    const entry = JSON.parse(await readFile(file, 'utf8')) as Partial<CacheEntry>;
    const ok = entry.embedder === embedder.id && entry.model === embedder.model && Array.isArray(entry.embedding);
    return ok ? (entry.embedding as number[]) : null;
  } catch {
    return null; // missing or unreadable: embed again and overwrite
  }
}

/** Wrap an embedder with a cache under `cacheDir`, keyed by sha256 of the text and the embedder's id and model. */
export function createCachedEmbedder(embedder: Embedder, cacheDir: string): Embedder {
  return {
    id: embedder.id,
    model: embedder.model,
    async embed(texts) {
      const files = texts.map((text) => cachePath(cacheDir, embedder, text));
      const vectors = await Promise.all(files.map((file) => readEntry(file, embedder)));
      const missing = [...new Set(texts.filter((_, i) => vectors[i] === null))];
      if (missing.length > 0) {
        const fresh = await embedder.embed(missing);
        const byText = new Map(missing.map((text, i) => [text, fresh[i]]));
        for (const text of missing) {
          const embedding = byText.get(text);
          if (!embedding) throw new Error(`embedder ${embedder.id}/${embedder.model} returned too few vectors`);
          // Atomic: a reader never sees half an entry.
          const entry: CacheEntry = { embedder: embedder.id, model: embedder.model, embedding };
          writeFileAtomic(cachePath(cacheDir, embedder, text), `${JSON.stringify(entry)}\n`);
        }
        texts.forEach((text, i) => {
          vectors[i] ??= byText.get(text) ?? null;
        });
      }
      return vectors.map((vector) => vector ?? []);
    },
  };
}
