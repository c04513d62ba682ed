/** An open assessment cycle for a year, as most suites need one (2025 unless said). */
import type { Cycle } from "../../src/domain/assessments/types";
import type { AssessmentRepository } from "../../src/domain/ports";

export async function openCycle(assessments: Pick<AssessmentRepository, "createCycle">, id = "2025"): Promise<Cycle> {
  const cycle: Cycle = {
    id,
    name: id,
    periodStart: `${id}-01-01`,
    periodEnd: `${id}-12-31`,
    order: 1,
    status: "open",
    isDemo: false,
    createdAt: new Date().toISOString(),
  };
  await assessments.createCycle(cycle);
  return cycle;
}
