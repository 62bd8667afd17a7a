// Pure: a zod schema turned into the source of a plain JavaScript check, written by
// `npm run schema:checks` (write-fs.ts) into record-checks.ts. Why: a hook that edits one prompt
// reads that prompt's records and must validate them, and loading zod, building its schemas and
// running its parsers cost about 25 ms of CPU of a 250 ms commit (measured alone, in a fresh
// process: zod's bundle, the record schemas and 20 parses). The schema stays the one truth: the
// check is generated from it, a test keeps the written file equal to what this emits and proves it
// accepts and rejects what zod does on valid and broken records.
// A check answers the value zod's `safeParse` would give (unknown keys stripped, defaults put in,
// keys in the schema's order) or undefined. It is conservative: where it is not sure zod would
// accept (an object with an unusual prototype, a key present with the value undefined), it answers
// undefined and the caller asks zod, which also words the problems. Only the zod types and checks
// the records use are known; any other makes the generator throw, so a schema that grows a new
// kind of rule fails `npm run schema:checks` and its test instead of being checked loosely.
import type { z } from 'zod';

/** What the emitted code returns for "not sure / invalid" inside a check (never a parsed value). */
const FAIL = 'FAIL';

interface Def {
  type: string;
  checks?: { _zod: { def: Record<string, unknown> } }[];
  format?: string;
  pattern?: RegExp;
  coerce?: boolean;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string | number>;
  defaultValue?: unknown;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * The source (TypeScript, no imports) of `export function <name>(data: unknown): <type> | undefined`
 * for each schema, sharing one set of helper functions (one per distinct sub-schema).
 */
export function compileChecks(checks: { name: string; type: string; schema: z.ZodType }[]): string {
  const helpers: string[] = [];
  const bodies = new Map<string, string>();
  const regexes = new Map<string, string>();
  const regex = (pattern: RegExp): string => {
    if (pattern.global || pattern.sticky) throw new Error(`schema-checks: a pattern with the g or y flag (${pattern}) keeps state between tests`);
    const source = pattern.toString();
    if (!regexes.has(source)) regexes.set(source, `R${regexes.size}`);
    return regexes.get(source)!;
  };

  /**
   * The name of a helper `(x) => output | FAIL` for `schema`: one per distinct body, so the many
   * `z.string()` of a schema share one. Schemas are trees (no schema contains itself).
   */
  const helper = (schema: z.ZodType): string => {
    const body = emit(schema).map((line) => `  ${line}`).join('\n');
    const existing = bodies.get(body);
    if (existing) return existing;
    const name = `c${bodies.size}`;
    bodies.set(body, name);
    helpers.push(`function ${name}(x: any): any {\n${body}\n}`);
    return name;
  };

  /** Statements of a helper's body checking `x`. */
  const emit = (schema: z.ZodType): string[] => {
    const def = defOf(schema);
    const checks = (def.checks ?? []).map((check) => check._zod.def);
    switch (def.type) {
      case 'string': {
        if (def.coerce) throw unsupported('a coercing string');
        const tests = ["typeof x === 'string'"];
        if (def.format !== undefined) {
          // A string format zod checks by its pattern alone (z.iso.datetime); other formats run code of their own.
          if (def.format !== 'datetime' || !(def.pattern instanceof RegExp)) throw unsupported(`the string format "${def.format}"`);
          tests.push(`${regex(def.pattern)}.test(x)`);
        }
        for (const check of checks) {
          if (check.check === 'max_length') tests.push(`x.length <= ${Number(check.maximum)}`);
          else if (check.check === 'min_length') tests.push(`x.length >= ${Number(check.minimum)}`);
          else if (check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) tests.push(`${regex(check.pattern)}.test(x)`);
          else throw unsupported(`the string check ${JSON.stringify(check.check)}${check.format ? ` (${String(check.format)})` : ''}`);
        }
        return [`return ${tests.join(' && ')} ? x : ${FAIL};`];
      }
      case 'number': {
        if (def.coerce) throw unsupported('a coercing number');
        // zod refuses NaN and the infinities before any check.
        const tests = ["typeof x === 'number'", 'Number.isFinite(x)'];
        for (const check of checks) {
          if (check.check === 'number_format' && check.format === 'safeint') tests.push('Number.isSafeInteger(x)');
          else if (check.check === 'greater_than' && typeof check.value === 'number') tests.push(`x ${check.inclusive ? '>=' : '>'} ${check.value}`);
          else if (check.check === 'less_than' && typeof check.value === 'number') tests.push(`x ${check.inclusive ? '<=' : '<'} ${check.value}`);
          else throw unsupported(`the number check ${JSON.stringify(check.check)}${check.format ? ` (${String(check.format)})` : ''}`);
        }
        return [`return ${tests.join(' && ')} ? x : ${FAIL};`];
      }
      case 'boolean':
        noChecks(def);
        return [`return typeof x === 'boolean' ? x : ${FAIL};`];
      case 'unknown':
        noChecks(def);
        return ['return x;'];
      case 'enum': {
        noChecks(def);
        const values = Object.values(def.entries ?? {});
        return [`return ${values.map((value) => `x === ${JSON.stringify(value)}`).join(' || ') || 'false'} ? x : ${FAIL};`];
      }
      case 'nullable':
        noChecks(def);
        return [`return x === null ? null : ${helper(def.innerType!)}(x);`];
      case 'array': {
        noChecks(def);
        const element = helper(def.element!);
        return [
          `if (!Array.isArray(x)) return ${FAIL};`,
          'const out = new Array(x.length);',
          'for (let i = 0; i < x.length; i++) {',
          `  const v = ${element}(x[i]);`,
          `  if (v === ${FAIL}) return ${FAIL};`,
          '  out[i] = v;',
          '}',
          'return out;',
        ];
      }
      case 'object':
        noChecks(def);
        return emitObject(def);
      default:
        throw unsupported(`the zod type "${def.type}"`);
    }
  };

  /** An object: zod's isObject, then each key of the shape in order, then what the catchall lets through. */
  const emitObject = (def: Def): string[] => {
    const lines = [
      // Plain objects only (what YAML and JSON readers make): anything else is left to zod.
      `if (typeof x !== 'object' || x === null || Array.isArray(x)) return ${FAIL};`,
      'const proto = Object.getPrototypeOf(x);',
      `if ((proto !== Object.prototype && proto !== null) || Object.hasOwn(x, '__proto__')) return ${FAIL};`,
      'const out: any = {};',
      'let v: any;',
    ];
    const shape = def.shape ?? {};
    for (const [key, value] of Object.entries(shape)) {
      const k = JSON.stringify(key);
      const valueDef = defOf(value);
      if (valueDef.type === 'optional') {
        noChecks(valueDef);
        // Absent: left out. Present as undefined: zod keeps the key with undefined; left to zod.
        lines.push(`if (${k} in x) {`, `  if (x[${k}] === undefined) return ${FAIL};`, `  v = ${helper(valueDef.innerType!)}(x[${k}]);`, `  if (v === ${FAIL}) return ${FAIL};`, `  out[${k}] = v;`, '}');
      } else if (valueDef.type === 'default') {
        noChecks(valueDef);
        const fallback = JSON.stringify(valueDef.defaultValue);
        if (fallback === undefined || JSON.stringify(JSON.parse(fallback)) !== fallback) throw unsupported(`a default that is not plain JSON (key ${k})`);
        lines.push(`if (x[${k}] === undefined) out[${k}] = ${fallback};`, `else {`, `  v = ${helper(valueDef.innerType!)}(x[${k}]);`, `  if (v === ${FAIL}) return ${FAIL};`, `  out[${k}] = v;`, '}');
      } else {
        lines.push(`if (!(${k} in x)) return ${FAIL};`, `v = ${helper(value)}(x[${k}]);`, `if (v === ${FAIL}) return ${FAIL};`, `out[${k}] = v;`);
      }
    }
    const catchall = def.catchall === undefined ? undefined : defOf(def.catchall).type;
    if (catchall === 'unknown') {
      // z.looseObject: the other keys pass through as they are, after the shape's.
      const keys = `new Set(${JSON.stringify(Object.keys(shape))})`;
      lines.push(`const shapeKeys = ${keys};`, 'for (const key in x) if (!shapeKeys.has(key)) out[key] = x[key];');
    } else if (catchall === 'never') {
      const keys = Object.keys(shape).map((key) => JSON.stringify(key)).join(', ');
      lines.push(`const shapeKeys = new Set([${keys}]);`, `for (const key in x) if (!shapeKeys.has(key)) return ${FAIL};`);
    } else if (catchall !== undefined) {
      throw unsupported(`an object catchall of type "${catchall}"`);
    }
    lines.push('return out;');
    return lines;
  };

  const exported = checks.map(({ name, type, schema }) => `/** ${type} as \`safeParse\` of its schema gives it, or undefined: invalid, or left to zod (see compile.ts). */\nexport function ${name}(data: unknown): ${type} | undefined {\n  const value = ${helper(schema)}(data);\n  return value === ${FAIL} ? undefined : value;\n}`);
  return [
    `const ${FAIL} = Symbol('invalid');`,
    ...[...regexes].map(([source, name]) => `const ${name} = ${source};`),
    '',
    ...exported.flatMap((text) => [text, '']),
    ...helpers.flatMap((text) => [text, '']),
  ].join('\n');
}

function noChecks(def: Def): void {
  if ((def.checks ?? []).length > 0) throw unsupported(`checks on a zod ${def.type}`);
}

function unsupported(what: string): Error {
  return new Error(`schema-checks: ${what} is not supported by the generated checks; teach scripts/lib/schema-checks/compile.ts zod's rule for it, or leave the schema to zod`);
}
