/** Pages for instruments and commitments. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import type { RecommendationDetails } from "../../../domain/framework/pack-schema";
import { date, num, t } from "../../i18n/t";
import { Citation, EvidenceGroups, ItemList, LinkedList, titleOf } from "../components";
import {
  En,
  en,
  english,
  langOf,
  NotTranslatedNote,
  OutdatedNote,
  type PageTranslations,
  rich,
  shown,
  Text,
  untranslated,
} from "../content";
import { instrumentTypeLabel, kindPlural, kindSingular, responseLabel } from "../labels";
import { Page } from "../layout";
import { apiPath, itemPath } from "../paths";

type Data<K extends keyof Catalogue> = Awaited<ReturnType<Catalogue[K]>>;

export function InstrumentView({ origin, data, tr }: { origin: string; data: Data<"instrument">; tr?: PageTranslations }) {
  const { instrument, commitments, evidence } = data;
  const d = instrument.details;
  const path = itemPath(instrument);
  const title = titleOf(tr, instrument);
  const summary = shown(tr, instrument, "summary", instrument.summary);
  const body = d.body ? shown(tr, instrument, "body", d.body) : undefined;
  const note = untranslated([title, summary, ...(body ? [body] : []), ...commitments.map((c) => titleOf(tr, c))]);
  return (
    <Page
      title={d.symbol ? `${title.text} (${d.symbol})` : title.text}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural("instrument"), href: "/instruments" },
        d.symbol ? { label: d.symbol, content: true } : { label: title.text, content: langOf(title) },
      ]}
    >
      <p class="kicker">
        {body ? <Text value={body} /> : null} · {d.year}
        {d.symbol ? ` · ${d.symbol}` : ""}
      </p>
      <h1 {...langOf(title)}>{title.text}</h1>
      <OutdatedNote value={title} />
      <NotTranslatedNote when={note} />
      <p class="lead" {...langOf(summary)}>
        {summary.text}
        <OutdatedNote value={summary} />
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
          <ItemList items={commitments} tr={tr} />
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

export function CommitmentView({ origin, data, tr }: { origin: string; data: Data<"commitment">; tr?: PageTranslations }) {
  const { commitment, instrument, options, evidence } = data;
  const q = commitment.details.quotation;
  const title = titleOf(tr, commitment);
  const summary = shown(tr, commitment, "summary", commitment.summary);
  const quotation = q?.text ? shown(tr, commitment, "quotation", q.text) : undefined;
  const instrumentTitle = instrument ? titleOf(tr, instrument) : undefined;
  const note = untranslated([title, summary, ...(quotation ? [quotation] : []), ...options.map((o) => titleOf(tr, o.item))]);
  const rec = commitment.details.recommendation;
  const path = itemPath(commitment);
  const symbol = instrument && "symbol" in instrument.details ? (instrument.details.symbol as string | undefined) : undefined;
  const order = num(commitment.order);
  return (
    <Page
      title={`${title.text} (${symbol ?? instrumentTitle?.text ?? kindSingular("commitment")})`}
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
                  <a href={itemPath(instrument)} {...langOf(instrumentTitle!)}>
                    {instrumentTitle!.text}
                  </a>
                ),
              },
              { order },
            )
          : t("public.commitment.kickerNoInstrument", { order })}
      </p>
      <h1 {...langOf(title)}>{title.text}</h1>
      <OutdatedNote value={title} />
      <NotTranslatedNote when={note} />
      <p class="lead" {...langOf(summary)}>
        {summary.text}
        <OutdatedNote value={summary} />
      </p>
      {q ? (
        <figure>
          <blockquote {...langOf(quotation ?? english(q.text))}>
            <p>{quotation?.text ?? q.text}</p>
          </blockquote>
          {quotation ? <OutdatedNote value={quotation} /> : null}
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
      <LinkedList links={options} empty={t("public.commitment.noOptions")} tr={tr} />
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
