// A Dotprompt or Prompty file declares default values for its inputs; `render` fills a variable
// the application leaves out with that default, as Dotprompt and Prompty do, and the generated
// types let it be left out. Variables without a default stay required.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, PromptvaultError } from '../../runtime/index.ts';
import { createRepo, type TestRepo } from '../../test-utils/repo.ts';

let repo: TestRepo;

const SUMMARIZE = '---\nmodel: googleai/gemini-2.0-flash\ninput:\n  schema:\n    ticket: string\n    audience?: string\n  default:\n    audience: agent\n---\nSummarize this ticket for the {{audience}}:\n\n{{ticket}}\n';
const CHAT = '---\nname: Support chat\ninputs:\n  question:\n    type: string\n  tone:\n    type: string\n    default: friendly\n---\nsystem:\nAnswer in a {{tone}} tone.\n\nuser:\n{{question}}\n';
// A default JSON cannot hold (YAML's .inf) is no default: the variable stays required, not null.
const LIMIT = '---\ninput:\n  default:\n    limit: .inf\n---\nAnswer in at most {{limit}} words.\n';

beforeAll(() => {
  repo = createRepo({ hooks: false });
  repo.write('src/ai/summarize.prompt', SUMMARIZE);
  repo.write('src/ai/chat.prompty', CHAT);
  repo.write('src/ai/limit.prompt', LIMIT);
  expect(repo.commit('prompts', '2026-01-02').code).toBe(0);
  repo.write('.promptvault.yaml', "prompts: ['**/*.prompt', '**/*.prompty']\n");
  expect(repo.cli(['backfill']).code).toBe(0);
  expect(repo.commit('Adopt promptvault', '2026-01-03').code).toBe(0);
  const built = repo.cli(['bundle', '--out', 'prompts.json', '--types', 'prompts.d.ts']);
  expect(built.code, built.stderr).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('declared input defaults in the bundle and the runtime', () => {
  it('renders a Dotprompt variable left out with its input.default, and one given with the value given', () => {
    const prompts = loadBundle(fs.readFileSync(path.join(repo.dir, 'prompts.json'), 'utf8'));
    const summarize = prompts.get('src/ai/summarize');
    expect(summarize.render({ ticket: 'My order is late.' })).toBe('Summarize this ticket for the agent:\n\nMy order is late.\n');
    expect(summarize.render({ ticket: 'My order is late.', audience: 'customer' })).toBe('Summarize this ticket for the customer:\n\nMy order is late.\n');
    expect(summarize.render({ ticket: 'x', audience: undefined })).toContain('for the agent:');
  });

  it('renders a Prompty input left out with its default, and still names a variable that has none', () => {
    const chat = loadBundle(fs.readFileSync(path.join(repo.dir, 'prompts.json'), 'utf8')).get('src/ai/chat');
    expect(chat.render({ question: 'Where is it?' })).toBe('system:\nAnswer in a friendly tone.\n\nuser:\nWhere is it?\n');
    try {
      chat.render({});
      expect.unreachable('a variable without a default was left out');
    } catch (error) {
      expect(error).toBeInstanceOf(PromptvaultError);
      expect((error as PromptvaultError).code).toBe('variable-missing');
      expect((error as PromptvaultError).message).toContain('"question"');
    }
  });

  it('writes the defaults into the bundle and makes those variables optional in the types', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(repo.dir, 'prompts.json'), 'utf8')) as { prompts: { id: string; defaults?: unknown }[] };
    expect(bundle.prompts.map((p) => [p.id, p.defaults ?? null])).toEqual([['src/ai/chat', { tone: 'friendly' }], ['src/ai/limit', null], ['src/ai/summarize', { audience: 'agent' }]]);
    expect(() => loadBundle(JSON.stringify(bundle)).get('src/ai/limit').render({})).toThrow(/"limit"/);
    const types = fs.readFileSync(path.join(repo.dir, 'prompts.d.ts'), 'utf8');
    expect(types).toContain('"src/ai/summarize": { "audience"?: PromptValue; "ticket": PromptValue; };');
    expect(types).toContain('"src/ai/chat": { "question": PromptValue; "tone"?: PromptValue; };');
  });
});
