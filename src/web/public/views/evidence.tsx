import type { Country } from "../../../domain/countries/types";
import type { Evidence } from "../../../domain/evidence/types";
import type { FrameworkItem } from "../../../domain/framework/types";
import { countryName } from "../../i18n/country-name";
import { t } from "../../i18n/t";
import { Citation, evidenceLang } from "../components";
import { En, en, NotTranslatedNote } from "../content";
import { evidenceTypeLabel, kindPlural, partialDate } from "../labels";
import { Page } from "../layout";
import { apiPath, countryPath, evidencePath, itemPath } from "../paths";

interface Props {
  origin: string;
  evidence: Evidence;
  country: Country | null;
  linked: FrameworkItem[];
}

export function EvidenceView({ origin, evidence: e, country, linked }: Props) {
  const path = evidencePath(e.id);
  const kinds = [...new Set(linked.map((i) => i.kind))];
  const name = country ? countryName(country) : undefined;
  const fromPack = !!e.packId;
  return (
    <Page
      title={`${e.title}${name ? ` (${name})` : e.body ? ` (${e.body})` : ""}`}
      path={path}
      origin={origin}
      json={e.visibility === "public" ? apiPath(path) : undefined}
      crumbs={
        country
          ? [
              { label: t("public.countries.title"), href: "/countries" },
              { label: name ?? country.name, href: countryPath(country.iso3) },
              { label: e.title, content: fromPack },
            ]
          : [
              { label: t("public.countries.title"), href: "/countries" },
              { label: e.title, content: fromPack },
            ]
      }
    >
      {e.visibility !== "public" ? (
        <p class="notice" role="note">
          <strong>{t("public.evidence.confidential")}</strong>{" "}
          {e.visibility === "restricted" ? t("public.evidence.restrictedNotice") : t("public.evidence.organisationNotice")}
        </p>
      ) : null}
      <p class="kicker">
        {evidenceTypeLabel(e.type)}
        {e.date ? ` · ${partialDate(e.date)}` : ""}
        {country ? (
          <>
            {" · "}
            <a href={countryPath(country.iso3)}>{name}</a>
          </>
        ) : e.body ? (
          <>
            {" · "}
            <En when={fromPack}>{e.body}</En>
          </>
        ) : null}
      </p>
      <h1 {...evidenceLang(e)}>{e.title}</h1>
      <NotTranslatedNote when={fromPack || linked.length > 0} />
      <p class="lead" {...evidenceLang(e)}>
        {e.summary}
      </p>
      <Citation citation={e.citation} />
      <h2>{t("public.evidence.sources")}</h2>
      {/* A pack's sources are English citations, dates as the source gives them. */}
      <ol class="sources" {...evidenceLang(e)}>
        {e.sources.map((s) => (
          <li>
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.title}
              </a>
            ) : (
              <cite>{s.title}</cite>
            )}
            {[s.publisher, s.date, s.locator].filter(Boolean).length
              ? `, ${[s.publisher, s.date && (fromPack ? s.date : partialDate(s.date)), s.locator].filter(Boolean).join(", ")}`
              : ""}
            {s.quotation ? (
              <blockquote>
                <p>{s.quotation}</p>
              </blockquote>
            ) : null}
          </li>
        ))}
      </ol>
      <h2>{t("public.evidence.bearsOn")}</h2>
      {kinds.map((k) => (
        <section>
          <h3>{kindPlural(k)}</h3>
          <ul class="items" {...en()}>
            {linked
              .filter((i) => i.kind === k)
              .map((i) => (
                <li>
                  <a href={itemPath(i)}>{i.title}</a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </Page>
  );
}
