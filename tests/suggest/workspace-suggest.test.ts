/**
 * The evidence form's "Suggest links" step end to end, on every database: a
 * contributor uploads a DOCX, accepts two suggestions and saves; the record has
 * exactly those links. Rejected suggestions are not linked; bad uploads are
 * refused with a message and keep what was typed; only contributors and up may
 * use the step.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import type { Evidence } from "../../src/domain/evidence/types";
import type { WebDeps } from "../../src/web/deps";
import { makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";
import { makeDocx } from "./fixtures";

const LAW = [
  "Online Safety and Protection of Women Act",
  "Section 3. A person who shares, publishes or threatens to share an intimate image of another person without consent commits an offence and is liable to imprisonment for up to three years.",
  "Section 9. The Online Safety Commissioner may order a social media service to remove intimate images shared without consent within 24 hours; a provider that fails to comply is liable to a penalty.",
  "Section 14. The Minister shall fund a national helpline offering counselling and legal aid to survivors of technology-facilitated abuse.",
];

const ALL_VISIBILITIES = ["public", "organisation", "restricted"] as const;

for (const database of testDatabases())
  describe(`evidence form: suggest links on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    let contributor: SignedInClient;
    let viewer: SignedInClient;
    const formPath = () => `/orgs/${org.slug}/evidence/new`;
    const suggestPath = () => `/orgs/${org.slug}/evidence/new/suggest`;

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, "cso-suggest");
      contributor = await signedInAs(deps, { role: "contributor", orgSlug: org.slug });
      viewer = await signedInAs(deps, { role: "viewer", orgSlug: org.slug });
    });
    after(() => cleanup());

    const GOOD = {
      type: "law",
      title: "Online Safety and Protection of Women Act",
      summary: "Criminalises sharing intimate images without consent and sets up takedown orders and a helpline.",
      countryIso3: "KEN",
      visibility: "public",
      "sources.0.title": "Official gazette",
    };

    /** The blank form's fields with GOOD filled in, as a multipart body with the given file and extra fields. */
    async function suggestBody(client: SignedInClient, file?: File, extra: Record<string, string> = {}) {
      const html = await (await app.request(`${formPath()}?country=KEN`, { headers: client.headers() })).text();
      const body = new FormData();
      for (const [k, v] of withFields(formFields(html, formPath()), { ...GOOD, ...extra }))
        if (k !== "document") body.append(k, v);
      if (file) body.append("document", file);
      return body;
    }
    const postSuggest = (client: SignedInClient, body: FormData) =>
      app.request(suggestPath(), { method: "POST", headers: client.headers(), body });
    const save = (client: SignedInClient, html: string, changes: Record<string, string | string[]>) =>
      app.request(formPath(), {
        method: "POST",
        headers: client.headers(),
        body: withFields(formFields(html, formPath()), changes),
      });
    async function saved(title: string): Promise<Evidence | undefined> {
      const page = await deps.repos.evidence.listEvidence(
        {
          country: "KEN",
          visibility: ALL_VISIBILITIES,
          access: { organisationId: org.id, visibilities: ["organisation", "restricted"] },
        },
        { page: 1, perPage: 200 },
      );
      return page.items.find((e) => e.title === title);
    }
    /** The "Suggest links" fieldset and the error summary: what the assertions are about (the page is long). */
    const step = (html: string) =>
      (html.match(/<div class="error-summary"[\s\S]*?<\/div>/)?.[0] ?? "") +
      (html.match(/<fieldset class="field suggest"[\s\S]*?<legend>What it bears on/)?.[0] ?? "no suggest step");
    const suggestedIds = (html: string) => [...html.matchAll(/name="accept" value="([^"]+)"/g)].map((m) => m[1]!);

    test("upload a DOCX, accept two suggestions, save: the record links exactly those two", async () => {
      const docx = new File([makeDocx(LAW)], "online-safety-act.docx", {
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      });
      const res = await postSuggest(contributor, await suggestBody(contributor, docx));
      assert.equal(res.status, 200);
      const page = await res.text();
      const html = step(page);
      assert.match(html, /<legend>Suggested links<\/legend>/);
      assert.match(html, /Read online-safety-act\.docx \(DOCX, [\d,]+ characters, \d+ passages\)/);
      assert.match(html, /<mark>[^<]+<\/mark>/, "matched words are marked in the passages");
      assert.match(html, /Why: the text says [^<]*intimate/i);
      assert.match(html, /<label for="accept">Accept: /, "each suggestion has a labelled checkbox");
      assert.ok(page.includes('value="Online Safety and Protection of Women Act"'), "what was typed is kept");
      const ids = suggestedIds(html);
      assert.ok(ids.length >= 3, ids.join());
      assert.ok(ids.includes("csw67-c02"), `the offence of sharing intimate images: ${ids.join()}`);
      assert.ok(
        ids.slice(0, 5).some((id) => ["s07-o3", "csw67-c09", "csw67-c06"].includes(id)),
        ids.join(),
      );
      assert.doesNotMatch(html, /name="accept" value="[^"]+" checked/, "nothing is accepted until the person ticks it");

      const chosen = [ids[0]!, ids[2]!];
      const made = await save(contributor, page, { ...GOOD, title: "Accepted two", accept: chosen });
      assert.equal(made.status, 303, await made.text());
      const record = await saved("Accepted two");
      assert.deepEqual(record?.links, [...chosen].sort());
    });

    test("rejecting (leaving unticked) keeps a suggestion out; ticked links below are kept", async () => {
      const body = await suggestBody(contributor, undefined, { suggestText: LAW.join("\n\n") });
      const page = await (await postSuggest(contributor, body)).text();
      const ids = suggestedIds(page);
      assert.ok(ids.length >= 2);
      assert.match(step(page), new RegExp(`<textarea[^>]*name="suggestText"[^>]*>${LAW[0]}`), "the pasted text stays in the box");
      const made = await save(contributor, page, { ...GOOD, title: "Rejected one", accept: ids[1]!, links: "data-access" });
      assert.equal(made.status, 303);
      const record = await saved("Rejected one");
      assert.deepEqual(record?.links, [ids[1]!, "data-access"].sort());
      assert.ok(!record?.links.includes(ids[0]!), "the unticked suggestion was not linked");
    });

    test("bad input is refused with a clear message, keeps the form and saves nothing", async () => {
      const before = (await saved("Nothing saved")) === undefined;
      assert.ok(before);
      const cases: [File | undefined, Record<string, string>, RegExp, string][] = [
        [undefined, { title: "Nothing saved" }, /Paste the text of the document, or choose a file to upload\./, "suggestText"],
        [
          new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "broken.docx"),
          { title: "Nothing saved" },
          /damaged/,
          "document",
        ],
        [
          new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])], "photo.png"),
          { title: "Nothing saved" },
          /not supported/,
          "document",
        ],
      ];
      for (const [file, extra, message, field] of cases) {
        const res = await postSuggest(contributor, await suggestBody(contributor, file, extra));
        assert.equal(res.status, 400, String(message));
        const page = await res.text();
        const html = step(page);
        assert.match(html, /There is a problem/);
        assert.match(html, new RegExp(`href="#${field}"`));
        assert.match(html, message);
        assert.ok(page.includes('value="Nothing saved"'), "the title typed is kept");
      }
      assert.equal(await saved("Nothing saved"), undefined);
    });

    test("only contributors and up may use the step; the form works without a file field", async () => {
      const body = await suggestBody(contributor, undefined, { suggestText: LAW[1]! });
      assert.equal((await postSuggest(viewer, body)).status, 403);
      const anonymous = await app.request(suggestPath(), { method: "POST", body });
      assert.equal(anonymous.status, 403);
      const page = step(await (await app.request(`${formPath()}?country=KEN`, { headers: contributor.headers() })).text());
      assert.match(page, /<legend>Suggest links from the document<\/legend>/);
      assert.match(page, /<label for="document">Or upload the document<\/label>/);
      assert.match(page, new RegExp(`formaction="${suggestPath()}" formenctype="multipart/form-data"`));
    });
  });
