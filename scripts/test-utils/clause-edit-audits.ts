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

export interface ClauseEditAudits {
  /**
   * Commits `previous` as clause `id` (the file `codex/<id>.md`; skipped when that file already
   * holds it, as after an earlier edit of the same clause), then `next`, and reads the audit that
   * commit wrote. Fails, naming the edit and the hook's output, when either commit does not go
   * through, and when the edit's commit wrote no audit of the clause: the newest audit in HEAD
   * would then be an earlier edit's, and a test of an unflagged edit could pass on it.
   */
  edit(id: string, previous: string, next: string): AuditedEdit;
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
  return {
    edit(id, previous, next) {
      const file = `codex/${id}.md`;
      const edit = `${file}: ${JSON.stringify(previous)} -> ${JSON.stringify(next)}`;
      const at = repo();
      if (!at.exists(file) || at.read(file) !== wrap(previous)) {
        at.write(file, wrap(previous));
        const adopted = at.commit(`adopt ${file}`, nextDate());
        expect(adopted.code, `${edit}: the old text's commit failed\n${adopted.stderr}`).toBe(0);
      }
      const folder = `vault/audits/${id}/`;
      const before = new Set(at.filesAtHead(folder));
      at.write(file, wrap(next));
      const committed = at.commit(`edit ${file}`, nextDate());
      expect(committed.code, `${edit}: the edit's commit failed\n${committed.stderr}`).toBe(0);
      const written = at.filesAtHead(folder).filter((audit) => !before.has(audit));
      expect(written, `${edit}: the edit's commit wrote no audit of ${id}\n${committed.stderr}`).toHaveLength(1);
      const audit = parse(at.showHead(written[0]!)) as Record<string, any>;
      expect(audit?.clause, `${edit}: the audit the edit's commit wrote is not of ${id}`).toBe(id);
      return { edit, committed, audit, codes: (audit.reasons ?? []).map((reason: { code: string }) => reason.code) };
    },
    get repo() {
      return repo();
    },
    cleanup() {
      made?.cleanup();
    },
  };
}
