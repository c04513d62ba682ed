/** Published assessments: a country's list, one assessment's public page, and the history of its publications. */
import { raw } from "hono/html";
import { accountabilityGap, disagreement } from "../../../domain/assessments/accountability-gap";
import type { Publication } from "../../../domain/assessments/types";
import type { FrameworkItem } from "../../../domain/framework/types";
import { countryName } from "../../i18n/country-name";
import { date, num, t } from "../../i18n/t";
import { renderMarkdown } from "../../markdown";
import type { PublicAssessment, PublishedCycle } from "../../workspace/published";
import { EvidenceItem, titleOf } from "../components";
import { En, en, langOf, NotTranslatedNote, OutdatedNote, type PageTranslations, shown, Text, untranslated } from "../content";
import { confidenceLabel, kindSingular, organisationTypeLabel, statusLabel } from "../labels";
import { Page } from "../layout";
import { countryPath, itemPath } from "../paths";
import { type ReplyForm, ReplyFormView } from "./reply-form";

export type { ReplyForm } from "./reply-form";

export const assessmentPath = (id: string) => `/assessments/${encodeURIComponent(id)}`;

/** Each publication with what changed since the one before: status, narrative. */
export function PublicationHistory({ publications, organisation }: { publications: Publication[]; organisation: string }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{t("public.history.published")}</th>
          <th scope="col">{t("public.history.by")}</th>
          <th scope="col">{t("public.history.status")}</th>
          <th scope="col">{t("public.history.changes")}</th>
        </tr>
      </thead>
      <tbody>
        {[...publications].reverse().map((p) => {
          const before = publications[publications.indexOf(p) - 1]?.snapshot;
          const s = p.snapshot;
          const changes = before
            ? t("public.history.change", {
                status: before.status !== s.status ? "changed" : "same",
                from: statusLabel(before.status),
                to: statusLabel(s.status),
                narrative: before.narrative !== s.narrative ? "changed" : "same",
              })
            : t("public.history.first");
          return (
            <tr>
              <td>{date(p.publishedAt)}</td>
              <td>{organisation}</td>
              <td>{statusLabel(s.status)}</td>
              <td>{changes}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The country page's section: per cycle, each item's published status per organisation. */
export function PublishedAssessments({ groups }: { groups: PublishedCycle[] }) {
  if (groups.length === 0) return null;
  return (
    <>
      <h2 id="assessments">{t("public.assessments.heading")}</h2>
      <p class="muted">{t("public.assessments.intro")}</p>
      {groups.map(({ cycle, items }) => {
        const judgements = items.map(({ entries }) =>
          entries.map((e) => ({ organisationType: e.organisation.type, status: e.publication.snapshot.status })),
        );
        const gap = accountabilityGap(judgements);
        // Words, not colour, say whether the two sides agree.
        const agreement = (n: number) => {
          const d = disagreement(judgements[n] ?? []);
          return d === null ? "" : t(d ? "public.assessments.disagree" : "public.assessments.agree");
        };
        return (
          <section>
            <h3>{cycle.name}</h3>
            {gap.compared ? (
              <p>
                <strong>{t("public.assessments.gapLabel")}</strong>{" "}
                {t("public.assessments.gap", { disagree: num(gap.disagree), compared: gap.compared })}
              </p>
            ) : null}
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("public.assessments.item")}</th>
                  <th scope="col">{t("public.history.status")}</th>
                  <th scope="col">{t("public.assessments.assessedBy")}</th>
                  {gap.compared ? <th scope="col">{t("public.assessments.bothSides")}</th> : null}
                </tr>
              </thead>
              <tbody>
                {items.flatMap(({ item, entries }, n) =>
                  entries.map(({ publication, organisation }, i) => (
                    <tr>
                      <td>
                        {i === 0 ? (
                          <a href={itemPath(item)} {...en()}>
                            {item.title}
                          </a>
                        ) : null}
                      </td>
                      <td>
                        <a href={assessmentPath(publication.assessmentId)}>{statusLabel(publication.snapshot.status)}</a>
                      </td>
                      <td>
                        {organisation.name} <small class="muted">({organisationTypeLabel(organisation.type)})</small>
                      </td>
                      {gap.compared ? <td>{i === 0 ? agreement(n) : null}</td> : null}
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

function FactorLinks({ ids, factors }: { ids: string[]; factors: Map<string, FrameworkItem> }) {
  const list = ids.flatMap((id) => (factors.has(id) ? [factors.get(id)!] : []));
  if (list.length === 0) return <>{t("public.assessment.noneNamed")}</>;
  return (
    <En>
      {list.map((f, i) => (
        <>
          {i ? "; " : ""}
          <a href={itemPath(f)}>{f.title}</a>
        </>
      ))}
    </En>
  );
}

interface ViewProps {
  origin: string;
  data: PublicAssessment;
  reply?: ReplyForm;
  tr?: PageTranslations;
}

export function PublicAssessmentView({ origin, data, reply, tr }: ViewProps) {
  const { item, country, cycle, organisation, latest, factors } = data;
  const s = latest.snapshot;
  const title = titleOf(tr, item);
  const narrative = s.narrative ? shown(tr, { id: data.assessmentId, type: "assessment" }, "narrative", s.narrative) : undefined;
  const note =
    untranslated([title, ...(narrative ? [narrative] : [])]) || (!!data.parent && untranslated([titleOf(tr, data.parent)]));
  const path = assessmentPath(data.assessmentId);
  const name = countryName(country);
  const status = statusLabel(s.status);
  return (
    <Page
      title={t("public.assessment.pageTitle", {
        item: title.text,
        country: name,
        cycle: cycle.name,
        organisation: organisation.name,
      })}
      path={path}
      origin={origin}
      description={t("public.assessment.description", { organisation: organisation.name, country: name, status })}
      crumbs={[
        { label: t("public.countries.title"), href: "/countries" },
        { label: name, href: `${countryPath(country.iso3)}#assessments` },
        { label: t("public.assessment.crumb") },
      ]}
    >
      <p class="kicker">
        {kindSingular(item.kind)}
        {data.parent ? (
          <>
            {" · "}
            <Text value={titleOf(tr, data.parent)} />
          </>
        ) : null}{" "}
        · <a href={countryPath(country.iso3)}>{name}</a> · {cycle.name}
      </p>
      <h1 {...langOf(title)}>
        <a href={itemPath(item)}>{title.text}</a>
      </h1>
      <OutdatedNote value={title} />
      <NotTranslatedNote when={note} />
      <p class="lead">
        {t("public.assessment.lead", {
          organisation: organisation.name,
          type: organisationTypeLabel(organisation.type),
          date: date(latest.publishedAt),
        })}
      </p>
      <dl class="facts">
        <dt>{t("public.history.status")}</dt>
        <dd>
          <strong>{status}</strong>
        </dd>
        <dt>{t("public.assessment.confidence")}</dt>
        <dd>{confidenceLabel(s.confidence)}</dd>
        <dt>{t("public.assessment.obstacles")}</dt>
        <dd>
          <FactorLinks ids={s.obstacles} factors={factors} />
        </dd>
        <dt>{t("public.assessment.enablers")}</dt>
        <dd>
          <FactorLinks ids={s.enablers} factors={factors} />
        </dd>
      </dl>
      <h2>{t("public.assessment.narrative")}</h2>
      {narrative ? (
        <>
          <div class="narrative" {...langOf(narrative)}>
            {raw(renderMarkdown(narrative.text))}
          </div>
          <OutdatedNote value={narrative} />
        </>
      ) : (
        <p class="muted">{t("public.assessment.noNarrative")}</p>
      )}
      <h2>{t("public.evidence.heading")}</h2>
      {data.evidence.length ? (
        <ul class="items">
          {data.evidence.map((e) => (
            <EvidenceItem e={e} />
          ))}
        </ul>
      ) : (
        <p class="muted">{t("public.assessment.noEvidence")}</p>
      )}
      <h2 id="replies">{t("public.reply.heading")}</h2>
      {data.replies.length ? (
        data.replies.map(({ reply: r, organisation: o }) => (
          <article class="reply">
            <h3>{o.name}</h3>
            <p class="muted">{t("public.reply.replied", { date: date(r.updatedAt) })}</p>
            <p class="plain">{r.body}</p>
          </article>
        ))
      ) : (
        <p class="muted">{t("public.reply.none")}</p>
      )}
      {reply?.organisations.length ? <ReplyFormView path={path} form={reply} /> : null}
      <h2>{t("public.assessment.history")}</h2>
      <PublicationHistory publications={data.publications} organisation={organisation.name} />
    </Page>
  );
}
