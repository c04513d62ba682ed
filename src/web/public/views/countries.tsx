/** The countries index (filters as plain links) and a country's page. */
import type { CountryListing, CountryService } from "../../../domain/countries/country-service";
import type { Region } from "../../../domain/countries/types";
import type { FrameworkItem } from "../../../domain/framework/types";
import type { PublishedCycle } from "../../workspace/published";
import { Citation, EVIDENCE_TYPE_LABELS } from "../components";
import { Page } from "../layout";
import { apiPath, countryPath, evidencePath, itemPath } from "../paths";
import { PublishedAssessments } from "./assessment";

interface IndexProps {
  origin: string;
  regions: Region[];
  listing: CountryListing[];
  region?: string;
  hasEvidence?: boolean;
}

function query(region?: string, hasEvidence?: boolean): string {
  const p = new URLSearchParams();
  if (region) p.set("region", region);
  if (hasEvidence !== undefined) p.set("evidence", hasEvidence ? "yes" : "no");
  const s = p.toString();
  return s ? `/countries?${s}` : "/countries";
}

export function CountriesView({ origin, regions, listing, region, hasEvidence }: IndexProps) {
  const top = regions.filter((r) => !r.parentCode);
  const current = regions.find((r) => r.code === region);
  const api =
    apiPath("/countries") +
    (region || hasEvidence !== undefined
      ? `?${[region && `region=${region}`, hasEvidence !== undefined && `has_evidence=${hasEvidence}`].filter(Boolean).join("&")}`
      : "");
  return (
    <Page
      title={current ? `Countries in ${current.name}` : "Countries"}
      path={query(region, hasEvidence)}
      origin={origin}
      crumbs={[{ label: "Countries" }]}
      json={api}
    >
      <h1>{current ? `Countries in ${current.name}` : "Countries"}</h1>
      <p class="lead">
        All 193 UN member states. The source paper's nine case studies carry evidence; others will as organisations add it.
      </p>
      <nav aria-label="Filter by region" class="filters">
        <p>
          Region:{" "}
          <a href={query(undefined, hasEvidence)} aria-current={region ? undefined : "true"}>
            All
          </a>
          {top.map((r) => (
            <>
              {" "}
              <a href={query(r.code, hasEvidence)} aria-current={r.code === region ? "true" : undefined}>
                {r.name}
              </a>
            </>
          ))}
        </p>
        <p>
          Evidence:{" "}
          <a href={query(region)} aria-current={hasEvidence === undefined ? "true" : undefined}>
            Any
          </a>{" "}
          <a href={query(region, true)} aria-current={hasEvidence === true ? "true" : undefined}>
            With evidence
          </a>{" "}
          <a href={query(region, false)} aria-current={hasEvidence === false ? "true" : undefined}>
            Without evidence
          </a>
        </p>
      </nav>
      <p class="muted">{listing.length} countries</p>
      <ul class="cols">
        {listing.map(({ country, evidenceCount }) => (
          <li>
            <a href={countryPath(country.iso3)}>{country.name}</a>
            {evidenceCount ? <span class="count"> {evidenceCount}</span> : null}
          </li>
        ))}
      </ul>
    </Page>
  );
}

type Profile = Awaited<ReturnType<CountryService["profile"]>>;

export function CountryView({
  origin,
  profile,
  regions,
  published = [],
}: {
  origin: string;
  profile: Profile;
  regions: Region[];
  published?: PublishedCycle[];
}) {
  const { country, evidence, byStrategy, byFactor, items } = profile;
  const regionName = (code: string | null) => regions.find((r) => r.code === code)?.name;
  const path = countryPath(country.iso3);
  const linkedTitles = (links: string[], kind: FrameworkItem["kind"]) =>
    links.map((l) => items.get(l)).filter((i): i is FrameworkItem => i?.kind === kind);
  return (
    <Page
      title={`${country.name}: evidence`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: "Countries", href: "/countries" }, { label: country.name }]}
    >
      <p class="kicker">
        {[regionName(country.regionCode), regionName(country.intermediateCode ?? country.subregionCode)]
          .filter(Boolean)
          .join(" · ")}{" "}
        · {country.iso3}
      </p>
      <h1>{country.name}</h1>
      {evidence.length === 0 ? (
        <p class="lead">No public evidence has been recorded for {country.name} yet.</p>
      ) : (
        <>
          <p class="lead">
            {evidence.length} public evidence record{evidence.length === 1 ? "" : "s"} from the source paper and contributors.
          </p>
          <nav aria-label="On this page">
            <a href="#evidence">All evidence</a> · <a href="#by-strategy">By strategy</a> ·{" "}
            <a href="#by-factor">By obstacle and opportunity</a>
            {published.length ? (
              <>
                {" · "}
                <a href="#assessments">Published assessments</a>
              </>
            ) : null}
          </nav>
          <h2 id="evidence">Evidence</h2>
          {evidence.map((e) => (
            <article class="evidence">
              <h3>
                <a href={evidencePath(e.id)}>{e.title}</a>
              </h3>
              <p class="muted">
                {EVIDENCE_TYPE_LABELS[e.type] ?? e.type}
                {e.date ? ` · ${e.date}` : ""}
              </p>
              <p>{e.summary}</p>
              {linkedTitles(e.links, "option").length ? (
                <p>
                  <small>
                    Options:{" "}
                    {linkedTitles(e.links, "option").map((o, i) => (
                      <>
                        {i ? "; " : ""}
                        <a href={itemPath(o)}>{o.title}</a>
                      </>
                    ))}
                  </small>
                </p>
              ) : null}
              <Citation citation={e.citation} />
            </article>
          ))}
          <h2 id="by-strategy">By strategy</h2>
          {byStrategy.map((g) => (
            <EvidenceUnder item={g.strategy} evidence={g.evidence} />
          ))}
          <h2 id="by-factor">By obstacle and opportunity</h2>
          {byFactor.map((g) => (
            <EvidenceUnder item={g.factor} evidence={g.evidence} />
          ))}
        </>
      )}
      <PublishedAssessments groups={published} />
    </Page>
  );
}

/** A framework item as a heading with the evidence filed under it. */
function EvidenceUnder({ item, evidence }: { item: FrameworkItem; evidence: { id: string; title: string }[] }) {
  return (
    <section>
      <h3>
        <a href={itemPath(item)}>{item.title}</a>
      </h3>
      <ul class="items">
        {evidence.map((e) => (
          <li>
            <a href={evidencePath(e.id)}>{e.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
