import type { Document } from 'yaml';
import { yamlLibrary } from '../yaml-library.ts';
import type { Problem } from '../errors.ts';
import { lineAt } from './validate.ts';

// YAML documents to plain data, with the one limit that protects every reader: an "alias bomb"
// (a few lines of anchors and aliases that expand to billions of nodes, "billion laughs") is a
// problem in the file, pointing at its first alias, never a crash or an exhausted machine.

/** Alias expansions allowed per document: our own records have none; a config a handful. */
export const MAX_ALIAS_COUNT = 100;

export type YamlData = { ok: true; value: unknown } | { ok: false; problem: Problem };

/** `doc.toJS()` with aliases bounded; a document over the bound is a Problem in `file`. */
export function yamlToData(doc: Document, source: string, problem: Omit<Problem, 'message' | 'line'>): YamlData {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    if (!(error instanceof ReferenceError)) throw error;
    return {
      ok: false,
      problem: {
        ...problem,
        line: firstAliasLine(doc, source),
        message: 'its YAML aliases (*name) expand into an excessive number of copies of their anchors (&name), as an "alias bomb" does to exhaust memory; it was not read',
        expected: problem.expected ?? `plain YAML values, or aliases that expand into at most ${MAX_ALIAS_COUNT} nodes each`,
      },
    };
  }
}

function firstAliasLine(doc: Document, source: string): number | undefined {
  let offset: number | undefined;
  const { isDocument, visit } = yamlLibrary();
  if (!isDocument(doc)) return undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset === undefined ? undefined : lineAt(source, offset);
}
