import { widerGlobOf } from '../config/id-collisions.ts';
import type { Problem } from '../errors.ts';
import type { Prompt } from '../schema/prompt.ts';
import type { SourceFileInfo } from './locate.ts';
import { editDistance, nearestIds } from '../labels/nearest.ts';

// Pure checks across files: ids are unique, and every id a prompt names exists.

export interface KnownIds {
  /** Prompt id -> every path that gives it (more than one is a duplicate). */
  prompts: Map<string, string[]>;
  clauses: Map<string, string[]>;
}

export function indexIds(entries: { path: string; id: string; kind: 'prompt' | 'clause' }[]): KnownIds {
  const known: KnownIds = { prompts: new Map(), clauses: new Map() };
  for (const entry of entries) {
    const map = entry.kind === 'prompt' ? known.prompts : known.clauses;
    map.set(entry.id, [...(map.get(entry.id) ?? []), entry.path]);
  }
  return known;
}

/**
 * Two files that give the same id (e.g. `refund.md` and `refund.prompt`). With `only` (the files a
 * commit changes, by path, with the kind and id each gives), just the ids of those files: looked
 * up, not found by a pass over every id of the repository.
 */
export function findDuplicateIds(known: KnownIds, only?: Map<string, SourceFileInfo>): Problem[] {
  const problems: Problem[] = [];
  for (const [kind, map] of [['prompt', known.prompts], ['clause', known.clauses]] as const) {
    const ids = only ? new Set([...only.values()].flatMap((info) => (info.kind === kind ? [info.id] : []))) : map.keys();
    for (const id of ids) {
      const paths = map.get(id);
      if (!paths || paths.length < 2 || (only && !paths.some((p) => only.has(p)))) continue;
      problems.push({ code: 'id-duplicate', file: paths[1]!, message: `gives the ${kind} id "${id}", which ${paths[0]} already has`, expected: 'one file per id (an id is the path below the glob\'s folder without a final .md, .markdown, .prompt or .prompty)', fix: duplicateIdFix(paths, kind) });
    }
  }
  return problems;
}

/** The known ids of `kind` (with a path each) whose `foldCase` is `folded`. */
export type SameFold = (kind: 'prompt' | 'clause', folded: string) => { id: string; path: string }[];

/**
 * A new id that differs from another only by letter case (`prompts/Foo.md` beside `prompts/foo.md`):
 * on a case-insensitive file system (macOS, Windows) the two files, and their record folders under
 * vault/, are one, and a checkout there loses one of them. `added`: the files that bring a new path
 * (added or moved), by path; only their ids are looked up, in `sameFold` (the hook's source list
 * answers from its text, `sameFoldOf` from maps), so the cost follows what the commit adds.
 */
export function findCaseCollisions(added: Map<string, SourceFileInfo>, sameFold: SameFold): Problem[] {
  const problems: Problem[] = [];
  for (const kind of ['prompt', 'clause'] as const) {
    // One file per folded id, the last given (two added files that collide are one problem).
    const wanted = new Map<string, { id: string; path: string }>();
    for (const [file, info] of added) if (info.kind === kind) wanted.set(foldCase(info.id), { id: info.id, path: file });
    for (const [folded, mine] of wanted) {
      const seen = new Set<string>();
      for (const other of sameFold(kind, folded)) {
        if (other.id === mine.id || seen.has(other.id)) continue;
        seen.add(other.id);
        problems.push(caseCollision(kind, mine, other));
      }
    }
  }
  return problems;
}

/**
 * `SameFold` over maps of every id: one pass over a kind's ids, on its first lookup, folds each
 * once (a backfill's first commit can add every prompt: a pass per added id was quadratic).
 */
export function sameFoldOf(known: KnownIds): SameFold {
  const byFold = new Map<'prompt' | 'clause', Map<string, { id: string; path: string }[]>>();
  return (kind, folded) => {
    let index = byFold.get(kind);
    if (!index) {
      index = new Map();
      for (const [id, paths] of kind === 'prompt' ? known.prompts : known.clauses) {
        const key = foldCase(id);
        const same = index.get(key);
        if (same) same.push({ id, path: paths[0]! });
        else index.set(key, [{ id, path: paths[0]! }]);
      }
      byFold.set(kind, index);
    }
    return [...(index.get(folded) ?? [])];
  };
}

