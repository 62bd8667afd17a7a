import { describe, expect, it } from 'vitest';
import type { IndexChange } from '../git/index.ts';
import { idsToRevisit, KNOWN_PARENTS_FROM } from './brought-records.ts';
import type { TreeView } from './view.ts';

// The adoption commit tells the thousands of mutation records backfill staged from an earlier
// attempt at its own commit by their commit_parents line. With the lines backfill left by blob id
// (record-parents-cache-fs.ts), the hook must answer as it does reading every record, and read
// only those the list does not name.

const HEAD = 'a'.repeat(40);
const OLDER = 'b'.repeat(40);
const record = (parents: string[]) => `prompt: p\nversion: 1\ncommit_parents:${parents.length === 0 ? ' []' : ''}\n${parents.map((id) => `  - ${id}\n`).join('')}created_at: 2026-01-01T00:00:00Z\n`;

/** Added mutation records of many prompts: most written for older commits, a few for this one (HEAD as parent), one root commit's, one without the line. */
function adoption(): { changes: IndexChange[]; texts: Map<string, Buffer> } {
  const changes: IndexChange[] = [];
  const texts = new Map<string, Buffer>();
  for (let i = 0; i < KNOWN_PARENTS_FROM + 20; i++) {
    const text = i % 50 === 7 ? record([HEAD]) : i === 3 ? record([]) : i === 5 ? 'prompt: p\nversion: 1\n' : record([OLDER]);
    const oid = i.toString(16).padStart(40, '0');
    texts.set(oid, Buffer.from(text));
    changes.push({ status: 'A', path: `vault/mutations/p${i}/0001-${'0'.repeat(12)}.yaml`, oldOid: null, newOid: oid });
  }
  return { changes, texts };
}

/** A view reading `texts`, noting the ids asked for. */
function viewOf(texts: Map<string, Buffer>): { view: TreeView; asked: string[] } {
  const asked: string[] = [];
  const view = { read: async (oids: string[]) => { asked.push(...oids); return new Map(oids.map((oid) => [oid, texts.get(oid)!])); } } as unknown as TreeView;
  return { view, asked };
}

describe('the adoption commit with the commit_parents lines backfill left', () => {
  it('revisits the same prompts as reading every record, and reads only the records the list does not name', async () => {
    const { changes, texts } = adoption();
    const ids = new Set(changes.map((change) => /mutations\/(p\d+)\//.exec(change.path)![1]!));
    const options = { ids, changes, commitParents: [HEAD], merge: false };
    const read = viewOf(texts);
    const expected = await idsToRevisit(read.view, options);
    expect(read.asked).toHaveLength(changes.length);
    // This commit's own (HEAD as parent) and the one without the line: judged in full.
    expect([...expected].sort()).toEqual(['p107', 'p157', 'p207', 'p257', 'p5', 'p57', 'p7'].sort());

    // The list as backfill writes it: every record but the one without the line, and one left out.
    const known = new Map([...texts].flatMap(([oid, text]) => {
      const match = /^commit_parents:(?: \[\])?\n((?: {2}- [0-9a-f]{40}\n)*)/m.exec(text.toString());
      return match && oid !== changes[10]!.newOid ? [[oid, [...match[1]!.matchAll(/[0-9a-f]{40}/g)].map((m) => m[0]).join(',')] as const] : [];
    }));
    const listed = viewOf(texts);
    expect(await idsToRevisit(listed.view, { ...options, knownParents: () => known })).toEqual(expected);
    expect(listed.asked.sort()).toEqual([changes[5]!.newOid!, changes[10]!.newOid!].sort());
  });

  it('does not open the list for a few records (a cherry-pick\'s)', async () => {
    const { changes, texts } = adoption();
    const few = changes.slice(0, KNOWN_PARENTS_FROM - 1);
    let opened = false;
    await idsToRevisit(viewOf(texts).view, { ids: new Set(['p1']), changes: few, commitParents: [HEAD], merge: false, knownParents: () => { opened = true; return new Map(); } });
    expect(opened).toBe(false);
  });
});
