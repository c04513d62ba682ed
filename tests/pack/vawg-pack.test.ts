/** The vawg-digital-2023 pack holds the whole source paper: counts, links, citations. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadPack } from "../../src/packs/load-pack";
import { loadCountryReference } from "../../src/reference/countries";

const known = new Set(loadCountryReference().countries.map((c) => c.iso3));
const pack = loadPack("data/frameworks/vawg-digital-2023", known);
const options = pack.strategies.flatMap((s) => s.options);

describe("vawg-digital-2023 pack", () => {
  test("manifest", () => {
    assert.equal(pack.manifest.id, "vawg-digital-2023");
    assert.match(pack.manifest.version, /^\d+\.\d+\.\d+$/);
  });

  test("30 commitments: 17 from HRC 38/5, 4 from GA 77/193, 9 from CSW67, in order", () => {
    const by = (i: string) => pack.commitments.filter((c) => c.instrument === i).map((c) => c.order);
    assert.equal(pack.commitments.length, 30);
    assert.deepEqual(
      by("hrc-res-38-5"),
      Array.from({ length: 17 }, (_, i) => i + 1),
    );
    assert.deepEqual(by("ga-res-77-193"), [1, 2, 3, 4]);
    assert.deepEqual(
      by("csw67-agreed-conclusions"),
      Array.from({ length: 9 }, (_, i) => i + 1),
    );
    for (const c of pack.commitments) assert.ok(c.quotation?.text, `${c.id} keeps the source wording as a quotation`);
  });

  test("core and related instruments with body and year", () => {
    const ids = new Set(pack.instruments.map((i) => i.id));
    for (const id of [
      "hrc-res-38-5",
      "ga-res-77-193",
      "csw67-agreed-conclusions",
      "cedaw",
      "istanbul-convention",
      "grevio-gr1",
      "budapest-convention",
      "lanzarote-convention",
      "maputo-protocol",
      "generation-equality-forum",
      "global-partnership-online-harassment",
      "oewg-icts",
      "global-digital-compact",
    ])
      assert.ok(ids.has(id), `instrument ${id}`);
    assert.equal(pack.instruments.find((i) => i.id === "hrc-res-38-5")?.symbol, "A/HRC/RES/38/5");
    assert.equal(pack.instruments.find((i) => i.id === "ga-res-77-193")?.symbol, "A/RES/77/193");
    assert.deepEqual(
      pack.instruments
        .filter((i) => i.core)
        .map((i) => i.id)
        .sort(),
      ["csw67-agreed-conclusions", "ga-res-77-193", "hrc-res-38-5"],
    );
  });

  test("10 strategies with 31 practical options; civil-society options say so", () => {
    assert.equal(pack.strategies.length, 10);
    assert.deepEqual(
      pack.strategies.map((s) => s.options.length),
      [3, 5, 3, 2, 3, 3, 3, 3, 3, 3],
    );
    assert.equal(options.length, 31);
    const actor = (id: string) => options.find((o) => o.id === id)?.actor;
    assert.equal(actor("s09-o2"), "civil_society");
    assert.equal(actor("s09-o3"), "civil_society");
    assert.equal(actor("s10-o1"), "several");
    assert.equal(options.find((o) => o.id === "s03-o1")?.points?.length, 3);
  });

  test("8 factors, 5 approach categories, 3 legislative approaches, the forms of abuse the paper names", () => {
    assert.equal(pack.factors.length, 8);
    assert.equal(pack.approachCategories.length, 5);
    assert.equal(pack.legislativeApproaches.length, 3);
    const forms = new Set(pack.formsOfAbuse.map((f) => f.id));
    for (const f of [
      "trolling",
      "gendered-disinformation",
      "deepfakes",
      "stalking",
      "doxing",
      "hacking",
      "identity-theft",
      "sexual-harassment",
      "surveillance-monitoring",
      "non-consensual-intimate-images",
    ])
      assert.ok(forms.has(f), `form of abuse ${f}`);
  });

  test("crosswalk: every commitment is implemented by an option; every strategy and option has a factor", () => {
    const implemented = new Set(pack.crosswalk.filter((l) => l.type === "implements").map((l) => l.to));
    for (const c of pack.commitments) assert.ok(implemented.has(c.id), `${c.id} has an implementing option`);
    const withFactor = new Set(pack.crosswalk.filter((l) => l.type === "addresses_factor").map((l) => l.from));
    for (const s of pack.strategies) assert.ok(withFactor.has(s.id), `${s.id} has a factor`);
    for (const o of options) assert.ok(withFactor.has(o.id), `${o.id} has a factor`);
    for (const l of pack.crosswalk) {
      assert.equal(l.editorial, true, "links derived from the text are marked editorial");
      assert.ok(l.rationale.length > 10, `${l.from} → ${l.to} has a rationale`);
    }
  });

  test("case-study evidence: well over 30 records, every case-study country, each linked and cited", () => {
    assert.ok(pack.evidence.length > 30, `${pack.evidence.length} records`);
    const countries = new Set(pack.evidence.map((e) => e.country));
    for (const c of ["AUS", "CAN", "COL", "KEN", "LBR", "MYS", "NOR", "TUN", "GBR"])
      assert.ok(countries.has(c), `evidence for ${c}`);
    assert.ok(
      pack.evidence.some((e) => !e.country && e.body),
      "regional bodies have evidence",
    );
    const assessable = new Set([...pack.commitments.map((c) => c.id), ...options.map((o) => o.id)]);
    for (const e of pack.evidence) {
      assert.ok(
        e.links.some((l) => assessable.has(l)),
        `${e.id} links to an option or commitment`,
      );
      assert.ok(e.citation.section, `${e.id} is cited`);
      assert.ok(e.sources.length > 0, `${e.id} has a source`);
    }
  });

  test("every record carries a citation back to the paper", () => {
    const all = [
      ...pack.instruments,
      ...pack.commitments,
      ...pack.strategies,
      ...options,
      ...pack.factors,
      ...pack.approachCategories,
      ...pack.formsOfAbuse,
      ...pack.legislativeApproaches,
      ...pack.evidence,
    ];
    for (const r of all) assert.ok(r.citation.section.length > 0, `${r.id} cited`);
  });
});
