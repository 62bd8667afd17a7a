import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle } from '../../runtime/index.ts';
import { createRepo, PROJECT_ROOT, promptFile, type TestRepo } from '../../test-utils/repo.ts';
import { thrownBy } from '../../test-utils/thrown.ts';
import { bundle } from './index.ts';

// A repository whose refund prompt gained a variable, was labelled at its first version and then
// moved; a second prompt carries Dotprompt-style model settings. The bundle must serve each
// label's version with that version's text, variables and commit, strictly rendered.

let repo: TestRepo;
let firstCommit: string;
const refund = (body: string) => promptFile({ title: 'Refund request' }, body);

beforeAll(() => {
  repo = createRepo();
  repo.write('prompts/support/refund.md', refund('Help {{ customer_name }} with a refund.'));
  repo.write('prompts/faq.md', '---\ntitle: FAQ\nmodel: googleai/gemini-2.0-flash\nconfig:\n  temperature: 0.2\n  maxOutputTokens: 400\n---\nAnswer questions about {{product}}. {{! not a variable }}\n');
  expect(repo.commit('add prompts', '2026-01-02').code).toBe(0);
  firstCommit = repo.git(['rev-parse', 'HEAD']).stdout.trim();
  repo.write('prompts/support/refund.md', refund('Help {{ customer_name }} with a refund of order {{order_id}}.'));
  expect(repo.commit('ask for the order', '2026-01-03').code).toBe(0);
  expect(repo.cli(['label', 'set', 'production', 'support/refund@1', 'faq@1']).code).toBe(0);
  expect(repo.commit('production: refund v1', '2026-01-04', { add: false }).code).toBe(0);
  fs.mkdirSync(path.join(repo.dir, 'prompts/billing'));
  expect(repo.git(['mv', 'prompts/support/refund.md', 'prompts/billing/refund.md']).code).toBe(0);
  expect(repo.commit('move refund under billing', '2026-01-05', { add: false }).code).toBe(0);
});
afterAll(() => repo?.cleanup());

