// A realistic prompt repository built in code: every file shape promptvault reads, in the paths
// real teams use (dot folders, spaces, non-ASCII, upper case, several dots), at real sizes (median
// about 7.5 KB, a few of 50 KB, one of 400 KB), with a history of a few hundred commits holding
// feature branches and merges, two waves of moves, a prompt moved twice, a delete and re-add at
// one path, identical copies at several paths, CRLF and BOM files and a symbolic link.
//
// All text is generated from the word lists below with a seeded generator: the same options give
// the same repository, byte for byte. The history is written by one `git fast-import` process fed
// from a temporary file (never held whole in memory), so a few hundred commits take well under a
// second and the benchmark's 10,000 prompts and 5,000 commits about a minute.
//
// One generator for the tests and the benchmark (`npm run bench`): the defaults are the adoption
// test's corpus; the benchmark adds volume with the options marked "bench" (hundreds of cited
// clauses and their edits, thousands of other files, moves at random, non-English lines). Those
// options draw from a second seeded generator, so leaving them out gives the test's repository
// unchanged, byte for byte.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gitIn, mustSucceed, testEnv } from './repo.ts';

export interface CorpusOptions {
  /** Seed of the generator (same seed, same repository). */
  seed?: number;
  /** Commits on the main line, merges included (feature branch commits come on top). */
  commits?: number;
  /** Ordinary prompt files beyond the special ones listed in `CorpusInfo`. */
  prompts?: number;
  /** Median size of an ordinary prompt, in bytes. */
  medianBytes?: number;
  /** How many prompts of about 50 KB. */
  largeFiles?: number;
  /** How many prompts of about 400 KB. */
  hugeFiles?: number;
  /** A feature branch is merged every this many main-line commits. */
  mergeEvery?: number;
  /** Share of the prompts in the first commit; the rest arrive over the history. Default 0.6. */
  initialShare?: number;
  /** Prompts added by a commit that adds prompts. Default 1. */
  addsPerCommit?: number;
  /** Bench: clauses `codex/<area>/rule-NNNN.md` beyond `codex/privacy.md`, each ordinary prompt with front matter citing two; one is edited every 25 commits. Default 0. */
  clauses?: number;
  /** Bench: source files that are not prompts (`src/module-N/file-K.ts`); every third commit also changes one. Default 0. */
  otherFiles?: number;
  /** Bench: share of ordinary commits that move one prompt to another folder with a small edit. Default 0. */
  moveShare?: number;
  /** Bench: put non-English lines (German, French, Chinese, Japanese, Russian, emoji) in about a third of the prompts, where byte-level BPE is slowest. Default false. */
  multilingual?: boolean;
  /**
   * Bench: share of the ordinary prompts (0-1) given a front-matter `id:` (their stable identity
   * across moves), in the shapes whose front matter a team edits by hand (promptvault's own
   * Markdown, Claude Code agents and commands, Copilot prompts, Dotprompt, Prompty). Drawn from a
   * generator of its own: every other file is the same with or without it. Default 0.
   */
  stableIds?: number;
}

export interface CorpusInfo {
  /** Globs for `.promptvault.yaml` (or `init --prompts`) that cover every shape here. */
  promptGlobs: string[];
  codexGlobs: string[];
  /** Prompt paths at HEAD (regular files the globs match; the symlink and root README excluded). */
  promptsAtHead: string[];
  /** The prompt moved twice: its three paths in order, and how many commits changed it. */
  movedTwice: { paths: [string, string, string]; versions: number };
  /** Deleted and later re-added at the same path. */
  readded: string;
  /** Paths holding the same bytes. */
  copies: string[];
  crlf: string[];
  symlink: string;
  /** Sizes of the prompt files at HEAD, in bytes, sorted. */
  sizes: number[];
  commits: number;
  merges: number;
  /** Clause files at HEAD, `codex/privacy.md` first. */
  clausePaths: string[];
  /** Files at HEAD that are neither prompts nor clauses (the `otherFiles` option). */
  otherFiles: number;
  /** Prompt paths at HEAD whose front matter has an `id:` (the `stableIds` option), sorted. */
  withStableIds: string[];
}

/** The path of bench clause `j` (the `clauses` option): `codex/<area>/rule-NNNN.md`. */
export function corpusClausePath(j: number): string {
  return `codex/${CLAUSE_AREAS[j % CLAUSE_AREAS.length]}/rule-${String(j).padStart(4, '0')}.md`;
}

