/**
 * The OpenAPI 3.1 document as the /developers page shows it: operations grouped
 * by tag (the document's tag order, then tags it uses without declaring),
 * each with a stable anchor, its parameters, request body fields, responses
 * and an example request. Pure: no HTTP, no interface text (the view words
 * it in the reader's language), so it is read once and rendered for every
 * language. The document is read defensively, as JSON: nothing here assumes
 * more than OpenAPI says.
 */
import { exampleRequest } from "./curl";
import { type Field, fieldsOf, schemaName, type TypeInfo, typeInfo } from "./schema-text";

export type { TypeInfo } from "./schema-text";

export interface ParameterModel {
  name: string;
  in: string;
  required: boolean;
  type: TypeInfo;
  description?: string;
  /** For the example request. */
  example?: unknown;
  default?: unknown;
}

export type FieldModel = Field;

/** One content type of a request body, with its fields and those of the objects it holds (one level down). */
export interface BodyModel {
  contentType: string;
  schema?: string;
  fields: FieldModel[];
  nested: { schema: string; fields: FieldModel[] }[];
}

export interface ResponseModel {
  status: string;
  description?: string;
  /** The body's schema name or type, for the first content type. */
  body?: string;
  headers: string[];
}

export interface OperationModel {
  /** Anchor: from operationId when there is one, else method and path. Unique on the page. */
  id: string;
  method: string;
  /** The path as a client calls it, with the server's base path (`/api/v1/...`). */
  path: string;
  summary?: string;
  description?: string;
  needsToken: boolean;
  parameters: ParameterModel[];
  body: BodyModel[];
  responses: ResponseModel[];
  example: string;
}

export interface TagModel {
  /** The tag's name; undefined for operations without a tag. */
  name?: string;
  id: string;
  description?: string;
  operations: OperationModel[];
}

export interface ApiModel {
  title: string;
  version: string;
  tags: TagModel[];
  operationCount: number;
}

// Loose shapes of the parts of the document this reads.
type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : {});
const str = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** A readable, URL-safe anchor: `get /v1/countries/{iso3}` → `get-v1-countries-iso3`. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "x"
  );
}

/** Follows a local `$ref` (`#/components/...`); anything else is returned as it is. */
function resolver(doc: Json) {
  return (value: unknown): Json => {
    let v = obj(value);
    for (let hops = 0; typeof v.$ref === "string" && hops < 10; hops++) {
      const path = v.$ref.startsWith("#/") ? v.$ref.slice(2).split("/") : [];
      let target: unknown = doc;
      for (const part of path) target = obj(target)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
      if (!target || typeof target !== "object") break;
      v = obj(target);
    }
    return v;
  };
}

/**
 * The page's model of the document. `origin` goes into the example requests;
 * `reserved` are ids the page already uses, which no anchor may repeat.
 */
export function apiModel(document: object, origin: string, reserved: readonly string[] = []): ApiModel {
  const doc = document as Json;
  const resolve = resolver(doc);
  const server = str(obj(list(doc.servers)[0]).url) ?? "";
  // The base path clients put before every path: "/api" from "/api" or from "https://host/api".
  const base = (/^https?:\/\//.test(server) ? new URL(server).pathname : server.startsWith("/") ? server : "").replace(/\/$/, "");
  const ids = new Set<string>(reserved);
  const unique = (id: string) => {
    let candidate = id;
    for (let n = 2; ids.has(candidate); n++) candidate = `${id}-${n}`;
    ids.add(candidate);
    return candidate;
  };

  const declared = list(doc.tags).map((t) => obj(t));
  const tags = new Map<string | undefined, TagModel>();
  const tagFor = (name: string | undefined) => {
    let tag = tags.get(name);
    if (!tag) {
      const description = str(declared.find((t) => t.name === name)?.description);
      tag = { name, id: unique(`tag-${slug(name ?? "other")}`), description, operations: [] };
      tags.set(name, tag);
    }
    return tag;
  };
  for (const t of declared) if (str(t.name)) tagFor(str(t.name));

  let operationCount = 0;
  for (const [path, rawItem] of Object.entries(obj(doc.paths))) {
    const item = resolve(rawItem);
    for (const method of METHODS) {
      if (!(method in item)) continue;
      const op = obj(item[method]);
      // Path-level parameters apply to every operation; one of the operation's own with the same name and place wins.
      const byKey = new Map([...list(item.parameters), ...list(op.parameters)].map(resolve).map((p) => [`${p.in}:${p.name}`, p]));
      const parameters = [...byKey.values()].map((p): ParameterModel => {
        const schema = resolve(p.schema);
        return {
          name: String(p.name ?? ""),
          in: String(p.in ?? ""),
          required: p.required === true || p.in === "path",
          type: typeInfo(p.schema, resolve),
          description: str(p.description) ?? str(schema.description),
          example: p.example ?? schema.example,
          default: schema.default,
        };
      });
      const requestBody = resolve(op.requestBody);
      const body = Object.entries(obj(requestBody.content)).map(([contentType, media]): BodyModel => {
        const ref = obj(media).schema;
        const { fields, nested } = fieldsOf(ref, resolve);
        return { contentType, schema: schemaName(ref), fields, nested };
      });
      const responses = Object.entries(obj(op.responses)).map(([status, raw]): ResponseModel => {
        const r = resolve(raw);
        const first = Object.values(obj(r.content))[0];
        const schema = first === undefined ? undefined : obj(first).schema;
        const shown = schema === undefined ? undefined : typeInfo(schema, resolve).type;
        return { status, description: str(r.description), body: shown, headers: Object.keys(obj(r.headers)) };
      });
      const needsToken = list(op.security ?? doc.security).some((s) => Object.keys(obj(s)).length > 0);
      const fullPath = base + path;
      const operation: OperationModel = {
        id: unique(slug(str(op.operationId) ?? `${method} ${path}`)),
        method: method.toUpperCase(),
        path: fullPath,
        summary: str(op.summary),
        description: str(op.description),
        needsToken,
        parameters,
        body,
        responses,
        example: exampleRequest({
          origin,
          method: method.toUpperCase(),
          path: fullPath,
          parameters,
          needsToken,
          body: requestBody.content ? { content: obj(requestBody.content), resolve } : undefined,
        }),
      };
      const tag = str(list(op.tags)[0]);
      tagFor(tag).operations.push(operation);
      operationCount++;
    }
  }
  const info = obj(doc.info);
  return {
    title: str(info.title) ?? "API",
    version: str(info.version) ?? "",
    tags: [...tags.values()].filter((t) => t.operations.length > 0),
    operationCount,
  };
}
