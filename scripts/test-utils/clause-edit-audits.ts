// The guard's round tests try a rewording and its twin through the real hook: commit a clause's old
// text, commit the new one, read the audit the hook wrote. Each round's file repeated that
// scaffolding (a repository with a codex glob, a front matter wrapper, two dated commits per edit,
// the audit the edit's commit wrote parsed, its reason codes mapped); here it is once. The
// assertions stay in each test; `edit` is the text to give `expect` as its message, so a failing
// one names the edit.
import { expect } from 'vitest';
import { parse } from 'yaml';
import { createRepo, type RunResult, type TestRepo } from './repo.ts';

/** What one clause edit committed through the hook came to. */
export interface AuditedEdit {
  /** The edit in words, for `expect(value, edit)`: `codex/mews/boots.md: "old" -> "new"`. */
  edit: string;
  /** The edit's commit (the hook's output on stderr). */
  committed: RunResult;
  /** The audit of the edit, as the hook wrote it under vault/audits/. */
  audit: Record<string, any>;
  /** The codes of the audit's reasons, in its order (advisory ones included, as written). */
  codes: string[];
}

/** A clause's id, its old text and its new one. */
export type EditOfClause = readonly [id: string, previous: string, next: string];

export interface ClauseEditAudits {
  /**
   * Commits `previous` as clause `id` (the file `codex/<id>.md`; skipped when that file already
   * holds it, as after an earlier edit of the same clause), then `next`, and reads the audit that
   * commit wrote. Fails, naming the edit and the hook's output, when either commit does not go
   * through, and when the edit's commit wrote no audit of the clause: the newest audit in HEAD
   * would then be an earlier edit's, and a test of an unflagged edit could pass on it.
   */
  edit(id: string, previous: string, next: string): AuditedEdit;
  /**
   * The same for several clauses at once, each given once: one commit of every old text not yet
   * held, one commit of every new text, and each clause's audit read from it, in the order given.
   * The hook audits each clause of a commit on its own (a move pairs only a deleted clause with an
   * added one), so a test of several edits proves through two hooked commits what `edit` proved
   * through two per edit: each hooked commit is processes that start and load the guard, whatever
   * it audits (session 38: round43d's 28 commits -> 4, its hook tests' wall 312 s -> 48 s at load 19).
   */
  editAll<const E extends ReadonlyArray<EditOfClause>>(edits: E): { -readonly [K in keyof E]: AuditedEdit };
  /** The repository, made at the first edit (inside a test, not when the file is collected). */
  readonly repo: TestRepo;
  cleanup(): void;
}

/** The front matter a clause file carries above its rule text. */
export interface ClauseFrontMatter {
  title: string;
  tone?: string;
}

/** A clause's file text: `title` (and `tone` when given) above the rule. */
export const clauseFileText = ({ title, tone }: ClauseFrontMatter, rule: string): string => `---\ntitle: ${title}\n${tone ? `tone: ${tone}\n` : ''}---\n${rule}\n`;

/** An edit in words, for `expect(value, edit)`: `codex/mews/boots.md: "old" -> "new"`. */
export const clauseEditName = (id: string, previous: string, next: string): string => `codex/${id}.md: ${JSON.stringify(previous)} -> ${JSON.stringify(next)}`;

/** A clause edit with the front matter of its file. */
export interface FramedClauseEdit {
  id: string;
  previous: string;
  next: string;
  frontMatter: ClauseFrontMatter;
}

/**
 * `editAll`'s commits in a repository with the real hooks and a codex glob over `codex/`: one
 * commit of every old text its file does not hold yet, one of every new text, each dated by
 * `nextDate`. Fails, naming the edits and the hook's output, when a commit does not go through.
 * Returns each edit's reading of the audit that commit wrote, to call before the next commit (the
 * reading looks for the audit HEAD added), and each can fail on its own: `editAll` calls them all
 * at once, gathered-clause-edits.ts keeps each reading's failure for the tests of that edit.
 */
