/** The suggester on its own: languages, "why", passages and offsets, determinism, speed, and its data. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { splitPassages } from "../../src/domain/suggest/passages";
import { suggest } from "../../src/domain/suggest/suggester";
import { THESAURUS } from "../../src/domain/suggest/thesaurus";
import { VAWG_DIGITAL_2023 } from "../../src/domain/suggest/vocabularies/vawg-digital-2023";
import { packIndex } from "./labelled-set";

const index = packIndex();
const ids = (text: string, top = 5) => suggest(text, index, { top }).suggestions.map((s) => s.item.id);

describe("languages", () => {
  test("French: a law on online harassment finds the legislation commitments", () => {
    const got = ids(
      "Article 4. Est puni de trois ans d'emprisonnement le fait de harceler une femme sur les réseaux sociaux ou par tout autre service en ligne.",
    );
    assert.ok(
      got.some((id) => ["hrc-38-5-c01", "ga-77-193-c01", "csw67-c02"].includes(id)),
      got.join(),
    );
  });

  test("Arabic: a helpline for women facing online violence finds support for survivors", () => {
    const got = ids("أطلقت الوزارة خطاً ساخناً مجانياً لتقديم الدعم النفسي والمساعدة القانونية للنساء ضحايا العنف الإلكتروني.");
    assert.ok(got.slice(0, 3).includes("csw67-c06"), got.join());
  });

  test("Arabic spelling variants meet: hamza, taa marbuta and a clitic preposition", () => {
    const a = ids("تدريب القضاة والشرطة على التعامل مع جرائم التحرش الإلكتروني ضد المرأة");
    const b = ids("تدريب القضاه والشرطه على التعامل مع جرائم التحرش الالكتروني ضد المراة");
    assert.deepEqual(a, b);
    assert.ok(a.includes("hrc-38-5-c12"), a.join());
  });

  test("Spanish and Russian: intimate images shared without consent", () => {
    assert.ok(ids("Difundir imágenes íntimas de una mujer sin su consentimiento será delito.").includes("csw67-c02"));
    assert.ok(ids("Распространение интимных изображений без согласия является преступлением.").includes("csw67-c02"));
  });

  test("Chinese: platforms must remove content and handle complaints", () => {
    const got = ids("平台应当设立投诉举报渠道并及时删除相关违法内容。");
    assert.ok(
      got.some((id) => ["csw67-c09", "s06-o3", "s07-o3"].includes(id)),
      got.join(),
    );
  });
});

describe("why and passages", () => {
  const text = [
    "PART I. PRELIMINARY",
    "1. This Act may be cited as the Online Harms Act.",
    "PART II. OFFENCES",
    "5. A person who publishes the home address of a woman online so that she is harassed commits an offence.",
    "PART III. REGULATOR",
    "9. The regulator may compel a platform to take down abusive content and may impose penalties.",
  ].join("\n\n");
  const result = suggest(text, index, { top: 10 });

  test("every passage's text is the document's text at its offsets, and so is every matched word", () => {
    assert.ok(result.suggestions.length > 0);
    for (const s of result.suggestions)
      for (const p of s.passages) {
        assert.equal(text.slice(p.start, p.end), p.text);
        assert.ok(p.matches.length > 0, s.item.id);
        for (const m of p.matches) {
          assert.equal(text.slice(m.start, m.end), m.word);
          assert.ok(m.start >= p.start && m.end <= p.end);
        }
      }
  });

  test("'why' names words of the document; the regulator's powers explain the removal option", () => {
    const option = result.suggestions.find((s) => s.item.id === "s07-o3");
    assert.ok(option, result.suggestions.map((s) => s.item.id).join());
    assert.ok(option.why.includes("regulator"), option.why.join());
    assert.ok(
      option.why.some((w) => w === "take down" || w === "compel"),
      option.why.join(),
    );
    assert.match(option.passages[0]!.text, /^PART III\. REGULATOR\s+9\. The regulator/, "the heading joins its section");
    for (const s of result.suggestions) for (const w of s.why) assert.ok(text.toLowerCase().includes(w), w);
  });

  test("the same text gives the same answer, whatever the order of the items", () => {
    const again = suggest(text, { ...index }, { top: 10 });
    assert.deepEqual(JSON.stringify(again), JSON.stringify(result));
  });

  test("no suggestion for a text about something else, or for no text", () => {
    assert.deepEqual(ids("The recipe needs flour, butter and two eggs; bake for twenty minutes."), []);
    assert.deepEqual(suggest("", index).suggestions, []);
    assert.equal(suggest("   \n\n ", index).passageCount, 0);
  });
});

describe("splitting into passages", () => {
  test("long paragraphs are cut at sentence ends; offsets hold; nothing is lost", () => {
    const sentence = "The provider shall remove the content and inform the complainant of the decision taken. ";
    const text = `Heading\n\n${sentence.repeat(12)}\n\nShort closing paragraph with some words in it here now.`;
    const passages = splitPassages(text);
    assert.ok(passages.length >= 3, `${passages.length}`);
    for (const p of passages) {
      assert.equal(text.slice(p.start, p.end), p.text);
      assert.ok(p.text.split(/\s+/).length <= 100, `${p.text.split(/\s+/).length} words`);
    }
    const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
    assert.equal(
      passages.reduce((n, p) => n + words(p.text), 0),
      words(text),
    );
  });

  test("a text without blank lines has a passage per line (short lines joined)", () => {
    const text =
      "Article 1\nThe helpline shall be open day and night for every survivor of online abuse in the country.\nArticle 2\nThe regulator shall publish a yearly report on complaints received and acted upon by platforms.";
    const passages = splitPassages(text);
    assert.equal(passages.length, 2);
    assert.match(passages[0]!.text, /^Article 1\nThe helpline/);
  });
});

describe("speed", () => {
  test("a 50-page law (about 25,000 words) in well under a second", (t) => {
    const clauses = [
      "The Commissioner may issue a notice requiring a provider to remove material within forty-eight hours.",
      "A person who threatens to publish private images of another person commits an offence.",
      "The Minister shall make regulations on the training of investigators and the keeping of records.",
      "Every provider shall publish a yearly report on the complaints it received and the action taken.",
      "Nothing in this section limits the powers of a court to grant an injunction or award damages.",
    ];
    const paragraphs: string[] = [];
    for (let i = 0; paragraphs.join(" ").split(" ").length < 25_000; i++)
      paragraphs.push(`Section ${i + 1}. ${clauses[i % 5]} ${clauses[(i * 3 + 1) % 5]} ${clauses[(i * 7 + 2) % 5]}`);
    const text = paragraphs.join("\n\n");
    const started = performance.now();
    const r = suggest(text, index, { top: 10 });
    const ms = performance.now() - started;
    t.diagnostic(`${text.length} characters, ${r.passageCount} passages in ${ms.toFixed(0)} ms`);
    assert.ok(r.suggestions.length === 10);
    assert.ok(ms < 1000, `${ms} ms`);
  });
});

describe("thesaurus and vocabulary data", () => {
  test("concept ids are unique; every vocabulary entry names a real item and known concepts", () => {
    const concepts = new Set(THESAURUS.map((c) => c.id));
    assert.equal(concepts.size, THESAURUS.length);
    const items = new Set(index.items.map((i) => i.id));
    for (const [id, v] of Object.entries(VAWG_DIGITAL_2023)) {
      assert.ok(items.has(id), id);
      for (const c of v.concepts ?? []) assert.ok(concepts.has(c), `${id}: ${c}`);
    }
    assert.equal(Object.keys(VAWG_DIGITAL_2023).length, items.size, "every item has vocabulary");
  });
});
