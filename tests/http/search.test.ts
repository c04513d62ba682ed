/**
 * Search end to end, on every database: evidence recorded through the web form
 * in the six UN languages is found at once by inflected and differently
 * spelled words; facets narrow and count; confidential evidence is found only
 * by those who may see it; the page and the API agree; and every database
 * returns the same results in the same order.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import type { WebDeps } from "../../src/web/deps";
import { makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

interface ApiResults {
  data: { type: string; id: string; title: string; snippet: string; highlights: [number, number][]; confidential: boolean }[];
  meta: { total: number; page: number; ignored: string[]; problem?: string };
  facets: Record<string, { value: string; label: string; count: number }[]>;
  links: { next: string | null };
}

/** Public evidence in each UN language, recorded through the form; the words searched for differ in form from these. */
const RECORDS = [
  { lang: "en", country: "KEN", title: "Kenyan bill on stalking of women journalists", summary: "Criminalises stalking." },
  { lang: "fr", country: "SEN", title: "Loi sur le harcèlement en ligne des femmes", summary: "La loi punit le harcèlement." },
  { lang: "es", country: "COL", title: "Ley contra la violencia digital hacia las mujeres", summary: "Protege a las niñas." },
  { lang: "ar", country: "TUN", title: "قانون مكافحة العنف الإلكتروني ضد المرأة", summary: "يجرم التحرش عبر الإنترنت." },
  { lang: "ru", country: "KAZ", title: "Закон о насилии в отношении женщин в интернете", summary: "Защита женщин." },
  { lang: "zh", country: "CHN", title: "关于网络暴力侵害妇女的法规", summary: "保护妇女和女童免受网络暴力。" },
];

/** A query per language, with a word form or spelling the record does not use, and the record it must find. */
const LANGUAGE_QUERIES: [string, number][] = [
  ["woman journalist", 0],
  ["harcelement femme", 1],
  ["violencias mujer", 2],
  ["الالكتروني المراة", 3],
  ["насилие женщина", 4],
  ["网络暴力", 5],
];

/** Queries whose ordered results must be the same on every database. */
const COMPARED = [
  "women",
  "online harassment",
  '"gender-based violence"',
  "survivor OR victim",
  "data -protection",
  "cyber*",
  "Kenya",
  "law",
  "عنف",
];

const results = new Map<string, Map<string, string[]>>();

