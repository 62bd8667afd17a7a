import { describe, expect, it } from 'vitest';
import { fileCosts, relativeToCheckout, simulateRun } from './file-costs.ts';

const at = (seconds: number) => 1_000_000 + seconds * 1000;
const file = (name: string, start: number, end: number) => ({ name, startTime: at(start), endTime: at(end) });

describe('what a file cost its worker, read from a report', () => {
  it('counts its set-up before its first test: from the end of the file before it on its worker', () => {
    // Worker 1: a (0-10), then c, whose beforeAll ran 10-25 and tests 25-30. Worker 2: b (0-40).
    const costs = fileCosts([file('a', 0, 10), file('b', 0, 40), file('c', 25, 30)], 2);
    expect(Object.fromEntries(costs)).toEqual({ a: 10, b: 40, c: 20 });
  });

  it('gives a file to the worker free longest, and the costs add up to the workers\' busy time', () => {
    const costs = fileCosts([file('a', 0, 10), file('b', 0, 12), file('c', 14, 20), file('d', 15, 16)], 2);
    expect(Object.fromEntries(costs)).toEqual({ a: 10, b: 12, c: 10, d: 4 });
  });

  it('charges only its tests to a file that started while both workers were still busy (a report the model does not fit)', () => {
    const costs = fileCosts([file('a', 0, 10), file('b', 0, 10), file('c', 5, 8)], 2);
    expect(costs.get('c')).toBe(3);
  });
});

describe('what a file cost its worker, read in the order the run queued the files', () => {
  it('charges a long set-up to its own file, not to the file that started its tests first', () => {
    // Worker 1: a (0-1), then c, whose beforeAll waited 1-70 and tests 72-100. Worker 2: b (0-60),
    // then d (tests 61-100). By first tests, d (61) looks as if it took worker 1 after a.
    const report = [file('a', 0, 1), file('b', 0, 60), file('c', 72, 100), file('d', 61, 100)];
    expect(Object.fromEntries(fileCosts(report, 2, ['a', 'b', 'c', 'd']))).toEqual({ a: 1, b: 60, c: 99, d: 40 });
    expect(Object.fromEntries(fileCosts(report, 2))).toEqual({ a: 1, b: 60, d: 99, c: 40 });
  });

  it('reads the files by their first tests when the queue does not fit the report', () => {
    // d queued before c, yet its first test (61) came before worker 1 was free (a ends at 65).
    const report = [file('a', 0, 65), file('b', 0, 60), file('c', 62, 100), file('d', 61, 100)];
    expect(Object.fromEntries(fileCosts(report, 2, ['a', 'b', 'd', 'c']))).toEqual(Object.fromEntries(fileCosts(report, 2)));
  });
});

describe('a run of files queued in order', () => {
  it('ends when its last file does, each file taken by the first worker free', () => {
    expect(simulateRun([10, 1, 1, 1], 2)).toEqual({ wall: 10, idle: 7, last: { index: 0, start: 0 } });
  });

  it('with a long file queued last, holds one worker while the other waits: longest first ends sooner', () => {
    const late = simulateRun([1, 1, 1, 1, 10], 2);
    expect(late).toEqual({ wall: 12, idle: 10, last: { index: 4, start: 2 } });
    expect(simulateRun([10, 1, 1, 1, 1], 2).wall).toBe(10);
  });
});

describe('the paths of a whole run\'s files', () => {
  it('are read from the checkout the test folders sit in', () => {
    const relative = relativeToCheckout(['/ci/work/main/scripts/lib/a.test.ts', '/ci/work/main/site/b.test.ts'], ['scripts', 'site']);
    expect(relative && [...relative.values()]).toEqual(['scripts/lib/a.test.ts', 'site/b.test.ts']);
  });

  it('are not guessed from a run of one folder\'s files, whose common folder is not the checkout', () => {
    expect(relativeToCheckout(['/ci/work/main/scripts/lib/a.test.ts', '/ci/work/main/scripts/b.test.ts'], ['scripts', 'site'])).toBeUndefined();
  });
});
