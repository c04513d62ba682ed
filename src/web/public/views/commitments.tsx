/** Pages for instruments and commitments. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import type { RecommendationDetails } from "../../../domain/framework/pack-schema";
import { date, num, t } from "../../i18n/t";
import { Citation, EvidenceGroups, ItemList, LinkedList } from "../components";
import { En, en, NotTranslatedNote, rich } from "../content";
import { instrumentTypeLabel, kindPlural, kindSingular, responseLabel } from "../labels";
import { Page } from "../layout";
import { apiPath, itemPath } from "../paths";

type Data<K extends keyof Catalogue> = Awaited<ReturnType<Catalogue[K]>>;

export function InstrumentView({ origin, data }: { origin: string; data: Data<"instrument"> }) {
  const { instrument, commitments, evidence } = data;
  const d = instrument.details;
  const path = itemPath(instrument);
  return (
    <Page
      title={d.symbol ? `${instrument.title} (${d.symbol})` : instrument.title}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural("instrument"), href: "/instruments" },
        { label: d.symbol ?? instrument.title, content: true },
      ]}
    >
      <p class="kicker">
        <En>{d.body}</En> · {d.year}
        {d.symbol ? ` · ${d.symbol}` : ""}
      </p>
      <h1 {...en()}>{instrument.title}</h1>
      <NotTranslatedNote />
      <p class="lead" {...en()}>
        {instrument.summary}
      </p>
      <dl class="facts">
        <dt>{t("public.instrument.type")}</dt>
        <dd>{instrumentTypeLabel(d.type)}</dd>
        {d.adopted ? (
          <>
            <dt>{t("public.instrument.adopted")}</dt>
            <dd>
              <time datetime={d.adopted}>{date(d.adopted)}</time>
            </dd>
          </>
        ) : null}
        {d.url ? (
          <>
            <dt>{t("public.instrument.text")}</dt>
            <dd>
              <a href={d.url} rel="noopener noreferrer">
                {d.url}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
      <Citation citation={instrument.citation} />
      {commitments.length ? (
        <>
          <h2>{t("public.instrument.commitments")}</h2>
          <ItemList items={commitments} />
        </>
      ) : null}
      {evidence.length ? (
        <>
          <h2>{t("public.evidence.heading")}</h2>
          <EvidenceGroups groups={evidence} />
        </>
      ) : null}
    </Page>
  );
}

export function CommitmentView({ origin, data }: { origin: string; data: Data<"commitment"> }) {
  const { commitment, instrument, options, evidence } = data;
  const q = commitment.details.quotation;
  const rec = commitment.details.recommendation;
  const path = itemPath(commitment);
  const symbol = instrument && "symbol" in instrument.details ? (instrument.details.symbol as string | undefined) : undefined;
  const order = num(commitment.order);
  return (
    <Page
      title={`${commitment.title} (${symbol ?? instrument?.title ?? kindSingular("commitment")})`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: kindPlural("commitment"), href: "/commitments" }, { label: `${symbol ?? ""} #${order}`.trim() }]}
    >
      <p class="kicker">
        {instrument
          ? rich(
              "public.commitment.kicker",
              {
                instrument: (
                  <a href={itemPath(instrument)} {...en()}>
                    {instrument.title}
                  </a>
                ),
              },
              { order },
            )
          : t("public.commitment.kickerNoInstrument", { order })}
      </p>
      <h1 {...en()}>{commitment.title}</h1>
      <NotTranslatedNote />
      <p class="lead" {...en()}>
        {commitment.summary}
      </p>
      {q ? (
        <figure>
          <blockquote {...en()}>
            <p>{q.text}</p>
          </blockquote>
          <figcaption>
            {rec
              ? rich("public.commitment.asWorded", { source: <En>{rec.documentSymbol ?? instrument?.title ?? q.source}</En> })
              : rich("public.commitment.asSummarised", { source: <En>{instrument?.title ?? q.source}</En> })}
          </figcaption>
        </figure>
      ) : null}
      {rec ? <RecommendationFacts rec={rec} /> : null}
      <Citation citation={commitment.citation} />
      <h2>{t("public.commitment.options")}</h2>
      <LinkedList links={options} empty={t("public.commitment.noOptions")} />
      <h2>{t("public.evidence.acrossCountries")}</h2>
      <p class="muted">{t("public.commitment.evidenceNote")}</p>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

/** Who recommended what to whom, when, and the answer: the facts of an imported UN recommendation. */
function RecommendationFacts({ rec }: { rec: RecommendationDetails }) {
  return (
    <dl>
      <dt>{t("public.recommendation.by")}</dt>
      <dd {...en()}>{rec.recommendingStates.join(", ")}</dd>
      <dt>{t("public.recommendation.stateUnderReview")}</dt>
      <dd {...en()}>{rec.country ? <a href={`/countries/${rec.country}`}>{rec.stateUnderReview}</a> : rec.stateUnderReview}</dd>
      <dt>{t("public.recommendation.session")}</dt>
      <dd {...en()}>{rec.session}</dd>
      <dt>{t("public.recommendation.response")}</dt>
      <dd>{rec.response ? responseLabel(rec.response) : t("public.recommendation.notRecorded")}</dd>
      {rec.documentSymbol ? (
        <>
          <dt>{t("public.recommendation.document")}</dt>
          <dd>{rec.documentSymbol}</dd>
        </>
      ) : null}
      {rec.themes.length ? (
        <>
          <dt>{t("public.recommendation.themes")}</dt>
          <dd {...en()}>{rec.themes.join(", ")}</dd>
        </>
      ) : null}
    </dl>
  );
}
