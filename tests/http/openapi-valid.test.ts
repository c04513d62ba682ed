/**
 * The OpenAPI document, checked by an independent validator
 * (@seriousme/openapi-schema-validator, against the official OpenAPI 3.1
 * schema) rather than by the library that generates it.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Validator } from "@seriousme/openapi-schema-validator";
import { seededApp, testDatabases } from "../support/databases";

// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document.
type Json = any;

const database = testDatabases()[0];

describe("the OpenAPI document is valid OpenAPI 3.1", () => {
  let doc: Json;
  let cleanup = async () => {};

  before(async () => {
    assert.ok(database, "no test database configured");
    const { app, storage } = await seededApp(database);
    cleanup = storage.cleanup;
    const res = await app.request("/api/v1/openapi.json");
    assert.equal(res.status, 200);
    doc = await res.json();
  });
  after(() => cleanup());

  test("the independent validator finds no errors", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc);
    assert.deepEqual(result.errors ?? [], [], JSON.stringify(result.errors, null, 2));
    assert.equal(result.valid, true);
    assert.equal(validator.version, "3.1");
  });

  test("the validator is not a rubber stamp: a broken copy of the document fails", async () => {
    const broken = structuredClone(doc);
    delete broken.paths["/v1/orgs/{slug}/evidence"].post.responses;
    broken.paths["/v1/orgs/{slug}/evidence/{id}"].put.security = "bearerAuth";
    const result = await new Validator().validate(broken);
    assert.equal(result.valid, false);
  });

  test("every write endpoint needs the bearer token scheme", () => {
    assert.deepEqual(doc.components.securitySchemes.bearerAuth, {
      type: "http",
      scheme: "bearer",
      bearerFormat: "bp_…",
      description: doc.components.securitySchemes.bearerAuth.description,
    });
    const writes = Object.entries<Json>(doc.paths).filter(([path]) => path.startsWith("/v1/orgs/"));
    assert.equal(writes.length, 6);
    for (const [path, item] of writes)
      for (const [method, op] of Object.entries<Json>(item)) {
        assert.deepEqual(op.security, [{ bearerAuth: [] }], `${method} ${path}`);
        assert.ok(op.responses["401"] && op.responses["403"] && op.responses["404"], `${method} ${path}`);
        if (method !== "get") assert.ok(op.responses["400"] && op.responses["401"], `${method} ${path}`);
        if (method === "put")
          for (const code of ["412", "422", "428"]) assert.ok(op.responses[code], `${method} ${path} ${code}`);
      }
  });
});
