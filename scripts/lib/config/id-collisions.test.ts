import { describe, expect, it } from 'vitest';
import { findIdCollisions } from './id-collisions.ts';

// The globs init proposes per tool folder drop that folder from the id, so a Claude Code agent
// and a slash command of one name collide; init names them and a glob that keeps them apart.

const INIT_GLOBS = { prompts: ['.claude/agents/**/*.md', '.claude/commands/**/*.md', '**/*.prompt', 'prompts/**/*.md'], codex: ['codex/**/*.md'] };

describe('findIdCollisions', () => {
  it('names an agent and a command of one name, with one glob over .claude/ that keeps them apart', () => {
    const paths = ['.claude/agents/reviewer.md', '.claude/commands/reviewer.md', '.claude/commands/deploy.md', 'codex/reviewer.md', 'README.md'];
    expect(findIdCollisions(paths, INIT_GLOBS)).toEqual([
      { id: 'reviewer', paths: ['.claude/agents/reviewer.md', '.claude/commands/reviewer.md'], widerGlob: '.claude/**/*.md' },
    ]);
    // Under that glob the ids differ.
    expect(findIdCollisions(paths, { prompts: ['.claude/**/*.md'], codex: ['codex/**/*.md'] })).toEqual([]);
  });

  it('offers no wider glob for two files of one folder (a.md and a Dotprompt a.prompt)', () => {
    expect(findIdCollisions(['prompts/a.md', 'prompts/a.prompt'], { prompts: ['prompts/**/*.md', 'prompts/**/*.prompt'], codex: [] })).toEqual([
      { id: 'a', paths: ['prompts/a.md', 'prompts/a.prompt'] },
    ]);
  });

  it('finds nothing when every id is given once', () => {
    expect(findIdCollisions(['.claude/agents/a.md', '.claude/commands/b.md', 'flows/a.prompt'], INIT_GLOBS)).toEqual([]);
  });
});
