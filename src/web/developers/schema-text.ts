/**
 * JSON Schema (as OpenAPI 3.1 uses it) in a few words: a type written as code
 * (`integer`, `string (binary)`, `EvidenceSourceWrite[]`, `string | null`)
 * and the constraints a client must respect, which the view words in the
 * reader's language. Defaults that only say "empty" are left out: they are
 * how the write API fills a missing field, not something to send.
 */

export type Schema = Record<string, unknown>;
export type Resolve = (value: unknown) => Schema;

export interface TypeInfo {
  type: string;
  values?: string[];
  minimum?: number;
  maximum?: number;
  /** The default as JSON text. */
  default?: string;
  pattern?: string;
  maxItems?: number;
}

export interface Field {
  name: string;
  required: boolean;
  type: TypeInfo;
  description?: string;
}

const obj = (v: unknown): Schema => (v && typeof v === "object" && !Array.isArray(v) ? (v as Schema) : {});
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** The component name of a `$ref` (`#/components/schemas/Error` → `Error`), if the value is one. */
export function schemaName(value: unknown): string | undefined {
  const ref = obj(value).$ref;
  return typeof ref === "string" ? ref.split("/").pop() : undefined;
}

const isObject = (s: Schema) => s.type === "object" || (s.type === undefined && s.properties !== undefined);

/** The type as code; `resolve` follows references so that a named string schema still reads `string`. */
function typeText(value: unknown, resolve: Resolve, depth = 0): string {
  const name = schemaName(value);
  const s = resolve(value);
  if (name && (isObject(s) || depth > 3)) return name;
  const variants = (Array.isArray(s.anyOf) ? s.anyOf : Array.isArray(s.oneOf) ? s.oneOf : undefined) as unknown[] | undefined;
  if (variants?.length) return variants.map((v) => typeText(v, resolve, depth + 1)).join(" | ");
  const types = Array.isArray(s.type) ? (s.type as unknown[]) : [s.type];
  const texts = types.map((type) => {
    if (type === "array") return `${s.items === undefined ? "any" : typeText(s.items, resolve, depth + 1)}[]`;
    if (type === "string" && typeof s.format === "string") return `string (${s.format})`;
    if (typeof type === "string") return type;
    return isObject(s) ? "object" : "any";
  });
  return [...new Set(texts)].join(" | ");
}

const isEmpty = (v: unknown) =>
  v === "" || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && v !== null && Object.keys(v).length === 0);

/** The type and constraints of a schema (a parameter's, a field's). */
export function typeInfo(value: unknown, resolve: Resolve): TypeInfo {
  const s = resolve(value);
  const info: TypeInfo = { type: typeText(value, resolve) };
  if (Array.isArray(s.enum)) info.values = s.enum.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  else if (s.const !== undefined) info.values = [typeof s.const === "string" ? s.const : JSON.stringify(s.const)];
  const [minimum, maximum, maxItems] = [num(s.minimum), num(s.maximum), num(s.maxItems)];
  if (minimum !== undefined) info.minimum = minimum;
  if (maximum !== undefined) info.maximum = maximum;
  if (s.default !== undefined && !isEmpty(s.default)) info.default = JSON.stringify(s.default);
  if (typeof s.pattern === "string") info.pattern = s.pattern;
  if (maxItems !== undefined) info.maxItems = maxItems;
  return info;
}

function directFields(s: Schema, resolve: Resolve): Field[] {
  const required = new Set(Array.isArray(s.required) ? s.required : []);
  return Object.entries(obj(s.properties)).map(([name, prop]) => ({
    name,
    required: required.has(name),
    type: typeInfo(prop, resolve),
    description: typeof resolve(prop).description === "string" ? (resolve(prop).description as string) : undefined,
  }));
}

/** A named object schema a field holds (directly or as array items), whose fields are worth listing too. */
function heldSchema(prop: unknown, resolve: Resolve): string | undefined {
  const p = obj(prop);
  const inner = schemaName(p) ? p : p.type === "array" ? p.items : undefined;
  const name = schemaName(inner);
  return name && isObject(resolve(inner)) ? name : undefined;
}

/** The fields of a body schema, and those of the named objects it holds, one level down. */
export function fieldsOf(value: unknown, resolve: Resolve): { fields: Field[]; nested: { schema: string; fields: Field[] }[] } {
  const s = resolve(value);
  if (!isObject(s)) return { fields: [], nested: [] };
  const fields = directFields(s, resolve);
  const nested = new Map<string, Field[]>();
  for (const prop of Object.values(obj(s.properties))) {
    const name = heldSchema(prop, resolve);
    if (!name || nested.has(name)) continue;
    const p = obj(prop);
    nested.set(name, directFields(resolve(schemaName(p) ? p : p.items), resolve));
  }
  return { fields, nested: [...nested].map(([schema, f]) => ({ schema, fields: f })) };
}
