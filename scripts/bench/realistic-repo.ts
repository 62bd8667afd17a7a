// The benchmark's realistic repository: prompts with the sizes and front-matter shapes real teams
// keep (Claude Code agents, Copilot *.prompt.md, Cursor .mdc rules, plain Markdown; median about
// 7.5 KB, some 50 KB, a few 400 KB), clauses they cite, many other files, and a history that adds
// prompts over time, edits them, moves some, deletes a few, edits clauses and merges side branches.
// Written as one `git fast-import` stream (streamed through a temporary file, never held whole), so
// 10,000 prompts and 5,000 commits build in under a minute. Separate from the tests' corpus
// generator on purpose: this one is tuned for volume, that one for coverage of odd shapes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from './synthetic-repo.ts';

export interface RealisticOptions {
  dir: string;
  seed: number;
  prompts: number;
  clauses: number;
  otherFiles: number;
  commits: number;
}

export interface RealisticRepo {
  dir: string;
  /** Prompt paths in the final tree. */
  promptPaths: string[];
  clausePaths: string[];
  /** Bytes of the prompts in the final tree: median and largest, to print beside the figures. */
  sizes: { median: number; max: number; total: number };
}

/** Every place a team keeps prompts, as `.promptvault.yaml` globs. */
export const REALISTIC_CONFIG = [
  'prompts:',
  '  - prompts/**/*.md',
  '  - .claude/agents/**/*.md',
  '  - .github/prompts/**/*.prompt.md',
  '  - .cursor/rules/**/*.mdc',
  'codex:',
  '  - codex/**/*.md',
  '',
].join('\n');

const AREAS = ['support', 'billing', 'sales', 'coding', 'review', 'legal', 'hr', 'ops', 'data', 'security'];
const TONES = ['empathetic', 'formal', 'friendly', 'neutral', 'strict'];
const MODELS = ['sonnet', 'opus', 'haiku', 'inherit'];
const TOOLS = ['Read', 'Grep', 'Glob', 'Bash', 'Edit', 'Write', 'WebFetch', 'TodoWrite'];
const FALLBACK_WORDS = 'customer order refund account policy please confirm explain reply ticket billing invoice support agent answer question plain words polite brief summary issue shipping delay apologise escalate human review code test error function return value secret token never always must should carefully first then finally number date amount limit'.split(' ');
// A few non-English lines: real prompts carry names, quotes and examples in other scripts, and the
// tokenizer's byte-level merges are slowest there.
const FOREIGN = ['Bitte antworten Sie höflich und präzise.', 'Répondez en français si le client écrit en français.', '请用简体中文回答客户的问题。', 'お客様には丁寧な敬語で返答してください。', 'Отвечайте кратко и по существу.', '✅ Done — 🚀 shipped; ⚠️ check the “quoted” text…'];

type Shape = 'plain' | 'agent' | 'copilot' | 'cursor';