/**
 * Every pair of ids of a whole tree that differ only by letter case, once each (`check`, for
 * what was committed before the hook refused them, or without it).
 */
export function findAllCaseCollisions(known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  for (const [kind, map] of [['prompt', known.prompts], ['clause', known.clauses]] as const) {
    const first = new Map<string, { id: string; path: string }>();
    for (const [id, paths] of map) {
      const folded = foldCase(id);
      const earlier = first.get(folded);
      if (earlier) problems.push(caseCollision(kind, { id, path: paths[0]! }, earlier));
      else first.set(folded, { id, path: paths[0]! });
    }
  }
  return problems;
}

function caseCollision(kind: 'prompt' | 'clause', mine: { id: string; path: string }, other: { id: string; path: string }): Problem {
  return {
    code: 'id-case-collision', file: mine.path, related: [other.path],
    message: mine.id.normalize('NFC') === other.id.normalize('NFC')
      // Shown alike, told apart only by their code points: said so, or the message names one id twice.
      ? `gives the ${kind} id "${mine.id}", which is "${other.id}" (${other.path}) written with other Unicode code points (an accented letter as one character in one name, as a letter and a combining accent in the other): macOS, whose file system treats them as one name, keeps only one of the two files and their record folders under vault/`
      : `gives the ${kind} id "${mine.id}", which differs only by letter case from "${other.id}" (${other.path}): on macOS and Windows, whose file systems ignore case, the two files and their record folders under vault/ are one, and a checkout there keeps only one of them`,
    expected: 'ids that differ in more than letter case or the way an accented letter is written',
    fix: `rename one of ${other.path}, ${mine.path} (git mv), or remove one of them`,
  };
}

/** An id as a case-insensitive file system compares names: lower case, NFC. */
export function foldCase(id: string): string {
  return id.normalize('NFC').toLowerCase();
}

/** `forked_from` and `codex` must name ids that exist. */
/** The audit that recorded a clause's deletion: its id and the path the clause had. */
export type ClauseDeletion = { audit: string; path: string };

export function checkReferences(prompt: Prompt, known: KnownIds, bodyLineOf: (key: string) => number | undefined = () => undefined, deletedClause: (id: string) => ClauseDeletion | undefined = () => undefined): Problem[] {
  const problems: Problem[] = [];
  const fm = prompt.frontMatter;
  if (fm.forked_from !== undefined) {
    if (fm.forked_from === prompt.id) {
      problems.push({ code: 'fork-self', file: prompt.path, line: bodyLineOf('forked_from'), message: `forked_from names the prompt itself ("${fm.forked_from}")`, expected: 'the id of another prompt', fix: 'remove forked_from or name the prompt this one was copied from' });
    } else if (!known.prompts.has(fm.forked_from)) {
      problems.push({ code: 'fork-unknown', file: prompt.path, line: bodyLineOf('forked_from'), message: `forked_from names "${fm.forked_from}", but no prompt has that id`, expected: existingId('prompt', fm.forked_from, new Map([...known.prompts].filter(([id]) => id !== prompt.id))), fix: 'correct the id, or remove forked_from if the source prompt was deleted' });
    }
  }
  // Front matter that is not YAML was read line by line: `codex: [refunds/policy` (no `]`) becomes
  // the id "[refunds/policy". Then the id is most likely a misreading, and the fix is the YAML. An id
  // read cleanly from a codex line YAML did not stumble on (`codex: [refunds/windw]` above a broken
  // `tags: [billing`) is a typo of its own: blaming the YAML for it sent the author round twice.
  const lenient = prompt.warnings.find((w) => w.code === 'front-matter-lenient');
  const codexLine = bodyLineOf('codex');
  for (const clause of fm.codex) {
    if (!known.clauses.has(clause)) {
      const message = `codex names the clause "${clause}", but no clause has that id`;
      const misread = lenient !== undefined && (stripYamlPunctuation(clause) !== clause || (codexLine !== undefined && lenient.line === codexLine));
      // A clause deleted while prompts cite it (flagged for review, not blocked): said so, not
      // "did you mean" an unrelated clause nor "add codex/<id>.md" as if it had never been.
      const deleted = misread ? undefined : deletedClause(clause);
      if (deleted) {
        problems.push({
          code: 'codex-unknown', file: prompt.path, line: codexLine,
          message: `codex names the clause "${clause}", which was deleted (${deleted.path}, audit ${deleted.audit})`,
          expected: 'codex names only clauses the repository still has',
          fix: `remove "${clause}" from codex if this prompt no longer follows it, or bring ${deleted.path} back`,
        });
        continue;
      }
      problems.push(misread
        ? {
          code: 'codex-unknown', file: prompt.path, line: bodyLineOf('codex'),
          message: `${message}; the front matter is not valid YAML (${prompt.path}:${lenient.line ?? 1}: ${lenient.message}), so this id is probably a misreading of it`,
          expected: `valid YAML front matter naming existing clause ids, e.g. codex: [${suggest(clause, known.clauses) ?? stripYamlPunctuation(clause)}]`,
          fix: `the front matter is probably at fault: correct the YAML at ${prompt.path}:${lenient.line ?? 1} (e.g. a missing "]" or quote), then commit again`,
        }
        : {
          code: 'codex-unknown', file: prompt.path, line: codexLine, message, expected: existingId('clause', clause, known.clauses),
          fix: `correct the id, or add codex/${clause}.md`
            + (lenient ? `; correct the YAML at ${prompt.path}:${lenient.line ?? 1} too (${lenient.message})` : ''),
        });
    }
  }
  return problems;
}

