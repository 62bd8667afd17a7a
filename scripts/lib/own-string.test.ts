import { describe, expect, it } from 'vitest';
import { ownString } from './own-string.ts';

describe('a string kept apart from the output it was cut from', () => {
  it('has the same text, short or long, ASCII or not', () => {
    const output = `100644 ${'a'.repeat(40)} 0\tvault/checkpoints/support/réfund/v1-0d4cf2a1b2c3.yaml\0`;
    const path = output.slice(output.indexOf('\t') + 1, -1);
    expect(ownString(path)).toBe('vault/checkpoints/support/réfund/v1-0d4cf2a1b2c3.yaml');
    expect(ownString('v1')).toBe('v1');
    expect(ownString('')).toBe('');
  });
});
