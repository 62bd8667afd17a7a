import { afterAll, describe, expect, it } from 'vitest';
import { createRepo, promptFile } from '../../test-utils/repo.ts';
import { openRepo } from '../../lib/git/index.ts';
import { pairMoves, readLog } from '../../lib/git/history-git.ts';
import { readConfig } from '../../lib/config/read-fs.ts';
import { sourcePathspecs } from '../../lib/prompt/locate.ts';
import { firstJobsMovesLeave, measureJobs } from './measure-jobs.ts';

const test = createRepo({ hooks: false });
afterAll(() => test.cleanup());

const body = (topic: string, extra = '') => `${Array.from({ length: 20 }, (_, i) => `Step ${i}: answer the ${topic} question plainly and kindly.`).join('\n\n')}\n${extra}`;
const ok = (result: { code: number; stderr: string }) => expect(result.code, result.stderr).toBe(0);

/**
 * An import, then a move with an edit of one of its prompts, an edit and then a move with an edit
 * of another (a line of three versions), a deletion, an edit, and a prompt left as imported.
 */
function playHistory(): void {
  for (const name of ['moved', 'line', 'deleted', 'edited', 'kept']) test.write(`prompts/${name}.md`, promptFile({ title: name }, body(name)));
  ok(test.commit('import', '2026-04-01'));
  test.move('prompts/moved.md', 'prompts/filed/moved.md');
  test.write('prompts/filed/moved.md', promptFile({ title: 'moved' }, body('moved', 'One more line.\n')));
  test.write('prompts/line.md', promptFile({ title: 'line' }, body('line', 'Second version.\n')));
  test.write('prompts/edited.md', promptFile({ title: 'edited' }, body('edited', 'Edited.\n')));
  ok(test.commit('move one, edit two', '2026-04-02'));
  test.remove('prompts/deleted.md');
  test.move('prompts/line.md', 'prompts/filed/line.md');
  test.write('prompts/filed/line.md', promptFile({ title: 'line' }, body('line', 'Second version.\nThird version.\n')));
  ok(test.commit('delete one, move the line', '2026-04-03'));
}

describe('the first commit measured while the moves are paired', () => {
  playHistory();

  it('hands over early only the first commit\'s jobs whose fields the paired history leaves as the log gave them', async () => {
    const repo = await openRepo({ cwd: test.dir });
    const config = readConfig(test.dir);
    const pathspecs = sourcePathspecs(config);
    const head = test.git(['rev-parse', 'HEAD']).stdout.trim();
    const atEnd = new Map<string, string[]>();
    for (const line of test.git(['ls-tree', '-r', 'HEAD', 'prompts']).stdout.trim().split('\n')) {
      const [meta, file] = line.split('\t');
      atEnd.set(meta!.split(' ')[2]!, [file!]);
    }
    const history = await readLog(repo, { ref: head, pathspecs });
    const logJobs = measureJobs(history, config, undefined, new Set(), atEnd);
    const early = firstJobsMovesLeave(history, undefined, new Set(), logJobs);
    await pairMoves(repo, history, pathspecs);
    const jobs = measureJobs(history, config, undefined, new Set(), atEnd);

    // The same blobs in the same order (what measure-ahead's settle requires) ...
    expect(jobs.map((job) => job.oid)).toEqual(logJobs.map((job) => job.oid));
    // ... and every early job exactly as the paired history makes it.
    for (const job of early) expect(job).toEqual(jobs.find((final) => final.oid === job.oid));
    // A prompt's blob as the import committed it.
    const blobAt = (file: string) => test.git(['rev-parse', `${history[0]!.oid}:${file}`]).stdout.trim();
    const named = (jobList: typeof jobs, file: string) => jobList.find((job) => job.oid === blobAt(file))!;
    expect(early.map((job) => job.path).sort()).toEqual(['prompts/edited.md', 'prompts/kept.md']);
    // What the pairing changes, which is why those jobs wait: the moved prompt's import is kept for
    // its edit and measured by chunks (its edit is at HEAD); the line's first version too, two moves away.
    expect(named(logJobs, 'prompts/moved.md')).toEqual({ oid: blobAt('prompts/moved.md'), path: 'prompts/moved.md', id: 'moved' });
    expect(named(jobs, 'prompts/moved.md')).toMatchObject({ keep: true, chunked: true });
    expect(named(logJobs, 'prompts/line.md').chunked).toBeUndefined();
    expect(named(jobs, 'prompts/line.md')).toMatchObject({ keep: true, chunked: true });
    // The deleted prompt pairs with nothing; it waits all the same (a deletion may be half of a move).
    expect(named(jobs, 'prompts/deleted.md')).toEqual(named(logJobs, 'prompts/deleted.md'));
  });
});
