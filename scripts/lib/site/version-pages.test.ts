import { describe, expect, it } from 'vitest';
import { versionPageCount, versionPageNumber, versionPagePath, versionsOnPage } from './version-pages.ts';

describe('version pages', () => {
  it('keeps the newest page_size versions on the prompt page and the older ones on history pages', () => {
    const newestFirst = ['v7', 'v6', 'v5', 'v4', 'v3', 'v2', 'v1'];
    expect(versionPageCount(newestFirst.length, 3)).toBe(3);
    expect(versionPageCount(0, 3)).toBe(1);
    expect(newestFirst.map((_, i) => versionPageNumber(i, 3))).toEqual([1, 1, 1, 2, 2, 2, 3]);
    expect(versionsOnPage(newestFirst, 1, 3)).toEqual(['v7', 'v6', 'v5']);
    expect(versionsOnPage(newestFirst, 3, 3)).toEqual(['v1']);
    expect(versionPagePath('support/refund', 1)).toBe('prompts/support/refund/');
    expect(versionPagePath('.claude/agents/x', 2)).toBe('history/~2Eclaude/agents/x/2/');
  });
});