const CLAUSE_AREAS = ['support', 'billing', 'sales', 'coding', 'review', 'legal', 'hr', 'ops', 'data', 'security'];
// Real prompts carry names, quotes and examples in other scripts; the tokenizer's byte-level merges
// are slowest there.
const FOREIGN = ['Bitte antworten Sie höflich und präzise, auch wenn der Kunde verärgert ist.', 'Répondez en français si le client écrit en français, et gardez le vouvoiement.', '请用简体中文回答客户的问题，并保持礼貌和简洁。', 'お客様には丁寧な敬語で返答してください。注文番号を必ず確認すること。', 'Отвечайте кратко и по существу, не раскрывайте номер счёта.', '✅ Done — 🚀 shipped; ⚠️ check the “quoted” text… «ok» ½ € 100'];

// Word lists written for this generator (no third-party prompt text).
const NOUNS = ['customer', 'order', 'invoice', 'refund', 'account', 'ticket', 'answer', 'request', 'policy', 'summary', 'report', 'change', 'review', 'test', 'module', 'function', 'branch', 'release', 'issue', 'team', 'document', 'table', 'field', 'message', 'reply', 'question', 'draft', 'plan', 'step', 'result', 'error', 'warning', 'record', 'schedule', 'budget', 'contract', 'shipment', 'address', 'payment', 'library', 'service', 'endpoint', 'query', 'index', 'cache', 'build', 'deploy', 'metric', 'owner', 'reader'];
const VERBS = ['check', 'explain', 'summarize', 'list', 'compare', 'confirm', 'verify', 'describe', 'rewrite', 'review', 'plan', 'update', 'collect', 'report', 'test', 'prepare', 'answer', 'escalate', 'note', 'group', 'rank', 'quote', 'cite', 'measure', 'outline'];
const ADJECTIVES = ['clear', 'short', 'careful', 'polite', 'exact', 'complete', 'recent', 'relevant', 'open', 'pending', 'urgent', 'small', 'large', 'formal', 'friendly', 'neutral', 'precise', 'plain', 'written', 'final'];
const CONNECTORS = ['before you', 'after you', 'when you', 'unless you', 'so that you can', 'while you', 'once you'];
const MODALS = ['You must', 'You should', 'Always', 'Never', 'Please', 'Do not', 'Try to', 'Remember to'];
const TOOLS = ['Read', 'Write', 'Edit', 'Grep', 'Glob', 'Bash', 'WebFetch', 'TodoWrite'];
const COLORS = ['blue', 'green', 'red', 'purple', 'orange', 'cyan', 'yellow'];
const MODELS = ['sonnet', 'opus', 'haiku', 'inherit'];
/** The shapes given a front-matter `id:` by the `stableIds` option: those whose front matter people write by hand. */
const ID_SHAPES: ReadonlySet<Shape> = new Set(['markdown', 'claude-agent', 'claude-command', 'copilot-prompt', 'dotprompt', 'prompty']);
const ID_TEAMS = ['support', 'billing', 'sales', 'ops', 'platform'];

type Shape = 'claude-agent' | 'claude-command' | 'claude-skill' | 'copilot-prompt' | 'copilot-instructions' | 'copilot-chatmode' | 'copilot-agent' | 'cursor-rule' | 'dotprompt' | 'prompty' | 'github-models' | 'markdown' | 'markdown-plain' | 'markdown-rule' | 'text';

interface FileState {
  shape: Shape;
  /** The front-matter `id:` the header holds (the `stableIds` option). */
  stableId?: string;
  name: string;
  header: string;
  paragraphs: string[];
  crlf?: boolean;
  bom?: boolean;
}

