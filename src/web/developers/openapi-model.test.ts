/** The /developers page's model of an OpenAPI document, on small documents made for each rule. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { apiModel } from "./openapi-model";

const ORIGIN = "https://example.org";

const errorRef = { $ref: "#/components/schemas/Error" };
const doc = {
  openapi: "3.1.0",
  info: { title: "Test API", version: "2.1.0" },
  servers: [{ url: "https://api.example.org/base/" }],
  tags: [{ name: "Declared", description: "A declared tag." }, { name: "Unused" }],
  components: {
    schemas: {
      Error: { type: "object", properties: { code: { type: "string" } } },
      Source: {
        type: "object",
        required: ["title"],
        properties: { title: { type: "string", example: "An act" }, url: { type: "string" } },
      },
      Thing: {
        type: "object",
        required: ["name", "size"],
        properties: {
          name: { type: "string", example: "a 'quoted' name" },
          size: { type: "integer", minimum: 1, maximum: 9, default: 3 },
          kind: { type: "string", enum: ["x", "y"], default: "" },
          sources: { type: "array", maxItems: 5, items: { $ref: "#/components/schemas/Source" } },
          note: { type: ["string", "null"] },
        },
      },
    },
    parameters: { Page: { name: "page", in: "query", schema: { type: "integer", default: 1, example: 1 } } },
  },
  paths: {
    "/things": {
      get: {
        tags: ["Later"],
        summary: "List things",
        parameters: [
          { $ref: "#/components/parameters/Page" },
          { name: "kind", in: "query", schema: { type: "string", example: "x y" } },
        ],
        responses: { 200: { description: "OK", content: { "application/json": { schema: errorRef } } } },
      },
      post: {
        tags: ["Declared"],
        operationId: "createThing",
        security: [{ bearer: [] }],
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
        responses: {
          201: { description: "Made", headers: { ETag: { schema: { type: "string" } } } },
          400: { description: "Bad", content: { "application/json": { schema: errorRef } } },
        },
      },
    },
    "/things/{id}": {
      parameters: [{ name: "id", in: "path", schema: { type: "string", example: "t/1" } }],
      put: {
        tags: ["Declared"],
        parameters: [
          { name: "id", in: "path", description: "Overrides the shared one.", schema: { type: "string", example: "t/1" } },
          { name: "if-match", in: "header", schema: { type: "string" } },
          { name: "q", in: "query", required: true, schema: { type: "string" } },
        ],
        requestBody: {
          content: {
            "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", format: "binary" } } } },
          },
        },
        responses: { 200: { description: "Saved" } },
      },
      delete: { responses: { 204: { description: "Gone" } } },
    },
    "/contents": { get: { tags: ["Declared"], operationId: "contents", responses: {} } },
  },
};

describe("the API reference model", () => {
  const api = apiModel(doc, ORIGIN, ["contents"]);
  const ops = api.tags.flatMap((t) => t.operations);
  const op = (id: string) => ops.find((o) => o.id === id) ?? assert.fail(`no operation ${id}`);

  test("tags in the document's order, then the ones it uses without declaring, then untagged; empty tags left out", () => {
    assert.deepEqual(
      api.tags.map((t) => [t.id, t.name, t.description, t.operations.map((o) => o.id)]),
      [
        ["tag-declared", "Declared", "A declared tag.", ["creatething", "put-things-id", "contents-2"]],
        ["tag-later", "Later", undefined, ["get-things"]],
        ["tag-other", undefined, undefined, ["delete-things-id"]],
      ],
    );
    assert.equal(api.operationCount, 5);
    assert.deepEqual([api.title, api.version], ["Test API", "2.1.0"]);
  });

  test("anchors from operationId or method and path, never repeating a reserved id; paths carry the server's base path", () => {
    assert.equal(op("contents-2").method, "GET");
    assert.equal(op("get-things").path, "/base/things");
    assert.equal(op("put-things-id").path, "/base/things/{id}");
  });

  test("parameters: shared and referenced ones resolved, path parameters required, types and constraints", () => {
    assert.equal(op("put-things-id").parameters[0]?.description, "Overrides the shared one.");
    assert.equal(op("delete-things-id").parameters[0]?.description, undefined);
    assert.deepEqual(
      op("get-things").parameters.map((p) => [p.name, p.in, p.required, p.type]),
      [
        ["page", "query", false, { type: "integer", default: "1" }],
        ["kind", "query", false, { type: "string" }],
      ],
    );
    assert.deepEqual(
      op("put-things-id").parameters.map((p) => [p.name, p.in, p.required]),
      [
        ["id", "path", true],
        ["if-match", "header", false],
        ["q", "query", true],
      ],
    );
  });

  test("request body: fields with types, constraints and requirement, and the fields of the objects it holds", () => {
    const [body] = op("creatething").body;
    assert.equal(body?.contentType, "application/json");
    assert.equal(body?.schema, "Thing");
    assert.deepEqual(
      body?.fields.map((f) => [f.name, f.required, f.type]),
      [
        ["name", true, { type: "string" }],
        ["size", true, { type: "integer", minimum: 1, maximum: 9, default: "3" }],
        ["kind", false, { type: "string", values: ["x", "y"] }],
        ["sources", false, { type: "Source[]", maxItems: 5 }],
        ["note", false, { type: "string | null" }],
      ],
    );
    assert.deepEqual(
      body?.nested.map((n) => [n.schema, n.fields.map((f) => [f.name, f.required])]),
      [
        [
          "Source",
          [
            ["title", true],
            ["url", false],
          ],
        ],
      ],
    );
  });

  test("responses: status, description, body schema and header names", () => {
    assert.deepEqual(op("creatething").responses, [
      { status: "201", description: "Made", body: undefined, headers: ["ETag"] },
      { status: "400", description: "Bad", body: "Error", headers: [] },
    ]);
    assert.equal(op("creatething").needsToken, true);
    assert.equal(op("get-things").needsToken, false);
  });

  test("example requests: filled path, an illustrative or required query, token, version header and body", () => {
    assert.equal(op("get-things").example, `curl '${ORIGIN}/base/things?kind=x%20y'`);
    assert.equal(op("delete-things-id").example, `curl -X DELETE ${ORIGIN}/base/things/t%2F1`);
    assert.equal(
      op("creatething").example,
      [
        "curl",
        "-X POST",
        '-H "Authorization: Bearer $BLUEPRINT_TOKEN"',
        "-H 'Content-Type: application/json'",
        `--data '{"name":"a '\\''quoted'\\'' name","size":3,"sources":[{"title":"An act"}]}'`,
        `${ORIGIN}/base/things`,
      ].join(" \\\n  "),
    );
    assert.equal(op("put-things-id").example, `curl -X PUT -H 'If-Match: "v1"' -F file=@FILE '${ORIGIN}/base/things/t%2F1?q=Q'`);
  });

  test("a document with nothing in it gives an empty model, not an error", () => {
    assert.deepEqual(apiModel({}, ORIGIN), { title: "API", version: "", tags: [], operationCount: 0 });
  });
});
