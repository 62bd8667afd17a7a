// A front-matter id is unique whatever YAML shape it is written in. The hook finds the files that
// may hold a staged id from their `id:` lines (stable-id-keys.ts), a fast read of one line each;
// until session 31 an id the line pattern could not read (on the next line, a block or escaped
// scalar, a quoted key, an anchor, tag or alias, a flow mapping) was missed, and a duplicate went
// through. The files with such a line are now read with the record's own parse.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyRepo, createRepo, promptFile, type TestRepo } from '../../test-utils/repo.ts';

/** Front matters that YAML reads as the id "refund-agent" (and a title), written as people do. */
const SHAPES: Record<string, string> = {
  'on the next line': 'id:\n  refund-agent\ntitle: Other',
  'a literal block': 'id: |-\n  refund-agent\ntitle: Other',
  'a folded block': 'id: >-\n  refund-agent\ntitle: Other',
  'an escaped double-quoted scalar': 'id: "refund\\x2dagent"\ntitle: Other',
  'a quoted key (JSON style)': '"id": "refund-agent"\n"title": "Other"',
  'a single-quoted key': "'id': refund-agent\ntitle: Other",
  'a space before the colon': 'id : refund-agent\ntitle: Other',
  'an anchor': 'id: &agent refund-agent\ntitle: Other',
  'a tag': 'id: !!str refund-agent\ntitle: Other',
  'an alias': 'name: &agent refund-agent\nid: *agent\ntitle: Other',
  'a flow mapping': '{"id": "refund-agent", "title": "Other"}',
  'an indented mapping': '  id: refund-agent\n  title: Other',
  'an explicit key': '? id\n: refund-agent\ntitle: Other',
};

const other = (frontMatter: string) => `---\n${frontMatter}\n---\nAnswer shipping questions.\n`;
const plain = promptFile({ title: 'Refund', id: 'refund-agent' }, 'Answer refund questions.');

let base: TestRepo;
/** The base's file of `shape` (its number in SHAPES). */
const shapedFile = (shape: string) => `prompts/other-${Object.keys(SHAPES).indexOf(shape)}.md`;
/** The id that file holds: "refund-agent" with the shape's number, so the 13 files stand in one commit. */
const shapedId = (shape: string) => `refund-agent-shape${Object.keys(SHAPES).indexOf(shape)}`;
/** SHAPES[shape] with the id shapedId(shape), written in the same shape (escaped where it is). */
const shaped = (shape: string) => SHAPES[shape]!.replace(/refund(-|\\x2d)agent/, `$&-shape${Object.keys(SHAPES).indexOf(shape)}`);
// The seed and every shape's file, committed once through the hook (the hook records them all, no
// id twice), where each shape's test committed its own file first: one hooked commit for 13.
beforeAll(() => {
  base = createRepo();
  base.write('prompts/seed.md', promptFile({ title: 'Seed', id: 'seed' }, 'Answer any question.'));
  expect(base.commit('seed', '2026-01-02').code).toBe(0);
  for (const shape of Object.keys(SHAPES)) base.write(shapedFile(shape), other(shaped(shape)));
  const committed = base.commit('every shape, each its own id', '2026-01-03');
  expect(committed.code, committed.stdout + committed.stderr).toBe(0);
  expect(base.addedInHead('vault/checkpoints/')).toHaveLength(Object.keys(SHAPES).length);
});
afterAll(() => base?.cleanup());

/** Commits `files` in order on a copy of the base (each its own commit); the last commit's output and whether it moved HEAD. */
function commitInTurn(steps: Record<string, string>[]) {
  const repo = copyRepo(base);
  try {
    let last = { output: '', moved: false, code: 0 };
    steps.forEach((files, i) => {
      const before = repo.git(['rev-parse', 'HEAD']).stdout;
      for (const [file, content] of Object.entries(files)) repo.write(file, content);
      const result = repo.commit(`step ${i}`, `2026-01-0${4 + i}`);
      last = { output: result.stdout + result.stderr, moved: repo.git(['rev-parse', 'HEAD']).stdout !== before, code: result.code };
    });
    return { ...last, log: repo.git(['log', '--format=%s']).stdout };
  } finally {
    repo.cleanup();
  }
}

describe('a duplicate front-matter id is refused whatever YAML shape either copy is written in', () => {
  for (const shape of Object.keys(SHAPES)) {
    it(`refuses a plain id that a committed prompt holds as ${shape}`, () => {
      const outcome = commitInTurn([{ 'prompts/refund.md': promptFile({ title: 'Refund', id: shapedId(shape) }, 'Answer refund questions.') }]);
      expect(outcome.moved, outcome.output).toBe(false);
      expect(outcome.output).toContain(`prompts/refund.md:3: front matter id "${shapedId(shape)}" is already used by ${shapedFile(shape)}`);
    });
  }

  it('refuses two staged prompts of odd shapes with one id, in a later commit and in the first', () => {
    const files = { 'prompts/a.md': other(SHAPES['on the next line']!), 'prompts/b.md': other(SHAPES['a quoted key (JSON style)']!) };
    const later = commitInTurn([files]);
    expect(later.moved, later.output).toBe(false);
    expect(later.output).toContain('front matter id "refund-agent" is already used by prompts/b.md');
    const repo = createRepo();
    try {
      for (const [file, content] of Object.entries(files)) repo.write(file, content);
      const first = repo.commit('first', '2026-01-02');
      expect(first.code, first.stdout + first.stderr).not.toBe(0);
      expect(first.stdout + first.stderr).toContain('front matter id "refund-agent" is already used by prompts/b.md');
    } finally {
      repo.cleanup();
    }
  });

  it('still records a prompt whose id only looks like another in an odd shape', () => {
    const outcome = commitInTurn([{ 'prompts/other.md': other('id: |-\n  refund-agent-2\ntitle: Other') }, { 'prompts/refund.md': plain }]);
    expect(outcome.moved, outcome.output).toBe(true);
  });
});
