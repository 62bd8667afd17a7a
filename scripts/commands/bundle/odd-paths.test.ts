import { afterAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../runtime/index.ts';
import { createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { bundle } from './index.ts';

// git allows any byte but NUL in a file name. Versions are read back from git by
// `<commit>:<path>` through `cat-file --batch`, a name a line: a prompt path holding a newline was
// two names there, and every answer after it went to the wrong name, so `bundle` refused the
// versions of the other prompts too ("is in no commit of this clone").

let repo: TestRepo;
afterAll(() => repo?.cleanup());

describe('prompts whose paths hold a newline, a tab or quotes', () => {
  it('are recorded, and bundled with the text of each, the other prompts too', async () => {
    repo = createRepo();
    const files = { 'prompts/new\nline.md': 'Newline path.', 'prompts/tab\there.md': 'Tab path.', 'prompts/it\'s "quoted".md': 'Quoted path.', 'prompts/plain.md': 'Plain path.' };
    for (const [file, body] of Object.entries(files)) repo.write(file, promptFile({ title: 'Odd' }, body));
    const committed = repo.commit('odd paths', '2026-01-02');
    expect(committed.code, committed.stderr).toBe(0);
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    expect(Object.keys(files).map((file) => prompts.get(file.slice('prompts/'.length, -'.md'.length)).render({}).trim())).toEqual(Object.values(files));
  });
});
