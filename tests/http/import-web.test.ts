/**
 * The workspace's import screen end to end, on every database: a contributor
 * uploads a CSV or XLSX, checks the preview and confirms; the drafts exist,
 * the import is in the audit log and the upload is gone; the same file again
 * reports every row unchanged and writes nothing. A bad file lists its
 * problems by row and column and cannot be confirmed. Viewers, other
 * organisations, other members, tampered and expired upload ids are refused,
 * and a confirmation whose preview went stale imports nothing.
 */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Organisation } from "../../src/domain/accounts/types";
import { keepUpload } from "../../src/imports/assessment-uploads";
import { xlsxChunks } from "../../src/reports/xlsx";
import type { WebDeps } from "../../src/web/deps";
import { bytesOf } from "../reports/fixtures";
import { ctx, makeOrganisation, type SignedInClient, signedInAs } from "../support/accounts";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";
import { formFields, withFields } from "../support/forms";

const HEADER = "country_iso3,item_id,status,confidence,narrative,obstacles,evidence_ids";
const GOOD = [
  HEADER,
  'KEN,s02-o2,in_progress,medium,"The 2018 law covers stalking, doxing and ""cyber-harassment"".",funding-capacity,',
  "KEN,hrc-38-5-c01,planned,low,,,",
].join("\r\n");

