import type { z } from 'zod';

// zod compiles a parser of its own for each object schema on its first synchronous parse (code
// built with `new Function`). That pays over the thousands of records backfill, `check` or the
// site parse, and costs the hook, which parses a few (its config, the staged prompts' front
// matter, their records) and exits: the first parses of a process skip it. Measured in a fresh
// process on one prompt's checkpoint and mutation records: see the commit that added this file.
const JIT_AFTER_PARSES = 200;
const JITLESS = { jitless: true } as const;
let parses = 0;

/** `schema.safeParse(data)`, without zod's compiled parsers for the first parses of the process. */
export function safeParse<S extends z.ZodType>(schema: S, data: unknown): z.ZodSafeParseResult<z.output<S>> {
  parses++;
  return schema.safeParse(data, parses <= JIT_AFTER_PARSES ? JITLESS : undefined) as z.ZodSafeParseResult<z.output<S>>;
}
