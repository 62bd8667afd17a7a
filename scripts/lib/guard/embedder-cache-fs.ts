// Node-only: a file cache of embeddings, so texts already embedded never reach the network again.
import { entryFilePath, readEntryFile, writeEntryFile } from '../cache/entry-files-fs.ts';
import type { Embedder } from './embedder.ts';

/** Where one text's vector lives: a folder per embedder id and model, a file per text. */
export function cachePath(cacheDir: string, embedder: Pick<Embedder, 'id' | 'model'>, text: string): string {
  // The id and model pick the folder, so a changed model never reads another model's vectors.
  return entryFilePath(cacheDir, [embedder.id, embedder.model], text);
}

interface CacheEntry {
  embedder: string;
  model: string;
  embedding: number[];
}

async function readEntry(file: string, embedder: Embedder): Promise<number[] | null> {
  // Missing or unreadable: embed again and overwrite.
  const entry = ((await readEntryFile(file)) ?? {}) as Partial<CacheEntry>;
  const ok = entry.embedder === embedder.id && entry.model === embedder.model && Array.isArray(entry.embedding);
  return ok ? (entry.embedding as number[]) : null;
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
          const entry: CacheEntry = { embedder: embedder.id, model: embedder.model, embedding };
          writeEntryFile(cachePath(cacheDir, embedder, text), entry);
        }
        texts.forEach((text, i) => {
          vectors[i] ??= byText.get(text) ?? null;
        });
      }
      return vectors.map((vector) => vector ?? []);
    },
  };
}
