/** The open data page, its downloads and the export API, in process. */
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { gzipSync } from "node:zlib";
import { strFromU8, unzipSync } from "fflate";
import type { App } from "../support/authorisation";
import { seededApp, testDatabases } from "../support/databases";

for (const database of testDatabases())
  describe(`open data on ${database.name}`, () => {
    let app: App;
    let cleanup = async () => {};
    before(async () => {
      const seeded = await seededApp(database);
      app = seeded.app;
      cleanup = seeded.storage.cleanup;
    });
    after(() => cleanup());

    test("every public page links to /data, which lists each table × format with its size and last update, without JavaScript", async () => {
      assert.match(await (await app.request("/")).text(), /<a href="\/data">Open data<\/a>/);
      const res = await app.request("/data");
      assert.equal(res.status, 200);
      const html = await res.text();
      assert.doesNotMatch(html, /<script(?! src="\/static\/enhance\.[0-9a-f]{12}\.js" defer="")/i);
      assert.match(html, /<link rel="canonical" href="http:\/\/blueprint.test\/data"\/>/);
      assert.match(html, /<link rel="alternate" type="application\/json" href="\/api\/v1\/exports"\/>/);
      for (const table of ["framework-items", "crosswalk", "countries", "evidence", "assessments", "scores"])
        for (const format of ["csv", "xlsx", "json"])
          assert.ok(html.includes(`href="/data/${table}.${format}"`), `${table}.${format}`);
      assert.ok(html.includes('href="/data/blueprint.xlsx"') && html.includes('href="/data/blueprint-datapackage.zip"'));
      // Sizes are measured by generating the file: the countries CSV's is its real length.
      const countries = await (await app.request("/data/countries.csv")).arrayBuffer();
      const kb = Math.round(countries.byteLength / 1000);
      assert.match(
        html,
        new RegExp(`href="/data/countries.csv" download="">CSV</a><br/><span class="muted">${kb} KB; updated January 1, 2026`),
      );
      assert.ok(gzipSync(html).length < 14_600, "fits the first round trip");
    });

    test("the filter form is a plain GET form; chosen filters carry into every download link", async () => {
      const html = await (await app.request("/data?country=KEN&cycle=&hxl=1")).text();
      assert.match(html, /<form method="get" action="\/data"/);
      assert.match(html, /<option value="KEN" selected="">Kenya<\/option>/);
      assert.ok(html.includes('href="/data/evidence.csv?country=KEN&amp;hxl=1"'));
      assert.ok(html.includes('href="/data/evidence.json?country=KEN"'));
      assert.ok(html.includes('href="/data/blueprint-datapackage.zip?country=KEN"'));
    });

    test("downloads: type, file name, filters applied, ETag and 304", async () => {
      const res = await app.request("/data/evidence.csv?country=KEN&hxl=1");
      assert.equal(res.status, 200);
      assert.equal(res.headers.get("content-type"), "text/csv; charset=utf-8");
      assert.equal(res.headers.get("content-disposition"), 'attachment; filename="blueprint-evidence-country-KEN.csv"');
      const bytes = new Uint8Array(await res.arrayBuffer());
      assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes).split("\r\n");
      assert.match(lines[1]!, /^#meta\+id,/);
      assert.equal(lines.filter((l) => l.includes("/evidence/ken-")).length, 9, "Kenya's nine records, with their URLs");
      const etag = res.headers.get("etag")!;
      assert.equal(
        (await app.request("/data/evidence.csv?country=KEN&hxl=1", { headers: { "If-None-Match": etag } })).status,
        304,
      );
      assert.notEqual((await app.request("/data/evidence.csv?country=KEN", { headers: { "If-None-Match": etag } })).status, 304);
      const xlsx = await app.request("/data/blueprint.xlsx");
      assert.equal(xlsx.headers.get("content-type"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      const parts = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
      assert.match(strFromU8(parts["xl/workbook.xml"]!), /<sheet name="README"[^>]*\/><sheet name="framework-items"/);
    });

    test("bad input: 404 for an unknown file, 400 naming the filter, as a page or as JSON under /api", async () => {
      for (const path of ["/data/people.csv", "/data/evidence.pdf", "/data/blueprint.json"]) {
        const res = await app.request(path);
        assert.equal(res.status, 404, path);
        assert.match(await res.text(), /No open data file/);
      }
      const page = await app.request("/data/evidence.csv?country=XYZ");
      assert.equal(page.status, 400);
      assert.match(await page.text(), /country.*XYZ/);
      assert.equal((await app.request("/data?region=999")).status, 400);
      assert.equal((await app.request("/data/countries.csv?hxl=yes")).status, 400);
      const api = await app.request("/api/v1/exports/assessments.csv?cycle=1999");
      assert.equal(api.status, 400);
      assert.equal(((await api.json()) as { error: { parameter: string } }).error.parameter, "cycle");
      const missing = await app.request("/api/v1/exports/assessments.docx");
      assert.equal(missing.status, 404);
      assert.equal(((await missing.json()) as { error: { code: string } }).error.code, "not_found");
    });

    test("the API lists every file with its URL, size and last update, and serves them; OpenAPI documents both", async () => {
      type Listed = { data: { files: { name: string; url: string; bytes: number | null; lastUpdate: string }[] } };
      // Sizes are measured within a 2-second budget and go on being measured after it: on a busy
      // machine the first listing may say "not measured yet", so ask again until this one is known.
      let body: Listed | undefined;
      for (let attempt = 0; attempt < 100; attempt++) {
        const res = await app.request("/api/v1/exports?region=002");
        assert.equal(res.status, 200);
        body = (await res.json()) as Listed;
        if (body.data.files.find((f) => f.name === "countries.json")?.bytes != null) break;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      assert.ok(body);
      assert.equal(body.data.files.length, 20);
      const countries = body.data.files.find((f) => f.name === "countries.json")!;
      assert.equal(countries.url, "http://blueprint.test/api/v1/exports/countries.json?region=002");
      const file = await app.request("/api/v1/exports/countries.json?region=002");
      const raw = await file.arrayBuffer();
      assert.equal(countries.bytes, raw.byteLength, "the size listed is the file's");
      const json = JSON.parse(new TextDecoder().decode(raw)) as { data: unknown[]; filters: Record<string, string> };
      assert.equal(json.data.length, 54);
      assert.deepEqual(json.filters, { region: "002" });
      const doc = (await (await app.request("/api/v1/openapi.json")).json()) as { paths: Record<string, unknown> };
      assert.ok(doc.paths["/v1/exports"] && doc.paths["/v1/exports/{file}"]);
    });
  });
