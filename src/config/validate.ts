/** A small validator for the JSON Schema subset in `schema.ts`. */
import type { JsonSchema, JsonType } from './schema.js';
import { jsonType } from './schema.js';
import { didYouMean } from './suggest.js';
import { isCredentialName, MASK } from '../policy/secrets.js';

export type PathSegment = string | number;

/**
 * Most keys in one map and items in one list. A real config holds tens (rules, mirrors, build
 * arguments, ignore patterns); the cap is far above that and keeps each file's work with them
 * small (50,000 `buildArgs` took 27 s of linting, a 10 MB `ignore` list 43 s).
 */
export const MAX_ENTRIES = 1000;

export interface SchemaError {
  path: PathSegment[];
  /** `unknown-key` lets callers name the key's kind ("unknown rule"). */
  code: 'type' | 'enum' | 'pattern' | 'required' | 'unknown-key' | 'items' | 'any-of' | 'too-many';
  message: string;
}

export function validate(schema: JsonSchema, value: unknown, path: PathSegment[] = []): SchemaError[] {
  const errors: SchemaError[] = [];
  check(schema, value, path, errors);
  return errors;
}

/** `rules.x.options[0]` */
export function formatPath(path: PathSegment[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out === '' ? '(top level)' : out;
}

function typeMatches(expected: JsonType | JsonType[] | undefined, value: unknown): boolean {
  if (expected === undefined) return true;
  const actual = jsonType(value);
  const list = Array.isArray(expected) ? expected : [expected];
  return list.some((t) => t === actual || (t === 'integer' && Number.isInteger(value)));
}

function describeType(t: JsonType | JsonType[]): string {
  const name = (x: JsonType) => (x === 'array' ? 'a list' : x === 'object' ? 'a map' : x === 'integer' ? 'an integer' : `a ${x}`);
  return Array.isArray(t) ? t.map(name).join(' or ') : name(t);
}

function check(schema: JsonSchema, value: unknown, path: PathSegment[], errors: SchemaError[]): void {
  if (schema.anyOf) {
    checkAnyOf(schema, schema.anyOf, value, path, errors);
    return;
  }
  // A build argument's value under a credential name (`buildArgs.NPM_TOKEN`) is never shown back.
  const secret = isSecretPath(path);
  const show = (v: unknown) => (secret ? MASK : JSON.stringify(v));
  if (!typeMatches(schema.type, value)) {
    const hint = !secret && schema.type === 'string' && (typeof value === 'number' || typeof value === 'boolean') ? ` (quote it: "${String(value)}")` : '';
    errors.push({ path, code: 'type', message: `must be ${describeType(schema.type!)}, not ${describeValue(value, secret)}${hint}` });
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    const hint = typeof value === 'string' && !secret ? didYouMean(value, schema.enum.map(String)) : '';
    errors.push({ path, code: 'enum', message: `must be one of ${schema.enum.join(', ')}, not ${show(value)}${hint}` });
    return;
  }
  if (schema.pattern !== undefined && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) {
    errors.push({ path, code: 'pattern', message: `must be ${schema.description ?? `a string matching /${schema.pattern}/`}, not ${show(value)}` });
    return;
  }
  if (Array.isArray(value)) checkArray(schema, value, path, errors);
  else if (value !== null && typeof value === 'object') checkObject(schema, value as Record<string, unknown>, path, errors);
}

function checkObject(schema: JsonSchema, value: Record<string, unknown>, path: PathSegment[], errors: SchemaError[]): void {
  const count = Object.keys(value).length;
  if (count > MAX_ENTRIES) {
    errors.push({ path, code: 'too-many', message: `has ${count} keys, over the cap of ${MAX_ENTRIES}` });
    return;
  }
  const props = schema.properties ?? {};
  for (const key of schema.required ?? []) {
    if (!(key in value)) errors.push({ path: [...path, key], code: 'required', message: 'is required' });
  }
  for (const [key, v] of Object.entries(value)) {
    const prop = Object.hasOwn(props, key) ? props[key] : undefined;
    if (prop) check(prop, v, [...path, key], errors);
    else if (schema.additionalProperties === false) {
      errors.push({ path: [...path, key], code: 'unknown-key', message: `unknown key${didYouMean(key, Object.keys(props))}` });
    } else if (typeof schema.additionalProperties === 'object') check(schema.additionalProperties, v, [...path, key], errors);
  }
}

function checkArray(schema: JsonSchema, value: unknown[], path: PathSegment[], errors: SchemaError[]): void {
  if (value.length > MAX_ENTRIES) {
    errors.push({ path, code: 'too-many', message: `has ${value.length} items, over the cap of ${MAX_ENTRIES}` });
    return;
  }
  if (schema.minItems !== undefined && value.length < schema.minItems) {
    errors.push({ path, code: 'items', message: `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}` });
  }
  const items = schema.items;
  if (Array.isArray(items)) {
    if (schema.additionalItems === false && value.length > items.length) {
      errors.push({ path, code: 'items', message: `must have at most ${items.length} items` });
    }
    items.forEach((s, i) => {
      if (i < value.length) check(s, value[i], [...path, i], errors);
    });
  } else if (items) {
    value.forEach((v, i) => check(items, v, [...path, i], errors));
  }
}

// The branch whose type fits the value is the one the author meant: report its errors, not a
// generic "matches none".
function checkAnyOf(schema: JsonSchema, branches: JsonSchema[], value: unknown, path: PathSegment[], errors: SchemaError[]): void {
  const fitting = branches.filter((b) => typeMatches(b.type, value));
  let firstErrors: SchemaError[] | null = null;
  for (const branch of fitting) {
    const e = validate(branch, value, path);
    if (e.length === 0) return;
    firstErrors ??= e;
  }
  if (firstErrors) {
    errors.push(...firstErrors);
    return;
  }
  const types = branches.flatMap((b) => (b.type === undefined ? [] : Array.isArray(b.type) ? b.type : [b.type]));
  const secret = isSecretPath(path);
  errors.push({ path, code: 'any-of', message: `must be ${describeType([...new Set(types)])}, not ${describeValue(value, secret)}` });
}

function describeValue(value: unknown, secret: boolean): string {
  const t = jsonType(value);
  if (t === 'object' || t === 'array') return describeType(t);
  return `${describeType(t)} (${secret ? MASK : JSON.stringify(value)})`;
}

function isSecretPath(path: PathSegment[]): boolean {
  return path[0] === 'buildArgs' && typeof path[1] === 'string' && isCredentialName(path[1]);
}
