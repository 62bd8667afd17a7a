import { describe, expect, it } from 'vitest';
import { limitBundlerMemory } from './bundler-memory.ts';

describe('the bundler allocator options a site build sets', () => {
  it('sets lazy arena commits and immediate purging where unset, and keeps a value the user set', () => {
    const env: NodeJS.ProcessEnv = { MIMALLOC_PURGE_DELAY: '250' };
    limitBundlerMemory(env);
    expect(env).toEqual({ MIMALLOC_PURGE_DELAY: '250', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
  });
});