for (const database of testDatabases())
  describe(`search on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let owner: Organisation;
    const people: Record<string, SignedInClient> = {};
    const ids: string[] = [];

    const api = async (query: string, client?: SignedInClient): Promise<ApiResults> => {
      const res = await app.request(`/api/v1/search?${query}`, client ? { headers: client.headers() } : {});
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as ApiResults;
    };

    async function record(client: SignedInClient, fields: Record<string, string>) {
      const formPath = `/orgs/${owner.slug}/evidence/new`;
      const page = await (await app.request(`${formPath}?item=s02-o2`, { headers: client.headers() })).text();
      const res = await app.request(formPath, {
        method: "POST",
        headers: client.headers(),
        body: withFields(formFields(page, formPath), { type: "law", "sources.0.title": "Official gazette", ...fields }),
      });
      assert.equal(res.status, 303, await res.text());
    }

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      owner = await makeOrganisation(deps, "cso-search");
      await makeOrganisation(deps, "cso-other");
      people.contributor = await signedInAs(deps, { role: "contributor", orgSlug: owner.slug });
      people.viewer = await signedInAs(deps, { role: "viewer", orgSlug: owner.slug });
      people.reviewer = await signedInAs(deps, { role: "reviewer", orgSlug: owner.slug });
      people.outsider = await signedInAs(deps, { role: "admin", orgSlug: "cso-other" });
      for (const r of RECORDS)
        await record(people.contributor, {
          title: r.title,
          summary: r.summary,
          countryIso3: r.country,
          visibility: "public",
        });
      await record(people.contributor, {
        title: "Zephyrine organisation memo",
        summary: "Internal notes.",
        countryIso3: "KEN",
        visibility: "organisation",
      });
      await record(people.reviewer, {
        title: "Zephyrine restricted witness statement",
        summary: "A survivor's account.",
        countryIso3: "KEN",
        visibility: "restricted",
      });
      const mine = await deps.repos.evidence.listEvidence(
        { visibility: ["public"], access: { organisationId: owner.id, visibilities: ["organisation", "restricted"] } },
        { page: 1, perPage: 1000 },
      );
      for (const r of RECORDS) ids.push(mine.items.find((e) => e.title === r.title)?.id ?? "");
      assert.ok(ids.every(Boolean));
    });
    after(() => cleanup());

    test("a record is found as soon as it is saved, in each of the six UN languages, by other word forms", async () => {
      for (const [q, index] of LANGUAGE_QUERIES) {
        const found = await api(`q=${encodeURIComponent(q)}`);
        assert.ok(
          found.data.some((h) => h.type === "evidence" && h.id === ids[index]),
          `"${q}" finds ${RECORDS[index]?.title}: got ${found.data.map((h) => h.title).join(" | ")}`,
        );
      }
    });

    test("word forms, phrases, OR, exclusion and prefixes behave as the help says", async () => {
      const titles = async (q: string) => (await api(`q=${encodeURIComponent(q)}`)).data.map((h) => h.title);
      assert.ok((await api("q=woman")).meta.total > 50, "woman finds the many records about women");
      assert.ok(
        (await titles("harass")).some((t) => /harassment/i.test(t)),
        "harass finds harassment",
      );
      const phrase = await api(`q=${encodeURIComponent('"online harassment"')}`);
      const words = await api(`q=${encodeURIComponent("harassment online")}`);
      assert.ok(phrase.meta.total > 0 && phrase.meta.total <= words.meta.total);
      const either = await api(`q=${encodeURIComponent("stalking OR doxing")}`);
      const stalking = await api("q=stalking");
      assert.ok(either.meta.total >= stalking.meta.total);
      const without = await api(`q=${encodeURIComponent("stalking -journalists")}`);
      assert.ok(!without.data.some((h) => h.id === ids[0]), "a minus leaves out what contains the word");
      assert.ok((await api(`q=${encodeURIComponent("stalking journalists")}`)).data.some((h) => h.id === ids[0]));
      assert.ok(
        (await titles("harass*")).some((t) => /harassment/i.test(t)),
        "harass* finds harassment",
      );
      const common = await api(`q=${encodeURIComponent("the stalking")}`);
      assert.deepEqual(common.meta.ignored, ["the"]);
    });

    test("snippets mark the matching words", async () => {
      const found = await api(`q=${encodeURIComponent("harcèlement")}`);
      const hit = found.data.find((h) => h.id === ids[1]);
      assert.ok(hit);
      const marked = hit.highlights.map(([a, b]) => hit.snippet.slice(a, b).toLowerCase());
      assert.ok(marked.includes("harcèlement"), JSON.stringify(hit));
      const page = await (await app.request(`/search?q=${encodeURIComponent("harcèlement")}`)).text();
      assert.match(page, /<mark>harcèlement<\/mark>/);
    });

    test("facets count every match and narrow as plain links", async () => {
      const all = await api("q=violence");
      const types = all.facets.type ?? [];
      assert.equal(
        types.reduce((n, f) => n + f.count, 0),
        all.meta.total,
        "type counts add up to the total",
      );
      const commitments = types.find((f) => f.value === "commitment");
      assert.ok(commitments && commitments.count > 0);
      const narrowed = await api("q=violence&type=commitment");
      assert.equal(narrowed.meta.total, commitments.count);
      assert.ok(narrowed.data.every((h) => h.type === "commitment"));
      const kenya = await api("q=stalking&country=KEN");
      assert.ok(kenya.data.some((h) => h.id === ids[0]));
      assert.ok(!(await api("q=stalking&country=SEN")).data.some((h) => h.id === ids[0]));
      const africa = await api("q=harcelement&region=002");
      assert.ok(
        africa.data.some((h) => h.id === ids[1]),
        "Senegal is in Africa (M49 002)",
      );
      const page = await (await app.request("/search?q=violence")).text();
      assert.match(page, /href="\/search\?q=violence&amp;type=commitment"/);
      const strategy = all.facets.strategy?.[0];
      assert.ok(strategy, "results are counted by strategy");
      const byStrategy = await api(`q=violence&strategy=${strategy.value}`);
      assert.equal(byStrategy.meta.total, strategy.count);
    });

    test("confidential evidence is found only by the members who may see it, not even as a count", async () => {
      const q = "q=zephyrine";
      const anonymous = await api(q);
      assert.equal(anonymous.meta.total, 0);
      assert.deepEqual(anonymous.facets, {});
      const outsider = await api(q, people.outsider);
      assert.equal(outsider.meta.total, 0);
      const viewer = await api(q, people.viewer);
      assert.deepEqual(
        viewer.data.map((h) => [h.title, h.confidential]),
        [["Zephyrine organisation memo", true]],
      );
      const reviewer = await api(q, people.reviewer);
      assert.equal(reviewer.meta.total, 2);
      const page = await (await app.request(`/search?${q}`)).text();
      assert.doesNotMatch(page, /Zephyrine organisation|Zephyrine restricted/);
      const memberPage = await (await app.request(`/search?${q}`, { headers: people.viewer!.headers() })).text();
      const link = memberPage.match(/href="(\/orgs\/cso-search\/evidence\/[^"]+)"/)?.[1];
      assert.ok(link, "the member's result links to the record in the organisation's space");
      const opened = await app.request(link, { headers: people.viewer!.headers() });
      assert.equal(opened.status, 200);
      assert.match(await opened.text(), /Confidential\./);
      assert.equal((await app.request(link, { headers: people.outsider!.headers() })).status, 403);
    });

    test("bad parameters get a clear error; an empty search explains itself", async () => {
      const res = await app.request("/api/v1/search?q=violence&year=twenty");
      assert.equal(res.status, 400);
      const body = (await res.json()) as { error: { parameter: string; message: string } };
      assert.equal(body.error.parameter, "year");
      const page = await app.request("/search?q=violence&page=0");
      assert.equal(page.status, 400);
      assert.match(await page.text(), /The page must be an integer from 1 to 50/);
      const onlyExcluded = await api(`q=${encodeURIComponent("-violence")}`);
      assert.match(onlyExcluded.meta.problem ?? "", /cannot only exclude/);
      const blank = await (await app.request("/search")).text();
      assert.match(blank, /<input id="search-q" type="search" name="q"/);
    });

    test("the page and the API list the same results; the search box is on every page", async () => {
      const q = "online harassment";
      const json = await api(`q=${encodeURIComponent(q)}`);
      const html = await (await app.request(`/search?q=${encodeURIComponent(q)}`)).text();
      const pageTitles = [...html.matchAll(/<h3><a href="[^"]+">([^<]+)<\/a><\/h3>/g)].map((m) => m[1]);
      assert.deepEqual(
        pageTitles,
        json.data.map((h) => h.title.replaceAll("&", "&amp;").replaceAll("'", "&#39;")),
      );
      const home = await (await app.request("/")).text();
      assert.match(home, /<search class="site-search"><form method="get" action="\/search">/);
      const recorded: Map<string, string[]> = new Map();
      for (const query of COMPARED) {
        const all = await api(`q=${encodeURIComponent(query)}`);
        const second = all.links.next ? await api(`q=${encodeURIComponent(query)}&page=2`) : { data: [] };
        recorded.set(query, [
          `total ${all.meta.total}`,
          ...[...all.data, ...second.data].map((h) => `${h.type}:${/^[0-9a-f-]{36}$/.test(h.id) ? h.title : h.id}`),
        ]);
      }
      results.set(database.name, recorded);
    });
  });

test("every database returns the same results in the same order", () => {
  const [first, ...others] = [...results];
  assert.ok(first, "no database ran");
  for (const [name, recorded] of others)
    for (const query of COMPARED) assert.deepEqual(recorded.get(query), first[1].get(query), `${name} vs ${first[0]}: ${query}`);
});
