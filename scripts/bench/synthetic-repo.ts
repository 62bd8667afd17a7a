// Seeded synthetic repositories for the benchmark: thousands of prompts and clauses among many
// other files, with a history of edits (and a merge now and then), written with one
// `git fast-import` so a 1,000-commit history takes seconds, not minutes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** mulberry32: a tiny seeded PRNG, so every run builds the same repository. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'customer order refund account policy please confirm explain reply ticket billing invoice support agent answer question plain words polite brief summary issue shipping delay apologise escalate human review code test error function return value secret token never always must should carefully first then finally number date amount limit'.split(' ');
const AREAS = ['support', 'billing', 'sales', 'coding', 'general', 'legal', 'hr', 'ops'];
const TONES = ['empathetic', 'formal', 'friendly', 'neutral', 'strict'];

export interface SyntheticOptions {
  dir: string;
  seed: number;
  prompts: number;
  clauses: number;
  otherFiles: number;
  commits: number;
  /** Prompts edited per commit after the first. */
  editsPerCommit?: number;
}

export interface SyntheticRepo {
  dir: string;
  promptPaths: string[];
  clausePaths: string[];
}

export function promptPath(i: number): string {
  return `prompts/${AREAS[i % AREAS.length]}/prompt-${String(i).padStart(5, '0')}.md`;
}

function clauseId(j: number): string {
  return `${AREAS[j % AREAS.length]}/rule-${String(j).padStart(4, '0')}`;
}

function sentence(random: () => number, words = 12): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(random() * WORDS.length)]!);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function promptText(i: number, random: () => number, clauses: number, revision: number): string {
  const cites = clauses > 0 ? [clauseId(i % clauses), clauseId((i * 7) % clauses)] : [];
  const body = Array.from({ length: 6 + Math.floor(random() * 6) }, () => sentence(random)).join(' ');
  return `---\ntitle: Prompt ${i}\nassistant: ${AREAS[i % AREAS.length]}-bot\ntone: ${TONES[i % TONES.length]}\ntags: [${AREAS[i % AREAS.length]}, t${i % 13}]\ncodex: [${[...new Set(cites)].join(', ')}]\n---\nRevision ${revision}. Use {{customer_name}} and {{order_id}}. ${body}\n`;
}

function clauseText(j: number, random: () => number, revision: number): string {
  return `---\ntitle: Rule ${j}\ntone: formal\n---\nThe assistant must never share ${WORDS[j % WORDS.length]} details (revision ${revision}). ${sentence(random, 10)}\n`;
}

/** Runs `git <args>` in `dir` and returns its stdout; a failure throws with git's message (a bench on a half-built repository measures nothing). */
export function runGitOrThrow(dir: string, args: string[], input?: string): string {
  const result = spawnSync('git', args, { cwd: dir, input, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed (${result.status ?? result.error}): ${result.stderr}`);
  return result.stdout;
}

/** Builds the repository at `dir` (created) and checks out main. */
export function createSyntheticRepo(options: SyntheticOptions): SyntheticRepo {
  const random = seededRandom(options.seed);
  fs.mkdirSync(options.dir, { recursive: true });
  const git = (args: string[], input?: string) => runGitOrThrow(options.dir, args, input);
  git(['init', '-q', '-b', 'main']);
  git(['config', 'user.name', 'Bench']);
  git(['config', 'user.email', 'bench@example.com']);

  const chunks: string[] = [];
  let mark = 0;
  const blob = (content: string) => {
    mark++;
    chunks.push(`blob\nmark :${mark}\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    return mark;
  };
  const promptPaths = Array.from({ length: options.prompts }, (_, i) => promptPath(i));
  const clausePaths = Array.from({ length: options.clauses }, (_, j) => `codex/${clauseId(j)}.md`);
  const start = Date.UTC(2024, 0, 1) / 1000;
  let commitMark = 0;
  let lastMain = 0;
  const commit = (ref: string, index: number, message: string, files: [string, number][], parents: number[]) => {
    mark++;
    const id = mark;
    const when = start + index * 3600;
    const from = parents[0] ? `from :${parents[0]}\n` : '';
    const merges = parents.slice(1).map((parent) => `merge :${parent}\n`).join('');
    chunks.push(`commit ${ref}\nmark :${id}\ncommitter Bench <bench@example.com> ${when} +0000\ndata ${Buffer.byteLength(message)}\n${message}\n${from}${merges}${files.map(([file, b]) => `M 100644 :${b} ${file}\n`).join('')}\n`);
    commitMark = id;
    return id;
  };

  const first: [string, number][] = [];
  promptPaths.forEach((file, i) => first.push([file, blob(promptText(i, random, options.clauses, 0))]));
  clausePaths.forEach((file, j) => first.push([file, blob(clauseText(j, random, 0))]));
  for (let k = 0; k < options.otherFiles; k++) {
    first.push([`src/module-${Math.floor(k / 100)}/file-${k}.ts`, blob(`export const value${k} = ${Math.floor(random() * 1e6)};\n`)]);
  }
  lastMain = commit('refs/heads/main', 0, 'initial import', first, []);
  const revisions = new Map<number, number>();
  const edit = (count: number) => Array.from({ length: count }, () => {
    const i = Math.floor(random() * options.prompts);
    const revision = (revisions.get(i) ?? 0) + 1;
    revisions.set(i, revision);
    return [promptPaths[i]!, blob(promptText(i, random, options.clauses, revision))] as [string, number];
  });
  for (let c = 1; c < options.commits; c++) {
    // Every 50th commit merges a side branch that edited other prompts.
    if (c % 50 === 0) {
      const side = commit('refs/heads/side', c, `side edit ${c}`, edit(options.editsPerCommit ?? 2), [lastMain]);
      lastMain = commit('refs/heads/main', c, `merge side ${c}`, [], [lastMain, side]);
      continue;
    }
    const files = edit(options.editsPerCommit ?? 2);
    if (c % 25 === 0 && options.clauses > 0) {
      const j = Math.floor(random() * options.clauses);
      files.push([clausePaths[j]!, blob(clauseText(j, random, c))]);
    }
    if (c % 3 === 0) files.push([`src/module-${c % 50}/file-${c}.ts`, blob(`export const change${c} = ${c};\n`)]);
    lastMain = commit('refs/heads/main', c, `edit ${c}`, files, [lastMain]);
  }
  void commitMark;
  git(['fast-import', '--quiet'], chunks.join(''));
  git(['checkout', '-q', '-f', 'main']);
  return { dir: options.dir, promptPaths, clausePaths };
}

export function writeFile(dir: string, file: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.writeFileSync(path.join(dir, file), content);
}
