/** The cycles part of the site administration page: the list with close and reopen, and the form for a new cycle. */
import type { Cycle } from "../../domain/assessments/types";
import { CsrfField, ErrorSummary, Field, type Problems } from "../forms";

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
      <h2 id="cycles">Assessment cycles</h2>
      <p class="hint">Organisations assess countries cycle by cycle. A closed cycle can be read but not changed.</p>
      {cycles.length ? (
        <table>
          <thead>
            <tr>
              <th scope="col">Cycle</th>
              <th scope="col">Period</th>
              <th scope="col">Order</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((cy) => (
              <tr>
                <td>
                  {cy.name} <small>({cy.id})</small>
                </td>
                <td>
                  {cy.periodStart} to {cy.periodEnd}
                </td>
                <td>{cy.order}</td>
                <td>
                  {cy.status}{" "}
                  <form class="inline" method="post" action={`/admin/cycles/${cy.id}/status`}>
                    <CsrfField token={csrf} />
                    <input type="hidden" name="status" value={cy.status === "open" ? "closed" : "open"} />
                    <button type="submit" class="secondary">
                      {cy.status === "open" ? `Close ${cy.name}` : `Reopen ${cy.name}`}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No cycle yet.</p>
      )}
      <h3 id="new-cycle">Create a cycle</h3>
      <ErrorSummary problems={p} />
      <form method="post" action="/admin/cycles" novalidate>
        <CsrfField token={csrf} />
        <Field
          name="cycleId"
          label="Cycle short name"
          hint="Lower-case letters, digits and hyphens, e.g. 2025."
          value={v?.cycleId}
          problems={p}
        />
        <Field name="cycleName" label="Cycle name" hint="e.g. 2025 review" value={v?.cycleName} problems={p} />
        <Field name="periodStart" label="Period start" hint="YYYY-MM-DD" value={v?.periodStart} problems={p} />
        <Field name="periodEnd" label="Period end" hint="YYYY-MM-DD" value={v?.periodEnd} problems={p} />
        <Field
          name="order"
          label="Order"
          hint="A whole number; a later cycle has a higher one (trends compare a cycle with the one before)."
          value={v?.order}
          problems={p}
          inputmode="numeric"
        />
        <button type="submit">Create cycle</button>
      </form>
    </>
  );
}
