/**
 * Every message of a report language as text, by its path ("sections.findings",
 * "method.points"): strings as they are, functions called with sample
 * arguments. String arguments are «PLACEHOLDERS», so that a test can check they
 * come back, or cut a sentence at them.
 */
import assert from "node:assert/strict";
import type { Messages } from "../../src/reports/shadow/messages";

export const SAMPLES: Record<string, unknown[]> = {
  subtitle: ["«COUNTRY»", "«CYCLE»"],
  summary: [{ country: "«COUNTRY»", cycle: "«CYCLE»", assessed: 3, total: 61, counts: "«COUNTS»" }],
  statusCount: [4, "«STATUS»"],
  score: ["«SCORE»", "«COVERAGE»", "«VERSION»"],
  noScore: ["«VERSION»"],
  "method.scale": ["«VERSION»"],
  "method.points": ["«LIST»"],
  "method.leftOut": ["«LIST»"],
  statusLine: ["«STATUS»"],
  obstacleLine: [7],
  replyFrom: ["«ORG»", "«DATE»"],
  seeNote: ["«TITLE»", 9],
  wordCount: [2815, 5630],
};

export function messageLeaves(m: Messages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") out.set(path, value);
    else if (typeof value === "function") {
      const args = SAMPLES[path];
      assert.ok(args, `${path} is a function: give it sample arguments in SAMPLES`);
      out.set(path, (value as (...a: unknown[]) => string)(...args));
    } else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
  };
  walk(m, "");
  return out;
}
