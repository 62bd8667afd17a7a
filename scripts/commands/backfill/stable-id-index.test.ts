import { describe, expect, it } from 'vitest';
import { stableIdKeys } from '../../lib/recorder/stable-id-keys.ts';
import { StableIdIndex, type StableIdKeys } from './stable-id-index.ts';

const oid = (n: number) => n.toString(16).padStart(40, '0');

describe('StableIdIndex', () => {
  it('names the prompts whose blob has an id line for an asked id, as a search of every file would, through edits, moves and branches', async () => {
    const texts = new Map([
      [oid(1), '---\nid: billing\ntitle: A\n---\nBody.\n'],
      [oid(2), '---\nid: "refunds"  # moved from billing\n---\nBody.\n'],
      [oid(3), '---\ntitle: no id\n---\nid: not front matter, but a line a search finds\n'],
      [oid(4), '---\nid: billing\n---\nAn edit.\n'],
      [oid(5), 'No front matter at all.\n'],
    ]);
    const read: string[] = [];
    const keys: StableIdKeys = {
      async keys(files) {
        read.push(...new Set(files.map(([, blob]) => blob)));
        return new Map(files.map(([file, blob]) => [file, stableIdKeys(Buffer.from(texts.get(blob)!), file)]));
      },
    };
    // What the search over the whole tree gives: every file whose blob has a key among the ids.
    const searched = (ids: string[], tree: Map<string, string>) => [...tree].filter(([file, blob]) => stableIdKeys(Buffer.from(texts.get(blob)!), file).some((key) => ids.includes(key))).map(([file, blob]) => `${file}@${Number.parseInt(blob, 16)}`).sort();
    const everything = () => true;
    const paths = async (ids: string[], tree: Map<string, string>, index: StableIdIndex, taken: (file: string) => boolean = everything) => (await index.files(ids, tree, keys, taken)).map((entry) => `${entry.path}@${Number.parseInt(entry.oid, 16)}`).sort();

    const tree = new Map([['prompts/a.md', oid(1)], ['prompts/b.md', oid(2)], ['prompts/c.md', oid(3)], ['prompts/d.md', oid(5)]]);
    const index = StableIdIndex.of(tree);
    for (const ids of [['billing'], ['refunds', 'billing'], ['not front matter, but a line a search finds'], ['other']]) expect(await paths(ids, tree, index)).toEqual(searched(ids, tree));
    expect(await paths(['billing', 'refunds'], tree, index, (file) => file !== 'prompts/b.md')).toEqual(['prompts/a.md@1']);
    expect(read.sort()).toEqual([oid(1), oid(2), oid(3), oid(5)]);

    // A branch: the copy moves on (an edit, a move, a deletion), the original stays as it was.
    const branch = new Map(tree);
    const copy = index.copy();
    branch.set('prompts/c.md', oid(4));
    copy.set('prompts/c.md', oid(4));
    branch.delete('prompts/a.md');
    copy.remove('prompts/a.md');
    branch.set('prompts/moved/a.md', oid(1));
    copy.set('prompts/moved/a.md', oid(1));
    branch.delete('prompts/b.md');
    copy.remove('prompts/b.md');
    for (const ids of [['billing'], ['refunds'], ['not front matter, but a line a search finds']]) {
      expect(await paths(ids, branch, copy)).toEqual(searched(ids, branch));
      expect(await paths(ids, tree, index)).toEqual(searched(ids, tree));
    }
    // The moved file and the edited one are read again (backfill's reader keeps the id lines by blob).
    expect(read.slice(4).sort()).toEqual([oid(1), oid(4)]);

    // The original merged away: the copy has the maps alone and reads as before, and changes on.
    index.dispose();
    expect(await paths(['billing'], branch, copy)).toEqual(searched(['billing'], branch));
    branch.delete('prompts/moved/a.md');
    copy.remove('prompts/moved/a.md');
    expect(await paths(['billing'], branch, copy)).toEqual(['prompts/c.md@4']);
  });
});
