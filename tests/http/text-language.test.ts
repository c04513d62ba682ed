/**
 * "Language of this text": a new evidence record or assessment records the
 * language its texts are written in, from the web forms and from the write
 * API, so that translators see which languages still need it. The form offers
 * the reader's own language first; a language that is not one gets a specific
 * error and creates nothing; later saves leave the recorded language alone.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import { apiTokenService } from "../../src/domain/auth/api-token-service";
import type { WebDeps } from "../../src/web/deps";
import { ctx, makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { openCycle } from "../support/cycles";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, formHtml, withFields } from "../support/forms";

const EDITOR = (org: string, item: string) => `/orgs/${org}/assess/KEN/2025/${item}`;
const EVIDENCE = {
  type: "policy",
  title: "Política nacional contra el acoso en línea",
  summary: "Una política.",
  countryIso3: "KEN",
  visibility: "organisation",
  "sources.0.title": "Diario oficial",
  links: "s02-o2",
};

for (const database of testDatabases())
  describe(`language of a new record's text on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    let contributor: SignedInClient;
    let token = "";

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, "lang-text");
      contributor = await signedInAs(deps, { role: "contributor", orgSlug: org.slug });
      await openCycle(deps.repos.assessments);
      token = (
        await apiTokenService(deps.repos, deps.crypto).create(
          contributor.user,
          { name: "import", organisationId: org.id, scope: "read-write", expiresInDays: "30" },
          ctx(),
        )
      ).secret;
    });
    after(() => cleanup());

    const get = async (path: string) => app.request(path, { headers: contributor.headers() });
    const post = async (path: string, body: URLSearchParams) =>
      app.request(path, { method: "POST", headers: contributor.headers(), body });
    const languageOf = async (type: "evidence" | "assessment", id: string) =>
      (await deps.repos.translations.load([{ type, id }])).languages.get(`${type}:${id}`);
    const evidenceCount = async () =>
      (
        await deps.repos.evidence.listEvidence(
          { visibility: ["public"], access: { organisationId: org.id, visibilities: ["organisation", "restricted"] } },
          { page: 1, perPage: 1 },
        )
      ).total;
    const api = (method: string, path: string, body: unknown) =>
      app.request(`/api/v1/orgs/${org.slug}/${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "If-None-Match": "*" },
        body: JSON.stringify(body),
      });

    test("the evidence form offers the reader's language first and records the one chosen", async () => {
      const formPath = `/orgs/${org.slug}/evidence/new`;
      const html = await (await get(`/fr${formPath}`)).text();
      const form = formHtml(html, `/fr${formPath}`);
      assert.match(form, /<select[^>]*name="language"/, "the field is there");
      assert.match(form, /<option value="fr" selected/, "French first chosen for a French reader");
      const fields = formFields(html, `/fr${formPath}`);

      const before = await evidenceCount();
      const refused = await post(`/fr${formPath}`, withFields(fields, { ...EVIDENCE, language: "espagnol!" }));
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /href="#language"/, "the error summary links to the field");
      assert.equal(await evidenceCount(), before, "nothing created");

      const saved = await post(`/fr${formPath}`, withFields(fields, { ...EVIDENCE, language: "es" }));
      assert.equal(saved.status, 303, await saved.text());
      const records = await deps.repos.evidence.listEvidence(
        { visibility: [], access: { organisationId: org.id, visibilities: ["organisation"] } },
        { page: 1, perPage: 10 },
      );
      const record = records.items.find((r) => r.title === EVIDENCE.title);
      assert.ok(record, "the record was created");
      assert.equal(await languageOf("evidence", record.id), "es");
    });

    test("a new assessment records its language; the editor of an existing one does not ask again", async () => {
      const path = EDITOR(org.slug, "s02-o2");
      const html = await (await get(`/ar${path}`)).text();
      assert.match(formHtml(html, `/ar${path}`), /<option value="ar" selected/);
      const saved = await post(
        `/ar${path}`,
        withFields(formFields(html, `/ar${path}`), {
          status: "planned",
          narrative: "تخطط الحكومة لخط مساعدة.",
          confidence: "medium",
        }),
      );
      assert.equal(saved.status, 303, await saved.text());
      const assessment = await deps.repos.assessments.find({
        organisationId: org.id,
        countryIso3: "KEN",
        cycleId: "2025",
        itemId: "s02-o2",
      });
      assert.ok(assessment);
      assert.equal(await languageOf("assessment", assessment.id), "ar");

      const again = await (await get(path)).text();
      assert.doesNotMatch(formHtml(again, path), /name="language"/, "recorded once, at creation");
      const resaved = await post(
        path,
        withFields(formFields(again, path), { narrative: "Still Arabic, edited.", language: "en" }),
      );
      assert.equal(resaved.status, 303);
      assert.equal(await languageOf("assessment", assessment.id), "ar", "a later save leaves it alone");
    });

    test("the write API takes `language` when it creates a record, and refuses one that is not a language", async () => {
      const body = {
        type: "law",
        title: "Loi relative à la cybercriminalité",
        summary: "Une loi.",
        countryIso3: "KEN",
        visibility: "organisation",
        sources: [{ title: "Journal officiel" }],
        links: ["s02-o2"],
      };
      const before = await evidenceCount();
      const bad = await api("POST", "evidence", { ...body, language: "français!" });
      assert.equal(bad.status, 422);
      const problem = (await bad.json()) as { error: { message: string } };
      assert.match(problem.error.message, /language/i);
      assert.equal(await evidenceCount(), before, "nothing created");

      const made = await api("POST", "evidence", { ...body, language: "fr-CA" });
      const madeBody = await made.text();
      assert.equal(made.status, 201, madeBody);
      const id = (JSON.parse(madeBody) as { data: { id: string } }).data.id;
      assert.equal(await languageOf("evidence", id), "fr-CA");

      const assessment = await api("PUT", "assessments/KEN/2025/s03-o1", {
        status: "in_progress",
        narrative: "El gobierno prepara una ley.",
        confidence: "low",
        language: "es",
      });
      const assessmentBody = await assessment.text();
      assert.equal(assessment.status, 201, assessmentBody);
      const created = (JSON.parse(assessmentBody) as { data: { id: string } }).data.id;
      assert.equal(await languageOf("assessment", created), "es");

      const spec = (await (await app.request("/api/v1/openapi.json")).json()) as {
        components: { schemas: Record<string, { properties: Record<string, unknown> }> };
      };
      assert.ok(spec.components.schemas.EvidenceWrite?.properties.language, "documented for evidence");
      assert.ok(spec.components.schemas.AssessmentWrite?.properties.language, "documented for assessments");
    });
  });
