// Node-only: `npm run schema:json` writes scripts/json-schema/*.json from the zod schemas.
import path from 'node:path';
import { packageRoot } from '../package-root-fs.ts';
import { writeFileAtomic } from '../vault/write-fs.ts';
import { jsonSchemaFiles } from './generate.ts';

export const SCHEMA_DIR = 'scripts/json-schema';

export function writeJsonSchemas(root = packageRoot()): string[] {
  const written: string[] = [];
  for (const [name, text] of Object.entries(jsonSchemaFiles())) {
    writeFileAtomic(path.join(root, SCHEMA_DIR, name), text);
    written.push(`${SCHEMA_DIR}/${name}`);
  }
  return written;
}

if (import.meta.main) for (const file of writeJsonSchemas()) process.stdout.write(`wrote ${file}\n`);