/** mulberry32: small, fast, good enough for test data. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const gaussian = () => Math.sqrt(-2 * Math.log(next() || 1e-9)) * Math.cos(2 * Math.PI * next());
  return { next, int, pick, gaussian };
}

type Rng = ReturnType<typeof generator>;

function sentence(rng: Rng): string {
  const kind = rng.int(4);
  if (kind === 0) return `${rng.pick(MODALS)} ${rng.pick(VERBS)} the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)} ${rng.pick(CONNECTORS)} ${rng.pick(VERBS)} the ${rng.pick(NOUNS)}.`;
  if (kind === 1) return `The ${rng.pick(NOUNS)} should stay ${rng.pick(ADJECTIVES)}, and every ${rng.pick(NOUNS)} needs a ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}.`;
  if (kind === 2) return `${capitalise(rng.pick(VERBS))} each ${rng.pick(NOUNS)} for the ${rng.pick(NOUNS)} and keep the ${rng.pick(NOUNS)} ${rng.pick(ADJECTIVES)}.`;
  return `If the ${rng.pick(NOUNS)} is ${rng.pick(ADJECTIVES)}, ${rng.pick(VERBS)} the ${rng.pick(NOUNS)} and ${rng.pick(VERBS)} the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}.`;
}

function paragraph(rng: Rng, variables = false): string {
  const kind = rng.int(6);
  if (kind === 0) return `## ${capitalise(rng.pick(VERBS))} the ${rng.pick(NOUNS)}`;
  if (kind === 1) return Array.from({ length: 3 + rng.int(4) }, () => `- ${sentence(rng)}`).join('\n');
  const text = Array.from({ length: 3 + rng.int(5) }, () => sentence(rng)).join(' ');
  return variables && rng.int(3) === 0 ? `${text} Use {{ ${rng.pick(NOUNS)}_name }} where it helps.` : text;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function slug(rng: Rng): string {
  return `${rng.pick(VERBS)}-${rng.pick(NOUNS)}`;
}

/** Front matter of a shape, in the style each tool writes (some of it strict YAML rejects). */
function header(shape: Shape, name: string, rng: Rng): string {
  const desc = `${capitalise(rng.pick(VERBS))} the ${rng.pick(NOUNS)} and ${rng.pick(VERBS)} the ${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
  const tools = Array.from(new Set(Array.from({ length: 1 + rng.int(4) }, () => rng.pick(TOOLS))));
  switch (shape) {
    case 'claude-agent':
      // Real subagent descriptions often hold an unquoted "when: ..." that strict YAML rejects.
      return `---\nname: ${name}\ndescription: ${rng.int(3) === 0 ? `Use this agent when: ${desc.toLowerCase()}. Examples: <example>Context: a ${rng.pick(NOUNS)}</example>` : desc}\nmodel: ${rng.pick(MODELS)}\ntools: ${tools.join(', ')}\ncolor: ${rng.pick(COLORS)}\n---\n\n`;
    case 'claude-command':
      return `---\ndescription: ${desc}\nargument-hint: [${rng.pick(NOUNS)}] [${rng.pick(NOUNS)}]\nallowed-tools: Bash(git ${rng.pick(['diff', 'log', 'status'])}:*), ${tools.join(', ')}\n---\n\n# ${capitalise(name.replace(/-/g, ' '))}\n\nWork on $ARGUMENTS.\n\n`;
    case 'claude-skill':
      return `---\nname: ${name}\ndescription: ${desc}. Use when the ${rng.pick(NOUNS)} needs it.\nallowed-tools: ${tools.join(', ')}\n---\n\n# ${capitalise(name.replace(/-/g, ' '))}\n\n`;
    case 'copilot-prompt':
      return `---\nmode: ${rng.pick(['agent', 'ask', 'edit'])}\nmodel: GPT-4o\ntools: [${tools.map((t) => `'${t.toLowerCase()}'`).join(', ')}]\ndescription: '${desc}'\n---\n\nWork on \${input:${rng.pick(NOUNS)}:the ${rng.pick(NOUNS)}}.\n\n`;
    case 'copilot-instructions':
      return `---\napplyTo: '${rng.pick(['**/*.ts', '**/*.py', 'src/**', '**'])}'\ndescription: ${desc}\n---\n\n`;
    case 'copilot-chatmode':
      return `---\ndescription: ${desc}\ntools: [${tools.map((t) => `'${t.toLowerCase()}'`).join(', ')}]\nmodel: Claude Sonnet 4\n---\n\n`;
    case 'copilot-agent':
      return `---\nname: ${name}\ndescription: ${desc}\ntools: [${tools.map((t) => `'${t.toLowerCase()}'`).join(', ')}]\n---\n\n`;
    case 'cursor-rule':
      // Cursor writes globs unquoted; `*.ts` at the start is an alias to strict YAML.
      return `---\ndescription: ${desc}\nglobs: ${rng.pick(['*.ts,*.tsx', 'src/**/*.py', 'docs/**'])}\nalwaysApply: ${rng.int(2) === 0}\n---\n\n# ${capitalise(name.replace(/-/g, ' '))}\n\n`;
    case 'dotprompt':
      return `---\nname: ${name}\nmodel: googleai/gemini-1.5-flash\nconfig:\n  temperature: 0.${1 + rng.int(9)}\ninput:\n  schema:\n    ${rng.pick(NOUNS)}: string\n    language?: string, the reply language\n  default:\n    language: English\noutput:\n  format: text\n---\n\n{{role "system"}}\n\n`;
    case 'prompty':
      return `---\nname: ${capitalise(name.replace(/-/g, ' '))}\ndescription: ${desc}\nauthors: [team]\nmodel:\n  api: chat\n  configuration:\n    type: azure_openai\n    azure_deployment: gpt-4o\n  parameters:\n    max_tokens: ${128 * (1 + rng.int(8))}\ninputs:\n  question:\n    type: string\n  context:\n    type: string\ntemplate: jinja2\n---\n\nsystem:\n\n`;
    case 'markdown':
      return `---\ntitle: ${capitalise(name.replace(/-/g, ' '))}\nassistant: ${rng.pick(['support-bot', 'sales-bot', 'ops-bot'])}\ntags: [${rng.pick(NOUNS)}, ${rng.pick(NOUNS)}]\n---\n\n`;
    case 'markdown-rule':
      return `---\n\n# ${capitalise(name.replace(/-/g, ' '))}\n\n---\n\n`;
    default:
      return '';
  }
}

