import type { Problem } from '../errors.ts';
import type { Prompt } from '../schema/prompt.ts';

// Pure: `forked_from` must lead back to a prompt that was not itself forked from its fork. A cycle
// (A forked from B, B forked from A) has no original; recorded anyway, one of them would become a
// fork of nothing, depending on which the recorder happened to see first.

export interface ForkLink {
  id: string;
  path: string;
  /** The `forked_from` id, when the prompt names one. */
  forkedFrom?: string;
  /** Line of `forked_from` in the file. */
  line?: number;
}

/**
 * One problem per prompt that lies on a fork cycle, naming the whole cycle. `links` holds every
 * prompt whose `forked_from` is known; `only` limits the report to cycles through those ids (the
 * prompts a commit changes).
 */
export function findForkCycles(links: ForkLink[], only?: ReadonlySet<string>): Problem[] {
  const byId = new Map(links.map((link) => [link.id, link]));
  const reported = new Set<string>();
  const problems: Problem[] = [];
  for (const start of links) {
    if (reported.has(start.id)) continue;
    const seen: string[] = [];
    let current: ForkLink | undefined = start;
    while (current && !seen.includes(current.id)) {
      seen.push(current.id);
      current = current.forkedFrom === undefined ? undefined : byId.get(current.forkedFrom);
    }
    if (!current) continue;
    const cycle = seen.slice(seen.indexOf(current.id));
    if (cycle.length < 2 || cycle.some((id) => reported.has(id))) continue; // a self-fork is reported on its own
    if (only && !cycle.some((id) => only.has(id))) continue;
    const chain = [...cycle, cycle[0]!].join(' -> forked from -> ');
    for (const id of cycle) {
      reported.add(id);
      const link = byId.get(id)!;
      problems.push({
        code: 'fork-cycle', file: link.path, line: link.line,
        message: `forked_from makes a cycle: ${chain}; a fork must lead back to an original prompt`,
        expected: 'forked_from naming the prompt this one was copied from, which is not itself a fork of it',
        fix: `remove forked_from from the prompt that is the original (one of ${cycle.join(', ')})`,
      });
    }
  }
  return problems;
}

/** A prompt's place in the fork graph. */
export function linkOf(prompt: Pick<Prompt, 'id' | 'path' | 'frontMatter' | 'keyLines'>): ForkLink {
  return { id: prompt.id, path: prompt.path, forkedFrom: prompt.frontMatter.forked_from, line: prompt.keyLines.forked_from };
}
