/**
 * Confidential evidence never leaks. Records marked "organisation" and
 * "restricted" carry unique canary strings in their title, summary and source
 * quotation, and are linked to an assessment that gets published. Then every
 * public page reachable from the home page, the public assessment page, the
 * evidence pages, the API, the countries' counts and the JSON export are
 * searched for the canaries; so are the pages a member of another
 * organisation reaches signed in. Inside the owning organisation, a viewer
 * sees the "organisation" record and not the "restricted" one; a reviewer sees both.
 */
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import type { Evidence } from "../../src/domain/evidence/types";
import { PUBLIC } from "../../src/domain/framework/catalogue";
import { buildPublicDataset } from "../../src/reports/public-dataset";
import type { WebDeps } from "../../src/web/deps";
import { makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { crawl } from "../support/crawl";
import { openCycle } from "../support/cycles";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

const CYCLE = "2025";
const ITEM = "s02-o2";
const PUBLIC_EVIDENCE = "ken-computer-misuse-cybercrimes-act";

/** Like tests/support/crawl.ts, as a signed-in person, from several starting pages, through organisation pages too. */
async function crawlAs(app: App, headers: Record<string, string>, starts: string[], limit = 2000) {
  const seen = new Map<string, { status: number; body: string }>();
  const queue = [...starts];
  while (queue.length && seen.size < limit) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    const res = await app.request(path, { headers });
    const body = await res.text();
    seen.set(path, { status: res.status, body });
    if (!res.headers.get("content-type")?.includes("text/html")) continue;
    for (const m of body.matchAll(/href="(\/[^"#]*)/g)) {
      const href = (m[1] as string).replaceAll("&amp;", "&");
      if (!href.startsWith("/static/") && !seen.has(href)) queue.push(href);
    }
  }
  return seen;
}

for (const database of testDatabases())
  describe(`confidential evidence canaries on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let owner: Organisation;
    const tag = randomBytes(6).toString("hex");
    const ORG = `CANARY-ORG-${tag}`;
    const RES = `CANARY-RES-${tag}`;
    const people: Record<string, SignedInClient> = {};
    const canary: Record<"org" | "res", Evidence> = {} as never;
    let assessmentId = "";
    let publicCountBefore = 0;

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      owner = await makeOrganisation(deps, "cso-owner");
      await makeOrganisation(deps, "cso-elsewhere");
      for (const [name, role, slug] of [
        ["viewer", "viewer", owner.slug],
        ["contributor", "contributor", owner.slug],
        ["reviewer", "reviewer", owner.slug],
        ["reviewer2", "reviewer", owner.slug],
        ["outsider", "admin", "cso-elsewhere"],
      ] as const)
        people[name] = await signedInAs(deps, { role, orgSlug: slug });
      await openCycle(deps.repos.assessments, CYCLE);
      publicCountBefore = (await deps.repos.evidence.countByCountry(PUBLIC)).get("KEN") ?? 0;
      assert.ok(publicCountBefore > 0);

      // Both records through the evidence form, as the people would.
      const formPath = `/orgs/${owner.slug}/evidence/new`;
      for (const [key, who, visibility, word] of [
        ["org", "contributor", "organisation", ORG],
        ["res", "reviewer", "restricted", RES],
      ] as const) {
        const client = people[who]!;
        const page = await (await app.request(`${formPath}?country=KEN&item=${ITEM}`, { headers: client.headers() })).text();
        const body = withFields(formFields(page, formPath), {
          type: "other",
          title: `${word} title`,
          summary: `${word} summary of a confidential source`,
          visibility,
          "sources.0.title": `${word} source`,
          "sources.0.quotation": `${word} quotation`,
          "sources.0.url": "https://example.org/confidential",
        });
        const res = await app.request(formPath, { method: "POST", headers: client.headers(), body });
        assert.equal(res.status, 303, await res.text());
        const mine = await deps.repos.evidence.listEvidence(
          { country: "KEN", visibility: [], access: { organisationId: owner.id, visibilities: ["organisation", "restricted"] } },
          { page: 1, perPage: 100 },
        );
        canary[key] = mine.items.find((e) => e.title === `${word} title`)!;
        assert.equal(canary[key]?.visibility, visibility);
      }

      // A reviewer links both and a public record, sends it; another reviewer publishes.
      const editor = `/orgs/${owner.slug}/assess/KEN/${CYCLE}/${ITEM}`;
      const send = async (client: SignedInClient, path: string, action: string, changes: Record<string, string | string[]>) => {
        const html = await (await app.request(path, { headers: client.headers() })).text();
        const res = await app.request(action, {
          method: "POST",
          headers: client.headers(),
          body: withFields(formFields(html, action), changes),
        });
        assert.equal(res.status, 303, `${action}: ${res.status}`);
      };
      await send(people.reviewer!, editor, editor, {
        status: "planned",
        narrative: "A public narrative.",
        confidence: "medium",
        evidence: [canary.org.id, canary.res.id, PUBLIC_EVIDENCE],
      });
      await send(people.reviewer!, editor, `${editor}/submit`, {});
      await send(people.reviewer2!, editor, `${editor}/publish`, {});
      const [published] = await deps.repos.assessments.latestPublications({ countryIso3: "KEN", itemId: ITEM });
      assert.ok(published, "nothing was published");
      assessmentId = published.assessmentId;
      assert.deepEqual(
        [...published.snapshot.evidenceIds].sort(),
        [canary.org.id, canary.res.id, PUBLIC_EVIDENCE].sort(),
        "the published snapshot links the canaries, so the searches below mean something",
      );
    });
    after(() => cleanup());

    /** Canary strings and ids in a body; a 404 page may repeat the id that its own address asked for. */
    const leaks = (path: string, text: string) =>
      [ORG, RES, canary.org.id, canary.res.id].filter((s) => text.includes(s) && !path.includes(s));

    test("no public page, API answer or export shows a canary, and the public evidence count is unchanged", async () => {
      const pages = await crawl(app);
      assert.ok(pages.has(`/assessments/${assessmentId}`), "the published assessment is reachable from the home page");
      const seen = new Map([...pages].map(([path, p]) => [path, p.html]));
      const extra = [
        `/assessments/${assessmentId}`,
        `/evidence/${canary.org.id}`,
        `/evidence/${canary.res.id}`,
        `/api/v1/evidence/${canary.org.id}`,
        `/api/v1/evidence/${canary.res.id}`,
        "/api/v1/countries/KEN",
        "/api/v1/countries?has_evidence=true&per_page=200",
        "/countries",
        "/countries?evidence=yes",
        // Search, by the canaries' words, their tag, and a word of their summaries, with and without facets.
        "/search?q=canary",
        `/search?q=${tag}`,
        "/search?q=confidential%20source",
        "/search?q=canar*&country=KEN",
        "/api/v1/search?q=canary",
        `/api/v1/search?q=${tag}`,
        "/api/v1/search?q=confidential&type=evidence",
      ];
      for (let page = 1; page < 50; page++) extra.push(`/api/v1/evidence?country=KEN&per_page=200&page=${page}`);
      // Every JSON twin that a crawled page links to, too.
      for (const html of pages.values())
        for (const m of html.html.matchAll(/rel="alternate" type="application\/json" href="([^"]+)"/g)) extra.push(m[1]!);
      for (const path of new Set(extra)) {
        const res = await app.request(path.replaceAll("&amp;", "&"));
        seen.set(path, await res.text());
      }
      for (const path of [`/evidence/${canary.org.id}`, `/evidence/${canary.res.id}`, `/api/v1/evidence/${canary.org.id}`])
        assert.equal((await app.request(path)).status, 404, path);
      seen.set("export", JSON.stringify(await buildPublicDataset(deps.repos, deps.config.publicOrigin)));

      const leaked = [...seen].flatMap(([path, body]) => leaks(path, body).map((s) => `${path}: ${s}`));
      assert.deepEqual(leaked, []);
      assert.ok(seen.size > 400, `only ${seen.size} pages searched`);

      const assessment = seen.get(`/assessments/${assessmentId}`)!;
      assert.match(assessment, new RegExp(`href="/evidence/${PUBLIC_EVIDENCE}"`), "the public record is shown");
      assert.match(assessment, /A public narrative\./);

      assert.equal((await deps.repos.evidence.countByCountry(PUBLIC)).get("KEN"), publicCountBefore);
      assert.ok(seen.get("/countries")!.includes(`>Kenya</a><span class="count"> ${publicCountBefore}</span>`));
      const api = JSON.parse(seen.get("/api/v1/countries/KEN")!) as { data: { evidenceCount: number; evidence: unknown[] } };
      assert.equal(api.data.evidenceCount, publicCountBefore);
      assert.equal(api.data.evidence.length, publicCountBefore);
      const list = JSON.parse(seen.get("/api/v1/evidence?country=KEN&per_page=200&page=1")!) as { meta: { total: number } };
      assert.equal(list.meta.total, publicCountBefore);
      assert.match(seen.get("/countries/KEN")!, new RegExp(`${publicCountBefore} public evidence records`));
      const searched = JSON.parse(seen.get(`/api/v1/search?q=${tag}`)!) as { meta: { total: number }; facets: object };
      assert.equal(searched.meta.total, 0, "search does not count the canaries");
      assert.deepEqual(searched.facets, {});
    });

    test("a member of another organisation, signed in, never meets a canary on the pages they can reach", async () => {
      const outsider = people.outsider!;
      const pages = await crawlAs(app, outsider.headers(), [
        "/",
        `/orgs/cso-elsewhere/workspace?country=KEN&cycle=${CYCLE}`,
        `/orgs/cso-elsewhere/assess/KEN/${CYCLE}/${ITEM}`,
        `/orgs/cso-elsewhere/evidence/new?country=KEN`,
        `/orgs/${owner.slug}/workspace?country=KEN&cycle=${CYCLE}`,
        `/orgs/${owner.slug}/assess/KEN/${CYCLE}/${ITEM}`,
        `/assessments/${assessmentId}`,
        `/evidence/${canary.org.id}`,
        `/api/v1/evidence?country=KEN&per_page=200`,
        "/search?q=canary",
        `/api/v1/search?q=${tag}`,
      ]);
      const reached = [...pages].filter(([, p]) => p.status === 200).map(([path]) => path);
      assert.ok(reached.includes(`/orgs/cso-elsewhere/assess/KEN/${CYCLE}/${ITEM}`), "their own editor was reached");
      assert.ok(reached.filter((p) => p.startsWith("/orgs/cso-elsewhere/assess/")).length >= 61, "their editors were crawled");
      assert.equal(pages.get(`/orgs/${owner.slug}/assess/KEN/${CYCLE}/${ITEM}`)?.status, 403);
      const leaked = [...pages].flatMap(([path, p]) => leaks(path, p.body).map((s) => `${path}: ${s}`));
      assert.deepEqual(leaked, []);
    });

    test("inside the organisation: a viewer and a contributor see the organisation record only, a reviewer both", async () => {
      const editor = `/orgs/${owner.slug}/assess/KEN/${CYCLE}/${ITEM}`;
      const html = async (who: string) => (await app.request(editor, { headers: people[who]!.headers() })).text();
      for (const who of ["viewer", "contributor"]) {
        const page = await html(who);
        assert.ok(page.includes(`${ORG} title`), `${who} sees the organisation record`);
        assert.deepEqual(
          [RES, canary.res.id].filter((s) => page.includes(s)),
          [],
          `${who} sees the restricted record`,
        );
        assert.match(page, /One more linked record is not shown to you/);
      }
      // Search finds for each person what they may see.
      const found = async (who: string) => {
        const res = await app.request(`/api/v1/search?q=${tag}`, { headers: people[who]!.headers() });
        return ((await res.json()) as { data: { title: string }[] }).data.map((h) => h.title).sort();
      };
      assert.deepEqual(await found("viewer"), [`${ORG} title`]);
      assert.deepEqual(await found("reviewer"), [`${ORG} title`, `${RES} title`]);
      const reviewer = await html("reviewer");
      assert.ok(reviewer.includes(`${ORG} title`) && reviewer.includes(`${RES} title`), "a reviewer sees both");

      // A contributor's save keeps the restricted link they cannot see.
      const contributor = people.contributor!;
      const form = formFields(await html("contributor"), editor);
      const saved = await app.request(editor, {
        method: "POST",
        headers: contributor.headers(),
        body: withFields(form, { narrative: "Edited by a contributor." }),
      });
      assert.equal(saved.status, 303);
      const stored = await deps.repos.assessments.get(assessmentId);
      assert.ok(stored?.evidenceIds.includes(canary.res.id), "the restricted link survived a save by someone who cannot see it");

      // Public routes never show confidential records, even to the organisation's own people.
      for (const who of ["viewer", "reviewer"])
        assert.equal((await app.request(`/evidence/${canary.org.id}`, { headers: people[who]!.headers() })).status, 404);
    });
  });
