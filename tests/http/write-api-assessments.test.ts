/**
 * Assessments through the write API with personal tokens, on every database:
 * draft → submit → publish by a second person, four eyes refused for the same
 * person, return with a comment, version checks (428, 412 with the current
 * version), 422 with the editor's words, state errors (409), closed cycles,
 * and who may do what.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import { apiTokenService } from "../../src/domain/auth/api-token-service";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, makeUser } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON answers
type Json = any;

const CYCLE = "2025";
const draft = (narrative: string) => ({
  status: "in_progress",
  narrative,
  confidence: "medium",
  obstacles: ["justice-accountability"],
  enablers: [],
  evidenceIds: [],
});

for (const database of testDatabases())
  describe(`assessments through the write API on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    const secrets: Record<string, string> = {};

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, "as-a");
      const other = await makeOrganisation(deps, "as-b");
      for (const [id, status, order] of [
        [CYCLE, "open", 2],
        ["2023", "closed", 1],
      ] as const)
        await deps.repos.assessments.createCycle({
          id,
          name: id,
          periodStart: `${id}-01-01`,
          periodEnd: `${id}-12-31`,
          order,
          status,
          isDemo: false,
          createdAt: new Date().toISOString(),
        });
      const tokens = apiTokenService(deps.repos, deps.crypto);
      for (const [name, role, o, scope] of [
        ["contributor", "contributor", org, "read-write"],
        ["reviewer", "reviewer", org, "read-write"],
        ["reviewer2", "reviewer", org, "read-write"],
        ["reader", "reviewer", org, "read"],
        ["outsider", "admin", other, "read-write"],
      ] as const) {
        const { user } = await makeUser(deps, { role, orgSlug: o.slug });
        secrets[name] = (await tokens.create(user, { name, organisationId: o.id, scope, expiresInDays: "30" }, ctx())).secret;
      }
    });
    after(() => cleanup());

    const path = (item: string, action = "", cycle = CYCLE) =>
      `/api/v1/orgs/${org.slug}/assessments/ken/${cycle}/${item}${action ? `/${action}` : ""}`;
    const call = async (who: string, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await app.request(url, {
        method,
        headers: {
          Authorization: `Bearer ${secrets[who]}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, etag: res.headers.get("ETag"), text, json: (text ? JSON.parse(text) : null) as Json };
    };
    const ifMatch = (etag: string | null) => ({ "If-Match": etag ?? "" });

    test("draft → submit → publish by a second person's token; the same person is refused (four eyes)", async () => {
      const item = "s02-o2";
      assert.equal((await call("contributor", "GET", path(item))).status, 404, "nothing yet");
      assert.equal((await call("contributor", "PUT", path(item), draft("First draft."))).status, 428);
      const created = await call("contributor", "PUT", path(item), draft("First draft."), { "If-None-Match": "*" });
      assert.equal(created.status, 201, created.text);
      assert.equal(created.etag, '"v1"');
      assert.equal(created.json.data.reviewState, "draft");
      assert.equal(created.json.data.country, "KEN");
      const again = await call("contributor", "PUT", path(item), draft("Again."), { "If-None-Match": "*" });
      assert.equal(again.status, 412, "it exists already");

      const read = await call("reader", "GET", path(item));
      assert.equal(read.status, 200);
      assert.equal(read.etag, '"v1"');
      assert.equal(read.json.data.narrative, "First draft.");

      const saved = await call("reviewer", "PUT", path(item), draft("Reviewer's edit."), ifMatch(read.etag));
      assert.equal(saved.status, 200, saved.text);
      assert.equal(saved.etag, '"v2"');

      const stale = await call("contributor", "PUT", path(item), draft("Stale edit."), ifMatch('"v1"'));
      assert.equal(stale.status, 412);
      assert.equal(stale.json.error.currentVersion, 2);
      assert.equal((await call("reader", "GET", path(item))).json.data.narrative, "Reviewer's edit.", "nothing overwritten");

      assert.equal((await call("reviewer", "POST", path(item, "submit"))).status, 428);
      const submitted = await call("reviewer", "POST", path(item, "submit"), undefined, ifMatch(saved.etag));
      assert.equal(submitted.status, 200, submitted.text);
      assert.equal(submitted.json.data.reviewState, "in_review");
      assert.equal((await call("reviewer", "POST", path(item, "submit"), undefined, ifMatch(submitted.etag))).status, 409);

      const contributorPublish = await call("contributor", "POST", path(item, "publish"), undefined, ifMatch(submitted.etag));
      assert.equal(contributorPublish.status, 403, "contributors cannot publish");
      const own = await call("reviewer", "POST", path(item, "publish"), undefined, ifMatch(submitted.etag));
      assert.equal(own.status, 403, "four eyes");
      assert.match(own.json.error.message, /four eyes/);
      const readOnly = await call("reader", "POST", path(item, "publish"), undefined, ifMatch(submitted.etag));
      assert.equal(readOnly.status, 403, "a read token of a reviewer cannot publish");
      assert.equal((await call("reader", "GET", path(item))).json.data.reviewState, "in_review");

      const published = await call("reviewer2", "POST", path(item, "publish"), undefined, ifMatch(submitted.etag));
      assert.equal(published.status, 200, published.text);
      assert.equal(published.json.data.reviewState, "published");
      const publicView = await app.request(`/api/v1/assessments/${published.json.data.id}`);
      assert.equal(publicView.status, 200);
      assert.match(await publicView.text(), /Reviewer's edit\./);
      const log = await deps.repos.audit.list({ entityId: published.json.data.id }, { page: 1, perPage: 10 });
      assert.deepEqual(
        log.items.map((e) => e.action),
        ["assessment.publish", "assessment.submit", "assessment.update", "assessment.create"],
      );
    });

    test("a reviewer returns an assessment with a comment; without one, 422 names the field", async () => {
      const item = "s01-o1";
      const created = await call("contributor", "PUT", path(item), draft("To be returned."), { "If-None-Match": "*" });
      const submitted = await call("contributor", "POST", path(item, "submit"), undefined, ifMatch(created.etag));
      const empty = await call("reviewer", "POST", path(item, "return"), { comment: "  " }, ifMatch(submitted.etag));
      assert.equal(empty.status, 422);
      assert.deepEqual(empty.json.error.problems, { comment: "Say what needs to change." });
      const returned = await call(
        "reviewer",
        "POST",
        path(item, "return"),
        { comment: "Cite the law." },
        ifMatch(submitted.etag),
      );
      assert.equal(returned.status, 200, returned.text);
      assert.equal(returned.json.data.reviewState, "draft");
      const comments = await deps.repos.assessments.listComments(returned.json.data.id);
      assert.deepEqual(
        comments.map((c) => c.body),
        ["Cite the law."],
      );
    });

    test("bad values get 422 with the editor's words; unknown items, countries and cycles 404; closed cycles 409", async () => {
      const bad = await call(
        "contributor",
        "PUT",
        path("s03-o1"),
        { status: "done", confidence: "certain", obstacles: ["s01"], narrative: "x".repeat(20_001) },
        { "If-None-Match": "*" },
      );
      assert.equal(bad.status, 422);
      assert.deepEqual(Object.keys(bad.json.error.problems).sort(), ["confidence", "narrative", "obstacles", "status"]);
      assert.equal(bad.json.error.problems.status, "Choose a status.");
      assert.equal((await call("contributor", "GET", path("s03-o1"))).status, 404, "nothing was saved");

      const foreignEvidence = await call(
        "contributor",
        "PUT",
        path("s03-o1"),
        { ...draft("x"), evidenceIds: ["no-such-evidence"] },
        { "If-None-Match": "*" },
      );
      assert.equal(foreignEvidence.status, 422);
      assert.equal(foreignEvidence.json.error.problems.evidence, "Link only public evidence or your organisation's own.");

      assert.equal((await call("contributor", "PUT", path("no-such-item"), draft("x"), { "If-None-Match": "*" })).status, 404);
      assert.equal(
        (await call("contributor", "PUT", path("s03-o1", "", "1999"), draft("x"), { "If-None-Match": "*" })).status,
        404,
      );
      const badCountry = await call("contributor", "PUT", path("s03-o1").replace("/ken/", "/k3n/"), draft("x"), {
        "If-None-Match": "*",
      });
      assert.equal(badCountry.status, 400);
      const closed = await call("contributor", "PUT", path("s03-o1", "", "2023"), draft("x"), { "If-None-Match": "*" });
      assert.equal(closed.status, 409);
      assert.equal(closed.json.error.code, "cycle_closed");
    });

    test("who may: read tokens only read, another organisation's token is refused", async () => {
      const item = "s04-o1";
      const created = await call("contributor", "PUT", path(item), draft("Mine."), { "If-None-Match": "*" });
      assert.equal(created.status, 201);
      assert.equal((await call("reader", "PUT", path(item), draft("Read token."), ifMatch(created.etag))).status, 403);
      assert.equal((await call("outsider", "GET", path(item))).status, 403);
      assert.equal((await call("outsider", "PUT", path(item), draft("Theirs."), ifMatch(created.etag))).status, 403);
      const unauthenticated = await app.request(path(item));
      assert.equal(unauthenticated.status, 401);
      assert.equal((await call("reader", "GET", path(item))).json.data.narrative, "Mine.");
    });
  });
