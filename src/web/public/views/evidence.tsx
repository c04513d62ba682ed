import type { Country } from "../../../domain/countries/types";
import type { Evidence } from "../../../domain/evidence/types";
import type { FrameworkItem } from "../../../domain/framework/types";
import { countryName } from "../../i18n/country-name";
import { t } from "../../i18n/t";
import { Citation, evidenceLang, titleOf } from "../components";
import { langOf, NotTranslatedNote, OutdatedNote, type PageTranslations, shown, Text, untranslated } from "../content";
import { evidenceTypeLabel, kindPlural, partialDate } from "../labels";
import { Page } from "../layout";
import { apiPath, countryPath, evidencePath, itemPath } from "../paths";

interface Props {
  origin: string;
  evidence: Evidence;
  country: Country | null;
  linked: FrameworkItem[];
  tr?: PageTranslations;
}

export function EvidenceView({ origin, evidence: e, country, linked, tr }: Props) {
  const record = { id: e.id, type: "evidence" as const };
  // In the language recorded for it (a pack's: English); translated where the reader's language has it.
  const field = (name: string, original: string) => shown(tr, record, name, original);
  const title = field("title", e.title);
  const summary = field("summary", e.summary);
  const body = e.body ? field("body", e.body) : undefined;
  const titles = linked.map((i) => titleOf(tr, i));
  const path = evidencePath(e.id);
  const kinds = [...new Set(linked.map((i) => i.kind))];
  const name = country ? countryName(country) : undefined;
  const fromPack = !!e.packId;
  return (
    <Page
      title={`${title.text}${name ? ` (${name})` : body ? ` (${body.text})` : ""}`}
      path={path}
      origin={origin}
      json={e.visibility === "public" ? apiPath(path) : undefined}
      crumbs={
        country
          ? [
              { label: t("public.countries.title"), href: "/countries" },
              { label: name ?? country.name, href: countryPath(country.iso3) },
              { label: title.text, content: langOf(title) },
            ]
          : [
              { label: t("public.countries.title"), href: "/countries" },
              { label: title.text, content: langOf(title) },
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
            <Text value={body!} />
          </>
        ) : null}
      </p>
      <h1 {...langOf(title)}>{title.text}</h1>
      <OutdatedNote value={title} />
      <NotTranslatedNote when={untranslated([title, summary, ...(body ? [body] : []), ...titles])} />
      <p class="lead" {...langOf(summary)}>
        {summary.text}
        <OutdatedNote value={summary} />
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
          <ul class="items">
            {linked
              .filter((i) => i.kind === k)
              .map((i) => {
                const t = titleOf(tr, i);
                return (
                  <li {...langOf(t)}>
                    <a href={itemPath(i)}>{t.text}</a>
                    <OutdatedNote value={t} />
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </Page>
  );
}
