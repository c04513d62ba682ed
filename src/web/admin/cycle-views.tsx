/** The cycles part of the site administration page: the list with close and reopen, and the form for a new cycle. */
import type { Cycle } from "../../domain/assessments/types";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";
import { num, t } from "../i18n/t";

export function CyclesSection({
  csrf,
  cycles,
  form,
}: {
  csrf: string;
  cycles: Cycle[];
  form?: { problems: Problems; values: Record<string, string> };
}) {
  const v = form?.values;
  const p = form?.problems;
  return (
    <>
      <h2 id="cycles">{t("admin.cycles.heading")}</h2>
      <p class="hint">{t("admin.cycles.hint")}</p>
      {cycles.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">{t("admin.cycles.cycle")}</th>
              <th scope="col">{t("admin.cycles.period")}</th>
              <th scope="col">{t("admin.cycles.order")}</th>
              <th scope="col">{t("admin.cycles.status")}</th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((cy) => (
              <tr>
                <td>
                  {cy.name} <small>({cy.id})</small>
                </td>
                <td>{t("admin.cycles.periodRange", { start: cy.periodStart, end: cy.periodEnd })}</td>
                <td>{num(cy.order)}</td>
                <td>
                  {t(`admin.cycles.state.${cy.status}`)}{" "}
                  <form class="inline" method="post" action={`/admin/cycles/${cy.id}/status`}>
                    <CsrfField token={csrf} />
                    <input type="hidden" name="status" value={cy.status === "open" ? "closed" : "open"} />
                    <button type="submit" class="secondary">
                      {t(cy.status === "open" ? "admin.cycles.close" : "admin.cycles.reopen", { name: cy.name })}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">{t("admin.cycles.none")}</p>
      )}
      <h3 id="new-cycle">{t("admin.cycles.create")}</h3>
      <ErrorSummary problems={p} />
      <form method="post" action="/admin/cycles" novalidate>
        <CsrfField token={csrf} />
        <Field
          name="cycleId"
          label={t("admin.cycles.shortName")}
          hint={t("admin.cycles.shortNameHint")}
          value={v?.cycleId}
          problems={p}
        />
        <Field
          name="cycleName"
          label={t("admin.cycles.name")}
          hint={t("admin.cycles.nameHint")}
          value={v?.cycleName}
          problems={p}
        />
        <Field
          name="periodStart"
          label={t("admin.cycles.periodStart")}
          hint={t("admin.cycles.dateHint")}
          value={v?.periodStart}
          problems={p}
        />
        <Field
          name="periodEnd"
          label={t("admin.cycles.periodEnd")}
          hint={t("admin.cycles.dateHint")}
          value={v?.periodEnd}
          problems={p}
        />
        <Field
          name="order"
          label={t("admin.cycles.order")}
          hint={t("admin.cycles.orderHint")}
          value={v?.order}
          problems={p}
          inputmode="numeric"
        />
        <button type="submit">{t("admin.cycles.createSubmit")}</button>
      </form>
    </>
  );
}
