// A large, valid vault written directly (not through the hook) for the site-build benchmark:
// N prompts with their versions as checkpoints and mutations, clauses with their audits, committed
// once so the site can find the commit of every record, then packed (`git repack -adq`) as a
// real repository's objects are.
import { createHash } from 'node:crypto';
import type { Audit, Checkpoint, Mutation } from '../lib/schema/records.ts';
import { auditPath, checkpointPath, mutationPath } from '../lib/vault/paths.ts';
import { serializeRecord } from '../lib/vault/serialize.ts';
import { promptPath, runGitOrThrow, seededRandom, writeFile } from './synthetic-repo.ts';

const TONES = ['empathetic', 'formal', 'friendly', 'neutral', 'strict'];
const TAGS = ['@clarity+', '@clarity-', '@length+', '@length-', '@constraint+', '@tone-shift', '@tags-changed'];

export function writeSyntheticVault(options: { dir: string; seed: number; prompts: number; checkpoints: number; clauses: number; audits: number }): void {
  const random = seededRandom(options.seed);
  const { dir } = options;
  runGitOrThrow(dir, ['init', '-q', '-b', 'main']);
  const hash = (text: string) => `sha256-${createHash('sha256').update(text).digest('hex')}`;
  const perPrompt = Math.max(1, Math.floor(options.checkpoints / options.prompts));
  const sha = 'a'.repeat(40);
  for (let i = 0; i < options.prompts; i++) {
    const id = promptPath(i).replace(/^prompts\//, '').replace(/\.md$/, '');
    let previous: { version: number; hash: string; tokens: number } | null = null;
    for (let v = 1; v <= perPrompt; v++) {
      const text = `---\ntitle: Prompt ${i}\nassistant: bot-${i % 8}\ntone: ${TONES[i % TONES.length]}\ntags: [t${i % 13}]\n---\nVersion ${v} of prompt ${i}: help the customer with billing and refunds. <script>alert(${i})</script>\n`;
      if (v === perPrompt) writeFile(dir, promptPath(i), text);
      const tokens = 40 + Math.floor(random() * 400);
      const contentHash = hash(text);
      const created = new Date(Date.UTC(2024, 0, 1) + (i * perPrompt + v) * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const traits = { token_count: tokens, word_count: Math.floor(tokens * 0.75), readability: 60, formality: 0.1, sentiment: 0.1, hard_constraints: v % 3, template_variables: 1 };
      const checkpoint: Checkpoint = {
        prompt: id, version: v, token_count: tokens, tone_type: TONES[i % TONES.length]!, tags: [`t${i % 13}`], created_at: created, path: promptPath(i),
        title: `Prompt ${i}`, assistant: `bot-${i % 8}`, tone_source: 'declared', content_hash: contentHash, tokenizer: 'o200k_base', traits,
        variables: ['customer_name'], codex: [], forked_from: null, commit_parents: [sha],
      };
      const delta = { ...traits, token_count: previous ? tokens - previous.tokens : 0, word_count: 0, readability: 0, formality: 0, sentiment: 0, hard_constraints: 0, template_variables: 0 };
      const mutation: Mutation = {
        prompt: id, version: v, parent_prompt: previous ? id : null, parent_version: previous?.version ?? null, assistant: `bot-${i % 8}`,
        symbolic_tags: previous ? [TAGS[Math.floor(random() * TAGS.length)]!] : ['@new'], trait_delta: delta, created_at: created,
        kind: previous ? 'edit' : 'new', parents: previous ? [{ prompt: id, version: previous.version, content_hash: previous.hash, commit: sha }] : [],
        content_hash: contentHash, commit_parents: [sha],
      };
      writeFile(dir, checkpointPath(checkpoint), serializeRecord(checkpoint));
      writeFile(dir, mutationPath(mutation), serializeRecord(mutation));
      previous = { version: v, hash: contentHash, tokens };
    }
  }
  const perClause = Math.max(1, Math.floor(options.audits / options.clauses));
  for (let j = 0; j < options.clauses; j++) {
    const id = `area-${j % 8}/rule-${j}`;
    let previousText: string | null = null;
    for (let a = 0; a < perClause; a++) {
      const body = `The assistant must never share detail ${j} (revision ${a}).\n`;
      if (a === perClause - 1) writeFile(dir, `codex/${id}.md`, `---\ntitle: Rule ${j}\n---\n${body}`);
      const flagged = a > 0 && random() < 0.2;
      const created = new Date(Date.UTC(2024, 0, 1) + (j * perClause + a) * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      const audit: Audit = {
        clause: id, previous_version: previousText, new_version: body, prompt_delta: { citing: [], changed_in_commit: [] }, regression_flag: flagged,
        created_at: created, id: `${created.replace(/[-:]/g, '')}-${hash(`${j}-${a}`).slice(7, 19)}`, change: previousText === null ? 'added' : 'edited',
        path: `codex/${id}.md`, previous_hash: previousText === null ? null : hash(previousText), new_hash: hash(body),
        similarity: previousText === null ? null : { score: 0.9, embedder: 'builtin', model: 'builtin-lexical-v2', metric: 'cosine', threshold: 0.5 },
        tone: { declared: null, previous: null, new: 'strict', formality_shift: 0, sentiment_shift: 0 },
        reasons: flagged ? [{ code: 'number-changed', message: `number changed: "${a - 1}" -> "${a}"` }] : [], reverts: null,
        review: flagged ? { status: 'accepted', by: 'Bench <bench@example.com>', at: created, note: 'benchmark' } : { status: 'pending', by: null, at: null, note: null },
        commit_parents: [sha],
      };
      writeFile(dir, auditPath(id, audit.id), serializeRecord(audit));
      previousText = body;
    }
  }
  runGitOrThrow(dir, ['add', '-A']);
  runGitOrThrow(dir, ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', '-c', 'core.hooksPath=/dev/null', '-c', 'commit.gpgsign=false', '-c', 'gc.auto=0', 'commit', '-q', '-m', 'synthetic vault']);
  // `git add` left every record as a loose object (100,000 and more files under .git/objects);
  // a real repository has them in packs (clone, fetch, gc). Packed, so a build right after this
  // measures reads from a realistic repository, not from a hundred thousand small files.
  // gc.auto=0 on the commit: it would start git's own detached `gc --auto` over the same loose
  // objects, packing them a second time beside this repack (session 32's start bench: two
  // pack-objects at once for 4 minutes of CPU each, into the site row's build).
  runGitOrThrow(dir, ['repack', '-adq']);
}

/** How many loose objects the repository holds (`git count-objects`), for the bench's check. */
export function looseObjects(dir: string): number {
  const out = runGitOrThrow(dir, ['count-objects']);
  return Number(/^(\d+) objects/.exec(out)?.[1] ?? Number.NaN);
}
