// The commands we print for the user to copy must survive ids and paths with spaces and quotes.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { closingCommand } from './guard/open-audits.ts';
import { shellWord } from './shell-word.ts';

const echoed = (word: string) => execFileSync('sh', ['-c', `printf '%s' ${word}`], { encoding: 'utf8' });

describe('a word of a printed command', () => {
  it('stays as it is when nothing in it is special to the shell', () => {
    expect(shellWord('privacy/account-numbers')).toBe('privacy/account-numbers');
    expect(shellWord('.husky/pre-commit')).toBe('.husky/pre-commit');
  });

  it('reaches the command as one word whatever the file name holds', () => {
    for (const text of ['Claude Code/Plan', "it's $HOME `x` *", 'a;b|c', 'tab\there']) {
      expect(echoed(shellWord(text))).toBe(text);
    }
  });

  it('is how the review command names a clause whose id has a space', () => {
    const command = closingCommand({ clause: 'team rules/refunds', id: 'a1', regression_flag: true, path: 'codex/team rules/refunds.md', review: { status: 'pending' } } as Parameters<typeof closingCommand>[0]);
    expect(command).toContain("npx promptvault review 'team rules/refunds' --audit a1");
  });
});
