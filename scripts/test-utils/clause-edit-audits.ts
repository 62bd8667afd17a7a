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

/**
 * A repository with the real hooks and `codex: ['codex/**\/*.md']`, whose clauses carry `title`
 * (and `tone` when given) above the rule text; commits are a day apart from `start`.
 */
export function clauseEditAudits(options: { title: string; tone?: string; start?: string }): ClauseEditAudits {
  let made: TestRepo | undefined;
  let day = 0;
  const first = Date.parse(`${options.start ?? '2026-03-01'}T00:00:00Z`);
  const nextDate = () => new Date(first + day++ * 86_400_000).toISOString().slice(0, 10);
  const wrap = (rule: string) => `---\ntitle: ${options.title}\n${options.tone ? `tone: ${options.tone}\n` : ''}---\n${rule}\n`;
  const repo = (): TestRepo => {
    if (!made) {
      made = createRepo();
      made.write('.promptvault.yaml', "codex: ['codex/**/*.md']\n");
    }
    return made;
  };
  const editAll = (edits: ReadonlyArray<EditOfClause>): AuditedEdit[] => {
    const named = edits.map(([id, previous, next]) => {
      const file = `codex/${id}.md`;
      return { id, previous, next, file, edit: `${file}: ${JSON.stringify(previous)} -> ${JSON.stringify(next)}` };
    });
    // One file written twice in a commit is one edit: the first would never be audited.
    expect(new Set(named.map(({ id }) => id)).size, `each clause edited once in a commit: ${named.map(({ id }) => id).join(', ')}`).toBe(named.length);
    const what = (files: readonly { file: string }[]) => (files.length === 1 ? files[0]!.file : `${files.length} clauses`);
    const at = repo();
    const stale = named.filter(({ file, previous }) => !at.exists(file) || at.read(file) !== wrap(previous));
    if (stale.length > 0) {
      for (const { file, previous } of stale) at.write(file, wrap(previous));
      const adopted = at.commit(`adopt ${what(stale)}`, nextDate());
      expect(adopted.code, `${stale.map(({ edit }) => edit).join('\n')}: the old text's commit failed\n${adopted.stderr}`).toBe(0);
    }
    const before = new Map(named.map(({ id }) => [id, new Set(at.filesAtHead(`vault/audits/${id}/`))]));
    for (const { file, next } of named) at.write(file, wrap(next));
    const committed = at.commit(`edit ${what(named)}`, nextDate());
    expect(committed.code, `${named.map(({ edit }) => edit).join('\n')}: the edit's commit failed\n${committed.stderr}`).toBe(0);
    return named.map(({ id, edit }) => {
      const written = at.filesAtHead(`vault/audits/${id}/`).filter((audit) => !before.get(id)!.has(audit));
      expect(written, `${edit}: the edit's commit wrote no audit of ${id}\n${committed.stderr}`).toHaveLength(1);
      const audit = parse(at.showHead(written[0]!)) as Record<string, any>;
      expect(audit?.clause, `${edit}: the audit the edit's commit wrote is not of ${id}`).toBe(id);
      return { edit, committed, audit, codes: (audit.reasons ?? []).map((reason: { code: string }) => reason.code) };
    });
  };
  return {
    // One edit is a batch of one: the same commits, subjects and messages.
    edit: (id, previous, next) => editAll([[id, previous, next]])[0]!,
    editAll: <const E extends ReadonlyArray<EditOfClause>>(edits: E) => editAll(edits) as unknown as { -readonly [K in keyof E]: AuditedEdit },
    get repo() {
      return repo();
    },
    cleanup() {
      made?.cleanup();
    },
  };
}
