import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, storedZlib } from './stored-zlib.ts';

// The loose objects the hook writes are stored-block zlib streams written here, not by zlib: zlib
// itself must inflate them to the very bytes given (it checks the adler-32 sum too), whatever the
// sizes and however the bytes are split into parts.

/** Deterministic bytes: a text-like run of every byte value. */
const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7 + (i >> 9)) & 0xff);

describe('storedZlib', () => {
  it('inflates with zlib to the parts joined, empty, at and across the 65,535-byte block size, in odd splits', () => {
    for (const length of [0, 1, 6, 5_552, 5_553, 65_534, 65_535, 65_536, 131_070, 131_071, 400_000]) {
      const whole = bytes(length, length);
      for (const cuts of [[], [0], [length >> 1], [1, length - 1], [7, 5_560, 70_000]]) {
        const at = [0, ...cuts.filter((cut) => cut <= length).sort((a, b) => a - b), length];
        const parts = at.slice(1).map((end, i) => whole.subarray(at[i], end));
        const stream = Buffer.concat(storedZlib(parts));
        expect(Buffer.compare(inflateSync(stream), whole), `${length} bytes cut at ${cuts.join(',')}`).toBe(0);
        // A stored block costs 5 bytes: no compression was attempted.
        expect(stream.length).toBe(2 + Math.max(1, Math.ceil(length / 65_535)) * 5 + length + 4);
      }
    }
  });

  it('ends with the adler-32 sum zlib checks: a stream with a wrong sum is refused', () => {
    const stream = Buffer.concat(storedZlib([Buffer.from('blob 5\0hello')]));
    expect(stream.readUInt32BE(stream.length - 4)).toBe(adler32([Buffer.from('blob 5\0hello')]));
    stream[stream.length - 1]! ^= 1;
    expect(() => inflateSync(stream)).toThrow(/check/);
  });

  it('sums as RFC 1950 does, also where the sums must be reduced before they overflow', () => {
    expect(adler32([Buffer.from('Wikipedia')])).toBe(0x11e60398);
    expect(adler32([])).toBe(1);
    // 0xff bytes grow the sums fastest: a run longer than zlib's NMAX without the reduction overflows.
    const ones = new Uint8Array(100_000).fill(0xff);
    expect(adler32([ones])).toBe(adler32([ones.subarray(0, 33_333), ones.subarray(33_333)]));
    const stream = Buffer.concat(storedZlib([ones]));
    expect(() => inflateSync(stream)).not.toThrow();
  });
});