function render(file: FileState): Buffer {
  let text: string;
  if (file.shape === 'github-models') {
    const [system = '', ...rest] = file.paragraphs;
    const indent = (s: string) => s.split('\n').map((line) => (line ? `      ${line}` : '')).join('\n');
    text = `name: ${capitalise(file.name.replace(/-/g, ' '))}\ndescription: ${file.name} prompt\nmodel: openai/gpt-4o-mini\nmodelParameters:\n  temperature: 0.5\nmessages:\n  - role: system\n    content: |\n${indent(system)}\n  - role: user\n    content: |\n${indent([...rest, 'Answer about {{input}}.'].join('\n\n'))}\ntestData:\n  - input: a ${file.name}\n    expected: a short answer\n`;
  } else {
    text = `${file.header}${file.paragraphs.join('\n\n')}\n`;
  }
  if (file.crlf) text = text.replace(/\n/g, '\r\n');
  return Buffer.from(file.bom ? `\uFEFF${text}` : text, 'utf8');
}

function grow(file: FileState, bytes: number, rng: Rng): void {
  let size = file.header.length + file.paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
  while (size < bytes) {
    const next = paragraph(rng, file.shape === 'dotprompt' || file.shape === 'prompty' || file.shape === 'markdown');
    file.paragraphs.push(next);
    size += next.length + 2;
  }
}

function edit(file: FileState, rng: Rng): void {
  const at = rng.int(file.paragraphs.length);
  if (rng.int(3) === 0) file.paragraphs.splice(at, 0, paragraph(rng));
  else file.paragraphs[at] = paragraph(rng);
}

const SHAPE_PATHS: [Shape, (name: string, rng: Rng) => string][] = [
  ['claude-agent', (name) => `.claude/agents/${name}.md`],
  ['claude-agent', (name, rng) => `plugins/${rng.pick(['billing', 'ops', 'support'])}/agents/${name}.md`],
  ['claude-agent', (name) => `agents/${name}.md`],
  ['claude-command', (name) => `commands/${name}.md`],
  ['claude-command', (name) => `.claude/commands/${name}.md`],
  ['claude-skill', (name) => `skills/${name}/SKILL.md`],
  ['copilot-prompt', (name) => `.github/prompts/${name}.prompt.md`],
  ['copilot-instructions', (name) => `.github/instructions/${name}.instructions.md`],
  ['copilot-chatmode', (name) => `.github/chatmodes/${name}.chatmode.md`],
  ['copilot-agent', (name) => `.github/agents/${name}.agent.md`],
  ['cursor-rule', (name) => `.cursor/rules/${name}.mdc`],
  ['dotprompt', (name) => `prompts/dotprompt/${name}.prompt`],
  ['prompty', (name) => `prompts/prompty/${name}.prompty`],
  ['github-models', (name) => `prompts/models/${name}.prompt.yml`],
  ['markdown', (name) => `prompts/${name}.md`],
  ['markdown-plain', (name) => `prompts/plain/${name}.md`],
];