/** Real English sentences (PAWS, read in place when present) or, without it, seeded word salad. */
function loadSentences(random: () => number): string[] {
  const paws = '/work/shared/data/paws/dev.tsv';
  if (fs.existsSync(paws)) {
    const sentences: string[] = [];
    for (const line of fs.readFileSync(paws, 'utf8').split('\n')) {
      const [, a, b] = line.split('\t');
      if (a) sentences.push(a.replace(/ ([,.;:!?')])/g, '$1').replace(/`` | ''/g, '"'));
      if (b && sentences.length % 3 === 0) sentences.push(b.replace(/ ([,.;:!?')])/g, '$1'));
    }
    return sentences;
  }
  return Array.from({ length: 4000 }, () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, () => FALLBACK_WORDS[Math.floor(random() * FALLBACK_WORDS.length)]!).join(' ');
    return `${words.charAt(0).toUpperCase()}${words.slice(1)}.`;
  });
}

/** A target size: log-normal around 7.5 KB, 3% near 50 KB, 0.1% near 400 KB. */
function pickSize(random: () => number): number {
  const r = random();
  if (r < 0.001) return 380_000 + Math.floor(random() * 40_000);
  if (r < 0.03) return 40_000 + Math.floor(random() * 20_000);
  // Box-Muller normal, sigma 0.55 in log space.
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(600, Math.min(30_000, Math.round(7_500 * Math.exp(0.55 * normal))));
}

export function clauseIdOf(j: number): string {
  return `${AREAS[j % AREAS.length]}/rule-${String(j).padStart(4, '0')}`;
}

function shapeOf(i: number): Shape {
  const r = (i * 2654435761) % 100;
  return r < 40 ? 'plain' : r < 65 ? 'agent' : r < 85 ? 'copilot' : 'cursor';
}

/** Path of prompt `i`; `moved` puts it in another folder (a move in history). */
export function realisticPromptPath(i: number, moved = 0): string {
  const area = AREAS[(i + moved) % AREAS.length]!;
  const name = `${area}-${String(i).padStart(5, '0')}${moved ? `-v${moved}` : ''}`;
  switch (shapeOf(i)) {
    case 'agent': return `.claude/agents/${area}/${name}.md`;
    case 'copilot': return `.github/prompts/${area}/${name}.prompt.md`;
    case 'cursor': return `.cursor/rules/${area}/${name}.mdc`;
    default: return `prompts/${area}/${name}.md`;
  }
}

class TextMaker {
  private readonly sentences: string[];
  private readonly random: () => number;
  constructor(sentences: string[], random: () => number) {
    this.sentences = sentences;
    this.random = random;
  }
  sentence(): string {
    return this.sentences[Math.floor(this.random() * this.sentences.length)]!;
  }
  paragraph(): string {
    return Array.from({ length: 3 + Math.floor(this.random() * 4) }, () => this.sentence()).join(' ');
  }
  /** Markdown of about `size` bytes: headings, rules as lists, examples in fences, variables. */
  body(size: number, cites: string[]): string {
    const parts: string[] = [`# Role\n\n${this.paragraph()}\n`];
    let length = parts[0]!.length;
    let section = 0;
    while (length < size) {
      const kind = section++ % 5;
      let part: string;
      if (kind === 0) part = `## Rules\n\n${Array.from({ length: 4 + Math.floor(this.random() * 6) }, () => `- You must ${this.sentence().toLowerCase()}`).join('\n')}\n`;
      else if (kind === 1) part = `## Context\n\nThe customer is {{customer_name}} (order {{order_id}}, tier {{ tier }}). ${this.paragraph()}\n\n${this.paragraph()}\n`;
      else if (kind === 2) part = `## Example\n\n\`\`\`json\n{ "ticket": ${Math.floor(this.random() * 1e6)}, "status": "open", "reply": "${this.sentence().replace(/"/g, "'")}" }\n\`\`\`\n`;
      else if (kind === 3) part = `${this.paragraph()} ${this.random() < 0.3 ? FOREIGN[Math.floor(this.random() * FOREIGN.length)] : ''}\n`;
      else part = `> Policy: follow ${cites.length > 0 ? cites.map((c) => `\`${c}\``).join(' and ') : 'the house style'}. ${this.sentence()}\n`;
      parts.push(part);
      length += part.length + 1;
    }
    return parts.join('\n');
  }
}

function frontMatter(i: number, shape: Shape, cites: string[], random: () => number): string {
  const area = AREAS[i % AREAS.length]!;
  const codex = `codex: [${cites.join(', ')}]`;
  // `title` stays in every shape: the current parser requires it once a file has front matter.
  switch (shape) {
    case 'agent': {
      const tools = TOOLS.filter(() => random() < 0.4);
      return `---\nname: ${area}-agent-${i}\ndescription: Use this agent when a ${area} request needs a careful, policy-aware answer. Examples include refunds, escalations and follow-ups.\ntools: ${tools.join(', ') || 'Read'}\nmodel: ${MODELS[i % MODELS.length]}\ntitle: ${area} agent ${i}\n${codex}\n---\n`;
    }
    case 'copilot':
      return `---\nmode: agent\ndescription: '${area} helper ${i}: drafts a reply for the ticket in the open file'\ntools: ['codebase', 'search', 'fetch']\nmodel: GPT-4o\ntitle: ${area} helper ${i}\n${codex}\n---\n`;
    case 'cursor':
      return `---\ndescription: ${area} conventions for ${i}\nglobs: src/${area}/**/*.ts, src/${area}/**/*.tsx\nalwaysApply: ${i % 3 === 0}\ntitle: ${area} rule ${i}\n${codex}\n---\n`;
    default:
      return `---\ntitle: ${area[0]!.toUpperCase()}${area.slice(1)} prompt ${i}\nassistant: ${area}-bot\ntone: ${TONES[i % TONES.length]}\ntags: [${area}, team-${i % 7}]\n${codex}\n---\n`;
  }
}

function clauseText(j: number, text: TextMaker, revision: number): string {
  return `---\ntitle: Rule ${j}\ntone: formal\n---\nThe assistant must never share ${FALLBACK_WORDS[j % FALLBACK_WORDS.length]} details with anyone but the account holder (revision ${revision}). ${text.sentence()}\n`;
}

/** Builds the repository at `dir` (created) and checks out main. */
export function createRealisticRepo(options: RealisticOptions): RealisticRepo {
  const random = seededRandom(options.seed);
  const text = new TextMaker(loadSentences(random), random);
  fs.mkdirSync(options.dir, { recursive: true });
  const git = (args: string[], stdin?: number) => {
    const result = spawnSync('git', args, { cwd: options.dir, stdio: [stdin ?? 'pipe', 'pipe', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', 'Bench']);
  git(['config', 'user.email', 'bench@example.com']);

  const streamFile = path.join(options.dir, '.git', 'bench-import.stream');
  const out = fs.openSync(streamFile, 'w');
  const write = (chunk: string) => fs.writeSync(out, chunk);
  let mark = 0;
  const blob = (content: string) => {
    mark++;
    write(`blob\nmark :${mark}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    return mark;
  };
  const start = Date.UTC(2024, 0, 1) / 1000;
  type Op = ['M', string, number] | ['D', string];
  const commit = (ref: string, index: number, message: string, ops: Op[], parents: number[]) => {
    mark++;
    const from = parents[0] ? `from :${parents[0]}\n` : '';
    const merges = parents.slice(1).map((parent) => `merge :${parent}\n`).join('');
    const lines = ops.map((op) => (op[0] === 'M' ? `M 100644 :${op[2]} ${op[1]}\n` : `D ${op[1]}\n`)).join('');
    write(`commit ${ref}\nmark :${mark}\ncommitter Bench <bench@example.com> ${start + index * 3600} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n${from}${merges}${lines}\n`);
    return mark;
  };

  // Prompt state: current path, body and front matter, so edits change a few lines of a real text.
  const state = new Map<number, { path: string; head: string; body: string; moves: number }>();
  const citesOf = (i: number) => (options.clauses > 0 ? [...new Set([clauseIdOf(i % options.clauses), clauseIdOf((i * 7 + 3) % options.clauses)])] : []);
  const create = (i: number): Op => {
    const shape = shapeOf(i);
    const cites = citesOf(i);
    const head = frontMatter(i, shape, cites, random);
    const body = text.body(pickSize(random) - head.length, cites);
    const file = realisticPromptPath(i);
    state.set(i, { path: file, head, body, moves: 0 });
    return ['M', file, blob(head + body)];
  };
  const edit = (i: number): Op => {
    const prompt = state.get(i)!;
    const lines = prompt.body.split('\n');
    // A real edit: rewrite one line, insert one, sometimes drop one.
    lines[Math.floor(random() * lines.length)] = text.sentence();
    lines.splice(Math.floor(random() * lines.length), 0, `- Also: ${text.sentence().toLowerCase()}`);
    if (random() < 0.3 && lines.length > 4) lines.splice(Math.floor(random() * lines.length), 1);
    prompt.body = lines.join('\n');
    return ['M', prompt.path, blob(prompt.head + prompt.body)];
  };

  // The first commit holds a third of the prompts; the rest arrive over the history.
  const initial = Math.max(1, Math.floor(options.prompts / 3));
  const first: Op[] = [['M', '.promptvault.yaml', blob(REALISTIC_CONFIG)]];
  for (let i = 0; i < initial; i++) first.push(create(i));
  for (let j = 0; j < options.clauses; j++) first.push(['M', `codex/${clauseIdOf(j)}.md`, blob(clauseText(j, text, 0))]);
  for (let k = 0; k < options.otherFiles; k++) {
    const lines = Array.from({ length: 20 + (k % 60) }, (_, n) => `export const value${k}_${n} = ${Math.floor(random() * 1e6)}; // ${FALLBACK_WORDS[(k + n) % FALLBACK_WORDS.length]}`);
    first.push(['M', `src/module-${Math.floor(k / 200)}/file-${k}.ts`, blob(`${lines.join('\n')}\n`)]);
  }
  let main = commit('refs/heads/main', 0, 'initial import', first, []);
  let added = initial;
  const live = () => [...state.keys()];
  const pickLive = () => {
    const ids = live();
    return ids[Math.floor(random() * ids.length)]!;
  };
  const perCommitAdds = Math.max(1, Math.ceil((options.prompts - initial) / Math.max(1, options.commits * 0.6)));
  let index = 1;
  while (index < options.commits) {
    // Every 20th commit merges a side branch of two commits that edited other prompts.
    if (index % 20 === 0 && index + 2 < options.commits) {
      let side = commit('refs/heads/side', index, `side edit ${index}`, [edit(pickLive()), edit(pickLive())], [main]);
      side = commit('refs/heads/side', index + 1, `side edit ${index + 1}`, [edit(pickLive())], [side]);
      main = commit('refs/heads/main', index + 2, `Merge branch 'side' (${index})`, [], [main, side]);
      index += 3;
      continue;
    }
    const ops: Op[] = [];
    const roll = random();
    if (added < options.prompts && roll < 0.6) {
      for (let k = 0; k < perCommitAdds && added < options.prompts; k++) ops.push(create(added++));
    } else if (roll < 0.64 && state.size > 10) {
      // A move to another folder, with a small edit as real moves often carry.
      const i = pickLive();
      const prompt = state.get(i)!;
      ops.push(['D', prompt.path]);
      prompt.moves++;
      prompt.path = realisticPromptPath(i, prompt.moves);
      ops.push(edit(i));
    } else if (roll < 0.65 && state.size > 10) {
      const i = pickLive();
      ops.push(['D', state.get(i)!.path]);
      state.delete(i);
    } else {
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) ops.push(edit(pickLive()));
    }
    if (index % 25 === 0 && options.clauses > 0) {
      const j = Math.floor(random() * options.clauses);
      ops.push(['M', `codex/${clauseIdOf(j)}.md`, blob(clauseText(j, text, index))]);
    }
    if (index % 3 === 0 && options.otherFiles > 0) ops.push(['M', `src/module-${index % 50}/changed-${index % 500}.ts`, blob(`export const change${index} = ${index};\n`)]);
    // Dedupe paths (an edit and a move of the same prompt in one commit keep the last).
    const seen = new Map<string, Op>();
    for (const op of ops) seen.set(op[1], op);
    main = commit('refs/heads/main', index, `edit ${index}`, [...seen.values()], [main]);
    index++;
  }
  fs.closeSync(out);
  const input = fs.openSync(streamFile, 'r');
  try {
    git(['fast-import', '--quiet'], input);
  } finally {
    fs.closeSync(input);
    fs.rmSync(streamFile, { force: true });
  }
  git(['checkout', '-q', '-f', 'main']);
  const promptPaths = [...state.values()].map((prompt) => prompt.path);
  const sizes = [...state.values()].map((prompt) => Buffer.byteLength(prompt.head + prompt.body)).sort((a, b) => a - b);
  return {
    dir: options.dir, promptPaths, clausePaths: Array.from({ length: options.clauses }, (_, j) => `codex/${clauseIdOf(j)}.md`),
    sizes: { median: sizes[sizes.length >> 1] ?? 0, max: sizes.at(-1) ?? 0, total: sizes.reduce((a, b) => a + b, 0) },
  };
}