describe('promptvault bundle', () => {
  it('holds every current version and every label, with the text, variables and commit of each version', async () => {
    const { bundle: built } = await bundle({ cwd: repo.dir });
    expect(built.prompts.map((p) => `${p.id} ${p.versionLabel} ${p.variables.join(',')}`)).toEqual([
      expect.stringMatching(/^billing\/refund v1·[0-9a-f]{6} customer_name$/),
      expect.stringMatching(/^billing\/refund v3·[0-9a-f]{6} customer_name,order_id$/),
      expect.stringMatching(/^faq v1·[0-9a-f]{6} product$/),
    ]);
    const v1 = built.prompts[0]!;
    expect(v1).toMatchObject({ recordedAs: 'support/refund', path: 'prompts/support/refund.md', commit: firstCommit, text: 'Help {{ customer_name }} with a refund.\n', frontMatter: { title: 'Refund request' } });
    expect(built.prompts[2]!.model).toEqual({ name: 'googleai/gemini-2.0-flash', parameters: { maxOutputTokens: 400, temperature: 0.2 } });
    expect(Object.keys(built.current)).toEqual(['billing/refund', 'faq']);
    expect(built.labels.production).toEqual({ 'billing/refund': v1.key, faq: built.prompts[2]!.key });
  });

  it('writes the same bytes for the same repository state', async () => {
    const [a, b] = [await bundle({ cwd: repo.dir }), await bundle({ cwd: repo.dir })];
    expect(a.json).toBe(b.json);
    expect(a.types).toBe(b.types);
  });

  it('writes types of ids and variables, by default and per label', async () => {
    const { types } = await bundle({ cwd: repo.dir });
    expect(types).toContain('  default: {\n    "billing/refund": { "customer_name": PromptValue; "order_id": PromptValue; };\n    "faq": { "product": PromptValue; };\n  };');
    expect(types).toContain('    "production": {\n      "billing/refund": { "customer_name": PromptValue; };');
    expect(types).toContain('export type PromptLabel = "production";');
  });

  it('with --label holds only what the label names, and get(id) serves the label', async () => {
    const { bundle: built } = await bundle({ cwd: repo.dir, label: 'production' });
    expect(built.prompts.map((p) => `${p.id} v${p.version}`)).toEqual(['billing/refund v1', 'faq v1']);
    expect(loadBundle(built).get('billing/refund').render({ customer_name: 'Ada' })).toBe('Help Ada with a refund.\n');
    await expect(bundle({ cwd: repo.dir, label: 'prodution' })).rejects.toThrow('there is no label "prodution"');
  });

  it('with --prompts holds only the prompts whose file the glob matches (one app of a monorepo), a moved one by its new path', async () => {
    const { bundle: built } = await bundle({ cwd: repo.dir, prompts: ['prompts/billing/**'] });
    expect(built.prompts.map((p) => `${p.id} v${p.version}`)).toEqual(['billing/refund v1', 'billing/refund v3']);
    expect(Object.keys(built.current)).toEqual(['billing/refund']);
    expect(Object.keys(built.labels.production!)).toEqual(['billing/refund']);
    const labelled = await bundle({ cwd: repo.dir, label: 'production', prompts: ['prompts/faq.md'] });
    expect(labelled.bundle.prompts.map((p) => `${p.id} v${p.version}`)).toEqual(['faq v1']);
    // A glob that matches no prompt file is a mistake, not an empty bundle.
    await expect(bundle({ cwd: repo.dir, prompts: ['apps/support-bot/**'] })).rejects.toThrow("--prompts 'apps/support-bot/**' matches no prompt file; globs are relative to the repository root, e.g. --prompts 'apps/support-bot/**' (prompt files here: prompts/billing/refund.md, prompts/faq.md)");
    const cli = repo.cli(['bundle', '--out', path.join(repo.dir, '..', `${path.basename(repo.dir)}-faq.json`), '--prompts', 'prompts/faq.md']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(cli.stderr).toContain('promptvault bundle: 1 prompt version(s) in ');
    fs.rmSync(path.join(repo.dir, '..', `${path.basename(repo.dir)}-faq.json`));
  });
});

describe('promptvault/runtime', () => {
  it('serves a label, a version or the current text, and renders strictly', async () => {
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    expect(prompts.get('billing/refund', { label: 'production' }).render({ customer_name: 'Ada' })).toBe('Help Ada with a refund.\n');
    expect(prompts.get('billing/refund').render({ customer_name: 'Ada', order_id: 42 })).toBe('Help Ada with a refund of order 42.\n');
    expect(prompts.get('billing/refund', { version: 1 }).version).toBe(1);
    expect(prompts.get('faq').render({ product: 'Vault' })).toBe('Answer questions about Vault. \n');
    expect(thrownBy(() => prompts.get('billing/refund').render({ customer_name: 'Ada' })).message).toMatch(/^billing\/refund v3·[0-9a-f]{6}: missing variable\(s\) "order_id"\. It takes exactly: customer_name, order_id$/);
    expect(thrownBy(() => prompts.get('billing/refund').render({ customer_name: 'Ada', order_id: 1, ordr: 2 } as never)).code).toBe('variable-unknown');
    const unknown = thrownBy(() => prompts.get('billing/refnd'));
    expect(unknown.code).toBe('prompt-unknown');
    expect(unknown.message).toContain('no prompt "billing/refnd" in this bundle. Did you mean "billing/refund"?');
    expect(thrownBy(() => prompts.get('faq', { label: 'prod' })).message).toContain('no label "prod" in this bundle. Did you mean "production"? Labels: production');
    expect(thrownBy(() => prompts.get('faq', { version: 7 })).code).toBe('version-unknown');
  });

  it('tells an application still asking for a moved prompt by its old id the id it has now', async () => {
    const built = await bundle({ cwd: repo.dir });
    expect(built.bundle.moved).toEqual({ 'support/refund': 'billing/refund' });
    for (const prompts of [loadBundle(built.json), loadBundle((await bundle({ cwd: repo.dir, label: 'production' })).json)]) {
      const thrown = thrownBy(() => prompts.get('support/refund'));
      expect(thrown?.code).toBe('prompt-unknown');
      expect(thrown?.data).toMatchObject({ id: 'support/refund', movedTo: 'billing/refund' });
      expect(thrown?.message).toMatch(/^no prompt "support\/refund" in (this bundle|label "production"): it was moved to "billing\/refund"\. Ask for get\('billing\/refund'\)/);
    }
  });

  it('runs in a bare JavaScript context (no process, Buffer, require, console), bundled for the neutral platform', async () => {
    // esbuild (here through Astro's Vite) refuses `node:` imports on the neutral platform, and the
    // bare context has only the language's own globals, as an edge function or a worker has.
    const { build } = await import('esbuild');
    const built = await build({ entryPoints: [path.join(PROJECT_ROOT, 'scripts/runtime/index.ts')], bundle: true, format: 'iife', globalName: 'promptvault', platform: 'neutral', write: false, logLevel: 'silent' });
    const json = (await bundle({ cwd: repo.dir })).json;
    const context = vm.createContext({ json });
    vm.runInContext(`${built.outputFiles[0]!.text}\nglobalThis.out = promptvault.loadBundle(json).get('billing/refund', { label: 'production' }).render({ customer_name: 'Ada' });`, context);
    expect(context.out).toBe('Help Ada with a refund.\n');
    expect(vm.runInContext('typeof process + typeof Buffer + typeof require', context)).toBe('undefinedundefinedundefined');
  });

  it('imports nothing but its own pure modules (no Node built-ins, git, Astro or other packages)', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = fs.readFileSync(file, 'utf8');
      for (const match of source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|^\s*import\s+'([^']+)'/gm)) {
        const specifier = match[1] ?? match[2]!;
        expect(specifier, `${path.relative(PROJECT_ROOT, file)} imports ${specifier}`).toMatch(/^\.\.?\//);
        visit(path.resolve(path.dirname(file), specifier));
      }
      expect(source, file).not.toMatch(/\b(?:process|Buffer|require)\b[.(]/);
    };
    visit(path.join(PROJECT_ROOT, 'scripts/runtime/index.ts'));
    expect([...seen].map((f) => path.relative(PROJECT_ROOT, f)).sort()).toEqual([
      'scripts/lib/formats/tool-variables.ts', 'scripts/lib/labels/nearest.ts', 'scripts/lib/traits/variables.ts', 'scripts/lib/vault/deletion-phrase.ts', 'scripts/runtime/bundle-format.ts', 'scripts/runtime/errors.ts',
      'scripts/runtime/index.ts', 'scripts/runtime/load-bundle.ts', 'scripts/runtime/render.ts',
    ]);
  });

  it('a version past the current one says it was not recorded, not to point a label at it', async () => {
    // `label set <label> faq@7` would be refused in the repository: faq has no v7 to name.
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    expect(thrownBy(() => prompts.get('faq', { version: 7 })).message).toMatch(/^faq has no version 7 in this bundle\. Its versions here: v1·[0-9a-f]{6} \(v1·[0-9a-f]{6} is its current version, the newest when the bundle was made: a version 7 was not recorded then; get\('faq'\) with no option serves v1·[0-9a-f]{6}\)$/);
    expect(thrownBy(() => prompts.get('faq', { version: 'v7·abcdef' })).message).toContain('a version 7 was not recorded then');
  });

  // Last in this file's shared repository: it adds a label.
  it('a label that does not name a bundled prompt says so and how to name it, and a missing label how to set it', async () => {
    expect(repo.cli(['label', 'set', 'canary', 'faq@1']).code).toBe(0);
    expect(repo.commit('canary: faq v1', '2026-01-06', { add: false }).code).toBe(0);
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    const message = (fn: () => unknown) => thrownBy(fn).message;
    expect(message(() => prompts.get('billing/refund', { label: 'canary' }))).toBe("label \"canary\" does not name \"billing/refund\" (it names faq). Name it in the prompts' repository with `promptvault label set canary billing/refund@<version>`, commit, and bundle again; get('billing/refund') with no option serves its current version");
    expect(message(() => prompts.get('billing/refnd', { label: 'canary' }))).toBe('no prompt "billing/refnd" in label "canary". Prompts: faq');
    expect(message(() => prompts.get('faq', { label: 'staging' }))).toBe("no label \"staging\" in this bundle. Labels: canary, production. A label is set in the prompts' repository (`promptvault label set staging <id>@<version>`, then commit) and reaches the application with the next `promptvault bundle`");
    expect(message(() => prompts.get('billing/refund', { version: 2 }))).toMatch(/^billing\/refund has no version 2 in this bundle\. Its versions here: v1·[0-9a-f]{6}, v3·[0-9a-f]{6} \(a bundle holds each prompt's current version and the versions labels name; to serve another, point a label at it, `promptvault label set <label> billing\/refund@2`, commit, and bundle again\)$/);
    expect(message(() => prompts.get('faq', { version: 'latest' }))).toMatch(/^faq has no version latest in this bundle\. Its versions here: v1·[0-9a-f]{6} \(a version is a number, 4, or a name such as "v1·[0-9a-f]{6}"; get\('faq'\) with no option serves the current one\)$/);
  });

  it('a mistyped label\'s hint names the label most likely meant, and the typed one only as a new label', async () => {
    const prompts = loadBundle((await bundle({ cwd: repo.dir })).json);
    const thrown = thrownBy(() => prompts.get('faq', { label: 'prodution' }));
    expect(thrown?.code).toBe('label-unknown');
    expect(thrown?.message).toBe("no label \"prodution\" in this bundle. Did you mean \"production\"? Labels: canary, production. Ask for { label: 'production' }. A label is set in the prompts' repository (`promptvault label set production <id>@<version>` to move \"production\", or `promptvault label set prodution <id>@<version>` for a new label \"prodution\", then commit) and reaches the application with the next `promptvault bundle`");
  });
});

describe('promptvault bundle after backfill', () => {
  it('reads an old version from the commit backfill replayed, not the later commit that added its record', async () => {
    const old = createRepo({ hooks: false });
    try {
      old.write('prompts/greet.md', refund('Hello {{name}}.'));
      expect(old.commit('greet', '2026-02-01').code).toBe(0);
      const first = old.git(['rev-parse', 'HEAD']).stdout.trim();
      old.write('prompts/greet.md', refund('Hello {{name}}, welcome back.'));
      expect(old.commit('warmer', '2026-02-02').code).toBe(0);
      expect(old.cli(['backfill']).code).toBe(0);
      expect(old.commit('Backfill the prompt vault', '2026-02-03', { add: false }).code).toBe(0);
      expect(old.cli(['label', 'set', 'production', 'greet@1']).code).toBe(0);
      expect(old.commit('production: greet v1', '2026-02-04', { add: false }).code).toBe(0);
      const prompts = loadBundle((await bundle({ cwd: old.dir, label: 'production' })).bundle);
      expect(prompts.get('greet')).toMatchObject({ version: 1, commit: first, text: 'Hello {{name}}.\n' });
    } finally {
      old.cleanup();
    }
  });
});

describe("Copilot and Claude Code prompts in an application", () => {
  it("renders each shape's own variables strictly: ${input:name} and ${input:name:placeholder}, $ARGUMENTS and $1, naming a missing one", async () => {
    const tools = createRepo();
    try {
      tools.write('.promptvault.yaml', "prompts: ['.github/prompts/*.prompt.md', '.claude/commands/**/*.md']\n");
      tools.write('.github/prompts/review.prompt.md', '---\nmode: agent\ndescription: Review a file\n---\nReview ${input:file:the file to review} for ${input:concern}; keep ${selection} and ${input:file} in mind.\n');
      tools.write('.claude/commands/fix-issue.md', '---\ndescription: Fix an issue\nargument-hint: [issue] [priority]\n---\nFix issue #$1 with priority $2. Everything typed: $ARGUMENTS. Cost in $USD stays as written.\n');
      const added = tools.commit('add tool prompts', '2026-03-01');
      expect(added.code, added.stderr).toBe(0);
      const built = await bundle({ cwd: tools.dir });
      expect(built.bundle.prompts.map((p) => `${p.id} ${p.syntax} ${p.variables.join(',')}`)).toEqual([
        'fix-issue claude-arguments $1,$2,ARGUMENTS',
        'review.prompt copilot-input concern,file',
      ]);
      // The variables the checkpoints recorded are the ones render() takes.
      const log = JSON.parse(tools.cli(['log', 'review.prompt', '--json']).stdout) as { checkpoint: { variables: string[] } }[];
      expect(log[0]!.checkpoint.variables).toEqual(['concern', 'file']);
      expect(built.types).toContain('"fix-issue": { "$1": PromptValue; "$2": PromptValue; "ARGUMENTS": PromptValue; };');
      const prompts = loadBundle(built.json);
      expect(prompts.get('review.prompt').render({ file: 'src/app.ts', concern: 'races' })).toBe('Review src/app.ts for races; keep ${selection} and src/app.ts in mind.\n');
      expect(prompts.get('fix-issue').render({ $1: 42, $2: 'high', ARGUMENTS: '42 high' })).toBe('Fix issue #42 with priority high. Everything typed: 42 high. Cost in $USD stays as written.\n');
      expect(() => prompts.get('review.prompt').render({ file: 'a.ts' })).toThrow(/^review\.prompt v1·[0-9a-f]{6}: missing variable\(s\) "concern"\. It takes exactly: concern, file$/);
      expect(() => prompts.get('fix-issue').render({ $1: 1, ARGUMENTS: '1' })).toThrow('missing variable(s) "$2"');
    } finally {
      tools.cleanup();
    }
  });
});

describe('strict rendering', () => {
  const bundleOf = (text: string, variables: string[]) => loadBundle({
    format: 'promptvault-bundle@1', source: { commit: 'c'.repeat(40) }, defaultLabel: null, labels: {}, current: { p: '0001-aaaaaaaaaaaa' },
    prompts: [{ id: 'p', version: 1, versionLabel: 'v1·aaaaaa', key: '0001-aaaaaaaaaaaa', path: 'prompts/p.md', text, frontMatter: {}, variables, hash: `sha256-${'a'.repeat(64)}`, commit: 'c'.repeat(40), model: { name: null, parameters: {} } }],
  }).get('p');

  it('substitutes every tag form the recorder counts, drops comments and keeps escaped tags literal', () => {
    const prompt = bundleOf('{{a}} {{ a }} {{{b}}} {{&c}} {{~d~}} {{e.f}}{{! note }}{{!-- long --}} \\{{a}}', ['a', 'b', 'c', 'd', 'e.f']);
    expect(prompt.render({ a: 1, b: 'B', c: true, d: 'D', 'e.f': 'F' })).toBe('1 1 B true D F {{a}}');
  });

  it('names missing, unknown and non-scalar variables, and refuses template logic', () => {
    const prompt = bundleOf('Hi {{name}}', ['name']);
    expect(() => prompt.render({})).toThrow('p v1·aaaaaa: missing variable(s) "name". It takes exactly: name');
    expect(() => prompt.render({ name: 'x', nmae: 'y' })).toThrow('unknown variable(s) "nmae"');
    expect(() => prompt.render({ name: undefined as never })).toThrow('missing variable(s) "name"');
    expect(() => prompt.render({ name: {} as never })).toThrow('variable "name" must be a string, number or boolean, received object');
    expect(() => bundleOf('{{#if vip}}VIP{{/if}}', ['vip']).render({ vip: true })).toThrow('{{#if vip}} is template logic');
  });

  it('refuses a bundle that is not one, and ids inherited from Object.prototype', () => {
    expect(() => loadBundle('{')).toThrow('the bundle is not JSON');
    expect(() => loadBundle({ format: 'other' })).toThrow('not a promptvault bundle: format is "other"');
    expect(() => bundleOf('x', []).render({})).not.toThrow();
    const prompts = loadBundle({ format: 'promptvault-bundle@1', source: { commit: 'c' }, defaultLabel: null, labels: {}, current: {}, prompts: [] });
    expect(() => prompts.get('constructor')).toThrow('no prompt "constructor" in this bundle');
    expect(() => prompts.get('x', { label: 'toString' })).toThrow('no label "toString" in this bundle');
  });
});

describe("a Markdown prompt's model written as a mapping", () => {
  it('records its name without a warning and serves its other keys as model.parameters', async () => {
    const settings = createRepo();
    try {
      settings.write('prompts/refund.md', '---\ntitle: Refund\nmodel:\n  name: gpt-4o-mini\n  temperature: 0.2\n  max_tokens: 400\n---\nHelp {{ customer_name }}.\n');
      const committed = settings.commit('add refund', '2026-04-01');
      expect(committed.code, committed.stderr).toBe(0);
      expect(committed.stdout + committed.stderr).toContain('refund v1');
      expect(committed.stdout + committed.stderr).not.toContain('model: expected text');
      expect(settings.read(settings.filesAtHead('vault/checkpoints/refund/')[0]!)).toContain('model: gpt-4o-mini');
      const served = loadBundle((await bundle({ cwd: settings.dir })).json).get('refund');
      expect(served.model).toEqual({ name: 'gpt-4o-mini', parameters: { max_tokens: 400, temperature: 0.2 } });
    } finally {
      settings.cleanup();
    }
  });

  it('serves a setting named like one of Object\'s properties (`toString`, `valueOf`) as any other (it was dropped)', async () => {
    const settings = createRepo();
    try {
      settings.write('prompts/refund.md', '---\ntitle: Refund\nmodel:\n  name: gpt-4o-mini\n  toString: 0.2\n  valueOf: 3\n---\nHelp {{ customer_name }}.\n');
      expect(settings.commit('add refund', '2026-04-01').code).toBe(0);
      const served = loadBundle((await bundle({ cwd: settings.dir })).json).get('refund');
      expect(served.model).toEqual({ name: 'gpt-4o-mini', parameters: { toString: 0.2, valueOf: 3 } });
    } finally {
      settings.cleanup();
    }
  });
});

describe('a Prompty prompt naming both a deployment and a model name', () => {
  it('is served with the model its checkpoint records (the deployment), not a second reading of the front matter', async () => {
    const azure = createRepo();
    try {
      azure.write('.promptvault.yaml', "prompts: ['prompts/**/*.prompty']\n");
      azure.write('prompts/ask.prompty', '---\nname: Ask\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: ask-gpt4o-prod\n    name: gpt-4o\n  parameters:\n    temperature: 0.1\ninputs:\n  question:\n    type: string\n---\nsystem:\nAnswer {{question}}.\n');
      const committed = azure.commit('add ask', '2026-04-01');
      expect(committed.code, committed.stderr).toBe(0);
      expect(azure.read(azure.filesAtHead('vault/checkpoints/ask/')[0]!)).toContain('model: ask-gpt4o-prod');
      const served = loadBundle((await bundle({ cwd: azure.dir })).json).get('ask');
      expect(served.model).toEqual({ name: 'ask-gpt4o-prod', parameters: { temperature: 0.1 } });
    } finally {
      azure.cleanup();
    }
  });
});

describe('a GitHub Models prompt file with modelParameters', () => {
  it('is served with its modelParameters as model.parameters', async () => {
    const models = createRepo();
    try {
      models.write('.promptvault.yaml', "prompts: ['prompts/**/*.prompt.yml']\n");
      models.write('prompts/summarize.prompt.yml', "name: Summarize\nmodel: openai/gpt-4o-mini\nmodelParameters:\n  temperature: 0.2\n  max_tokens: 300\nmessages:\n  - role: system\n    content: Summarize in under 100 words.\n  - role: user\n    content: '{{input}}'\n");
      const committed = models.commit('add summarize', '2026-04-01');
      expect(committed.code, committed.stderr).toBe(0);
      const served = loadBundle((await bundle({ cwd: models.dir })).json).get('summarize.prompt.yml');
      expect(served.model).toEqual({ name: 'openai/gpt-4o-mini', parameters: { max_tokens: 300, temperature: 0.2 } });
      expect(served.render({ input: 'the text' })).toContain('user:\nthe text');
    } finally {
      models.cleanup();
    }
  });
});

describe('bundle in a folder without .git (a Docker build context)', () => {
  it('says the history is needed and where to run it, rather than `git init`', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-no-git-'));
    try {
      fs.mkdirSync(path.join(folder, 'prompts'));
      fs.writeFileSync(path.join(folder, 'prompts/refund.md'), 'Help {{ customer_name }}.\n');
      await expect(bundle({ cwd: folder })).rejects.toThrow(`${folder} is not inside a git repository, and bundle reads each version's text from git history. Run it in a clone with that history (CI's checkout with fetch-depth: 0, before the Docker build) and copy the JSON it writes into the image`);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
