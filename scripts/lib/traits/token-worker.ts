// Worker thread: loads the BPE tokenizer (about 100 ms for o200k) while the main thread reads and
// validates the commit, then counts tokens on request. See token-counter-fs.ts.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { loadTokenizer, type TokenizerEncoding } from './tokens.ts';

// The compile cache is per thread: without it the tokenizer's large module is compiled each time.
module.enableCompileCache?.();
const tokenizer = await loadTokenizer((workerData as { encoding: TokenizerEncoding }).encoding);
module.flushCompileCache?.();
parentPort!.on('message', ({ id, text }: { id: number; text: string }) => {
  parentPort!.postMessage({ id, count: tokenizer.countTokens(text) });
});
