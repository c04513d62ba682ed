/**
 * A small `curl` command for an operation, made from the document's own
 * examples: path parameters filled in, the required query parameters (or,
 * when none is required, the first one whose example says something beyond
 * its default), the token and the version header where the operation needs
 * them, and a JSON body built from the schema's examples (a required field
 * without one gets its default, else a placeholder). Shell words are
 * single-quoted; the token is read from $BLUEPRINT_TOKEN so that nobody
 * pastes a real one into their shell history by following the example.
 */
import type { Resolve, Schema } from "./schema-text";

export interface ExampleParameter {
  name: string;
  in: string;
  required: boolean;
  example?: unknown;
  default?: unknown;
}

export interface ExampleSpec {
  origin: string;
  method: string;
  /** With the server's base path. */
  path: string;
  parameters: ExampleParameter[];
  needsToken: boolean;
  /** The request body's content map, by media type. */
  body?: { content: Record<string, unknown>; resolve: Resolve };
}

/** The write API's version tags look like this (`"v{version}"`, web/api/v1/write-http.ts). */
const VERSION_EXAMPLE = '"v1"';

const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
const placeholder = (name: string) => name.toUpperCase().replace(/[^A-Z0-9]+/g, "_");
/** `if-match` → `If-Match`. */
const headerName = (name: string) => name.replace(/(^|-)([a-z])/g, (_, dash: string, c: string) => dash + c.toUpperCase());

/** An example value for a schema: its own example, else one built from its parts; `required` asks for a placeholder. */
function exampleOf(value: unknown, resolve: Resolve, required: boolean, depth = 0): unknown {
  const s: Schema = resolve(value);
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length) return s.examples[0];
  if (depth > 4) return undefined;
  if (s.type === "object" || s.properties) {
    const needed = new Set(Array.isArray(s.required) ? s.required : []);
    const out: Record<string, unknown> = {};
    for (const [name, prop] of Object.entries((s.properties ?? {}) as Record<string, unknown>)) {
      const v = exampleOf(prop, resolve, needed.has(name), depth + 1);
      if (v !== undefined) out[name] = v;
    }
    return Object.keys(out).length || required ? out : undefined;
  }
  if (s.type === "array") {
    const item = exampleOf(s.items, resolve, false, depth + 1);
    return item !== undefined ? [item] : required ? [] : undefined;
  }
  if (!required) return undefined;
  if (s.default !== undefined && s.default !== "") return s.default;
  if (s.type === "integer" || s.type === "number") return 1;
  if (s.type === "boolean") return false;
  return "…";
}

function bodyWords(body: NonNullable<ExampleSpec["body"]>): string[] {
  const types = Object.keys(body.content);
  const json = types.find((t) => /^application\/(?:[\w.+-]+\+)?json\b/.test(t));
  if (json) {
    const schema = (body.content[json] as Schema | undefined)?.schema;
    const value = exampleOf(schema, body.resolve, true) ?? {};
    return ["-H", quote(`Content-Type: ${json}`), "--data", quote(JSON.stringify(value))];
  }
  const type = types[0];
  if (!type) return [];
  if (type === "multipart/form-data" || type === "application/x-www-form-urlencoded") {
    const s = body.resolve((body.content[type] as Schema | undefined)?.schema);
    const props = Object.entries((s.properties ?? {}) as Record<string, unknown>);
    return props.flatMap(([name, prop]) => {
      const p = body.resolve(prop);
      return ["-F", quote(`${name}=${p.format === "binary" ? "@FILE" : text(p.example ?? placeholder(name))}`)];
    });
  }
  return ["-H", quote(`Content-Type: ${type}`), "--data-binary", "@FILE"];
}

export function exampleRequest(spec: ExampleSpec): string {
  const value = (p: ExampleParameter) => text(p.example ?? placeholder(p.name));
  const url = spec.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const p = spec.parameters.find((q) => q.in === "path" && q.name === name);
    return encodeURIComponent(p ? value(p) : placeholder(name));
  });
  const query = spec.parameters.filter((p) => p.in === "query");
  const required = query.filter((p) => p.required);
  const illustrative = query.find((p) => p.example !== undefined && text(p.example) !== text(p.default));
  const shown = required.length ? required : illustrative ? [illustrative] : [];
  const search = shown.map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(value(p))}`).join("&");

  const words = ["curl"];
  if (spec.method !== "GET") words.push("-X", spec.method);
  if (spec.needsToken) words.push("-H", '"Authorization: Bearer $BLUEPRINT_TOKEN"');
  for (const p of spec.parameters) {
    if (p.in !== "header" || !(p.required || p.name.toLowerCase() === "if-match")) continue;
    const v = p.example ?? (p.name.toLowerCase() === "if-match" ? VERSION_EXAMPLE : placeholder(p.name));
    words.push("-H", quote(`${headerName(p.name)}: ${text(v)}`));
  }
  if (spec.body) words.push(...bodyWords(spec.body));
  words.push(quote(`${spec.origin}${url}${search ? `?${search}` : ""}`));
  // One option per line when the command is long, as people write them in scripts.
  if (words.join(" ").length <= 90) return words.join(" ");
  const lines = [words[0] as string];
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    if (w.startsWith("-") && i + 1 < words.length - 1) lines.push(`${w} ${words[++i]}`);
    else lines.push(w);
  }
  return lines.join(" \\\n  ");
}
