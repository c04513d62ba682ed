/** Pages for instruments and commitments. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import type { RecommendationDetails } from "../../../domain/framework/pack-schema";
import { Citation, EvidenceGroups, ItemList, LinkedList } from "../components";
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
      crumbs={[{ label: "Instruments", href: "/instruments" }, { label: d.symbol ?? instrument.title }]}
    >
      <p class="kicker">
        {d.body} · {d.year}
        {d.symbol ? ` · ${d.symbol}` : ""}
      </p>
      <h1>{instrument.title}</h1>
      <p class="lead">{instrument.summary}</p>
      <dl class="facts">
        <dt>Type</dt>
        <dd>{d.type.replaceAll("_", " ")}</dd>
        {d.adopted ? (
          <>
            <dt>Adopted</dt>
            <dd>
              <time datetime={d.adopted}>{d.adopted}</time>
            </dd>
          </>
        ) : null}
        {d.url ? (
          <>
            <dt>Text</dt>
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
          <h2>Commitments made in it</h2>
          <ItemList items={commitments} />
        </>
      ) : null}
      {evidence.length ? (
        <>
          <h2>Evidence</h2>
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
  return (
    <Page
      title={`${commitment.title} (${symbol ?? instrument?.title ?? "commitment"})`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: "Commitments", href: "/commitments" }, { label: `${symbol ?? ""} #${commitment.order}`.trim() }]}
    >
      <p class="kicker">
        Commitment {commitment.order} of {instrument ? <a href={itemPath(instrument)}>{instrument.title}</a> : "its instrument"}
      </p>
      <h1>{commitment.title}</h1>
      <p class="lead">{commitment.summary}</p>
      {q ? (
        <figure>
          <blockquote>
            <p>{q.text}</p>
          </blockquote>
          <figcaption>
            {rec
              ? `Recommendation as worded in ${rec.documentSymbol ?? instrument?.title ?? q.source}`
              : `As summarised in the source paper, from ${instrument?.title ?? q.source}`}
          </figcaption>
        </figure>
      ) : null}
      {rec ? <RecommendationFacts rec={rec} /> : null}
      <Citation citation={commitment.citation} />
      <h2>Practical options that would implement it</h2>
      <LinkedList links={options} empty="No practical option is linked to this commitment yet." />
      <h2>Evidence across countries</h2>
      <p class="muted">Evidence linked to this commitment or to an option that implements it.</p>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

const RESPONSES: Record<NonNullable<RecommendationDetails["response"]>, string> = {
  supported: "Supported",
  partially_supported: "Partially supported",
  noted: "Noted",
  pending: "Pending",
};

/** Who recommended what to whom, when, and the answer: the facts of an imported UN recommendation. */
function RecommendationFacts({ rec }: { rec: RecommendationDetails }) {
  return (
    <dl>
      <dt>Recommended by</dt>
      <dd>{rec.recommendingStates.join(", ")}</dd>
      <dt>State under review</dt>
      <dd>{rec.country ? <a href={`/countries/${rec.country}`}>{rec.stateUnderReview}</a> : rec.stateUnderReview}</dd>
      <dt>Cycle or session</dt>
      <dd>{rec.session}</dd>
      <dt>Response</dt>
      <dd>{rec.response ? RESPONSES[rec.response] : "Not recorded"}</dd>
      {rec.documentSymbol ? (
        <>
          <dt>Document</dt>
          <dd>{rec.documentSymbol}</dd>
        </>
      ) : null}
      {rec.themes.length ? (
        <>
          <dt>Themes</dt>
          <dd>{rec.themes.join(", ")}</dd>
        </>
      ) : null}
    </dl>
  );
}
