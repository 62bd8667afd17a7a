import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { safeParse, useParseMode } from './safe-parse.ts';

// zod's compiled parsers are a per-command choice: a command that parses few records says so at
// its start and gets jitless parses (compiled ones again past its first 200: a bulk commit through
// the hook); every other command, and any code after that command returned, keeps the compiled
// ones from its first parse. Results are the same either way.
const schema = z.object({ id: z.string(), size: z.number().int() });
const JITLESS = { jitless: true };

function optionsOfParses(count: number): unknown[] {
  const spy = vi.spyOn(schema, 'safeParse');
  try {
    for (let i = 0; i < count; i++) expect(safeParse(schema, { id: `p${i}`, size: i }).success).toBe(true);
    return spy.mock.calls.map((call) => call[1]);
  } finally {
    spy.mockRestore();
  }
}

describe('the parse mode a command chooses', () => {
  it('is zod\'s compiled parsers unless the command asks otherwise, from the first parse on', () => {
    expect(optionsOfParses(250)).toEqual(Array(250).fill(undefined));
  });

  it('is jitless for the first 200 parses of a command that parses few, compiled after, then what it was before', () => {
    const restore = useParseMode('few');
    try {
      expect(optionsOfParses(250)).toEqual([...Array(200).fill(JITLESS), ...Array(50).fill(undefined)]);
      expect(safeParse(schema, { id: 'x', size: 1.5 }).success).toBe(false);
    } finally {
      restore();
    }
    expect(optionsOfParses(3)).toEqual([undefined, undefined, undefined]);
  });

  it('counts each command\'s parses from zero, and puts back the outer command\'s mode and count', () => {
    const first = useParseMode('few');
    expect(optionsOfParses(150)).toEqual(Array(150).fill(JITLESS));
    first();
    const outer = useParseMode('few');
    expect(optionsOfParses(150)).toEqual(Array(150).fill(JITLESS));
    const inner = useParseMode('compiled');
    expect(optionsOfParses(1)).toEqual([undefined]);
    inner();
    expect(optionsOfParses(60)).toEqual([...Array(50).fill(JITLESS), ...Array(10).fill(undefined)]);
    outer();
    expect(optionsOfParses(1)).toEqual([undefined]);
  });
});
