import { afterAll, describe, expect, it } from 'vitest';
import { builtOnce } from './built-once.ts';
import { createRepo, type TestRepo } from './repo.ts';

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((repo) => repo.cleanup()));

/** A repository of one commit (no hooks), counted in `builds`, with its commit as a field. */
function counting(builds: { count: number }): () => { repo: TestRepo; head: string; note: { text: string } } {
  return () => {
    builds.count += 1;
    const repo = createRepo({ hooks: false });
    repo.write('notes.md', 'first\n');
    expect(repo.commit('first', '2026-01-01').code).toBe(0);
    return { repo, head: repo.git(['rev-parse', 'HEAD']).stdout.trim(), note: { text: 'kept' } };
  };
}

function take<T extends { repo: TestRepo }>(made: T): T {
  repos.push(made.repo);
  return made;
}

describe('a repository built once per run', () => {
  it('is built by the first call of its key, and every later call gets a copy of that history with the fields it returned', () => {
    const builds = { count: 0 };
    const first = take(builtOnce('built-once.test: one commit', counting(builds)));
    const second = take(builtOnce('built-once.test: one commit', counting(builds)));
    expect(builds.count).toBe(1);
    expect(second.repo.dir).not.toBe(first.repo.dir);
    expect(second.repo.git(['rev-parse', 'HEAD']).stdout.trim()).toBe(first.head);
    expect(second.repo.read('notes.md')).toBe('first\n');
    expect(second.repo.git(['status', '--porcelain']).stdout).toBe('');
    expect({ head: second.head, note: second.note }).toEqual({ head: first.head, note: { text: 'kept' } });
    // Another key is another build.
    take(builtOnce('built-once.test: another', counting(builds)));
    expect(builds.count).toBe(2);
  });

  it('hands out repositories their callers own: one caller\'s commits and cleanup reach no later copy', () => {
    const builds = { count: 0 };
    const first = take(builtOnce('built-once.test: owned', counting(builds)));
    first.repo.write('notes.md', 'changed by the first caller\n');
    expect(first.repo.commit('second', '2026-01-02').code).toBe(0);
    const second = builtOnce('built-once.test: owned', counting(builds));
    second.repo.write('notes.md', 'changed by the second caller\n');
    second.repo.cleanup();
    const third = take(builtOnce('built-once.test: owned', counting(builds)));
    expect(builds.count).toBe(1);
    expect(third.repo.git(['rev-parse', 'HEAD']).stdout.trim()).toBe(third.head);
    expect(third.head).toBe(first.head);
    expect(third.repo.read('notes.md')).toBe('first\n');
  });
});
