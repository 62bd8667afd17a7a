import { describe, expect, it } from 'vitest';
import { memoryCitationCache } from '../../lib/recorder/citations-cache-fs.ts';
import { CitingIndex } from './citing-index.ts';

const oid = (n: number) => n.toString(16).padStart(40, '0');

describe('CitingIndex', () => {
  it('names the prompts citing the asked clauses, and those whose citations are not known yet, through edits, moves and branches', () => {
    const cache = memoryCitationCache();
    cache.set(oid(1), 'markdown', { size: 10, codex: ['privacy', 'tone'], escaped: [] });
    cache.set(oid(2), 'markdown', { size: 10, codex: ['tone'], escaped: [] });
    cache.set(oid(3), 'markdown', { size: 10, codex: null, escaped: [] });
    const tree = new Map([['prompts/a.md', oid(1)], ['prompts/b.md', oid(2)], ['prompts/c.md', oid(3)]]);
    const index = CitingIndex.of(tree, cache);
    const paths = (ids: string[], at = tree, from = index) => from.citing(ids, at).map((entry) => `${entry.path}@${Number.parseInt(entry.oid, 16)}`).sort();
    expect(paths(['privacy'])).toEqual(['prompts/a.md@1']);
    expect(paths(['tone', 'privacy'])).toEqual(['prompts/a.md@1', 'prompts/b.md@2']);
    expect(paths(['other'])).toEqual([]);

    // A branch: the copy moves on, the original stays as it was.
    const branch = new Map(tree);
    const copy = index.copy();
    branch.set('prompts/b.md', oid(4));
    copy.set('prompts/b.md', oid(4));
    branch.delete('prompts/a.md');
    copy.remove('prompts/a.md');
    branch.set('prompts/moved/a.md', oid(1));
    copy.set('prompts/moved/a.md', oid(1));
    // Blob 4 is not in the cache yet: it may cite anything, so it is named for every clause.
    expect(paths(['privacy'], branch, copy)).toEqual(['prompts/b.md@4', 'prompts/moved/a.md@1']);
    expect(paths(['unknown-clause'], branch, copy)).toEqual(['prompts/b.md@4']);
    expect(paths(['tone'], tree, index)).toEqual(['prompts/a.md@1', 'prompts/b.md@2']);
    cache.set(oid(4), 'markdown', { size: 10, codex: ['privacy'], escaped: [] });
    expect(paths(['tone'], branch, copy)).toEqual(['prompts/moved/a.md@1']);
    expect(paths(['privacy'], branch, copy)).toEqual(['prompts/b.md@4', 'prompts/moved/a.md@1']);
    expect(paths(['privacy'], tree, index)).toEqual(['prompts/a.md@1']);

    // The original merged away: the copy has the maps alone and reads as before, and changes on.
    index.dispose();
    expect(paths(['privacy'], branch, copy)).toEqual(['prompts/b.md@4', 'prompts/moved/a.md@1']);
    expect(paths(['tone'], branch, copy)).toEqual(['prompts/moved/a.md@1']);
    branch.delete('prompts/moved/a.md');
    copy.remove('prompts/moved/a.md');
    expect(paths(['tone', 'privacy'], branch, copy)).toEqual(['prompts/b.md@4']);
  });
});
