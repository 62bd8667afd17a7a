import { parseDocument } from 'yaml';
import { stringifyRecord } from './fast-yaml.ts';
import { readRecordYaml } from './fast-yaml-read.ts';
import type { z } from 'zod';
import { truncate } from '../errors.ts';
import { safeParse } from '../schema/safe-parse.ts';
import { lineAt, validate, type Validated } from '../schema/validate.ts';
import { yamlToData } from '../schema/yaml-data.ts';

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
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const errors = [...doc.errors, ...doc.warnings];
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
