/**
 * Imports one organisation's assessments of one cycle from a table shaped like
 * the open-data `assessments` export (CSV or XLSX). Every row is checked with
 * the editor's own rules (the assessment service) before anything is saved;
 * then every changed row is saved as a draft through the service, all in one
 * transaction with one summary audit entry. Unchanged rows write nothing, so a
 * second run changes nothing, not even versions.
 *
 * A preview (a dry run) returns its plan's fingerprint; the confirmation passes
 * it back as `expectedPlan` and is refused when what would be written differs
 * (someone edited an assessment in between), so that what is applied is what
 * was shown. Inside the transaction, each save still checks its version.
 */
import { createHash } from "node:crypto";
import { type AssessmentService, assessmentService } from "../domain/assessments/assessment-service";
import type { AssessmentContent, Cycle } from "../domain/assessments/types";
import { STATUSES } from "../domain/assessments/types";
import { auditEntry } from "../domain/audit/entry";
import { FormError } from "../domain/auth/errors";
import { can } from "../domain/policy";
import type { Repositories } from "../domain/ports";
import { inEnglish, type Message, msg } from "../i18n/message";
import type { AssessmentImportInput, AssessmentImportResult, PlannedRow } from "./assessment-import-types";
import { unusedColumnMessages } from "./column-notices";
import { ImportError, ImportProblems, importProblem, matchColumns } from "./table";

export type { AssessmentImportInput, AssessmentImportResult, PlannedRow } from "./assessment-import-types";

export const ASSESSMENT_COLUMNS = {
  country: ["country_iso3", "country", "iso3"],
  item: ["item_id", "item"],
  status: ["status"],
  confidence: ["confidence"],
  narrative: ["narrative"],
  obstacles: ["obstacles"],
  enablers: ["enablers"],
  evidence: ["evidence_ids", "evidence"],
  cycle: ["cycle_id", "cycle"],
  organisation: ["organisation", "organisation_slug", "org"],
} as const;

interface Planned extends Omit<PlannedRow, "status"> {
  content: AssessmentContent;
  expectedVersion: number;
}

const fingerprint = (planned: Planned[]) =>
  createHash("sha256")
    .update(JSON.stringify(planned.map((p) => [p.row, p.countryIso3, p.itemId, p.action, p.expectedVersion, p.content])))
    .digest("hex");

const list = (cell: string) =>
  cell
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

const sameContent = (a: AssessmentContent, b: AssessmentContent) =>
  a.status === b.status &&
  a.confidence === b.confidence &&
  a.narrative === b.narrative &&
  [a.obstacles, a.enablers, a.evidenceIds].every(
    (l, k) => l.join(";") === [b.obstacles, b.enablers, b.evidenceIds][k]?.join(";"),
  );

/** The editor's messages, with the value the row holds and the choices, so that a spreadsheet can be fixed. */
function explain(field: string, message: string | Message, cells: Record<string, string>): string | Message {
  if (field === "status") return msg("import.problem.notStatus", { value: cells.status ?? "", choices: STATUSES.join(", ") });
  if (field === "confidence") return msg("import.problem.notConfidence", { value: cells.confidence ?? "" });
  if (field === "obstacles")
    return msg("import.problem.notFactor", { value: [cells.obstacles, cells.enablers].filter(Boolean).join(";") });
  if (field === "evidence") return msg("import.problem.evidenceNotYours", { value: cells.evidence ?? "" });
  return message;
}

/** Nothing can be imported, for one reason that concerns the whole file. */
const refused = (problem: Message) => new ImportError(msg("import.summary.nothingCanBeImported"), [importProblem(problem)]);

async function checkCycle(repos: Repositories, cycleId: string): Promise<Cycle> {
  const cycle = await repos.assessments.getCycle(cycleId);
  if (!cycle) throw refused(msg("import.problem.noCycle", { cycle: cycleId }));
  if (cycle.status === "closed") throw refused(msg("import.problem.cycleClosed", { cycle: cycle.name }));
  return cycle;
}

