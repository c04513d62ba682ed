/**
 * POST /api/v1/suggest on every database: JSON text and multipart uploads,
 * every refusal in the API's error shape, and the OpenAPI entry. The API
 * routes are mounted here the way app.ts mounts them, with the app's error
 * mapping; one request also goes through the whole app, as a browser form
 * post with its CSRF token.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { Hono } from "hono";
import { apiRoutes } from "../../src/web/api/v1/routes";
import type { WebDeps } from "../../src/web/deps";
import type { AppEnv } from "../../src/web/env";
import { httpError } from "../../src/web/errors";
import { signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { makeDocx, makePdf } from "./fixtures";

// biome-ignore lint/suspicious/noExplicitAny: JSON answers, read field by field
type Json = Record<string, any>;

const TEXT =
  "Section 9. The regulator may order a social media platform to remove intimate images shared without consent, and fine a platform that fails to comply.";

for (const database of testDatabases())
  describe(`POST /api/v1/suggest on ${database.name}`, () => {
    let app: App;
    let api: Hono<AppEnv>;
    let deps: WebDeps;
    let cleanup = async () => {};

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      api = new Hono<AppEnv>();
      api.use("*", async (c, next) => {
        c.set("actor", { user: null, memberships: [] } as never);
        await next();
      });
      api.route("/api", apiRoutes(deps));
      api.onError((err, c) => {
        const mapped = httpError(err);
        if (!mapped) throw err;
        return c.json(mapped.body, mapped.status);
      });
    });
    after(() => cleanup());

    const postJson = (body: unknown, type = "application/json") =>
      api.request("/api/v1/suggest", {
        method: "POST",
        headers: { "Content-Type": type },
        body: typeof body === "string" ? body : JSON.stringify(body),
      });
    const postForm = (fields: Record<string, string | File>) => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fields)) form.append(k, v);
      return api.request("/api/v1/suggest", { method: "POST", body: form });
    };

    test("JSON text: ranked items with links, passages with offsets, why, and no caching", async () => {
      const res = await postJson({ text: TEXT, top: 3 });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("Cache-Control"), "no-store");
      const { data } = (await res.json()) as Json;
      assert.deepEqual(data.source, { type: "text", characters: TEXT.length, passages: 1 });
      assert.ok(data.suggestions.length >= 1 && data.suggestions.length <= 3);
      const ids = data.suggestions.map((s: Json) => s.item.id);
      assert.ok(ids.includes("s07-o3") || ids.includes("csw67-c02"), ids.join());
      const first = data.suggestions[0];
      assert.match(first.item.url, /^http:\/\/blueprint\.test\/api\/v1\/(commitments|options)\//);
      assert.match(first.item.htmlUrl, /^http:\/\/blueprint\.test\/(commitments|options)\//);
      assert.ok(first.why.length > 0 && first.why.every((w: string) => TEXT.toLowerCase().includes(w)));
      for (const p of first.passages) {
        assert.equal(TEXT.slice(p.start, p.end), p.text);
        for (const m of p.matches) assert.equal(TEXT.slice(m.start, m.end), m.word);
      }
    });

    test("multipart: a DOCX or PDF upload, or a text field", async () => {
      const docx = await postForm({ file: new File([makeDocx(["Part 2", TEXT])], "act.docx"), top: "5" });
      assert.equal(docx.status, 200);
      const d = ((await docx.json()) as Json).data;
      assert.equal(d.source.type, "docx");
      assert.ok(d.suggestions.length > 0 && d.suggestions.length <= 5);
      const pdf = await postForm({ file: new File([makePdf([[TEXT.slice(0, 80), TEXT.slice(80)]])], "act.pdf") });
      assert.equal(pdf.status, 200);
      assert.equal(((await pdf.json()) as Json).data.source.type, "pdf");
      const text = await postForm({ text: TEXT });
      assert.equal(text.status, 200);
      assert.equal(((await text.json()) as Json).data.source.type, "text");
    });

    test("bad requests get a specific error in the API's shape", async () => {
      const cases: [Response | Promise<Response>, number, string, string | undefined][] = [
        [postJson({ text: "" }), 400, "invalid_parameter", "text"],
        [postJson({ text: "   " }), 400, "invalid_parameter", "text"],
        [postJson({ text: TEXT, top: 0 }), 400, "invalid_parameter", "top"],
        [postJson({ text: TEXT, top: 51 }), 400, "invalid_parameter", "top"],
        [postJson({ words: TEXT }), 400, "invalid_parameter", "text"],
        [postJson("{not json"), 400, "invalid_parameter", "body"],
        [postJson({ text: "x".repeat(1_000_001) }), 400, "invalid_parameter", "text"],
        [postJson(TEXT, "text/plain"), 415, "unsupported_media_type", undefined],
        [postForm({ top: "3" }), 400, "invalid_parameter", "file"],
        [postForm({ text: TEXT, top: "many" }), 400, "invalid_parameter", "top"],
        [
          postForm({ file: new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])], "a.png") }),
          415,
          "unsupported_type",
          "file",
        ],
        [postForm({ file: new File([makePdf([["x"]]).subarray(0, 100)], "cut.pdf") }), 422, "corrupt_file", "file"],
        [postForm({ file: new File([makePdf([])], "scan.pdf") }), 422, "empty_text", "file"],
        [postForm({ file: new File([new Uint8Array(10 * 1024 * 1024 + 1)], "big.txt") }), 413, "too_large", "file"],
      ];
      for (const [pending, status, code, parameter] of cases) {
        const res = await pending;
        const body = (await res.json()) as Json;
        assert.equal(res.status, status, JSON.stringify(body));
        assert.equal(body.error.code, code, JSON.stringify(body));
        assert.equal(body.error.parameter, parameter, JSON.stringify(body));
        assert.ok(body.error.message.length > 10);
      }
      const declared = await api.request("/api/v1/suggest", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Content-Length": String(20 * 1024 * 1024) },
        body: JSON.stringify({ text: TEXT }),
      });
      assert.equal(declared.status, 413);
    });

    test("the OpenAPI document describes it: both media types, every status", async () => {
      const doc = (await (await api.request("/api/v1/openapi.json")).json()) as Json;
      const op = doc.paths["/v1/suggest"]?.post;
      assert.ok(op, "POST /v1/suggest is documented");
      assert.deepEqual(Object.keys(op.requestBody.content).sort(), ["application/json", "multipart/form-data"]);
      assert.deepEqual(Object.keys(op.responses).sort(), ["200", "400", "413", "415", "422"]);
      assert.ok(doc.components.schemas.Suggestion && doc.components.schemas.SuggestResponse);
    });

    test("through the whole app: a signed-in browser's form post with its CSRF token", async () => {
      const org = await deps.accounts.createOrganisation(
        null,
        { name: "Org api", slug: "cso-api", type: "civil_society" },
        {
          ipPrefix: "192.0.2.0/24",
          userAgent: "test",
          now: new Date(),
        },
      );
      const person = await signedInAs(deps, { role: "viewer", orgSlug: org.slug });
      const form = new FormData();
      form.append("_csrf", person.csrf);
      form.append("file", new File([new TextEncoder().encode(TEXT)], "clause.txt"));
      const res = await app.request("/api/v1/suggest", { method: "POST", headers: person.headers(), body: form });
      assert.equal(res.status, 200);
      assert.ok(((await res.json()) as Json).data.suggestions.length > 0);
    });
  });
