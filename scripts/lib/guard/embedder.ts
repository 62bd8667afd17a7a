// What every embedder offers, and how two embeddings are compared. Pure.

/** Turns texts into vectors. `id` and `model` are recorded with every similarity score. */
export interface Embedder {
  /** Provider, e.g. `builtin` or `openai`. */
  id: string;
  /** Model name, versioned so a changed model never shifts scores silently. */
  model: string;
  /** One vector per text, in the order given. */
  embed(texts: string[]): Promise<number[][]>;
  /** How `compare` scores, when it is given (recorded as the audit's `metric`); `cosine` otherwise. */
  metric?: string;
  /** A score of its own for two texts, used instead of the cosine of their vectors. */
  compare?(first: string, second: string): Promise<number>;
}

/** Cosine of the angle between two vectors; 0 when either is all zeros. */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) {
    throw new Error(`cosineSimilarity: vectors differ in length (${a.length} vs ${b.length})`);
  }
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  if (normA === 0 || normB === 0) return 0;
  return dot / Math.sqrt(normA * normB);
}