export async function importAssessments(repos: Repositories, input: AssessmentImportInput): Promise<AssessmentImportResult> {
  const { table, organisation: org, actor } = input;
  if (!actor.user || !can(actor, "assessment.edit", org))
    throw refused(
      actor.user
        ? msg("import.problem.mayNotEdit", { email: actor.user.email, organisation: org.name })
        : msg("import.problem.accountMayNotEdit", { organisation: org.name }),
    );
  await checkCycle(repos, input.cycleId);

  const problems = new ImportProblems();
  const { index, unused } = matchColumns(table.header, ASSESSMENT_COLUMNS, problems);
  for (const f of ["country", "item", "status", "confidence"] as const)
    if (index[f] === undefined)
      problems.add(table.headerRow, undefined, msg("import.problem.missingColumn", { column: ASSESSMENT_COLUMNS[f][0] }));
  if (problems.size) throw problems.error(msg("import.summary.missingColumns"));

  const noticeTexts = unusedColumnMessages(table, unused);

  const column = (f: keyof typeof ASSESSMENT_COLUMNS) => table.header[index[f] as number] ?? ASSESSMENT_COLUMNS[f][0];
  const fieldColumn: Record<string, keyof typeof ASSESSMENT_COLUMNS> = {
    status: "status",
    confidence: "confidence",
    narrative: "narrative",
    obstacles: index.obstacles === undefined ? "enablers" : "obstacles",
    evidence: "evidence",
  };
  const service: AssessmentService = assessmentService({
    repos,
    newId: input.newId,
    methodologyVersion: input.methodologyVersion,
  });
  const countries = new Set((await repos.countries.listCountries()).map((c) => c.iso3));
  const items = new Map((await repos.framework.listItems()).map((i) => [i.id, i]));
  const seen = new Map<string, number>();
  const planned: Planned[] = [];
  const rows = table.rows.filter((r) => !r.cells.every((c) => c.trim() === ""));
  // The export's optional second row of HXL hashtags is not data.
  if (rows[0]?.cells.every((c) => c.trim() === "" || c.trim().startsWith("#"))) rows.shift();

  let done = 0;
  for (const r of rows) {
    input.onProgress?.("checking", done++, rows.length);
    const cell = (f: keyof typeof ASSESSMENT_COLUMNS) => (index[f] === undefined ? "" : (r.cells[index[f]] ?? "").trim());
    const before = problems.size;
    const countryIso3 = cell("country").toUpperCase();
    const itemId = cell("item");
    if (!countries.has(countryIso3))
      problems.add(r.row, column("country"), msg("import.problem.notCountry", { value: cell("country") }));
    const item = items.get(itemId);
    if (!item || (item.kind !== "commitment" && item.kind !== "option"))
      problems.add(r.row, column("item"), msg("import.problem.notItem", { value: itemId }));
    if (cell("cycle") && cell("cycle") !== input.cycleId)
      problems.add(r.row, column("cycle"), msg("import.problem.otherCycle", { rowCycle: cell("cycle"), cycle: input.cycleId }));
    if (cell("organisation") && cell("organisation") !== org.slug)
      problems.add(
        r.row,
        column("organisation"),
        msg("import.problem.otherOrganisation", { rowOrganisation: cell("organisation"), organisation: org.slug }),
      );
    const key = `${countryIso3}\0${itemId}`;
    const first = seen.get(key);
    if (first !== undefined) problems.add(r.row, column("item"), msg("import.problem.repeatsRow", { row: first }));
    else seen.set(key, r.row);

    const cells = {
      status: cell("status"),
      confidence: cell("confidence"),
      obstacles: cell("obstacles"),
      enablers: cell("enablers"),
      evidence: cell("evidence"),
    };
    if (problems.size > before) continue;
    const found = await repos.assessments.find({ organisationId: org.id, countryIso3, cycleId: input.cycleId, itemId });
    // An optional column the file leaves out keeps what the assessment holds (a new one starts empty).
    const keep = (
      f: "narrative" | "obstacles" | "enablers" | "evidence",
      stored: string[] | string | undefined,
      value: string,
    ) => (index[f] === undefined ? (stored ?? (f === "narrative" ? "" : [])) : f === "narrative" ? value : list(value));
    let content: AssessmentContent | undefined;
    try {
      content = await service.validateContent(org, {
        status: cells.status,
        confidence: cells.confidence,
        narrative: keep("narrative", found?.narrative, r.cells[index.narrative as number] ?? "") as string,
        obstacles: keep("obstacles", found?.obstacles, cells.obstacles) as string[],
        enablers: keep("enablers", found?.enablers, cells.enablers) as string[],
        evidenceIds: keep("evidence", found?.evidenceIds, cells.evidence) as string[],
      });
    } catch (e) {
      if (!(e instanceof FormError)) throw e;
      for (const [field, message] of Object.entries(e.messages))
        problems.add(r.row, column(fieldColumn[field] ?? "status"), explain(field, message, cells));
    }
    if (!content) continue;
    const action = !found ? "create" : sameContent(found, content) ? "unchanged" : "update";
    planned.push({ row: r.row, countryIso3, itemId, content, expectedVersion: found?.version ?? 0, action });
  }
  input.onProgress?.("checking", rows.length, rows.length);
  if (rows.length === 0) problems.add(undefined, undefined, msg("import.problem.noRows"));
  if (problems.size) throw problems.error(msg("import.summary.someRows"));

  const count = (a: Planned["action"]) => planned.filter((p) => p.action === a).length;
  const result: AssessmentImportResult = {
    rows: planned.length,
    created: count("create"),
    updated: count("update"),
    unchanged: count("unchanged"),
    dryRun: input.dryRun,
    notices: noticeTexts.map(inEnglish),
    noticeTexts,
    planned: planned.map((p) => ({
      row: p.row,
      countryIso3: p.countryIso3,
      itemId: p.itemId,
      status: p.content.status,
      action: p.action,
    })),
    plan: fingerprint(planned),
  };
  if (input.expectedPlan !== undefined && input.expectedPlan !== result.plan)
    throw new ImportError(msg("import.summary.nothingImported"), [importProblem(msg("import.problem.planChanged"))]);
  const changes = planned.filter((p) => p.action !== "unchanged");
  if (input.dryRun || (changes.length === 0 && !input.finish)) return result;

  await repos.transaction(async (tx) => {
    // The same service over the transaction: each save checks, versions and audits as in the editor.
    const txService = assessmentService({ repos: tx, newId: input.newId, methodologyVersion: input.methodologyVersion });
    let saved = 0;
    for (const p of changes) {
      input.onProgress?.("saving", saved++, changes.length);
      await txService.save(
        actor,
        org,
        { countryIso3: p.countryIso3, cycleId: input.cycleId, itemId: p.itemId },
        { ...p.content },
        p.expectedVersion,
        input.ctx,
      );
    }
    input.onProgress?.("saving", changes.length, changes.length);
    await input.finish?.(tx);
    // Nothing changed, nothing to log: a second run of the same file leaves no trace, as it writes nothing.
    if (changes.length === 0) return;
    await tx.audit.append(
      auditEntry(input.ctx, actor.user, {
        organisationId: org.id,
        action: "assessment.import",
        entityType: "assessment_import",
        entityId: input.cycleId,
        after: {
          file: input.fileName,
          cycleId: input.cycleId,
          created: result.created,
          updated: result.updated,
          unchanged: result.unchanged,
        },
      }),
    );
  });
  return result;
}
