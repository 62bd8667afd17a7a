import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../schema/config.ts';
import { frontMatterShapesSchema } from '../schema/front-matter-shapes.ts';
import { promptFrontMatterSchema } from '../schema/prompt.ts';
import { PROJECT_ROOT } from '../../test-utils/repo.ts';
import { jsonSchemaFiles } from './generate.ts';
import { SCHEMA_DIR } from './write-fs.ts';

// The JSON Schemas shipped in schema/ are generated from the zod schemas `check` validates with.
// These tests prove the shipped files are that generation, and that a JSON Schema validator (what
// an editor runs) and zod give the same verdict on the file shapes teams have.

const ajv = new Ajv2020({ strict: false, allErrors: true });
const shipped = (name: string) => JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, SCHEMA_DIR, name), 'utf8')) as object;
const frontMatter = ajv.compile(shipped('prompt-front-matter.schema.json'));
const config = ajv.compile(shipped('promptvault-config.schema.json'));
const combined = frontMatterShapesSchema.extend(promptFrontMatterSchema.shape);

// Front matter as Claude Code, Copilot, Cursor, Dotprompt and Prompty write it (issue 8), each with
// and without promptvault's own keys, and with values of the wrong type.
const SHAPES: Record<string, string> = {
  'claude code subagent': 'name: code-reviewer\ndescription: Reviews code\nmodel: sonnet\ntools: Read, Grep, Glob\ncolor: blue',
  'claude code command': 'description: Fix an issue\nargument-hint: "[issue-number]"\nallowed-tools: Bash(git status:*), Read',
  'claude code skill': 'name: pdf\ndescription: Work with PDF files\nallowed-tools: [Read, Bash]',
  'copilot prompt': "mode: agent\nmodel: GPT-4o\ntools: ['githubRepo', 'codebase']\ndescription: Generate a form",
  'copilot instructions': "applyTo: '**/*.ts'\ndescription: TypeScript rules",
  'cursor rule': 'description: React rules\nglobs: src/**/*.tsx\nalwaysApply: false',
  dotprompt: 'model: googleai/gemini-2.0-flash\nconfig:\n  temperature: 0.2\ninput:\n  schema:\n    name: string\noutput:\n  format: json',
  prompty: 'name: Basic\ndescription: A prompt\nauthors: [ada]\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\n  parameters:\n    max_tokens: 400\ninputs:\n  firstName:\n    type: string\nsample:\n  firstName: Ada\ntemplate: jinja2',
  promptvault: 'title: Refund request\nassistant: support-bot\ntone: empathetic\ntags: [billing]\ncodex: [privacy/account-numbers]',
};
const BROKEN: Record<string, string> = {
  'cursor alwaysApply as text': 'title: T\nalwaysApply: "yes"',
  'prompty authors as text': 'title: T\nauthors: ada',
  'tags as text': 'title: T\ntags: billing',
  'codex id escaping its folder': 'title: T\ncodex: [../secrets]',
  'empty title': 'title: ""',
};

describe('the JSON Schemas in schema/', () => {
  it('are exactly what the zod schemas generate (run `npm run schema:json` after changing a schema)', () => {
    for (const [name, text] of Object.entries(jsonSchemaFiles())) {
      expect(fs.readFileSync(path.join(PROJECT_ROOT, SCHEMA_DIR, name), 'utf8'), name).toBe(text);
    }
  });

  it('give the verdict of the zod schema they come from on every file shape, good and broken', () => {
    const verdicts: string[] = [];
    for (const [name, yaml] of Object.entries({ ...SHAPES, ...BROKEN })) {
      for (const variant of [yaml, `title: ${name}\n${yaml.replace(/^title: .*\n?/m, '')}`]) {
        const data = parse(variant) as unknown;
        const zodOk = combined.safeParse(data).success;
        expect(frontMatter(data), `${name}: ${JSON.stringify(frontMatter.errors)}`).toBe(zodOk);
        verdicts.push(`${name}: ${zodOk ? 'valid' : 'invalid'}`);
      }
    }
    // Every tool's shape is valid once it has the keys promptvault requires today.
    for (const name of Object.keys(SHAPES)) expect(verdicts).toContain(`${name}: valid`);
    for (const name of Object.keys(BROKEN).filter((n) => n !== 'empty title')) expect(verdicts.filter((v) => v.startsWith(`${name}:`))).toEqual([`${name}: invalid`, `${name}: invalid`]);
  });

  it('validate .promptvault.yaml as check does', () => {
    const samples = [
      {},
      { prompts: ['agents/**/*.md'], tokenizer: 'cl100k_base' },
      { guard: { threshold: 0.6, embedder: { kind: 'openai', base_url: 'http://localhost:11434/v1', model: 'nomic-embed-text' }, clauses: { 'privacy/x': { threshold: 0.7 } } } },
      { tokenizer: 'gpt2' },
      { prompts: [] },
      { guard: { threshold: 2 } },
      { guard: { embedder: { kind: 'builtin', model: 'x' } } },
      { unknown_key: true },
    ];
    for (const sample of samples) expect(config(sample), JSON.stringify(sample)).toBe(configSchema.safeParse(sample).success);
    expect(samples.map((s) => config(s))).toEqual([true, true, true, false, false, false, false, false]);
  });
});
