// The guard's rounds each proved their classes through the real hook in a repository of their own:
// two hooked commits a round at least (one of the old texts, one of the new), each commit processes
// that start and load the guard whatever they audit. The hook audits each clause of a commit on its
// own (a move pairs only a deleted clause with an added one), so the rounds' edits can share those
// commits: each group of edits (a round's, under its own front matter) is declared while the test
// file is collected, and the first test that reads an audit commits every group's edits at once.
// The tests keep their words: `edit` and `editAll` take and return what clauseEditAudits's do, the
// returned edits read their audit when a test first asks for it.
import {
  commitClauseEdits,
  clauseEditName,
  daysFrom,
  lazyCodexRepo,
  type AuditedEdit,
  type ClauseEditAudits,
  type ClauseFrontMatter,
  type EditOfClause,
} from './clause-edit-audits.ts';

export interface GatheredClauseEdits {
  /**
   * A group of edits whose clause files carry `title` (and `tone`), committed with every other
   * group's; `start` (default 2026-03-01) dates the commits of its repository, groups of another
   * start get a repository of their own, as do groups that edit a clause an earlier group edits
   * (a clause's history stays its group's). Call `edit` and `editAll` while the file is collected
   * (in a `describe`, outside its tests): a call after the commits throws.
   */
  group(options: { title: string; tone?: string; start?: string }): Pick<ClauseEditAudits, 'edit' | 'editAll'>;
  /** The hooked commits made so far (0 before a test read an audit). */
  readonly commits: number;
  /** The repositories they were made in. */
  readonly repositories: number;
  cleanup(): void;
}

interface Declared {
  id: string;
  previous: string;
  next: string;
  frontMatter: ClauseFrontMatter;
  result?: { audited: AuditedEdit } | { failed: unknown };
}

interface Group {
  start: string;
  edits: Declared[];
}

export function gatheredClauseEdits(): GatheredClauseEdits {
  const groups: Group[] = [];
  const repos: Array<{ lazy: ReturnType<typeof lazyCodexRepo>; nextDate: () => string }> = [];
  let committed = false;
  let commits = 0;

  // Groups into repositories (same start, no clause of another group), each repository's edits in
  // waves: a clause's first edit in the first commit pair, its second (the same clause edited
  // again, as a test of an edit undone or taken further does) in the next, and so on.
  const commitAll = () => {
    committed = true;
    const placed: Array<{ start: string; ids: Set<string>; edits: Declared[] }> = [];
    for (const group of groups) {
      const ids = new Set(group.edits.map(({ id }) => id));
      let into = placed.find((repo) => repo.start === group.start && ![...ids].some((id) => repo.ids.has(id)));
      if (!into) placed.push((into = { start: group.start, ids: new Set(), edits: [] }));
      for (const id of ids) into.ids.add(id);
      into.edits.push(...group.edits);
    }
    for (const { start, edits } of placed) {
      const dated = daysFrom(start);
      // One date a commit: the count of hooked commits made.
      const repo = { lazy: lazyCodexRepo(), nextDate: () => (commits++, dated()) };
      repos.push(repo);
      const waves: Declared[][] = [];
      const seen = new Map<string, number>();
      for (const edit of edits) {
        const wave = seen.get(edit.id) ?? 0;
        seen.set(edit.id, wave + 1);
        (waves[wave] ??= []).push(edit);
      }
      let broken: unknown;
      for (const wave of waves) {
        if (broken !== undefined) {
          for (const edit of wave) edit.result = { failed: broken };
          continue;
        }
        try {
          const reads = commitClauseEdits(repo.lazy.repo(), repo.nextDate, wave);
          wave.forEach((edit, i) => {
            try {
              edit.result = { audited: reads[i]!() };
            } catch (error) {
              edit.result = { failed: error };
            }
          });
        } catch (error) {
          // A commit that did not go through fails its edits and every later wave's of the repository.
          broken = error;
          for (const edit of wave) edit.result = { failed: error };
        }
      }
    }
  };

  const read = (edit: Declared): AuditedEdit => {
    if (!committed) commitAll();
    const result = edit.result!;
    if ('failed' in result) throw result.failed;
    return result.audited;
  };

  const lazyEdit = (edit: Declared): AuditedEdit => ({
    edit: clauseEditName(edit.id, edit.previous, edit.next),
    get committed() {
      return read(edit).committed;
    },
    get audit() {
      return read(edit).audit;
    },
    get codes() {
      return read(edit).codes;
    },
  });

  return {
    group(options) {
      const group: Group = { start: options.start ?? '2026-03-01', edits: [] };
      groups.push(group);
      const frontMatter: ClauseFrontMatter = options.tone ? { title: options.title, tone: options.tone } : { title: options.title };
      const editAll = (edits: ReadonlyArray<EditOfClause>): AuditedEdit[] => {
        if (committed) throw new Error(`gatheredClauseEdits: ${edits.map(([id]) => id).join(', ')} declared after the gathered commits: call edit and editAll in a describe, outside its tests`);
        return edits.map(([id, previous, next]) => {
          const declared: Declared = { id, previous, next, frontMatter };
          group.edits.push(declared);
          return lazyEdit(declared);
        });
      };
      return {
        edit: (id, previous, next) => editAll([[id, previous, next]])[0]!,
        editAll: <const E extends ReadonlyArray<EditOfClause>>(edits: E) => editAll(edits) as unknown as { -readonly [K in keyof E]: AuditedEdit },
      };
    },
    get commits() {
      return commits;
    },
    get repositories() {
      return repos.length;
    },
    cleanup() {
      for (const { lazy } of repos) lazy.made()?.cleanup();
    },
  };
}
