import { describe, expect, it } from 'vitest';
import { commitsToReplay } from './rebase-todo.ts';

describe('the commits a stopped interactive rebase has still to replay', () => {
  it('reads every command that replays a commit, long or short, and the commit after `-C`/`-c`', () => {
    const todo = [
      'pick 1a2b3c4 privacy: managers may approve',
      'r 2b3c4d5 reword me',
      'fixup -C 3c4d5e6 fold and take the message',
      's 4d5e6f7 squash',
      'exec npm test',
      'break',
      'label onto',
      'reset onto',
      'merge -C 5e6f7a8 feature # Merge branch feature',
      'drop 6f7a8b9 dropped',
      '# pick 7a8b9c0 a comment',
      '',
      'noop',
    ].join('\n');
    expect(commitsToReplay(todo)).toEqual(['1a2b3c4', '2b3c4d5', '3c4d5e6', '4d5e6f7', '5e6f7a8']);
  });

  it('reads nothing from an empty todo (the stop was the last commit)', () => {
    expect(commitsToReplay('')).toEqual([]);
    expect(commitsToReplay('# Rebase 1a2b..3c4d onto 1a2b (1 command)\n')).toEqual([]);
  });
});
