import type { z } from 'zod';

// zod compiles a parser of its own for each object schema on its first synchronous parse (code
// built with `new Function`). That pays over the thousands of records backfill, `check` or the
// site parse, and costs the hook, which parses a few (its config, the staged prompts' front
// matter, their records) and exits. So the command chooses: one that parses few records (`record`,
// what the hook runs) says so at its start, and every other keeps zod's compiled parsers. Measured
// in a fresh process on one prompt's checkpoint and mutation records: 13.4 -> 5.6 ms of CPU
// jitless (see the commit that added the first version of this file, 42c4b42).

/** `compiled`: zod's own compiled parsers (bulk reads); `jitless`: none (a command that parses few records, then exits). */
export type ParseMode = 'compiled' | 'jitless';

const JITLESS = { jitless: true } as const;
let mode: ParseMode = 'compiled';

/**
 * Makes `safeParse` parse in `mode` until the returned function is called, which puts back the
 * mode before (a command calls it when it returns: tests and `repair` run commands in one process).
 */
export function useParseMode(next: ParseMode): () => void {
  const before = mode;
  mode = next;
  return () => {
    mode = before;
  };
}

/** `schema.safeParse(data)` in the parse mode the running command chose (compiled unless it said otherwise). */
export function safeParse<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.output<S>> {
  return schema.safeParse(data, mode === 'jitless' ? JITLESS : undefined) as z.ZodSafeParseResult<z.output<S>>;
}
