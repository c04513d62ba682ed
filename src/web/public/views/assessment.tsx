/** Published assessments: a country's list, one assessment's public page, and the history of its publications. */
import { raw } from "hono/html";
import { ORGANISATION_TYPE_LABELS, type Organisation } from "../../../domain/accounts/types";
import { accountabilityGap, disagreement } from "../../../domain/assessments/accountability-gap";
import { type Publication, STATUS_LABELS } from "../../../domain/assessments/types";
import { KIND_LABELS } from "../../../domain/framework/catalogue";
import type { FrameworkItem } from "../../../domain/framework/types";
import { CsrfField, ErrorSummary, type Problems } from "../../forms";
import { renderMarkdown } from "../../markdown";
import type { PublicAssessment, PublishedCycle } from "../../workspace/published";
import { EvidenceItem } from "../components";
import { Page } from "../layout";
import { countryPath, itemPath } from "../paths";

export const assessmentPath = (id: string) => `/assessments/${encodeURIComponent(id)}`;
const day = (iso: string) => iso.slice(0, 10);
const CONFIDENCE: Record<string, string> = { low: "Low", medium: "Medium", high: "High" };

/** Each publication with what changed since the one before: status, narrative. */
export function PublicationHistory({ publications, organisation }: { publications: Publication[]; organisation: string }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Published</th>
          <th scope="col">By</th>
          <th scope="col">Status</th>
          <th scope="col">What changed</th>
        </tr>
      </thead>
      <tbody>
        {[...publications].reverse().map((p) => {
          const before = publications[publications.indexOf(p) - 1]?.snapshot;
          const s = p.snapshot;
          const changes = before
            ? [
                before.status !== s.status
                  ? `Status changed from ${STATUS_LABELS[before.status]} to ${STATUS_LABELS[s.status]}`
                  : "Status unchanged",
                before.narrative !== s.narrative ? "narrative changed" : "narrative unchanged",
              ].join("; ")
            : "First publication";
          return (
            <tr>
              <td>{day(p.publishedAt)}</td>
              <td>{organisation}</td>
              <td>{STATUS_LABELS[s.status]}</td>
              <td>{changes}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The country page's section: per cycle, each item's published status per organisation. */
/** Words, not colour, say whether the two sides agree. */
const GAP_LABEL: Record<string, string> = { true: "Disagree", false: "Agree", null: "" };

export function PublishedAssessments({ groups }: { groups: PublishedCycle[] }) {
  if (groups.length === 0) return null;
  return (
    <>
      <h2 id="assessments">Published assessments</h2>
      <p class="muted">Each organisation's judgement, as published after review. Governments may reply on each page.</p>
      {groups.map(({ cycle, items }) => {
        const judgements = items.map(({ entries }) =>
          entries.map((e) => ({ organisationType: e.organisation.type, status: e.publication.snapshot.status })),
        );
        const gap = accountabilityGap(judgements);
        return (
          <section>
            <h3>{cycle.name}</h3>
            {gap.compared ? (
              <p>
                <strong>Accountability gap:</strong> the government and civil society disagree on {gap.disagree} of the{" "}
                {gap.compared} item
                {gap.compared === 1 ? "" : "s"} both assessed.
              </p>
            ) : null}
            <table>
              <thead>
                <tr>
                  <th scope="col">Item</th>
                  <th scope="col">Status</th>
                  <th scope="col">Assessed by</th>
                  {gap.compared ? <th scope="col">Government and civil society</th> : null}
                </tr>
              </thead>
              <tbody>
                {items.flatMap(({ item, entries }, n) =>
                  entries.map(({ publication, organisation }, i) => (
                    <tr>
                      <td>{i === 0 ? <a href={itemPath(item)}>{item.title}</a> : null}</td>
                      <td>
                        <a href={assessmentPath(publication.assessmentId)}>{STATUS_LABELS[publication.snapshot.status]}</a>
                      </td>
                      <td>
                        {organisation.name} <small class="muted">({ORGANISATION_TYPE_LABELS[organisation.type]})</small>
                      </td>
                      {gap.compared ? <td>{i === 0 ? GAP_LABEL[String(disagreement(judgements[n] ?? []))] : null}</td> : null}
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </section>
        );
      })}
    </>
  );
}

export interface ReplyForm {
  csrf: string;
  /** The government bodies of this country that the signed-in person belongs to. */
  organisations: Organisation[];
  value?: string;
  problems?: Problems;
}

function FactorLinks({ ids, factors }: { ids: string[]; factors: Map<string, FrameworkItem> }) {
  const list = ids.flatMap((id) => (factors.has(id) ? [factors.get(id)!] : []));
  if (list.length === 0) return <>None named</>;
  return (
    <>
      {list.map((f, i) => (
        <>
          {i ? "; " : ""}
          <a href={itemPath(f)}>{f.title}</a>
        </>
      ))}
    </>
  );
}

export function PublicAssessmentView({ origin, data, reply }: { origin: string; data: PublicAssessment; reply?: ReplyForm }) {
  const { item, country, cycle, organisation, latest, factors } = data;
  const s = latest.snapshot;
  const path = assessmentPath(data.assessmentId);
  return (
    <Page
      title={`${item.title}: ${country.name}, ${cycle.name}, by ${organisation.name}`}
      path={path}
      origin={origin}
      description={`${organisation.name}'s published assessment of ${country.name}: ${STATUS_LABELS[s.status]}.`}
      crumbs={[
        { label: "Countries", href: "/countries" },
        { label: country.name, href: `${countryPath(country.iso3)}#assessments` },
        { label: "Assessment" },
      ]}
    >
      <p class="kicker">
        {KIND_LABELS[item.kind].singular}
        {data.parent ? ` · ${data.parent.title}` : ""} · <a href={countryPath(country.iso3)}>{country.name}</a> · {cycle.name}
      </p>
      <h1>
        <a href={itemPath(item)}>{item.title}</a>
      </h1>
      <p class="lead">
        Assessed by {organisation.name} ({ORGANISATION_TYPE_LABELS[organisation.type]}), published {day(latest.publishedAt)}.
      </p>
      <dl class="facts">
        <dt>Status</dt>
        <dd>
          <strong>{STATUS_LABELS[s.status]}</strong>
        </dd>
        <dt>Confidence</dt>
        <dd>{CONFIDENCE[s.confidence] ?? s.confidence}</dd>
        <dt>Obstacles</dt>
        <dd>
          <FactorLinks ids={s.obstacles} factors={factors} />
        </dd>
        <dt>Enablers</dt>
        <dd>
          <FactorLinks ids={s.enablers} factors={factors} />
        </dd>
      </dl>
      <h2>Narrative</h2>
      {s.narrative ? <div class="narrative">{raw(renderMarkdown(s.narrative))}</div> : <p class="muted">No narrative.</p>}
      <h2>Evidence</h2>
      {data.evidence.length ? (
        <ul class="items">
          {data.evidence.map((e) => (
            <EvidenceItem e={e} />
          ))}
        </ul>
      ) : (
        <p class="muted">No public evidence is linked.</p>
      )}
      <h2 id="replies">Government replies</h2>
      {data.replies.length ? (
        data.replies.map(({ reply: r, organisation: o }) => (
          <article class="reply">
            <h3>{o.name}</h3>
            <p class="muted">Replied {day(r.updatedAt)}</p>
            <p class="plain">{r.body}</p>
          </article>
        ))
      ) : (
        <p class="muted">No government reply yet.</p>
      )}
      {reply?.organisations.length ? <ReplyFormView path={path} form={reply} /> : null}
      <h2>History</h2>
      <PublicationHistory publications={data.publications} organisation={organisation.name} />
    </Page>
  );
}

function ReplyFormView({ path, form }: { path: string; form: ReplyForm }) {
  const [first] = form.organisations;
  const error = form.problems?.body;
  return (
    <>
      <h3 id="reply">Reply on behalf of the government</h3>
      <ErrorSummary problems={form.problems} />
      <form method="post" action={`${path}/reply`}>
        <CsrfField token={form.csrf} />
        {form.organisations.length === 1 ? (
          <input type="hidden" name="organisation" value={first!.id} />
        ) : (
          <div class="field">
            <label for="organisation">Reply as</label>
            <select id="organisation" name="organisation">
              {form.organisations.map((o) => (
                <option value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
        )}
        <div class={error ? "field field-error" : "field"}>
          <label for="body">Your reply{form.organisations.length === 1 ? ` as ${first!.name}` : ""}</label>
          <p class="hint" id="body-hint">
            Shown beside the assessment for everyone to read. Sending again replaces your earlier reply.
          </p>
          {error ? (
            <p class="error" id="body-error">
              {error}
            </p>
          ) : null}
          <textarea id="body" name="body" rows={6} required aria-describedby={error ? "body-hint body-error" : "body-hint"}>
            {form.value ?? ""}
          </textarea>
        </div>
        <button type="submit">Send reply</button>
      </form>
    </>
  );
}
