import assert from "node:assert/strict";
import { test } from "node:test";
import { analyse, detectLatinLanguage, isStopword, normaliseArabic, prefixTerm, termVariants } from "./analyze";

const meets = (query: string, text: string) => termVariants(query).some((t) => analyse(text).includes(t));

test("English plurals and derived forms meet their stem", () => {
  assert.ok(meets("woman", "Protecting women online"));
  assert.ok(meets("women", "a woman journalist"));
  assert.ok(meets("harass", "online harassment"));
  assert.ok(meets("policy", "national policies"));
  assert.ok(!meets("harass", "online stalking"));
});

test("French, Spanish and Russian words meet their inflected forms, with or without accents", () => {
  assert.ok(meets("femme", "La violence à l'égard des femmes"));
  assert.ok(meets("harcelement", "le harcèlement en ligne"));
  assert.ok(meets("mujer", "violencia contra las mujeres"));
  assert.ok(meets("niña", "las niñas y adolescentes"));
  assert.ok(meets("насилие", "Насилия в отношении женщин"));
  assert.ok(meets("женщина", "права женщин"));
});

test("Arabic spelling variants, diacritics and tatweel are unified", () => {
  assert.equal(normaliseArabic("أإآ"), "ااا");
  assert.equal(normaliseArabic("العُنـــف"), "العنف");
  assert.ok(meets("الالكتروني", "العنف الإلكتروني"));
  assert.ok(meets("عنف", "العنـــف ضد المرأة"));
  assert.ok(meets("المراة", "حقوق المرأة"));
});

test("Chinese runs are segmented into words", () => {
  assert.deepEqual(analyse("网络暴力"), ["网络", "暴力"]);
  assert.ok(meets("暴力", "针对妇女的网络暴力行为"));
});

test("numbers are kept, single letters dropped", () => {
  assert.deepEqual(analyse("Resolution 38/5 — women's rights"), ["resolut", "38", "5", "woman", "right"]);
});

test("the Latin language of a text is told from its common words", () => {
  assert.equal(detectLatinLanguage("la violence à l'égard des femmes et des filles"), "fr");
  assert.equal(detectLatinLanguage("la violencia contra las mujeres y las niñas"), "es");
  assert.equal(detectLatinLanguage("violence against women and girls"), "en");
  assert.equal(detectLatinLanguage("cyberstalking"), "en");
});

test("prefixes are folded but not stemmed; stopwords are known in every language", () => {
  assert.equal(prefixTerm("harcèle"), "harcele");
  assert.ok(isStopword("the") && isStopword("contra") && isStopword("против") && isStopword("ضد"));
  assert.ok(!isStopword("violence"));
});
