import { describe, expect, it } from 'vitest';
import { describeOccupancy, occupancy } from './worker-occupancy.ts';

const at = (seconds: number) => 1_000_000 + seconds * 1000;
const span = (start: number, end: number) => ({ start: at(start), end: at(end) });

describe('how many files ran at once', () => {
  it('counts the seconds with two, one and no file running, from the run\'s start to its end', () => {
    // Worker 1: 1-5, then 5.5-9; worker 2: 1-10. The run 0-12.
    const result = occupancy([span(1, 5), span(5.5, 9), span(1, 10)], at(0), at(12), 2);
    expect(result.secondsWith.map((seconds) => Math.round(seconds * 10) / 10)).toEqual([3, 1.5, 7.5]);
    expect(result.wall).toBe(12);
  });

  it('does not count a worker handing one file on to the next as two files at once', () => {
    const result = occupancy([span(0, 5), span(5, 10)], at(0), at(10), 2);
    expect(result.secondsWith).toEqual([0, 10]);
  });

  it('names the tail: from the last moment every worker held a file to the run\'s end', () => {
    // Both workers busy until 6; then one file alone until 10, nothing until 11.
    expect(occupancy([span(0, 6), span(0, 10)], at(0), at(11), 2).tail).toBe(5);
    // Never two at once: the whole run is the tail.
    expect(occupancy([span(0, 6)], at(0), at(8), 2).tail).toBe(8);
  });

  it('cuts a span to the run\'s window', () => {
    expect(occupancy([span(-5, 3)], at(0), at(4), 1).secondsWith).toEqual([1, 3]);
  });
});

describe('the line a run prints', () => {
  it('gives the counts, the share of the workers\' time that held a file, and the tail', () => {
    const line = describeOccupancy({ secondsWith: [2, 18, 80], wall: 100, tail: 12 }, 2);
    expect(line).toBe('files running at once (each from its start in its worker to its end): 2 for 80 s, 1 for 18 s, 0 for 2 s of 100 s; the workers held a file 89.0% of the time; fewer than 2 for the last 12 s');
  });
});
