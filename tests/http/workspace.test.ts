/**
 * Assessing through the pages, on every database, with real people: the
 * workspace, the editor's forms, review with four eyes, the public pages,
 * conflicts, closed cycles, the right of reply, bad input and who may do what.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import type { Organisation } from "../../src/domain/accounts/types";
import type { Assessment } from "../../src/domain/assessments/types";
import type { WebDeps } from "../../src/web/deps";
import { makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import { type App, anonymousClient, type Client } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

const CYCLE = "2025";
const EDITOR = (org: string, item: string, cycle = CYCLE) => `/orgs/${org}/assess/KEN/${cycle}/${item}`;

for (const database of testDatabases())
  describe(`workspace and editor on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    let gov: Organisation;
    let other: Organisation;
    let anonymous: Client;
    const people: Record<string, SignedInClient> = {};

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, "cso-ws");
      gov = await makeOrganisation(deps, "gov-ken", "government_body", "KEN");
      other = await makeOrganisation(deps, "cso-other");
      for (const [name, role, slug] of [
        ["viewer", "viewer", org.slug],
        ["contributor", "contributor", org.slug],
        ["contributor2", "contributor", org.slug],
        ["reviewer", "reviewer", org.slug],
        ["official", "contributor", gov.slug],
        ["outsider", "admin", other.slug],
      ] as const)
        people[name] = await signedInAs(deps, { role, orgSlug: slug });
      people.superadmin = await signedInAs(deps, { superadmin: true });
      anonymous = await anonymousClient(app, deps);
    });
    after(() => cleanup());

    const get = async (client: Client | undefined, path: string) =>
      app.request(path, client ? { headers: client.headers() } : {});
    const post = async (client: Client, path: string, body: URLSearchParams | Record<string, string>) =>
      app.request(path, {
        method: "POST",
        headers: client.headers(),
        body: body instanceof URLSearchParams ? body : client.form(body),
      });
    const stored = (item: string): Promise<Assessment | undefined> =>
      deps.repos.assessments.find({ organisationId: org.id, countryIso3: "KEN", cycleId: CYCLE, itemId: item });

    /** Opens the editor as a person, fills the form as they would and saves it. */
    async function saveThroughForm(client: SignedInClient, item: string, changes: Record<string, string | string[]>) {
      const path = EDITOR(org.slug, item);
      const page = await get(client, path);
      assert.equal(page.status, 200);
      return post(client, path, withFields(formFields(await page.text(), path), changes));
    }
    /** Presses one of the editor's review buttons, with the version the page shows. */
    async function review(client: SignedInClient, item: string, action: string, extra: Record<string, string> = {}) {
      const path = EDITOR(org.slug, item);
      const html = await (await get(client, path)).text();
      return post(client, `${path}/${action}`, withFields(formFields(html, `${path}/${action}`), extra));
    }

    test("a site admin creates a cycle; bad input is refused with an error summary and creates nothing", async () => {
      const admin = people.superadmin!;
      const bad = await post(admin, "/admin/cycles", {
        cycleId: "Not A Slug",
        cycleName: "",
        periodStart: "2025-02-30",
        periodEnd: "2024-01-01",
        order: "two",
      });
      assert.equal(bad.status, 400);
      const html = await bad.text();
      assert.match(html, /There is a problem/);
      for (const field of ["cycleId", "cycleName", "periodStart", "order"]) assert.match(html, new RegExp(`href="#${field}"`));
      const backwards = await post(admin, "/admin/cycles", {
        cycleId: "later",
        cycleName: "Later",
        periodStart: "2025-06-01",
        periodEnd: "2025-01-01",
        order: "3",
      });
      assert.equal(backwards.status, 400);
      assert.match(await backwards.text(), /must end on or after its start/);
      assert.deepEqual(await deps.repos.assessments.listCycles(), []);

      const fields = { cycleId: CYCLE, cycleName: "2025 review", periodStart: "2025-01-01", periodEnd: "2025-12-31", order: "2" };
      const made = await post(admin, "/admin/cycles", fields);
      assert.equal(made.status, 303, await made.text());
      const cycle = await deps.repos.assessments.getCycle(CYCLE);
      assert.deepEqual([cycle?.name, cycle?.status, cycle?.order], ["2025 review", "open", 2]);
      const again = await post(admin, "/admin/cycles", fields);
      assert.equal(again.status, 400);
      assert.match(await again.text(), /exists already/);
      assert.match(await (await get(admin, "/admin")).text(), /2025 review/);
      const log = await deps.repos.audit.list({ actions: ["cycle.create"] }, { page: 1, perPage: 5 });
      assert.equal(log.total, 1);
      assert.equal(log.items[0]!.organisationId, null);
      for (const who of ["contributor", "outsider"] as const)
        assert.equal((await post(people[who]!, "/admin/cycles", { ...fields, cycleId: "x" })).status, 403);
    });

    test("a contributor assesses through the editor and sends it for review; they cannot publish, a reviewer can", async () => {
      const path = EDITOR(org.slug, "s02-o2");
      const blank = await (await get(people.contributor, path)).text();
      assert.match(blank, /name="version" value="0"/);
      assert.match(blank, /Markdown works/);
      assert.match(blank, /<legend>How confident are you\?<\/legend>/);
      const saved = await saveThroughForm(people.contributor!, "s02-o2", {
        status: "planned",
        narrative: "A **gap analysis** is planned.\r\n\r\nSee [the plan](https://example.org/plan).",
        confidence: "medium",
        obstacles: ["funding-capacity"],
        enablers: ["civil-society"],
      });
      assert.equal(saved.status, 303, await saved.text());
      assert.equal(saved.headers.get("location"), `${path}?done=saved`);
      let a = (await stored("s02-o2"))!;
      assert.deepEqual(
        [a.version, a.reviewState, a.status, a.obstacles, a.enablers],
        [1, "draft", "planned", ["funding-capacity"], ["civil-society"]],
      );
      assert.match(await (await get(people.contributor, `${path}?done=saved`)).text(), /Saved as a draft/);

      assert.equal((await review(people.contributor!, "s02-o2", "submit")).status, 303);
      a = (await stored("s02-o2"))!;
      assert.deepEqual([a.version, a.reviewState], [2, "in_review"]);

      const refused = await post(people.contributor!, `${path}/publish`, { version: "2" });
      assert.equal(refused.status, 403);
      assert.equal((await stored("s02-o2"))!.reviewState, "in_review", "the refusal changed nothing");
      assert.equal((await post(people.viewer!, `${path}/publish`, { version: "2" })).status, 403);

      const published = await review(people.reviewer!, "s02-o2", "publish");
      assert.equal(published.status, 303, await published.text());
      a = (await stored("s02-o2"))!;
      assert.equal(a.reviewState, "published");

      const country = await (await get(undefined, "/countries/KEN")).text();
      assert.match(country, /Published assessments/);
      assert.ok(country.includes(`href="/assessments/${a.id}"`), "the country page links to the assessment");
      assert.ok(country.includes(org.name));
      const page = await get(undefined, `/assessments/${a.id}`);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /<strong>gap analysis<\/strong>/);
      assert.match(html, /<a href="https:\/\/example.org\/plan" rel="nofollow noopener noreferrer">the plan<\/a>/);
      assert.match(html, /<strong>Planned<\/strong>/);
      assert.match(html, /First publication/);
      assert.doesNotMatch(html.slice(html.indexOf("<main")), /<script/i, "the narrative's Markdown makes no script");
    });

    test("a second round: the public keeps the published version until the next publication; the history shows both", async () => {
      const path = EDITOR(org.slug, "s02-o2");
      const id = (await stored("s02-o2"))!.id;
      const edited = await saveThroughForm(people.contributor!, "s02-o2", {
        status: "in_progress",
        narrative: "The mapping started in March.",
      });
      assert.equal(edited.status, 303);
      const stillPublic = await (await get(undefined, `/assessments/${id}`)).text();
      assert.match(stillPublic, /gap analysis/);
      assert.doesNotMatch(stillPublic, /mapping started/, "a draft never reaches the public page");

      assert.equal((await review(people.contributor!, "s02-o2", "submit")).status, 303);
      const empty = await review(people.reviewer!, "s02-o2", "return", { comment: "  " });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /There is a problem[\s\S]*href="#comment"/);
      assert.equal((await stored("s02-o2"))!.reviewState, "in_review");
      assert.equal((await review(people.reviewer!, "s02-o2", "return", { comment: "Cite the ministry." })).status, 303);
      assert.equal((await stored("s02-o2"))!.reviewState, "draft");
      assert.match(await (await get(people.contributor, path)).text(), /Cite the ministry\./);

      assert.equal((await review(people.contributor!, "s02-o2", "submit")).status, 303);
      assert.equal((await review(people.reviewer!, "s02-o2", "publish")).status, 303);
      assert.equal((await deps.repos.assessments.listPublications(id)).length, 2);
      const html = await (await get(undefined, `/assessments/${id}`)).text();
      assert.match(html, /mapping started/);
      assert.match(html, /Status changed from Planned to In progress; narrative changed/);
      assert.match(html, /First publication/);
      assert.equal(html.match(/<td>Org cso-ws<\/td>/g)?.length, 2, "two publications in the history, by the organisation");
      assert.match(await (await get(people.contributor, path)).text(), /Published history[\s\S]*Status changed from Planned/);
    });

    test("a conflict: two people load version N and save; the second sees both and nothing is overwritten; Keep mine saves", async () => {
      const path = EDITOR(org.slug, "s03-o1");
      assert.equal(
        (await saveThroughForm(people.contributor!, "s03-o1", { status: "not_started", confidence: "low" })).status,
        303,
      );
      const [first, second] = await Promise.all([
        get(people.contributor, path).then((r) => r.text()),
        get(people.contributor2, path).then((r) => r.text()),
      ]);
      const one = await post(
        people.contributor!,
        path,
        withFields(formFields(first, path), { status: "planned", narrative: "Text from the first person." }),
      );
      assert.equal(one.status, 303);
      const two = await post(
        people.contributor2!,
        path,
        withFields(formFields(second, path), { status: "in_progress", narrative: "Text from the second person." }),
      );
      assert.equal(two.status, 409);
      const conflict = await two.text();
      assert.match(conflict, /Someone saved a newer version/);
      assert.match(conflict, /Text from the first person\./);
      assert.match(conflict, /Text from the second person\./);
      let a = (await stored("s03-o1"))!;
      assert.deepEqual([a.version, a.narrative, a.status], [2, "Text from the first person.", "planned"], "nothing overwritten");

      assert.ok(conflict.includes(`href="${path}"`), "Keep theirs goes back to the editor");
      const keepMine = await post(people.contributor2!, path, withFields(formFields(conflict, path, "keep-mine"), {}));
      assert.equal(keepMine.status, 303, await keepMine.text());
      a = (await stored("s03-o1"))!;
      assert.deepEqual([a.version, a.narrative, a.status], [3, "Text from the second person.", "in_progress"]);

      // A review action on a page loaded before someone saved is refused too, with the page as it is now.
      const stale = await post(people.contributor!, `${path}/submit`, withFields(formFields(first, `${path}/submit`), {}));
      assert.equal(stale.status, 409);
      assert.match(await stale.text(), /Someone changed this assessment since you opened it \(it is now version 3\)/);
      assert.equal((await stored("s03-o1"))!.reviewState, "draft");
    });

    test("bad input (an unknown status) is a 400 with the error summary and changes nothing", async () => {
      const path = EDITOR(org.slug, "s02-o2");
      const before = (await stored("s02-o2"))!;
      const res = await saveThroughForm(people.contributor!, "s02-o2", { status: "finished", narrative: "Kept in the form." });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /There is a problem/);
      assert.match(html, /<a href="#status">Choose a status\.<\/a>/);
      assert.match(html, /Kept in the form\./, "what the person wrote is not lost");
      assert.deepEqual(await stored("s02-o2"), before);
      const fresh = await post(people.contributor!, EDITOR(org.slug, "s04-o1"), { version: "0", status: "", confidence: "high" });
      assert.equal(fresh.status, 400);
      assert.equal(await stored("s04-o1"), undefined);
      assert.equal((await post(people.contributor!, path, { version: "many", status: "planned" })).status, 400);
      assert.equal((await get(people.contributor, EDITOR(org.slug, "hrc-res-38-5"))).status, 404, "instruments are not assessed");
      assert.equal((await get(people.contributor, EDITOR(org.slug, "s02-o2", "nope"))).status, 404);
    });

    test("a closed cycle is read-only: the editor says so and refuses saves and review actions", async () => {
      const admin = people.superadmin!;
      const path = EDITOR(org.slug, "s03-o1");
      const open = await (await get(people.contributor, path)).text();
      assert.equal((await post(admin, `/admin/cycles/${CYCLE}/status`, { status: "closed" })).status, 303);
      try {
        const before = (await stored("s03-o1"))!;
        const page = await (await get(people.contributor, path)).text();
        assert.match(page, /is closed: its assessments can be read, not changed/);
        assert.match(page, /<fieldset class="plain" disabled/);
        assert.doesNotMatch(page, /Save draft|Send for review/);
        const save = await post(people.contributor!, path, withFields(formFields(open, path), { narrative: "Too late." }));
        assert.equal(save.status, 409);
        assert.match(await save.text(), /closed/);
        const submit = await post(people.contributor!, `${path}/submit`, { version: String(before.version) });
        assert.equal(submit.status, 409);
        assert.deepEqual(await stored("s03-o1"), before, "nothing changed");
      } finally {
        assert.equal((await post(admin, `/admin/cycles/${CYCLE}/status`, { status: "open" })).status, 303);
      }
      const log = await deps.repos.audit.list({ actions: ["cycle.close", "cycle.reopen"] }, { page: 1, perPage: 5 });
      assert.deepEqual(log.items.map((e) => e.action).sort(), ["cycle.close", "cycle.reopen"]);
    });

    test("a member of the government body of the country replies; the reply shows on the public page", async () => {
      const id = (await stored("s02-o2"))!.id;
      const path = `/assessments/${id}`;
      assert.doesNotMatch(await (await get(undefined, path)).text(), /action="[^"]*\/reply"/, "no reply form for the public");
      const page = await (await get(people.official, path)).text();
      const form = formFields(page, `${path}/reply`);
      const empty = await post(people.official!, `${path}/reply`, withFields(form, { body: " " }));
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /There is a problem/);
      const sent = await post(people.official!, `${path}/reply`, withFields(form, { body: "The analysis began in March 2025." }));
      assert.equal(sent.status, 303);
      assert.match(await (await get(undefined, path)).text(), /Org gov-ken<\/h3>[\s\S]*The analysis began in March 2025\./);
      const cso = await post(people.contributor!, `${path}/reply`, { organisation: org.id, body: "Not the government." });
      assert.equal(cso.status, 403);
      const posing = await post(people.contributor!, `${path}/reply`, { organisation: gov.id, body: "Posing as them." });
      assert.equal(posing.status, 403);
      assert.equal((await post(anonymous, `${path}/reply`, { organisation: gov.id, body: "Anonymous." })).status, 403);
      assert.equal((await deps.repos.assessments.listReplies([id])).length, 1);
      const editor = await (await get(people.contributor, EDITOR(org.slug, "s02-o2"))).text();
      assert.match(
        editor,
        /<h3>Government replies<\/h3>[\s\S]*The analysis began in March 2025\./,
        "the assessing organisation sees the reply in its workspace",
      );
    });

    test("evidence: a contributor records it and returns to the editor; bad input and foreign returns are refused", async () => {
      const editor = EDITOR(org.slug, "s02-o2");
      const formPath = `/orgs/${org.slug}/evidence/new`;
      const page = await get(people.contributor, `${formPath}?country=KEN&item=s02-o2&return=${encodeURIComponent(editor)}`);
      assert.equal(page.status, 200);
      const html = await page.text();
      assert.match(html, /value="s02-o2" checked/);
      assert.match(html, /reviewers and admins of your organisation only/i);
      const fields = formFields(html, formPath);
      const good = {
        type: "policy",
        title: "National action plan 2025",
        summary: "Sets out the gap analysis.",
        visibility: "public",
        "sources.0.title": "Action plan",
        "sources.0.url": "https://example.org/plan",
      };
      const bad = await post(
        people.contributor!,
        formPath,
        withFields(fields, { ...good, title: "", "sources.0.url": "ftp://x" }),
      );
      assert.equal(bad.status, 400);
      const badHtml = await bad.text();
      assert.match(badHtml, /There is a problem/);
      assert.match(badHtml, /href="#title"/);
      assert.match(badHtml, /href="#sources\.0\.url"/);
      const made = await post(people.contributor!, formPath, withFields(fields, good));
      assert.equal(made.status, 303);
      assert.equal(made.headers.get("location"), editor);
      const editorHtml = await (await get(people.contributor, editor)).text();
      assert.match(editorHtml, /National action plan 2025/, "the new record is offered in the editor");
      const foreign = await post(
        people.contributor!,
        formPath,
        withFields(fields, { ...good, title: "Second plan", return: "//evil.example/x" }),
      );
      assert.equal(foreign.status, 303);
      assert.equal(foreign.headers.get("location"), `/orgs/${org.slug}/workspace?country=KEN`);
      assert.equal((await get(people.viewer, formPath)).status, 403);
      assert.equal((await post(people.viewer!, formPath, withFields(fields, good))).status, 403);
    });

    test("the workspace lists every item with its state, counts progress, filters and stays small", async (t) => {
      const base = `/orgs/${org.slug}/workspace`;
      const chooser = await (await get(people.viewer, base)).text();
      assert.match(chooser, /<form method="get" action="\/orgs\/cso-ws\/workspace"/);
      assert.match(chooser, /<label for="country">Country<\/label>/);
      const res = await get(people.viewer, `${base}?country=KEN&cycle=${CYCLE}`);
      assert.equal(res.status, 200);
      const html = await res.text();
      const editors = html.match(/href="\/orgs\/cso-ws\/assess\/KEN\/2025\/[^"]+"/g) ?? [];
      assert.equal(editors.length, 61, "every commitment and option links to its editor");
      assert.match(html, /<strong>2<\/strong> of 61 assessed · <strong>0<\/strong> in review · <strong>1<\/strong> published/);
      assert.equal(html.match(/Not assessed<\/span>/g)?.length, 59);
      const gz = gzipSync(html).length;
      t.diagnostic(`workspace page: ${html.length} bytes, ${gz} gzipped`);
      assert.ok(gz < 60 * 1024, `${gz} bytes gzipped`);

      const byStrategy = await (await get(people.viewer, `${base}?country=KEN&cycle=${CYCLE}&strategy=s02`)).text();
      const shown = (byStrategy.match(/href="\/orgs\/cso-ws\/assess\/KEN\/2025\/([^"]+)"/g) ?? []).map((h) => h.split("/").pop());
      assert.ok(shown.length > 0 && shown.every((i) => i?.startsWith("s02-o")), shown.join());
      const published = await (await get(people.viewer, `${base}?country=KEN&cycle=${CYCLE}&state=published`)).text();
      assert.deepEqual(published.match(/assess\/KEN\/2025\/[^"]+/g), ["assess/KEN/2025/s02-o2"]);
      const factor = await (await get(people.viewer, `${base}?country=KEN&cycle=${CYCLE}&factor=data-access`)).text();
      assert.ok(factor.includes("/assess/KEN/2025/s01-o1"), "an option linked to the factor");
      const links = await deps.repos.framework.listLinks({ type: "addresses_factor", toIds: ["data-access"] });
      const viaStrategy = links.find((l) => /^s\d\d$/.test(l.fromId));
      if (viaStrategy)
        assert.ok(factor.includes(`/assess/KEN/2025/${viaStrategy.fromId}-o1"`), "a strategy's link applies to its options");
      assert.equal((await get(people.viewer, `${base}?country=KEN&cycle=${CYCLE}&state=done`)).status, 400);
      assert.equal((await get(people.viewer, `${base}?country=XXX&cycle=${CYCLE}`)).status, 400);
      assert.equal((await get(people.viewer, `${base}?country=KEN&cycle=nope`)).status, 400);

      const editor = await (await get(people.reviewer, EDITOR(org.slug, "s02-o2"))).text();
      t.diagnostic(`editor page: ${editor.length} bytes, ${gzipSync(editor).length} gzipped`);
      assert.ok(gzipSync(editor).length < 14_600, "the editor fits the first round trip");
    });

    test("who may do what on the workspace routes", async () => {
      const e = (item: string) => EDITOR(org.slug, item);
      const IN = "sign-in";
      // Columns: anonymous, viewer, contributor, reviewer, admin of another organisation, superadmin.
      const rows: [string, string, Record<string, string>, (number | typeof IN)[]][] = [
        ["GET", `/orgs/${org.slug}/workspace`, {}, [IN, 200, 200, 200, 403, 200]],
        ["GET", e("s02-o2"), {}, [IN, 200, 200, 200, 403, 200]],
        ["POST", e("s05-o1"), { version: "0", status: "" }, [403, 403, 400, 400, 403, 403]],
        // s02-o2 is published: the people allowed through are told what state it is in (400).
        ["POST", `${e("s02-o2")}/submit`, { version: "0" }, [403, 403, 400, 400, 403, 403]],
        ["POST", `${e("s02-o2")}/publish`, { version: "0" }, [403, 403, 403, 400, 403, 403]],
        ["POST", `${e("s02-o2")}/return`, { version: "0", comment: "x" }, [403, 403, 403, 400, 403, 403]],
        ["GET", `/orgs/${org.slug}/evidence/new`, {}, [IN, 403, 200, 200, 403, 403]],
        ["POST", `/orgs/${org.slug}/evidence/new`, { title: "" }, [403, 403, 400, 400, 403, 403]],
        ["GET", `/orgs/nowhere/workspace`, {}, [IN, 404, 404, 404, 404, 404]],
      ];
      const clients: Client[] = [
        anonymous,
        people.viewer!,
        people.contributor!,
        people.reviewer!,
        people.outsider!,
        people.superadmin!,
      ];
      const before = await stored("s02-o2");
      for (const [method, path, fields, expected] of rows)
        for (const [i, client] of clients.entries()) {
          const res = method === "GET" ? await get(client, path) : await post(client, path, client.form(fields));
          const want = expected[i]!;
          const where = `${method} ${path} as column ${i}`;
          if (want === IN) {
            assert.equal(res.status, 303, where);
            assert.match(res.headers.get("location") ?? "", /^\/sign-in\?next=/);
          } else assert.equal(res.status, want, `${where}: ${res.status}`);
          assert.doesNotMatch(await res.text(), /could not be accepted/, `${where} refused by CSRF, not by its guard`);
        }
      assert.deepEqual(await stored("s02-o2"), before, "no refused or stale request changed anything");
      assert.equal(await stored("s05-o1"), undefined);
    });
  });
