// A Dotprompt file declares `tone?` in its input schema and a Prompty file an input `locale`, and
// neither text uses it. The application passes what the file declares, and render() threw
// `variable-unknown`; it now accepts and ignores a declared input, lets the generated types pass
// it, and still refuses a name the file never declared.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, PromptvaultError } from '../../runtime/index.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;
const TRANSLATE = '---\nmodel: googleai/gemini-2.0-flash\ninput:\n  schema:\n    text: string\n    language: string\n    tone?: string, how formal the translation reads\n---\nTranslate the following text into {{language}}:\n\n{{text}}\n';
const ANSWER = '---\nname: Support answer\ninputs:\n  question:\n    type: string\n  locale:\n    type: string\n---\nuser:\n{{question}}\n';

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('src/ai/translate.prompt', TRANSLATE);
  repo.write('src/ai/answer.prompty', ANSWER);
  repo.write('.promptvault.yaml', "prompts: ['**/*.prompt', '**/*.prompty']\n");
  expect(repo.commit('prompts', '2026-01-02').code).toBe(0);
  expect(repo.cli(['backfill']).code).toBe(0);
  expect(repo.commit('Adopt promptvault', '2026-01-03').code).toBe(0);
  const built = repo.cli(['bundle', '--out', 'prompts.json', '--types', 'prompts.d.ts']);
  expect(built.code, built.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('a declared input the text does not use', () => {
  it('is accepted and ignored by render, Dotprompt and Prompty alike', () => {
    const prompts = loadBundle(fs.readFileSync(path.join(repo.dir, 'prompts.json'), 'utf8'));
    const translate = prompts.get('src/ai/translate');
    expect(translate.variables).toEqual(['language', 'text']);
    expect(translate.render({ text: 'hi', language: 'French', tone: 'warm' })).toBe('Translate the following text into French:\n\nhi\n');
    expect(translate.render({ text: 'hi', language: 'French' })).toBe('Translate the following text into French:\n\nhi\n');
    expect(prompts.get('src/ai/answer').render({ question: 'Where is it?', locale: 'de' })).toBe('user:\nWhere is it?\n');
  });

  it('is optional in the generated types, and a name the file never declared is still refused', () => {
    expect(fs.readFileSync(path.join(repo.dir, 'prompts.d.ts'), 'utf8')).toContain('"src/ai/translate": { "language": PromptValue; "text": PromptValue; "tone"?: PromptValue; };');
    const translate = loadBundle(fs.readFileSync(path.join(repo.dir, 'prompts.json'), 'utf8')).get('src/ai/translate');
    try {
      translate.render({ text: 'hi', language: 'French', mood: 'warm' });
      expect.unreachable('an undeclared variable was accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(PromptvaultError);
      expect((error as PromptvaultError).code).toBe('variable-unknown');
      expect((error as PromptvaultError).message).toBe('src/ai/translate v1·' + /v1·([0-9a-f]{6})/.exec((error as Error).message)![1] + ': unknown variable(s) "mood". It takes exactly: language, text');
    }
  });
});
