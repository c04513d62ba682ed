/**
 * Demonstration assessments derived from the source paper's case-study
 * evidence, so that scorecards, comparisons and the map have something to show
 * on a new installation. The rule is deliberately plain, and every record says
 * it is demonstration data:
 * - an item (commitment or option) linked by evidence of government action
 *   (a law, policy, institution, programme, budget line, campaign or court
 *   decision) in a country is "in progress";
 * - an item linked only by civil-society action or data is "planned" when a
 *   bill is among the evidence, and otherwise left out;
 * - confidence is always low; the evidence is linked; the narrative lists it.
 */
import type { AssessmentContent } from "../assessments/types";
import type { Evidence } from "../evidence/types";
import type { FrameworkItem } from "../framework/types";

const GOVERNMENT_ACTION = new Set(["law", "policy", "institution", "programme", "budget_line", "campaign", "court_decision"]);

export interface DemoAssessment extends AssessmentContent {
  countryIso3: string;
  itemId: string;
}

export function deriveDemoAssessments(evidence: readonly Evidence[], items: readonly FrameworkItem[]): DemoAssessment[] {
  const assessable = new Set(items.filter((i) => i.kind === "commitment" || i.kind === "option").map((i) => i.id));
  const groups = new Map<string, { countryIso3: string; itemId: string; evidence: Evidence[] }>();
  for (const e of evidence) {
    if (!e.countryIso3 || e.visibility !== "public") continue;
    for (const itemId of e.links.filter((l) => assessable.has(l))) {
      const key = `${e.countryIso3}|${itemId}`;
      const g = groups.get(key) ?? { countryIso3: e.countryIso3, itemId, evidence: [] };
      g.evidence.push(e);
      groups.set(key, g);
    }
  }
  const out: DemoAssessment[] = [];
  for (const g of groups.values()) {
    const government = g.evidence.some((e) => GOVERNMENT_ACTION.has(e.type) && !/\bbill\b/i.test(e.title));
    const bill = g.evidence.some((e) => /\bbill\b/i.test(e.title));
    if (!government && !bill) continue;
    out.push({
      countryIso3: g.countryIso3,
      itemId: g.itemId,
      status: government ? "in_progress" : "planned",
      confidence: "low",
      narrative: `Demonstration data, derived automatically from the source paper's evidence; not a real assessment.\n\n${g.evidence
        .map((e) => `- ${e.title}`)
        .join("\n")}`,
      obstacles: [],
      enablers: [],
      evidenceIds: g.evidence.map((e) => e.id).sort(),
    });
  }
  return out.sort((a, b) => (a.countryIso3 + a.itemId < b.countryIso3 + b.itemId ? -1 : 1));
}
