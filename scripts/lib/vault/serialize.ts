import { stringifyRecord } from './fast-yaml.ts';
import { readRecordYaml } from './fast-yaml-read.ts';
import type { z } from 'zod';
import { truncate } from '../errors.ts';
import { END_MERGE } from './conflict-sides.ts';
import { safeParse } from '../schema/safe-parse.ts';
import { lineAt, validate, type Validated } from '../schema/validate.ts';
import { yamlToData } from '../schema/yaml-data.ts';
import { explainYamlError, yamlLibrary } from '../yaml-library.ts';

// Pure YAML (de)serialisation of records. Output is stable (schema key order, no line folding) so
// the same record always serialises to the same bytes, which keeps re-runs from writing anything.

const HEADER = '# Written by promptvault. Edit only through `promptvault` commands.\n';

export function serializeRecord(record: object): string {
  return HEADER + stringifyRecord(record);
}

/** Parses and validates one record file, with problems pointing at lines. */
export function parseRecord<S extends z.ZodType>(text: string, file: string, schema: S, example: string): Validated<z.infer<S>> {
  // Records in our own shapes skip the YAML document model; anything else, and every record that
  // fails its schema, goes the long way below so problems keep their lines.
  const plain = readRecordYaml(text);
  if (plain !== undefined) {
    const checked = safeParse(schema, plain);
    if (checked.success) return { ok: true, value: checked.data };
  }
  // An emptied file (a hand edit, a tool that truncated it) is said so, at line 1, not "(top level): expected object, received null".
  if (text.trim() === '') return { ok: false, problems: [{ code: 'record-invalid', file, line: 1, message: 'is empty', expected: example, fix: `restore the file with \`git checkout -- ${file}\`; records are written by promptvault, not by hand` }] };
  const doc = yamlLibrary().parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const errors = [...doc.errors, ...doc.warnings];
  // Two branches that reviewed one audit differently merge into a conflict: one problem with the
  // way out of the merge (`git checkout -- file` refuses an unmerged path), not a YAML error per marker.
  const conflict = errors.length > 0 ? /^(<{7}|={7}|>{7})(?: |$)/m.exec(text) : null;
  if (conflict) return { ok: false, problems: [conflictProblem(text, file, conflict.index)] };
  // A file nested thousands deep overflows the library's stack, which it reports once per reader it ran out in: one problem.
  const deep = errors.map((error) => explainYamlError(error.message.split('\n')[0] ?? '', text, error.pos[0])).find((said) => said.fix !== undefined);
  if (deep) return { ok: false, problems: [{ code: 'record-invalid', file, line: lineAt(text, deep.offset), message: `is not valid YAML: ${deep.message}`, expected: example, fix: `restore the file with \`git checkout -- ${file}\` or re-create it with \`promptvault record\`` }] };
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((error) => ({
        code: 'record-invalid', file, line: error.linePos?.[0]?.line ?? lineAt(text, error.pos[0]),
        message: `is not valid YAML: ${truncate(error.message.split('\n')[0] ?? '')}`,
        expected: example,
        fix: `restore the file with \`git checkout -- ${file}\` or re-create it with \`promptvault record\``,
      })),
    };
  }
  const fix = `restore the file with \`git checkout -- ${file}\`; records are written by promptvault, not by hand`;
  const data = yamlToData(doc, text, { code: 'record-invalid', file, expected: example, fix });
  if (!data.ok) return { ok: false, problems: [data.problem] };
  return validate(schema, data.value, { file, doc, source: text, code: 'record-invalid', example, fix });
}

function conflictProblem(text: string, file: string, at: number) {
  const audit = file.includes('/audits/');
  return {
    code: 'record-conflict', file, line: lineAt(text, at),
    message: `has unresolved merge conflict markers (${audit ? 'two branches reviewed this audit differently' : 'two branches wrote this record differently'})`,
    expected: audit ? 'one decision: the audit as one of the sides wrote it' : 'the record as one of the sides wrote it',
    fix: `keep one side with \`git checkout --ours -- ${file}\` (or --theirs) and \`git add ${file}\`${audit ? `, then \`promptvault review <clause> --audit ${(/([^/]+)\.yaml$/.exec(file)?.[1]) ?? '<id>'} --accept|--reject --note "..."\` if the decision you want is the other one` : ''}, ${END_MERGE}`,
  };
}
