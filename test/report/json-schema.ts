/**
 * A minimal JSON Schema (draft 2020-12) validator for the keywords docs/report.schema.json uses. It throws
 * on any keyword it does not know, so the schema cannot silently grow rules this checker ignores.
 */
type Schema = Record<string, unknown>;

const ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description']);
const KNOWN = new Set([...ANNOTATIONS, '$ref', '$defs', 'type', 'required', 'properties', 'items', 'enum', 'const', 'minimum', 'maximum', 'minLength']);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Returns the list of errors (`path: problem`) of `value` against `schema`; empty when valid. */
export function validate(value: unknown, root: Schema): string[] {
  const errors: string[] = [];
  const visit = (v: unknown, schema: Schema, path: string): void => {
    for (const key of Object.keys(schema)) if (!KNOWN.has(key)) throw new Error(`schema keyword not supported by the test validator: ${key}`);
    if (typeof schema.$ref === 'string') {
      const match = /^#\/\$defs\/(.+)$/.exec(schema.$ref);
      const target = match ? (root.$defs as Record<string, Schema> | undefined)?.[match[1]!] : undefined;
      if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
      visit(v, target, path);
    }
    if (schema.type !== undefined) {
      const actual = typeOf(v);
      const ok = schema.type === actual || (schema.type === 'number' && actual === 'integer');
      if (!ok) {
        errors.push(`${path}: expected ${String(schema.type)}, got ${actual}`);
        return;
      }
    }
    if ('const' in schema && v !== schema.const) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
    if (Array.isArray(schema.enum) && !schema.enum.includes(v)) errors.push(`${path}: ${JSON.stringify(v)} not in ${JSON.stringify(schema.enum)}`);
    if (typeof v === 'number') {
      if (typeof schema.minimum === 'number' && v < schema.minimum) errors.push(`${path}: ${v} < ${schema.minimum}`);
      if (typeof schema.maximum === 'number' && v > schema.maximum) errors.push(`${path}: ${v} > ${schema.maximum}`);
    }
    if (typeof v === 'string' && typeof schema.minLength === 'number' && [...v].length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeOf(v) === 'object') {
      const object = v as Record<string, unknown>;
      for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in object)) errors.push(`${path}: missing ${key}`);
      const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
      for (const [key, sub] of Object.entries(properties)) if (key in object) visit(object[key], sub, `${path}.${key}`);
    }
    if (Array.isArray(v) && schema.items) v.forEach((item, i) => visit(item, schema.items as Schema, `${path}[${i}]`));
  };
  visit(value, root, '$');
  return errors;
}
