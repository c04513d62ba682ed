/** The countries index (filters as plain links) and a country's page. */
import type { CountryListing, CountryService } from "../../../domain/countries/country-service";
import type { Region } from "../../../domain/countries/types";
import type { FrameworkItem } from "../../../domain/framework/types";
import { byCountryName, countryName, regionName } from "../../i18n/country-name";
import { num, t } from "../../i18n/t";
import type { PublishedCycle } from "../../workspace/published";
import { Citation, evidenceLang } from "../components";
import { en, NotTranslatedNote } from "../content";
import { evidenceTypeLabel, partialDate } from "../labels";
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
  const title = current ? t("public.countries.inRegion", { region: regionName(current) }) : t("public.countries.title");
  const order = byCountryName();
  return (
    <Page
      title={title}
      path={query(region, hasEvidence)}
      origin={origin}
      crumbs={[{ label: t("public.countries.title") }]}
      json={api}
    >
      <h1>{title}</h1>
      <p class="lead">{t("public.countries.lead")}</p>
      <nav aria-label={t("public.countries.filterLabel")} class="filters">
        <p>
          {t("public.countries.region")}{" "}
          <a href={query(undefined, hasEvidence)} aria-current={region ? undefined : "true"}>
            {t("public.countries.allRegions")}
          </a>
          {top.map((r) => (
            <>
              {" "}
              <a href={query(r.code, hasEvidence)} aria-current={r.code === region ? "true" : undefined}>
                {regionName(r)}
              </a>
            </>
          ))}
        </p>
        <p>
          {t("public.countries.evidence")}{" "}
          <a href={query(region)} aria-current={hasEvidence === undefined ? "true" : undefined}>
            {t("public.countries.anyEvidence")}
          </a>{" "}
          <a href={query(region, true)} aria-current={hasEvidence === true ? "true" : undefined}>
            {t("public.countries.withEvidence")}
          </a>{" "}
          <a href={query(region, false)} aria-current={hasEvidence === false ? "true" : undefined}>
            {t("public.countries.withoutEvidence")}
          </a>
        </p>
      </nav>
      <p class="muted">{t("public.countries.count", { count: listing.length })}</p>
      <ul class="cols">
        {[...listing]
          .sort((a, b) => order(a.country, b.country))
          .map(({ country, evidenceCount }) => (
            <li>
              <a href={countryPath(country.iso3)}>{countryName(country)}</a>
              {evidenceCount ? <span class="count"> {num(evidenceCount)}</span> : null}
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
  const name = countryName(country);
  const region = (code: string | null) => {
    const found = regions.find((r) => r.code === code);
    return found ? regionName(found) : undefined;
  };
  const path = countryPath(country.iso3);
  const linkedTitles = (links: string[], kind: FrameworkItem["kind"]) =>
    links.map((l) => items.get(l)).filter((i): i is FrameworkItem => i?.kind === kind);
  return (
    <Page
      title={t("public.country.pageTitle", { country: name })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: t("public.countries.title"), href: "/countries" }, { label: name }]}
    >
      <p class="kicker">
        {[region(country.regionCode), region(country.intermediateCode ?? country.subregionCode)].filter(Boolean).join(" · ")} ·{" "}
        {country.iso3}
      </p>
      <h1>{name}</h1>
      <NotTranslatedNote when={evidence.length > 0 || published.length > 0} />
      {evidence.length === 0 ? (
        <p class="lead">{t("public.country.noEvidence", { country: name })}</p>
      ) : (
        <>
          <p class="lead">{t("public.country.evidenceCount", { count: evidence.length })}</p>
          <nav aria-label={t("public.country.onThisPage")}>
            <a href="#evidence">{t("public.country.allEvidence")}</a> ·{" "}
            <a href="#by-strategy">{t("public.country.byStrategy")}</a> · <a href="#by-factor">{t("public.country.byFactor")}</a>
            {published.length ? (
              <>
                {" · "}
                <a href="#assessments">{t("public.assessments.heading")}</a>
              </>
            ) : null}
          </nav>
          <h2 id="evidence">{t("public.evidence.heading")}</h2>
          {evidence.map((e) => (
            <article class="evidence">
              <h3 {...evidenceLang(e)}>
                <a href={evidencePath(e.id)}>{e.title}</a>
              </h3>
              <p class="muted">
                {evidenceTypeLabel(e.type)}
                {e.date ? ` · ${partialDate(e.date)}` : ""}
              </p>
              <p {...evidenceLang(e)}>{e.summary}</p>
              {linkedTitles(e.links, "option").length ? (
                <p>
                  <small>
                    {t("public.country.options")}{" "}
                    {linkedTitles(e.links, "option").map((o, i) => (
                      <>
                        {i ? "; " : ""}
                        <a href={itemPath(o)} {...en()}>
                          {o.title}
                        </a>
                      </>
                    ))}
                  </small>
                </p>
              ) : null}
              <Citation citation={e.citation} />
            </article>
          ))}
          <h2 id="by-strategy">{t("public.country.byStrategy")}</h2>
          {byStrategy.map((g) => (
            <EvidenceUnder item={g.strategy} evidence={g.evidence} />
          ))}
          <h2 id="by-factor">{t("public.country.byFactor")}</h2>
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
function EvidenceUnder({
  item,
  evidence,
}: {
  item: FrameworkItem;
  evidence: { id: string; title: string; packId: string | null }[];
}) {
  return (
    <section>
      <h3 {...en()}>
        <a href={itemPath(item)}>{item.title}</a>
      </h3>
      <ul class="items">
        {evidence.map((e) => (
          <li {...evidenceLang(e)}>
            <a href={evidencePath(e.id)}>{e.title}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
