/**
 * Referential integrity of a pack: ids unique, every reference resolves to a
 * record of the right kind. Pure: returns the problems, throws nothing.
 */
import type { LoadedPack, PackProblem } from "./pack";
import type { ItemKind } from "./types";

export function checkPack(pack: Omit<LoadedPack, "contentHash">, knownCountries?: ReadonlySet<string>): PackProblem[] {
  const problems: PackProblem[] = [];
  const kinds = new Map<string, ItemKind>();
  const files = new Map<string, string>();

  const register = (file: string, id: string, kind: ItemKind) => {
    if (kinds.has(id)) {
      problems.push({ file, recordId: id, field: "id", message: `id is already used in ${files.get(id)}` });
      return;
    }
    kinds.set(id, kind);
    files.set(id, file);
  };

  for (const r of pack.instruments) register("instruments.yaml", r.id, "instrument");
  for (const r of pack.commitments) register("commitments.yaml", r.id, "commitment");
  for (const s of pack.strategies) {
    register("strategies.yaml", s.id, "strategy");
    for (const o of s.options) register("strategies.yaml", o.id, "option");
  }
  for (const r of pack.factors) register("factors.yaml", r.id, "factor");
  for (const r of pack.approachCategories) register("approach-categories.yaml", r.id, "approach_category");
  for (const r of pack.formsOfAbuse) register("forms-of-abuse.yaml", r.id, "form_of_abuse");
  for (const r of pack.legislativeApproaches) register("legislative-approaches.yaml", r.id, "legislative_approach");

  const expect = (file: string, recordId: string, field: string, ref: string, allowed: readonly ItemKind[]) => {
    const kind = kinds.get(ref);
    if (!kind) problems.push({ file, recordId, field, message: `'${ref}' does not match any record of this pack` });
    else if (!allowed.includes(kind))
      problems.push({ file, recordId, field, message: `'${ref}' is a ${kind}; expected ${allowed.join(" or ")}` });
  };

  for (const c of pack.commitments) expect("commitments.yaml", c.id, "instrument", c.instrument, ["instrument"]);
  for (const s of pack.strategies)
    s.options.forEach((o, i) => {
      for (const a of o.approachCategories)
        expect("strategies.yaml", o.id, `options[${i}].approachCategories`, a, ["approach_category"]);
    });

  const seenLinks = new Set<string>();
  pack.crosswalk.forEach((l, i) => {
    const rec = `${l.from} → ${l.to}`;
    const key = `${l.from}|${l.to}|${l.type}`;
    if (seenLinks.has(key))
      problems.push({ file: "crosswalk.yaml", recordId: rec, message: `duplicate ${l.type} link (entry ${i + 1})` });
    seenLinks.add(key);
    if (l.type === "implements") {
      expect("crosswalk.yaml", rec, "from", l.from, ["option"]);
      expect("crosswalk.yaml", rec, "to", l.to, ["commitment"]);
    } else if (l.type === "addresses_factor") {
      expect("crosswalk.yaml", rec, "from", l.from, ["strategy", "option"]);
      expect("crosswalk.yaml", rec, "to", l.to, ["factor"]);
    } else {
      expect("crosswalk.yaml", rec, "from", l.from, [...new Set(kinds.values())]);
      expect("crosswalk.yaml", rec, "to", l.to, [...new Set(kinds.values())]);
    }
  });

  const evidenceIds = new Set<string>();
  const allKinds = [...new Set(kinds.values())];
  for (const e of pack.evidence) {
    const file = pack.evidenceFiles[e.id] ?? "evidence";
    if (evidenceIds.has(e.id) || kinds.has(e.id))
      problems.push({ file, recordId: e.id, field: "id", message: "id is already used" });
    evidenceIds.add(e.id);
    if (!e.country && !e.body)
      problems.push({
        file,
        recordId: e.id,
        field: "country",
        message: "give a country (ISO alpha-3) or, for regional records, a body",
      });
    if (e.country && knownCountries && !knownCountries.has(e.country))
      problems.push({
        file,
        recordId: e.id,
        field: "country",
        message: `'${e.country}' is not the ISO alpha-3 code of a UN member state`,
      });
    e.links.forEach((l, i) => {
      expect(file, e.id, `links[${i}]`, l, allKinds);
    });
  }
  return problems;
}
