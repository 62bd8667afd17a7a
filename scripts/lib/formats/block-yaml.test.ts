import { describe, expect, it } from 'vitest';
import { readBlockYaml } from './_block-yaml.ts';
import { splitFrontMatter } from './front-matter.ts';
import { normalisePrompt } from './normalise.ts';
import { expectSameAsLibrary, libraryRead } from '../../test-utils/yaml-library-read.ts';

/** The block reader either declines or agrees with the library: data (key order included) and key lines. */
const sameAsLibrary = (source: string) => expectSameAsLibrary(source, readBlockYaml);

const DOTPROMPT = 'name: answer-refund\nmodel: googleai/gemini-1.5-flash\nconfig:\n  temperature: 0.4\ninput:\n  schema:\n    order: string\n    language?: string, the reply language\n  default:\n    language: English\noutput:\n  format: text';
const PROMPTY = 'name: Answer refund\ndescription: Answer the refund and check the clear order\nauthors: [team]\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\n  parameters:\n    max_tokens: 512\ninputs:\n  question:\n    type: string\n  context:\n    type: string\ntemplate: jinja2';

describe('nested block mappings are read without the yaml library, with the same result', () => {
  it('reads the front matter Dotprompt and Prompty files write', () => {
    const read = [
      DOTPROMPT, PROMPTY,
      'config:\n    temperature: 0.75\n    topK: 16\n\nname: x',
      "model:\n  id: 'gpt-4o'\n  tools: ['a', b]\n  on: true\nversion: 2",
      'a:\n b:\n  c:\n   d: e\nf: g',
      'a:\n  b: 0\n  c: 10.05\n  d: 123456789012345',
    ].map(sameAsLibrary);
    expect(read).toEqual(read.map(() => true));
    expect(readBlockYaml(DOTPROMPT, 2)).toEqual({
      data: { name: 'answer-refund', model: 'googleai/gemini-1.5-flash', config: { temperature: 0.4 }, input: { schema: { order: 'string', 'language?': 'string, the reply language' }, default: { language: 'English' } }, output: { format: 'text' } },
      keyLines: { name: 2, model: 3, config: 4, input: 6, output: 12 },
    });
  });

  it('leaves to the library everything else YAML can mean', () => {
    const declined = [
      'a:\n  - b', 'a:\n  b: c\n d: e', 'a:\n  b: c\n    d: e', 'a:', 'a:\n\nb: c', 'a:\nb: c', 'a:\n  b:', 'a:\n  b: c # x', 'a:\n  # x\n  b: c',
      'a:\n  b: c\n  b: d', 'a:\n\tb: c', 'a:\n  b: |\n    text', 'a:\n  b: 007', 'a:\n  b: -1', 'a:\n  b: 1e3', 'a:\n  b: .5', 'a:\n  b: 1.', 'a:\n  b: 0x1f',
      'a:\n  b: 1234567890123456', 'a:\n  b: null', 'a:\n  b: ~', 'a:\n  __proto__: c', 'a:\n  true: c', 'a:\n  b: "q"', 'a:\n  b: {c: d}', 'a:\n  b: c\n   continued',
      '  a: b', 'a:\n  b: &x c', 'a:\n  b: *x', 'a:\n  ? b\n  : c', 'a:\n  b: c\n  ', 'a:\n  b: Use when: asked', 'a: b\n  c: d', 'a: !t\n  b: c',
    ];
    for (const source of declined) expect(readBlockYaml(source, 2), JSON.stringify(source)).toBeUndefined();
  });

  it('agrees with the library on thousands of generated front matters', () => {
    let seed = 13;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const keys = ['name', 'model', 'config', 'api', 'schema', 'language?', 'a?b', '?x', 'type', 'true', 'Null', 'x-y', '_k', 'k1', 'temperature'];
    const good = ['0', '0.4', '512', 'string', 'English', 'gpt-4o', 'Two words', "'q'", '[team]', 'true'];
    const values = ['0', '0.4', '0.10', '512', '007', '-1', '+1', '1e3', '.5', '1.', '0x1f', '0o7', '.inf', '.nan', '123456789012345', '1234567890123456', '1.000000000000001',
      'string', 'string, the reply language', 'English', 'azure_openai', 'gpt-4o', 'googleai/gemini-1.5-flash', 'Two words', 'true', 'False', 'null', '~',
      "'q'", "'it''s'", "''", '[team]', "['a', b]", '[]', '[a, 1]', '"q"', 'a: b', 'a:', 'a #b', 'a#b', '-x', '|', '>', '&a x', '*a', '!t x', '{a: b}', 'é', '日本 語'];
    let accepted = 0;
    let nestedAccepted = 0;
    for (let n = 0; n < 8000; n++) {
      const lines: string[] = [];
      let depth = 0;
      const step = pick([1, 2, 2, 2, 4]);
      for (let k = 1 + Math.floor(random() * 8); k > 0; k--) {
        const roll = random();
        if (roll < 0.06) {
          lines.push(pick(['', ' ', '  # c', '- x']));
          continue;
        }
        // Mostly well-formed indentation, sometimes off by one or a tab.
        const wobble = random() < 0.06 ? pick([1, -1]) : 0;
        const indent = Math.max(0, depth * step + wobble);
        const lead = random() < 0.02 ? '\t' : ' '.repeat(indent);
        if (random() < 0.3 && depth < 3) {
          lines.push(`${lead}${pick(keys)}:${random() < 0.05 ? ' ' : ''}`);
          depth++;
        } else {
          lines.push(`${lead}${pick(keys)}:${random() < 0.92 ? ' ' : '  '}${pick(random() < 0.6 ? good : values)}${random() < 0.05 ? ' ' : ''}`);
          if (random() < 0.35) depth = Math.floor(random() * (depth + 1));
        }
      }
      // Most generated openers get their mapping; a few stay last (null, declined).
      if (/:$/.test(lines.at(-1) ?? '') && random() < 0.9) lines.push(`${' '.repeat(depth * step)}${pick(keys)}: ${pick(good)}`);
      const source = lines.join('\n');
      if (sameAsLibrary(source)) {
        accepted++;
        if (/\n +\S/.test(source)) nestedAccepted++;
      }
    }
    // The test means something only if the block reader took a good share of them, nested ones included.
    expect(accepted).toBeGreaterThan(500);
    expect(nestedAccepted).toBeGreaterThan(300);
  });

  it('gives a Dotprompt file the same front matter as the library did', () => {
    const file = `---\n${DOTPROMPT}\n---\n\n{{role "system"}}\n\nAnswer in {{language}}.\n`;
    const split = splitFrontMatter(file);
    expect(split.warnings).toEqual([]);
    expect(split.data).toEqual(libraryRead(DOTPROMPT)!.data);
    expect(split.keyLines).toEqual(libraryRead(DOTPROMPT)!.keyLines);
    expect(split.bodyLine).toBe(15);
  });
});

