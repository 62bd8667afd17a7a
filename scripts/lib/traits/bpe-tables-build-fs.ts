// Node-only entry point, run by `npm run build:cli`: writes the default encoding's binary BPE
// table into build/bpe/, so an installed copy reads it instead of compiling gpt-tokenizer's ranks.
// The other encodings are built on first use (bpe-table-fs.ts).
import { bpeTablePaths, buildBpeTable, saveTable } from './bpe-table-fs.ts';

const [file] = bpeTablePaths('o200k_base');
if (!saveTable(file!, await buildBpeTable('o200k_base'))) throw new Error(`could not write ${file}`);