export function commitClauseEdits(at: TestRepo, nextDate: () => string, edits: ReadonlyArray<FramedClauseEdit>): Array<() => AuditedEdit> {
  const named = edits.map((edit) => ({ ...edit, file: `codex/${edit.id}.md`, edit: clauseEditName(edit.id, edit.previous, edit.next) }));
  // One file written twice in a commit is one edit: the first would never be audited.
  expect(new Set(named.map(({ id }) => id)).size, `each clause edited once in a commit: ${named.map(({ id }) => id).join(', ')}`).toBe(named.length);
  const what = (files: readonly { file: string }[]) => (files.length === 1 ? files[0]!.file : `${files.length} clauses`);
  const stale = named.filter(({ file, previous, frontMatter }) => !at.exists(file) || at.read(file) !== clauseFileText(frontMatter, previous));
  if (stale.length > 0) {
    for (const { file, previous, frontMatter } of stale) at.write(file, clauseFileText(frontMatter, previous));
    const adopted = at.commit(`adopt ${what(stale)}`, nextDate());
    expect(adopted.code, `${stale.map(({ edit }) => edit).join('\n')}: the old text's commit failed\n${adopted.stderr}`).toBe(0);
  }
  const before = new Map(named.map(({ id }) => [id, new Set(at.filesAtHead(`vault/audits/${id}/`))]));
  for (const { file, next, frontMatter } of named) at.write(file, clauseFileText(frontMatter, next));
  const committed = at.commit(`edit ${what(named)}`, nextDate());
  expect(committed.code, `${named.map(({ edit }) => edit).join('\n')}: the edit's commit failed\n${committed.stderr}`).toBe(0);
  return named.map(({ id, edit }) => () => {
    const written = at.filesAtHead(`vault/audits/${id}/`).filter((audit) => !before.get(id)!.has(audit));
    expect(written, `${edit}: the edit's commit wrote no audit of ${id}\n${committed.stderr}`).toHaveLength(1);
    const audit = parse(at.showHead(written[0]!)) as Record<string, any>;
    expect(audit?.clause, `${edit}: the audit the edit's commit wrote is not of ${id}`).toBe(id);
    return { edit, committed, audit, codes: (audit.reasons ?? []).map((reason: { code: string }) => reason.code) };
  });
}

/** A repository with the real hooks and `codex: ['codex/**\/*.md']`, made on the first call of the function returned. */
export function lazyCodexRepo(): { repo(): TestRepo; made(): TestRepo | undefined } {
  let made: TestRepo | undefined;
  return {
    repo() {
      if (!made) {
        made = createRepo();
        made.write('.promptvault.yaml', "codex: ['codex/**/*.md']\n");
      }
      return made;
    },
    made: () => made,
  };
}

/** Commit dates a day apart from `start` (`YYYY-MM-DD`, default 2026-03-01), one a call. */
export function daysFrom(start = '2026-03-01'): () => string {
  let day = 0;
  const first = Date.parse(`${start}T00:00:00Z`);
  return () => new Date(first + day++ * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A repository with the real hooks and `codex: ['codex/**\/*.md']`, whose clauses carry `title`
 * (and `tone` when given) above the rule text; commits are a day apart from `start`.
 */
export function clauseEditAudits(options: { title: string; tone?: string; start?: string }): ClauseEditAudits {
  const lazy = lazyCodexRepo();
  const nextDate = daysFrom(options.start);
  const frontMatter: ClauseFrontMatter = options.tone ? { title: options.title, tone: options.tone } : { title: options.title };
  const editAll = (edits: ReadonlyArray<EditOfClause>): AuditedEdit[] =>
    commitClauseEdits(lazy.repo(), nextDate, edits.map(([id, previous, next]) => ({ id, previous, next, frontMatter }))).map((read) => read());
  return {
    // One edit is a batch of one: the same commits, subjects and messages.
    edit: (id, previous, next) => editAll([[id, previous, next]])[0]!,
    editAll: <const E extends ReadonlyArray<EditOfClause>>(edits: E) => editAll(edits) as unknown as { -readonly [K in keyof E]: AuditedEdit },
    get repo() {
      return lazy.repo();
    },
    cleanup() {
      lazy.made()?.cleanup();
    },
  };
}
