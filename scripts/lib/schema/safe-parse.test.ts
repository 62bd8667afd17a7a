import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { safeParse, useParseMode } from './safe-parse.ts';

// zod's compiled parsers are a per-command choice: a command that parses few records says so at
// its start and gets jitless parses for all of them, however many; every other command, and any
// code after that command returned, keeps the compiled ones. Results are the same either way.
const schema = z.object({ id: z.string(), size: z.number().int() });

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
    expect(new Set(optionsOfParses(5))).toEqual(new Set([undefined]));
  });

  it('is jitless for every parse of a command that parses few records, then what it was before', () => {
    const restore = useParseMode('jitless');
    try {
      // More than a first-parses budget would allow: the choice is the command's, not a count's.
      expect(new Set(optionsOfParses(300))).toEqual(new Set([{ jitless: true }]));
      expect(safeParse(schema, { id: 'x', size: 1.5 }).success).toBe(false);
    } finally {
      restore();
    }
    expect(new Set(optionsOfParses(3))).toEqual(new Set([undefined]));
  });

  it('nests: a command run by another puts back the outer one\'s mode', () => {
    const outer = useParseMode('jitless');
    const inner = useParseMode('compiled');
    expect(optionsOfParses(1)).toEqual([undefined]);
    inner();
    expect(optionsOfParses(1)).toEqual([{ jitless: true }]);
    outer();
    expect(optionsOfParses(1)).toEqual([undefined]);
  });
});