describe('GitHub Models files are read without the yaml library, with the same result', () => {
  const MODELS = 'name: Answer refund\ndescription: answer-refund prompt\nmodel: openai/gpt-4o-mini\nmodelParameters:\n  temperature: 0.5\nmessages:\n  - role: system\n    content: |\n      You answer refunds.\n\n      ## Steps\n\n        Indented: kept.\n      # not a comment\n\n\n  - role: user\n    content: |\n      {{input}}\ntestData:\n  - input: a refund\n    expected: a short answer\n';

  it('reads lists of messages whose content is a literal block', () => {
    const read = [MODELS, 'a:\n  - b: c\n    d: |\n     e\n  - f: 1\n', 'a: |\n  text\n   more\n\nb: c', 'a:\n- b: c', 'a:\n  - b: |\n      x\n    c: d\n'].map(sameAsLibrary);
    expect(read).toEqual([true, true, true, false, true]);
    expect(readBlockYaml(MODELS, 1)?.data.messages).toEqual([
      { role: 'system', content: 'You answer refunds.\n\n## Steps\n\n  Indented: kept.\n# not a comment\n' },
      { role: 'user', content: '{{input}}\n' },
    ]);
    const file = normalisePrompt(MODELS, 'prompts/models/refund.prompt.yml');
    expect(file.ok && file.prompt.body).toBe('system:\nYou answer refunds.\n\n## Steps\n\n  Indented: kept.\n# not a comment\n\nuser:\n{{input}}\n');
  });

  it('leaves to the library every literal block and list YAML may read otherwise', () => {
    const declined = [
      'a: |\n  text', 'a: |\n\n  text\n', 'a: |\n  text\n    \n  more\n', 'a: |\n  text\n  \n', 'a: |\n\ttext\n', 'a: |\n  te\txt\n', 'a: |\n  \u2028\n',
      'a: |-\n  text\n', 'a: |+\n  text\n', 'a: |2\n  text\n', 'a: >\n  text\n', 'a: |\ntext\n', 'a:\n  - b: |\n    c\n', 'a:\n  - b\n', 'a:\n  -  b: c\n',
      'a:\n  - - b\n', 'a:\n  -\n    b: c\n', 'a:\n  - b: c\n   d: e\n', 'a:\n  - b: c\n  c: d\n', 'a:\n  - b: c\n    b: d\n', 'a: |\n  text\n b: c\n',
    ];
    for (const source of declined) expect(readBlockYaml(source, 1), JSON.stringify(source)).toBeUndefined();
  });

  it('agrees with the library on thousands of generated lists and literal blocks', () => {
    let seed = 29;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(items: T[]): T => items[Math.floor(random() * items.length)]!;
    const keys = ['role', 'content', 'name', 'input', 'expected', 'a', 'b'];
    const good = ['system', 'user', 'Two words', '0.5', '|', '|', '|'];
    const values = ['|-', '>', "'q'", '[a, b]', 'a: b', '', 'true', 'null'];
    const texts = ['You answer refunds.', '## Steps', '# a heading', '  indented more', '- a list item', 'key: value', "'quoted'", '"double"', '{{input}}', '---', '...', 'ends with spaces  ', 'é 日本', '\t tab', '|', '> folded?', '#', ''];
    let accepted = 0;
    let literals = 0;
    for (let n = 0; n < 6000; n++) {
      const lines: string[] = ['name: x'];
      const listIndent = pick([0, 1, 2, 2, 2, 4]);
      if (random() < 0.8) lines.push('messages:');
      for (let item = 1 + Math.floor(random() * 3); item > 0; item--) {
        const keyIndent = listIndent + 2;
        for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
          const lead = k === 1 || random() < 0.03 ? `${' '.repeat(listIndent)}${random() < 0.95 ? '- ' : pick(['-  ', '-'])}` : ' '.repeat(keyIndent + (random() < 0.03 ? pick([1, -1]) : 0));
          const value = random() < 0.9 ? pick(good) : pick(values);
          // Each item's keys differ, but now and then (a key twice in one mapping: declined).
          lines.push(`${lead}${random() < 0.97 ? keys[k % keys.length] : pick(keys)}:${value === '' ? '' : ' '}${value}${random() < 0.05 ? '  ' : ''}`);
          if (value.startsWith('|') || value === '>' || value === '') {
            const depth = keyIndent + (random() < 0.9 ? pick([1, 2, 2, 2, 3]) : pick([-1, 0]));
            for (let t = Math.floor(random() * 5); t >= 0; t--) {
              const text = random() < 0.7 ? 'Answer each step.' : pick(texts);
              lines.push(text === '' ? (random() < 0.8 ? '' : pick([' '.repeat(Math.max(0, depth)), ' '.repeat(depth + 1)])) : `${' '.repeat(Math.max(0, depth + (random() < 0.03 ? -1 : 0)))}${text}`);
            }
          }
        }
      }
      if (random() < 0.5) lines.push(pick(['model: gpt', 'testData:', '', '  ']));
      const source = lines.join('\n') + pick(['\n', '\n', '\n\n', '']);
      if (sameAsLibrary(source)) {
        accepted++;
        if (/: \|\n/.test(source)) literals++;
      }
    }
    // The test means something only if the reader took a good share of them, literal blocks included.
    expect(accepted).toBeGreaterThan(300);
    expect(literals).toBeGreaterThan(200);
  });
});
