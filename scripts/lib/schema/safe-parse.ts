import type { z } from 'zod';

// zod compiles a parser of its own for each object schema on its first synchronous parse (code
// built with `new Function`). That pays over the thousands of records backfill, `check` or the
// site parse, and costs the hook, which usually parses a few (its config, the staged prompts'
// front matter, their records: 101 parses for 50 prompts edited) and exits. So the command
// chooses: `record` (what the hook runs) says at its start that it parses few, and gets jitless
// parses; every other command keeps zod's compiled parsers. A commit may still bring thousands
// (1,000 clauses changed: 2,800 parses, about 1.2 s more CPU all jitless), so a command of few
// parses turns to compiled ones after its first 200. Measured in a fresh process on one prompt's
// checkpoint and mutation records: 13.4 -> 5.6 ms of CPU jitless (commit 42c4b42).
const FEW_PARSES = 200;
const JITLESS = { jitless: true } as const;

/** `compiled`: zod's own compiled parsers (bulk reads); `few`: jitless for the command's first 200 parses, then compiled. */
export type ParseMode = 'compiled' | 'few';

let mode: ParseMode = 'compiled';
let parses = 0;

/**
 * Makes `safeParse` parse in `mode`, its count of parses starting from zero, until the returned
 * function is called, which puts back the mode and count before (a command calls it when it
 * returns: tests and `repair` run commands in one process).
 */
export function useParseMode(next: ParseMode): () => void {
  const before = { mode, parses };
  mode = next;
  parses = 0;
  return () => {
    ({ mode, parses } = before);
  };
}

/** `schema.safeParse(data)` in the parse mode the running command chose (compiled unless it said otherwise). */
export function safeParse<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.output<S>> {
  const jitless = mode === 'few' && ++parses <= FEW_PARSES;
  return schema.safeParse(data, jitless ? JITLESS : undefined) as z.ZodSafeParseResult<z.output<S>>;
}
