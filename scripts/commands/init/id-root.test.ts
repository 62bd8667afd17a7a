// `init` gives a Dotprompt, Prompty or GitHub Models file under prompts/ the id a Markdown prompt
// there has: `prompts/support/refund.prompt` is `support/refund` as `prompts/support/faq.md` is
// `support/faq`, not `prompts/support/refund` (the `**/` glob's id is the whole path). Files of
// that format found outside prompts/ too keep the `**/` glob, so none is left unrecorded.
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { detectLayouts } from '../../lib/config/known-layouts.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo | undefined;
afterEach(() => repo?.cleanup());

const DOTPROMPT = '---\nmodel: googleai/gemini-2.0-flash\n---\nHelp {{name}} with a refund.\n';

function initOn(files: Record<string, string>): string[] {
  repo = createRepo({ hooks: false });
  for (const [file, text] of Object.entries(files)) repo.write(file, text);
  expect(repo.commit('what the repository holds', '2026-01-02').code).toBe(0);
  const init = repo.cli(['init']);
  expect(init.code, init.stderr).toBe(0);
  return (parse(repo.read('.promptvault.yaml')) as { prompts: string[] }).prompts;
}

describe('init proposes one id root for every format under prompts/', () => {
  it('roots a Dotprompt and a Prompty layout at prompts/ when all their files are there, so ids match the Markdown prompts beside them', () => {
    const globs = initOn({
      'prompts/support/refund.prompt': DOTPROMPT,
      'prompts/support/triage.prompty': '---\nname: triage\n---\nTriage {{ticket}}.\n',
      'prompts/support/faq.md': '---\ntitle: FAQ\n---\nAnswer questions.\n',
    });
    expect(globs).toEqual(['prompts/**/*.prompt', 'prompts/**/*.prompty', 'prompts/**/*.md']);
    const recorded = repo!.cli(['record', '--all']);
    expect(recorded.code, recorded.stderr).toBe(0);
    const committed = repo!.commit('record the prompts', '2026-01-03', { env: { HUSKY: '0' } });
    expect(committed.code, committed.stdout + committed.stderr).toBe(0);
    for (const id of ['support/refund', 'support/triage', 'support/faq']) expect(repo!.cli(['log', id]).code).toBe(0);
    expect(repo!.cli(['log', 'prompts/support/refund']).code).toBe(2);
  });

  it('keeps **/*.prompt when Dotprompt files lie outside prompts/ as well (whole-path ids, every file recorded)', () => {
    expect(detectLayouts(['prompts/a.prompt', 'flows/b.prompt']).map((l) => l.glob)).toEqual(['**/*.prompt']);
    expect(detectLayouts(['prompts/a.prompt', 'prompts/deep/c.prompt.yml']).map((l) => l.glob)).toEqual(['prompts/**/*.prompt', 'prompts/**/*.prompt.yml']);
    expect(detectLayouts(['flows/b.prompt']).map((l) => l.glob)).toEqual(['**/*.prompt']);
  });
});
