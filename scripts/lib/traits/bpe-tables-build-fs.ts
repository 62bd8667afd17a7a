// Node-only entry point, run by `npm run build:cli`: writes the binary BPE tables an installed copy
// reads on its common paths into build/bpe/, instead of compiling gpt-tokenizer's ranks: o200k, the
// default encoding of token counts, and cl100k, whose ranks the guard's builtin embedder reads as
// word rarity in each guard thread. The other encodings are built on first use (bpe-table-fs.ts).
import { bpeTablePaths, buildBpeTable, saveTable } from './bpe-table-fs.ts';

for (const encoding of ['o200k_base', 'cl100k_base'] as const) {
  const [file] = bpeTablePaths(encoding);
  if (!saveTable(file!, await buildBpeTable(encoding))) throw new Error(`could not write ${file}`);
}