/** Builds the corpus into `dir` (an empty git repository) and checks out `main`. */
export function buildRealisticCorpus(dir: string, options: CorpusOptions = {}): CorpusInfo {
  const rng = generator(options.seed ?? 8);
  const commitsWanted = options.commits ?? 300;
  const promptCount = options.prompts ?? 150;
  const median = options.medianBytes ?? 7_500;
  const mergeEvery = options.mergeEvery ?? 25;
  // Lognormal around the median; 0.8 because files grow past their target by a paragraph and a header.
  const sizeOf = () => Math.round(Math.min(40_000, Math.max(400, 0.8 * median * Math.exp(0.7 * rng.gaussian()))));

  // The bench options draw from their own generator so that, left out, the main sequence is the test's.
  const extra = generator((options.seed ?? 8) + 7919);
  // The ids draw from a third: giving some prompts ids changes nothing else in the repository.
  const ids = generator((options.seed ?? 8) + 104_729);
  const idShare = options.stableIds ?? 0;
  // Each prompt of an id shape is drawn with this chance, so that about `idShare` of all have one.
  const idChance = Math.min(1, (idShare * SHAPE_PATHS.length) / SHAPE_PATHS.filter(([shape]) => ID_SHAPES.has(shape)).length);
  const clauseCount = options.clauses ?? 0;
  const otherCount = options.otherFiles ?? 0;
  const pool: { path: string; file: FileState }[] = [];
  const used = new Set<string>();
  const make = (shape: Shape, path: string, name: string, bytes: number, more: Partial<FileState> = {}) => {
    const file: FileState = { shape, name, header: header(shape, name, rng), paragraphs: [], ...more };
    grow(file, bytes, rng);
    used.add(path);
    return { path, file };
  };
  for (let i = 0; pool.length < promptCount && i < promptCount * 20; i++) {
    const [shape, place] = SHAPE_PATHS[i % SHAPE_PATHS.length]!;
    const name = `${slug(rng)}-${i}`;
    const path = place(name, rng);
    if (used.has(path)) continue;
    const entry = make(shape, path, name, sizeOf());
    pool.push(entry);
    // Bench: citations in the front matter, the way teams tie prompts to the rules they follow.
    const close = entry.file.header.indexOf('\n---\n', 3);
    if (clauseCount > 0 && entry.file.header.startsWith('---\n') && shape !== 'markdown-rule' && close > 0) {
      const k = pool.length;
      const cites = [...new Set([k % clauseCount, (k * 7 + 3) % clauseCount])].map((j) => corpusClausePath(j).slice('codex/'.length, -'.md'.length));
      entry.file.header = `${entry.file.header.slice(0, close)}\ncodex: [${cites.join(', ')}]${entry.file.header.slice(close)}`;
    }
    if (options.multilingual && extra.int(3) === 0) entry.file.paragraphs.splice(extra.int(entry.file.paragraphs.length + 1), 0, `${extra.pick(FOREIGN)} ${extra.pick(FOREIGN)}`);
    // Bench: a stable id, the first key of the front matter, as teams add it to find a prompt again after a move.
    if (idShare > 0 && ID_SHAPES.has(shape) && entry.file.header.startsWith('---\n') && ids.next() < idChance) {
      entry.file.stableId = `${ids.pick(ID_TEAMS)}/${name}`;
      entry.file.header = `---\nid: ${entry.file.stableId}\n${entry.file.header.slice(4)}`;
    }
  }
  // Special files, each standing for something real repositories hold.
  const movedTwice: [string, string, string] = ['prompts/planning/plan.md', 'Anthropic/Claude Code/Plan.md', '.claude/agents/planning/Plan.md'];
  const copies: [string, string, string] = ['.claude/agents/shared-helper.md', 'plugins/alpha/agents/shared-helper.md', 'plugins/beta/agents/shared-helper.md'];
  const crlf: [string, string] = ['.claude/agents/windows-author.md', 'prompts/windows/notes.md'];
  const readded = 'prompts/faq/returns.md';
  const special = [
    make('markdown', movedTwice[0], 'plan', sizeOf()),
    make('markdown-plain', 'Anthropic/Claude Code/Review Checklist.md', 'review-checklist', sizeOf()),
    make('markdown-plain', 'prompts/café/résumé.md', 'resume', sizeOf()),
    make('markdown', 'Prompts/Release.Notes.v2.md', 'release-notes', sizeOf()),
    make('markdown-rule', 'prompts/starts-with-rule.md', 'starts-with-rule', sizeOf()),
    make('markdown', readded, 'returns', sizeOf()),
    make('text', 'prompts/notes/system.txt', 'system', sizeOf()),
    make('markdown-plain', 'docs/README.md', 'docs-readme', 2_000),
    make('claude-agent', crlf[0], 'windows-author', sizeOf(), { crlf: true }),
    make('markdown', crlf[1], 'windows-notes', sizeOf(), { crlf: true }),
    make('markdown-plain', 'prompts/bom.md', 'bom', sizeOf(), { bom: true }),
    make('markdown', 'prompts/cites-privacy.md', 'cites-privacy', sizeOf()),
  ];
  special.at(-1)!.file.header = special.at(-1)!.file.header.replace('---\n\n', 'codex: [privacy]\n---\n\n');
  const helper = make('claude-agent', copies[0], 'shared-helper', sizeOf());
  for (let i = 0; i < (options.largeFiles ?? 3); i++) special.push(make('markdown-plain', `prompts/large/handbook-${i + 1}.md`, `handbook-${i + 1}`, 50_000));
  const huge = Array.from({ length: options.hugeFiles ?? 1 }, (_, i) => make('markdown-plain', `prompts/large/encyclopedia-${i + 1}.md`, `encyclopedia-${i + 1}`, 400_000));
  const clause: FileState = { shape: 'markdown', name: 'privacy', header: '---\ntitle: Never share account numbers\ntone: formal\n---\n\n', paragraphs: ['The assistant must never share account numbers or card numbers with anyone.'] };

  // The history, simulated in memory and streamed to a file that git fast-import reads.
  const streamDir = fs.mkdtempSync(path.join(os.tmpdir(), 'promptvault-corpus-'));
  const streamFile = path.join(streamDir, 'import.stream');
  const out = fs.openSync(streamFile, 'w');
  const stream = { push: (...chunks: Buffer[]) => { for (const chunk of chunks) fs.writeSync(out, chunk); } };
  const blobs = new Map<string, number>();
  let mark = 0;
  const blobMark = (content: Buffer): number => {
    const key = createHash('sha1').update(content).digest('hex');
    let found = blobs.get(key);
    if (found === undefined) {
      found = ++mark;
      blobs.set(key, found);
      stream.push(Buffer.from(`blob\nmark :${found}\ndata ${content.length}\n`), content, Buffer.from('\n'));
    }
    return found;
  };
  const quote = (path: string) => `"${path.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  let time = Date.parse('2025-01-06T09:00:00Z') / 1000;
  const writeCommit = (ref: string, message: string, ops: string[], from: number | null, merge: number | null): number => {
    const own = ++mark;
    time += 3_600 * (2 + rng.int(20));
    const msg = Buffer.from(message);
    stream.push(Buffer.from(`commit ${ref}\nmark :${own}\nauthor Ada Reviewer <ada@example.com> ${time} +0000\ncommitter Ada Reviewer <ada@example.com> ${time} +0000\ndata ${msg.length}\n`), msg, Buffer.from('\n'));
    if (from !== null) stream.push(Buffer.from(`from :${from}\n`));
    if (merge !== null) stream.push(Buffer.from(`merge :${merge}\n`));
    stream.push(Buffer.from(`${ops.join('\n')}${ops.length ? '\n' : ''}\n`));
    return own;
  };
  const put = (path: string, file: FileState) => `M 100644 :${blobMark(render(file))} ${quote(path)}`;

  const tree = new TrackedMap<string, FileState>();
  const initial = [...pool.slice(0, Math.ceil(pool.length * (options.initialShare ?? 0.6))), ...special, helper];
  const later = pool.slice(initial.length - special.length - 1);
  const ops: string[] = [];
  for (const { path, file } of initial) {
    tree.set(path, file);
    ops.push(put(path, file));
  }
  for (const copy of copies.slice(1)) {
    tree.set(copy, helper.file);
    ops.push(put(copy, helper.file));
  }
  tree.set('codex/privacy.md', clause);
  ops.push(put('codex/privacy.md', clause));
  ops.push(`M 100644 :${blobMark(Buffer.from('# Our prompts\n\nAgents, commands and rules of the team.\n'))} "README.md"`);
  const clauseText = (j: number, revision: number) => Buffer.from(`---\ntitle: Rule ${j}\ntone: formal\n---\n\nThe assistant must never share ${extra.pick(NOUNS)} details with anyone but the account holder (revision ${revision}). ${sentence(extra)}\n`);
  for (let j = 0; j < clauseCount; j++) ops.push(`M 100644 :${blobMark(clauseText(j, 0))} ${quote(corpusClausePath(j))}`);
  for (let k = 0; k < otherCount; k++) {
    const lines = Array.from({ length: 20 + (k % 60) }, (_, n) => `export const value${k}_${n} = ${extra.int(1e6)}; // ${NOUNS[(k + n) % NOUNS.length]}`);
    ops.push(`M 100644 :${blobMark(Buffer.from(`${lines.join('\n')}\n`))} ${quote(`src/module-${Math.floor(k / 200)}/file-${k}.ts`)}`);
  }
  let head = writeCommit('refs/heads/main', 'Import the prompts we already have', ops, null, null);
  let commits = 1;
  let merges = 0;
  let movedTwiceVersions = 1;
  let movedTwicePath = movedTwice[0];
  const protectedPaths = new Set([...copies, ...crlf, readded, movedTwice[0], movedTwice[1], movedTwice[2], 'prompts/starts-with-rule.md', 'prompts/cites-privacy.md']);
  // Both lists are recomputed only when a path comes or goes (10,000 prompts x 5,000 commits).
  const memo = <T>(compute: () => T) => {
    let version = -1;
    let value: T;
    return () => {
      if (version !== tree.version) {
        value = compute();
        version = tree.version;
      }
      return value;
    };
  };
  const editable = memo(() => [...tree.keys()].filter((path) => !protectedPaths.has(path) && path !== 'codex/privacy.md'));
  // Only ordinary prompts are deleted at random; every special file lives to HEAD.
  const ordinary = new Set(pool.map((entry) => entry.path));
  const deletable = memo(() => editable().filter((path) => ordinary.has(path)));
  let moves = 0;
  const otherChanged = new Set<string>();
  const at = (fraction: number) => Math.max(2, Math.round(commitsWanted * fraction));
  const symlink = 'prompts/shortcut-to-plan.md';
  const mutate = (path: string): FileState => {
    const file = structuredClone(tree.get(path)!);
    edit(file, rng);
    tree.set(path, file);
    return file;
  };
  const moveTwice = (to: string) => (changes: string[]) => {
    const from = movedTwicePath;
    const file = tree.get(from)!;
    tree.delete(from);
    tree.set(to, file);
    changes.push(`D ${quote(from)}`, put(to, file));
    movedTwicePath = to;
    movedTwiceVersions++;
    return `Move ${from} to ${to}`;
  };
  const editPlan = (changes: string[]) => {
    changes.push(put(movedTwicePath, mutate(movedTwicePath)));
    movedTwiceVersions++;
    return 'Refine the plan prompt';
  };
  const wave = (pattern: RegExp, to: (path: string) => string) => (changes: string[]) => {
    for (const path of [...tree.keys()].filter((p) => pattern.test(p))) {
      const file = tree.get(path)!;
      tree.delete(path);
      tree.set(to(path), file);
      changes.push(`D ${quote(path)}`, put(to(path), file));
    }
    return `Reorganise: move ${changes.length / 2} files`;
  };
  // Fixed events, each at the first ordinary main-line commit at or after its point in history.
  const events: [number, (changes: string[]) => string][] = [
    [0.1, editPlan],
    [0.2, moveTwice(movedTwice[1])],
    [0.25, editPlan],
    [0.3, wave(/^agents\//, (path) => `.claude/${path}`)],
    [0.45, (changes) => {
      tree.delete(readded);
      changes.push(`D ${quote(readded)}`);
      return `Remove ${readded}`;
    }],
    [0.5, (changes) => {
      const file: FileState = { shape: 'markdown', name: 'returns', header: header('markdown', 'returns', rng), paragraphs: [] };
      grow(file, sizeOf(), rng);
      tree.set(readded, file);
      changes.push(put(readded, file));
      return `Bring back ${readded}, rewritten`;
    }],
    [0.52, editPlan],
    [0.55, (changes) => {
      for (const path of crlf) changes.push(put(path, mutate(path)));
      return 'Edit the CRLF prompts';
    }],
    [0.6, moveTwice(movedTwice[2])],
    [0.65, wave(/^commands\//, (path) => `plugins/ops/${path}`)],
    [0.7, (changes) => {
      changes.push(`M 120000 :${blobMark(Buffer.from(`../${movedTwice[2]}`))} ${quote(symlink)}`);
      return 'Link the plan from prompts/';
    }],
    [0.75, (changes) => {
      for (const { path, file } of huge) {
        tree.set(path, file);
        changes.push(put(path, file));
      }
      return 'Add the encyclopedia prompt';
    }],
    [0.8, editPlan],
    [0.9, editPlan],
  ];

  while (commits < commitsWanted) {
    const i = commits;
    const changes: string[] = [];
    let message = '';
    if (i % mergeEvery === 0) {
      // A feature branch of a few commits on files the main line leaves alone, then its merge.
      const branch = `refs/heads/feature-${i}`;
      const picked = new Set<string>();
      const candidates = editable();
      while (picked.size < Math.min(3, candidates.length)) picked.add(rng.pick(candidates));
      let tip = head;
      for (let k = 0; k < 2 + rng.int(3); k++) {
        const path = rng.pick([...picked]);
        tip = writeCommit(branch, `Feature ${i}: revise ${path}`, [put(path, mutate(path))], tip, null);
      }
      // The main line moves on meanwhile, elsewhere.
      const other = editable().filter((path) => !picked.has(path));
      if (other.length > 0) {
        const path = rng.pick(other);
        head = writeCommit('refs/heads/main', `Tidy ${path}`, [put(path, mutate(path))], head, null);
        commits++;
      }
      head = writeCommit('refs/heads/main', `Merge feature ${i}`, [...picked].map((path) => put(path, tree.get(path)!)), head, tip);
      commits++;
      merges++;
      continue;
    }
    const event = events[0] && i >= at(events[0][0]) ? events.shift()![1] : undefined;
    if (event) {
      message = event(changes);
    } else if (options.moveShare && extra.next() < options.moveShare && deletable().length > 20) {
      // Bench: a prompt moved to another folder, with the small edit real moves often carry.
      const from = extra.pick(deletable());
      const to = from.replace(/[^/]+$/, (base) => `moved-${++moves}/${base}`);
      const file = tree.get(from)!;
      tree.delete(from);
      tree.set(to, file);
      ordinary.delete(from);
      ordinary.add(to);
      changes.push(`D ${quote(from)}`, put(to, mutate(to)));
      message = `Move ${from} to ${to}`;
    } else {
      const roll = rng.next();
      if (roll < 0.2 && later.length > 0) {
        const added: string[] = [];
        for (let k = 0; k < (options.addsPerCommit ?? 1) && later.length > 0; k++) {
          const { path, file } = later.shift()!;
          tree.set(path, file);
          changes.push(put(path, file));
          added.push(path);
        }
        message = `Add ${added.join(', ')}`;
      } else if (roll >= 0.2 && roll < 0.25 && deletable().length > 20) {
        const path = rng.pick(deletable());
        tree.delete(path);
        changes.push(`D ${quote(path)}`);
        message = `Remove ${path}`;
      } else {
        const paths = new Set(Array.from({ length: 1 + rng.int(3) }, () => rng.pick(editable())));
        for (const path of paths) changes.push(put(path, mutate(path)));
        message = `Edit ${[...paths].join(', ')}`;
      }
    }
    // Bench: a clause edited now and then, other files changed often (commits touching no prompt).
    if (clauseCount > 0 && i % 25 === 7) {
      const j = extra.int(clauseCount);
      changes.push(`M 100644 :${blobMark(clauseText(j, i))} ${quote(corpusClausePath(j))}`);
    }
    if (otherCount > 0 && i % 3 === 0) {
      const other = `src/module-${i % 50}/changed-${i % 500}.ts`;
      otherChanged.add(other);
      changes.push(`M 100644 :${blobMark(Buffer.from(`export const change${i} = ${i};\n`))} ${quote(other)}`);
    }
    head = writeCommit('refs/heads/main', message, changes, head, null);
    commits++;
  }

  stream.push(Buffer.from('done\n'));
  fs.closeSync(out);
  const input = fs.openSync(streamFile, 'r');
  try {
    // glibc hands the heap back to the kernel after every large blob; fast-import then spends most
    // of its time in brk (80,000 calls for 3,000 prompts: 74 s instead of 15 s). Keeping freed
    // memory changes nothing in the result.
    const tunables = 'glibc.malloc.trim_threshold=1073741824:glibc.malloc.top_pad=268435456:glibc.malloc.mmap_threshold=1073741824';
    const imported = spawnSync('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: [input, 'pipe', 'pipe'], encoding: 'utf8', env: testEnv({ GLIBC_TUNABLES: tunables }) });
    if (imported.status !== 0) throw new Error(`git fast-import failed: ${imported.stderr}`);
  } finally {
    fs.closeSync(input);
    fs.rmSync(streamDir, { recursive: true, force: true });
  }
  mustSucceed(gitIn(dir, ['checkout', '-q', '-f', 'main']), 'git checkout');

  const promptsAtHead = [...tree.keys()].filter((path) => path !== 'codex/privacy.md').sort();
  return {
    promptGlobs: ['**/*.md', '**/*.mdc', '**/*.prompt', '**/*.prompty', '**/*.prompt.yml', 'prompts/**/*.txt'],
    codexGlobs: ['codex/**/*.md'],
    promptsAtHead,
    movedTwice: { paths: movedTwice, versions: movedTwiceVersions },
    readded,
    copies,
    crlf,
    symlink,
    sizes: promptsAtHead.map((path) => render(tree.get(path)!).length).sort((a, b) => a - b),
    commits,
    merges,
    clausePaths: ['codex/privacy.md', ...Array.from({ length: clauseCount }, (_, j) => corpusClausePath(j))],
    otherFiles: otherCount + otherChanged.size,
    withStableIds: promptsAtHead.filter((path) => tree.get(path)!.stableId !== undefined),
  };
}

/** A Map that counts how often its set of keys changed, so lists derived from the keys can be cached. */
class TrackedMap<K, V> extends Map<K, V> {
  version = 0;
  override set(key: K, value: V): this {
    if (!this.has(key)) this.version++;
    return super.set(key, value);
  }
  override delete(key: K): boolean {
    this.version++;
    return super.delete(key);
  }
}

/**
 * Every distinct text a commit of the history in `dir` gave a prompt file (a file with the
 * extension of a prompt at HEAD: every version of every front-matter shape, CRLF, non-English
 * lines): what the traits' tests read as a realistic corpus.
 */
export function promptTextsOfHistory(dir: string, info: Pick<CorpusInfo, 'promptsAtHead'>): string[] {
  const extensions = new Set(info.promptsAtHead.map((file) => file.slice(file.lastIndexOf('.'))));
  const blobs = gitIn(dir, ['rev-list', '--objects', '--all']).stdout.split('\n')
    .map((line) => line.split(' '))
    .filter(([, file]) => file !== undefined && [...extensions].some((extension) => file.endsWith(extension)))
    .map(([oid]) => oid!);
  return [...new Set(blobs)].map((oid) => gitIn(dir, ['cat-file', 'blob', oid]).stdout);
}