for (const database of testDatabases())
  describe(`import screen on ${database.name}`, () => {
    let app: App;
    let deps: WebDeps;
    let cleanup = async () => {};
    let org: Organisation;
    let other: Organisation;
    const people: Record<string, SignedInClient> = {};
    const base = () => `/orgs/${org.slug}/import`;

    before(async () => {
      const seeded = await seededApp(database);
      ({ app, deps } = seeded);
      cleanup = seeded.storage.cleanup;
      org = await makeOrganisation(deps, "cso-import");
      other = await makeOrganisation(deps, "cso-elsewhere");
      for (const id of ["2025", "2023"])
        await deps.repos.assessments.createCycle({
          id,
          name: `Cycle ${id}`,
          periodStart: `${id}-01-01`,
          periodEnd: `${id}-12-31`,
          order: Number(id),
          status: "open",
          isDemo: false,
          createdAt: new Date().toISOString(),
        });
      for (const [name, role, slug] of [
        ["contributor", "contributor", org.slug],
        ["colleague", "contributor", org.slug],
        ["viewer", "viewer", org.slug],
        ["outsider", "admin", other.slug],
      ] as const)
        people[name] = await signedInAs(deps, { role, orgSlug: slug });
    });
    after(() => cleanup());

    const get = (client: SignedInClient, path: string) => app.request(path, { headers: client.headers() });
    const post = (client: SignedInClient, path: string, body: URLSearchParams | FormData) =>
      app.request(path, { method: "POST", headers: client.headers(), body });
    /** Fills the upload form as a person would: the page's fields, the cycle, the file. */
    async function upload(client: SignedInClient, file: File | undefined, cycle = "2025") {
      const page = await get(client, base());
      assert.equal(page.status, 200);
      const body = new FormData();
      for (const [k, v] of withFields(formFields(await page.text(), base()), { cycle })) body.append(k, v);
      if (file) body.append("file", file);
      return post(client, base(), body);
    }
    const csvFile = (text: string, name = "assessments.csv") => new File([text], name, { type: "text/csv" });
    /** Uploads, follows the redirect to the preview and returns its path and HTML. */
    async function previewOf(client: SignedInClient, file: File) {
      const res = await upload(client, file);
      assert.equal(res.status, 303, await res.text());
      const path = res.headers.get("Location")!;
      assert.match(path, new RegExp(`^${base()}/[A-Za-z0-9_-]{32}$`));
      const page = await get(client, path);
      assert.equal(page.status, 200);
      return { path, id: path.split("/").at(-1)!, html: await page.text() };
    }
    const confirm = (client: SignedInClient, path: string, html: string) =>
      post(client, `${path}/confirm`, withFields(formFields(html, `${path}/confirm`), {}));
    const stored = (item: string, cycleId = "2025") =>
      deps.repos.assessments.find({ organisationId: org.id, countryIso3: "KEN", cycleId, itemId: item });
    const snapshot = async () => {
      const list = await deps.repos.assessments.listForWorkspace(org.id, "KEN", "2025");
      const audit = await deps.repos.audit.list({ organisationId: org.id }, { page: 1, perPage: 1 });
      return { rows: list.map((a) => [a.itemId, a.status, a.version]).sort(), audit: audit.total };
    };

    test("good file → preview → confirm: drafts exist, the import is audit-logged, the upload is gone", async () => {
      const me = people.contributor!;
      const { path, id, html } = await previewOf(me, csvFile(GOOD));
      assert.match(html, /<strong>2<\/strong> new · <strong>0<\/strong> changed · <strong>0<\/strong> unchanged/);
      assert.match(html, /New assessments/);
      assert.match(html, /Kenya/);
      assert.equal(await stored("s02-o2"), undefined, "the preview saves nothing");

      const done = await confirm(me, path, html);
      assert.equal(done.status, 303);
      assert.equal(done.headers.get("Location"), `${base()}?done=2025&created=2&updated=0&unchanged=0`);
      const page = await (await get(me, done.headers.get("Location")!)).text();
      assert.match(page, /Imported into 2025 as drafts: 2 new assessments, 0 changed, 0 unchanged/);

      const a = await stored("s02-o2");
      assert.equal(a?.reviewState, "draft");
      assert.equal(a?.status, "in_progress");
      assert.equal(a?.narrative, 'The 2018 law covers stalking, doxing and "cyber-harassment".');
      assert.deepEqual(a?.obstacles, ["funding-capacity"]);
      assert.equal(a?.editedBy, me.user.id);
      assert.equal((await stored("hrc-38-5-c01"))?.status, "planned");
      const log = await deps.repos.audit.list(
        { organisationId: org.id, actions: ["assessment.import"] },
        { page: 1, perPage: 5 },
      );
      assert.equal(log.total, 1);
      assert.equal(log.items[0]?.actorUserId, me.user.id);
      assert.deepEqual(log.items[0]?.after, { file: "assessments.csv", cycleId: "2025", created: 2, updated: 0, unchanged: 0 });
      assert.equal(await deps.repos.importUploads.get(id), undefined, "the upload is deleted with the import");
      assert.equal((await get(me, path)).status, 404);
      assert.equal((await confirm(me, path, html)).status, 404, "a second confirmation finds nothing to import");
    });

    test("the same file again (as XLSX) reports every row unchanged and writes nothing; a changed row updates", async () => {
      const me = people.contributor!;
      const before = await snapshot();
      const rows = GOOD.split("\r\n").map((l) => l.split(","));
      // The narrative holds commas: rebuild the rows as cells, not by splitting the CSV.
      const cells = [
        rows[0]!,
        [
          "KEN",
          "s02-o2",
          "in_progress",
          "medium",
          'The 2018 law covers stalking, doxing and "cyber-harassment".',
          "funding-capacity",
          "",
        ],
        ["KEN", "hrc-38-5-c01", "planned", "low", "", "", ""],
      ];
      const xlsx = await bytesOf(
        xlsxChunks({
          title: "mine",
          modified: new Date("2026-01-01T00:00:00Z"),
          sheets: [{ name: "assessments", header: cells[0]!, widths: cells[0]!.map(() => 10), rows: [cells.slice(1)] }],
        }),
      );
      const again = await previewOf(me, new File([xlsx], "mine.xlsx"));
      assert.match(again.html, /<strong>0<\/strong> new · <strong>0<\/strong> changed · <strong>2<\/strong> unchanged/);
      assert.match(again.html, /nothing to import/);
      assert.doesNotMatch(again.html, /\/confirm"/, "no confirm button when nothing would change");
      assert.deepEqual(await snapshot(), before);

      const changed = await previewOf(me, csvFile(GOOD.replace("planned,low", "complete,high")));
      assert.match(changed.html, /<strong>0<\/strong> new · <strong>1<\/strong> changed · <strong>1<\/strong> unchanged/);
      assert.equal((await confirm(me, changed.path, changed.html)).status, 303);
      const updated = await stored("hrc-38-5-c01");
      assert.deepEqual([updated?.status, updated?.confidence, updated?.version], ["complete", "high", 2]);
      assert.equal((await stored("s02-o2"))?.version, 1, "the unchanged row keeps its version");
    });

    test("a bad file lists every problem by row and column; its confirmation is refused and changes nothing", async () => {
      const me = people.contributor!;
      const before = await snapshot();
      const bad = [
        HEADER,
        "XYZ,s01-o1,planned,low,,,",
        "KEN,s01-o2,finished,sure,,no-such-factor,",
        "KEN,s01-o2,planned,low,,,",
      ].join("\n");
      const { path, html } = await previewOf(me, csvFile(bad));
      assert.match(html, /Some rows cannot be imported: 5 problems\. Nothing was imported\./);
      const cell = (row: string, column: string, message: RegExp) =>
        assert.match(html, new RegExp(`<td>${row}</td><td>${column}</td><td>${message.source}`), `${row}/${column}`);
      cell("2", "country_iso3", /&#39;XYZ&#39; is not the ISO alpha-3 code of a UN member state/);
      cell("3", "status", /&#39;finished&#39; is not a status; use one of no_information/);
      cell("3", "confidence", /&#39;sure&#39; is not a confidence; use low, medium or high/);
      cell("3", "obstacles", /.*not a factor id/);
      cell("4", "item_id", /repeats row 3/);
      assert.doesNotMatch(html, /\/confirm"/, "no confirm button");

      const forced = await post(me, `${path}/confirm`, me.form({ plan: "0".repeat(64) }));
      assert.equal(forced.status, 400);
      assert.match(await forced.text(), /Nothing was imported/);
      assert.deepEqual(await snapshot(), before);

      const unreadable = await upload(me, csvFile('country_iso3,item_id\n"KEN,s01-o1\n'));
      assert.equal(unreadable.status, 400);
      assert.match(await unreadable.text(), /<td>2<\/td><td>—<\/td><td>a quoted value is never closed/);
      const latin1 = await upload(
        me,
        new File([new Uint8Array([...Buffer.from(`${HEADER}\nKEN,s01-o1,planned,low,Sant`), 0xe9])], "x.csv"),
      );
      assert.equal(latin1.status, 400);
      assert.match(await latin1.text(), /is not UTF-8 text: save it again as &quot;CSV UTF-8&quot;/);
      const wrongType = await upload(me, new File(["hello"], "notes.txt"));
      assert.match(await wrongType.text(), /&#39;notes.txt&#39; is neither .csv nor .xlsx/);
      const noFile = await upload(me, undefined);
      assert.equal(noFile.status, 400);
      assert.match(await noFile.text(), /Choose the CSV or XLSX file to import/);
      const badCycle = await upload(me, csvFile(GOOD), "1999");
      assert.equal(badCycle.status, 400);
      assert.match(await badCycle.text(), /Choose one of the open cycles/);
      assert.deepEqual(await snapshot(), before);
    });

    test("viewers, other organisations and other members are refused; so are tampered and expired upload ids", async () => {
      const me = people.contributor!;
      const before = await snapshot();
      for (const who of ["viewer", "outsider"]) {
        const client = people[who]!;
        assert.equal((await get(client, base())).status, 403, `${who} sees the form`);
        const body = new FormData();
        body.append("_csrf", client.csrf);
        body.append("cycle", "2025");
        body.append("file", csvFile(GOOD.replace("planned,low", "regressed,low")));
        assert.equal((await post(client, base(), body)).status, 403, `${who} uploads`);
      }
      const { path, id, html } = await previewOf(me, csvFile(GOOD.replace("planned,low", "regressed,low")));
      for (const who of ["colleague", "viewer", "outsider"]) {
        const client = people[who]!;
        assert.equal((await get(client, path)).status, who === "colleague" ? 404 : 403, `${who} opens the preview`);
        const res = await post(
          client,
          `${path}/confirm`,
          withFields(formFields(html, `${path}/confirm`), { _csrf: client.csrf }),
        );
        assert.equal(res.status, who === "colleague" ? 404 : 403, `${who} confirms`);
      }
      // The outsider's own organisation in the path does not help: the upload is bound to ours.
      const elsewhere = `/orgs/${other.slug}/import/${id}`;
      assert.equal((await get(people.outsider!, elsewhere)).status, 404);
      const tampered = `${base()}/${id.slice(0, -1)}${id.endsWith("A") ? "B" : "A"}`;
      assert.equal((await get(me, tampered)).status, 404);
      assert.equal((await post(me, `${tampered}/confirm`, me.form({ plan: "x" }))).status, 404);
      assert.equal((await get(me, `${base()}/..%2F..%2Fetc`)).status, 404);

      const expired = await keepUpload(deps.repos, {
        user: me.user,
        organisation: org,
        cycleId: "2025",
        fileName: "old.csv",
        content: new TextEncoder().encode(GOOD.replace("planned,low", "regressed,low")),
        now: new Date(Date.now() - 2 * 60 * 60_000),
      });
      const old = `${base()}/${expired.id}`;
      const refused = await get(me, old);
      assert.equal(refused.status, 404);
      assert.match(await refused.text(), /expired after an hour\. Upload the file again/);
      assert.equal((await post(me, `${old}/confirm`, me.form({ plan: "x" }))).status, 404);
      assert.deepEqual(await snapshot(), before, "nothing was imported by anyone");
    });

    test("a confirmation whose preview went stale (an edit, a closed cycle) imports nothing and says why", async () => {
      const me = people.contributor!;
      const file = csvFile(GOOD.replace("in_progress,medium", "substantial,high"));
      const stale = await previewOf(me, file);
      const current = (await stored("s02-o2"))!;
      // A colleague saves the same assessment in the editor after the preview was shown.
      await deps.assessments.save(
        { user: people.colleague!.user, memberships: await deps.repos.accounts.membershipsOfUser(people.colleague!.user.id) },
        org,
        { countryIso3: "KEN", cycleId: "2025", itemId: "s02-o2" },
        { ...current, status: "regressed" },
        current.version,
        ctx(),
      );
      const before = await snapshot();
      const res = await confirm(me, stale.path, stale.html);
      assert.equal(res.status, 409);
      const page = await res.text();
      assert.match(page, /Nothing was imported: the assessments changed since the preview/);
      assert.match(page, /\/confirm"/, "the fresh preview can be confirmed");
      assert.deepEqual(await snapshot(), before);

      const closing = await previewOf(me, file);
      await deps.repos.assessments.setCycleStatus("2025", "closed");
      try {
        const closed = await confirm(me, closing.path, closing.html);
        assert.equal(closed.status, 400);
        assert.match(await closed.text(), /the cycle &#39;Cycle 2025&#39; is closed/);
        assert.deepEqual(await snapshot(), before);
      } finally {
        await deps.repos.assessments.setCycleStatus("2025", "open");
      }
    });

    test("the workspace links to the import screen for those who may edit", async () => {
      const page = await (await get(people.contributor!, `/orgs/${org.slug}/workspace?country=KEN&cycle=2025`)).text();
      assert.match(page, new RegExp(`href="${base()}\\?cycle=2025"`));
      const viewer = await (await get(people.viewer!, `/orgs/${org.slug}/workspace?country=KEN&cycle=2025`)).text();
      assert.doesNotMatch(viewer, /Import assessments/);
    });
  });