/** An id without the brackets, quotes and spaces a line-by-line reading of broken YAML leaves on it. */
const stripYamlPunctuation = (id: string): string => id.replace(/^[[\s'"]+|[\]\s'"]+$/g, '');

/**
 * The existing id closest to a mistyped one, to show as the expected value: one of that file name
 * first (a monorepo's ids carry package folders a colleague leaves out: "apology" for
 * "shared-prompts/prompts/apology"), else the nearest by edit distance.
 */
function suggest(wanted: string, ids: Map<string, string[]>): string | undefined {
  const names = [...ids.keys()];
  let best = nearestIds(wanted, names, 1)[0];
  if (best === undefined) {
    let bestDistance = Infinity;
    for (const id of names) {
      const distance = editDistance(wanted, id);
      if (distance < bestDistance) [best, bestDistance] = [id, distance];
    }
  }
  return best;
}

/**
 * The expected value of a reference that names nothing: the nearest id there is, or, with none of
 * that kind yet (a history's first commits, before its codex was added), that there is none. The
 * example was "support/refund" then, a prompt id offered as a clause's.
 */
function existingId(kind: 'prompt' | 'clause', wanted: string, ids: Map<string, string[]>): string {
  const best = suggest(wanted, ids);
  return best === undefined ? `an existing ${kind} id, and there is no ${kind} yet` : `an existing ${kind} id, e.g. "${best}"`;
}

/** The id a file under `folder/` has below that folder (no final .md, .markdown, .prompt or .prompty), for the braced-glob fix. */
const idTail = (file: string, folder: string): string => file.slice(folder.length + 1).replace(/\.(md|markdown|prompt|prompty)$/i, '');

/** Rename one file; or, for prompts in different folders, the globs init would have written for them. */
function duplicateIdFix(paths: readonly string[], kind: 'prompt' | 'clause'): string {
  const wider = kind === 'prompt' ? widerGlobOf(paths) : undefined;
  const folder = wider?.slice(0, wider.indexOf('**'));
  // Folders with no parent in common (a plugin repository's root agents/ and commands/): a glob
  // with its folder in braces keeps that folder in its ids (id-collisions.ts keepFolderInIds).
  const top = paths.map((file) => (file.includes('/') ? file.slice(0, file.indexOf('/')) : ''));
  const brace = kind === 'prompt' && !wider && top.every((name) => name !== '' && !/[,{}]/.test(name)) && new Set(top).size === paths.length;
  const widen = wider
    ? `, or in .promptvault.yaml replace the prompts globs under ${folder} with '${wider}' (each id then keeps the folder that tells them apart, and every other ${wider.slice(wider.lastIndexOf('*') + 1)} file under ${folder} becomes a prompt; the hook records the files whose ids change as moved, lineage kept)`
    : brace
      ? `, or in .promptvault.yaml write the globs that take them with their folder in braces ('${top[0]}/...' as '{${top[0]}}/...': the ids then keep that folder, ${top.map((name, index) => `${name}/${idTail(paths[index]!, name)}`).join(', ')}; the hook records the files whose ids change as moved, lineage kept)`
      : ', or narrow the globs in .promptvault.yaml';
  return `rename or remove one of ${paths.join(', ')}${widen}`;
}
