/**
 * Evidence through the write API with personal tokens, on every database:
 * create and update with the form's rules (422 with field problems), version
 * checks (ETag, If-Match: 428 without, 412 when stale, nothing overwritten),
 * the search index kept current, the audit log without confidential content,
 * and a canary: confidential evidence read through one organisation's token
 * never appears to another organisation's token, nor publicly.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation, User } from "../../src/domain/accounts/types";
import { apiTokenService } from "../../src/domain/auth/api-token-service";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, makeUser } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";

const CANARY = "Quokka-canary-7731";

// biome-ignore lint/suspicious/noExplicitAny: parsed JSON answers
type Json = any;

const record = (title: string, visibility = "organisation") => ({
  type: "law",
  title,
  summary: `About ${title}.`,
  countryIso3: "ken",
  date: "2024-05",
  visibility,
  sources: [{ title: "Kenya Gazette", url: "https://example.org/gazette", locator: "p. 4" }],
  links: ["s02-o2", "csw67-c06"],
});

for (const database of testDatabases())
  describe(`evidence through the write API on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let orgA: Organisation;
    let orgB: Organisation;
    const secrets: Record<string, string> = {};
    const users: Record<string, User> = {};

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      orgA = await makeOrganisation(deps, "ev-a");
      orgB = await makeOrganisation(deps, "ev-b");
      const tokens = apiTokenService(deps.repos, deps.crypto);
      for (const [name, role, org, scope] of [
        ["contributor", "contributor", orgA, "read-write"],
        ["reviewer", "reviewer", orgA, "read-write"],
        ["reader", "viewer", orgA, "read"],
        ["outsider", "admin", orgB, "read-write"],
      ] as const) {
        users[name] = (await makeUser(deps, { role, orgSlug: org.slug })).user;
        secrets[name] = (
          await tokens.create(users[name]!, { name, organisationId: org.id, scope, expiresInDays: "30" }, ctx())
        ).secret;
      }
    });
    after(() => cleanup());

    const call = async (who: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
      const res = await app.request(`/api/v1/orgs/${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${secrets[who]}`,
          ...(body === undefined ? {} : { "Content-Type": "application/json" }),
          ...headers,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return {
        status: res.status,
        etag: res.headers.get("ETag"),
        cacheControl: res.headers.get("Cache-Control"),
        location: res.headers.get("Location"),
        text,
        json: (text ? JSON.parse(text) : null) as Json,
      };
    };

    test("a contributor records evidence: 201 with Location and ETag, readable by members, indexed, logged", async () => {
      const made = await call("contributor", "POST", `${orgA.slug}/evidence`, record("Computer Misuse Act"));
      assert.equal(made.status, 201, made.text);
      assert.equal(made.etag, '"v1"');
      assert.equal(made.location, made.json.links.self);
      assert.equal(made.json.data.countryIso3, "KEN");
      assert.equal(made.json.data.version, 1);
      assert.deepEqual(made.json.data.links, ["csw67-c06", "s02-o2"]);
      const id = made.json.data.id;

      const read = await call("reader", "GET", `${orgA.slug}/evidence/${id}`);
      assert.equal(read.status, 200);
      assert.equal(read.etag, '"v1"');
      assert.equal(read.cacheControl, "no-store", "personal answers are never stored");
      assert.equal(read.json.data.title, "Computer Misuse Act");
      const unchanged = await call("reader", "GET", `${orgA.slug}/evidence/${id}`, undefined, { "If-None-Match": '"v1"' });
      assert.equal(unchanged.status, 304);
      assert.equal(unchanged.etag, '"v1"');
      assert.equal(read.json.data.sources[0].locator, "p. 4");

      const found = await app.request("/api/v1/search?q=misuse&type=evidence", {
        headers: { Authorization: `Bearer ${secrets.reader}` },
      });
      assert.match(await found.text(), /Computer Misuse Act/);
      const log = await deps.repos.audit.list({ actions: ["evidence.create"], entityId: id }, { page: 1, perPage: 5 });
      assert.equal(log.total, 1);
      assert.ok(!JSON.stringify(log.items).includes("Computer Misuse Act"), "confidential content stays out of the log");
    });

    test("bad values get 422 with the form's words per field, and nothing is recorded", async () => {
      const before = (
        await deps.repos.evidence.listEvidence(
          { visibility: [], access: { organisationId: orgA.id, visibilities: ["organisation", "restricted"] } },
          { page: 1, perPage: 1 },
        )
      ).total;
      const bad = await call("contributor", "POST", `${orgA.slug}/evidence`, {
        type: "rumour",
        title: "x",
        countryIso3: "XXX",
        date: "May 2024",
        visibility: "restricted",
        sources: [{ title: "", url: "ftp://example.org" }],
        links: ["no-such-item"],
      });
      assert.equal(bad.status, 422);
      assert.equal(bad.json.error.code, "invalid_input");
      assert.deepEqual(bad.json.error.problems, {
        type: "Choose what kind of evidence this is.",
        title: "Give a title of 3 to 300 characters.",
        summary: "Summarise the evidence (up to 5,000 characters).",
        countryIso3: "Choose a UN member state.",
        date: "Write the date as 2024, 2024-05 or 2024-05-31.",
        visibility: "Only reviewers and admins can record restricted evidence; choose your organisation or public.",
        "sources.0.title": "Source 1: give its title.",
        "sources.0.url": "Source 1: the web address must start with http:// or https://.",
        links: "Link the evidence to at least one commitment, option or factor.",
      });
      const wrongShape = await call("contributor", "POST", `${orgA.slug}/evidence`, { ...record("Shape"), links: "s02-o2" });
      assert.equal(wrongShape.status, 400);
      assert.equal(wrongShape.json.error.parameter, "links");
      const notJson = await call("contributor", "POST", `${orgA.slug}/evidence`, undefined, {
        "Content-Type": "application/json",
      });
      assert.equal(notJson.status, 400);
      const after = (
        await deps.repos.evidence.listEvidence(
          { visibility: [], access: { organisationId: orgA.id, visibilities: ["organisation", "restricted"] } },
          { page: 1, perPage: 1 },
        )
      ).total;
      assert.equal(after, before);
    });

    test("updates name their version: 428 without If-Match, 412 when stale (nothing overwritten), 200 with the next ETag", async () => {
      const made = await call("contributor", "POST", `${orgA.slug}/evidence`, record("Data Protection Act"));
      const path = `${orgA.slug}/evidence/${made.json.data.id}`;
      const missing = await call("contributor", "PUT", path, record("Data Protection Act 2019"));
      assert.equal(missing.status, 428);
      assert.equal(missing.json.error.code, "precondition_required");

      const first = await call(
        "contributor",
        "PUT",
        path,
        { ...record("Data Protection Act 2019"), visibility: "public" },
        { "If-Match": '"v1"' },
      );
      assert.equal(first.status, 200, first.text);
      assert.equal(first.etag, '"v2"');
      assert.equal(first.json.data.visibility, "public");

      const stale = await call("reviewer", "PUT", path, record("Overwriting title"), { "If-Match": '"v1"' });
      assert.equal(stale.status, 412);
      assert.equal(stale.json.error.currentVersion, 2);
      assert.equal(stale.etag, '"v2"');
      const kept = await call("reader", "GET", path);
      assert.equal(kept.json.data.title, "Data Protection Act 2019", "the stale save overwrote nothing");

      const weak = await call(
        "reviewer",
        "PUT",
        path,
        { ...record("Data Protection Act (2019)"), visibility: "restricted" },
        { "If-Match": 'W/"v2"' },
      );
      assert.equal(weak.status, 200, "a weak copy of the tag names the same version");
      assert.equal(weak.json.data.version, 3);

      const log = await deps.repos.audit.list(
        { actions: ["evidence.update"], entityId: made.json.data.id },
        { page: 1, perPage: 5 },
      );
      assert.equal(log.total, 2);
      assert.ok(!JSON.stringify(log.items).includes("Data Protection Act (2019)"), "restricted content stays out of the log");

      // Restricted now: the contributor who recorded it no longer sees it, and the public page is gone.
      assert.equal((await call("contributor", "GET", path)).status, 404);
      assert.equal((await call("contributor", "PUT", path, record("x"), { "If-Match": '"v3"' })).status, 404);
      assert.equal((await app.request(`/api/v1/evidence/${made.json.data.id}`)).status, 404);
      const publicSearch = await (await app.request("/api/v1/search?q=protection&type=evidence")).text();
      assert.doesNotMatch(publicSearch, /Data Protection Act/, "the index follows the new visibility");
      const readerSearch = await (
        await app.request("/api/v1/search?q=protection&type=evidence", {
          headers: { Authorization: `Bearer ${secrets.reviewer}` },
        })
      ).text();
      assert.match(readerSearch, /Data Protection Act \(2019\)/, "and the new title");
    });

    test("who may: a read token or a viewer cannot write, another organisation's token gets 403, unknown ids 404", async () => {
      const made = await call("contributor", "POST", `${orgA.slug}/evidence`, record("Penal Code amendment"));
      const path = `${orgA.slug}/evidence/${made.json.data.id}`;
      const read = await call("reader", "PUT", path, record("Changed"), { "If-Match": '"v1"' });
      assert.equal(read.status, 403);
      assert.equal((await call("outsider", "GET", path)).status, 403);
      assert.equal((await call("outsider", "PUT", path, record("Changed"), { "If-Match": '"v1"' })).status, 403);
      assert.equal((await call("outsider", "GET", `${orgB.slug}/evidence/${made.json.data.id}`)).status, 404);
      assert.equal((await call("contributor", "GET", `${orgA.slug}/evidence/no-such-record`)).status, 404);
      assert.equal((await call("contributor", "GET", `no-such-org/evidence/${made.json.data.id}`)).status, 404);
      assert.equal((await call("reader", "GET", path)).json.data.version, 1, "nothing changed");
    });

    test("canary: confidential evidence read through one organisation's token never reaches another's, nor the public", async () => {
      const made = await call("reviewer", "POST", `${orgA.slug}/evidence`, {
        ...record(`${CANARY} shelter register`, "restricted"),
        summary: `${CANARY} addresses of shelters`,
      });
      assert.equal(made.status, 201, made.text);
      const id = made.json.data.id;
      const mine = await call("reviewer", "GET", `${orgA.slug}/evidence/${id}`);
      assert.match(mine.text, new RegExp(CANARY));
      const ownSearch = await app.request("/api/v1/search?q=shelter%20register", {
        headers: { Authorization: `Bearer ${secrets.reviewer}` },
      });
      assert.match(await ownSearch.text(), new RegExp(CANARY), "the searches below would find it if they could");
      const answers = [
        await call("outsider", "GET", `${orgA.slug}/evidence/${id}`),
        await call("outsider", "GET", `${orgB.slug}/evidence/${id}`),
        await call("contributor", "GET", `${orgA.slug}/evidence/${id}`),
        await call("reader", "GET", `${orgA.slug}/evidence/${id}`),
      ];
      assert.deepEqual(
        answers.map((a) => a.status),
        [403, 404, 404, 404],
      );
      for (const path of [
        "/api/v1/search?q=shelter%20register",
        `/api/v1/evidence/${id}`,
        "/api/v1/evidence?country=KEN&per_page=200",
      ]) {
        for (const who of ["outsider", "contributor", undefined]) {
          const res = await app.request(path, who ? { headers: { Authorization: `Bearer ${secrets[who]}` } } : {});
          assert.ok(!(await res.text()).includes(CANARY), `${path} as ${who ?? "anonymous"}`);
        }
      }
      for (const a of answers) assert.ok(!a.text.includes(CANARY));
    });
  });
