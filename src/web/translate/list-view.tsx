/**
 * /translate: what the person may translate, and what still needs work in one
 * language (chosen with plain links), a page of each section at a time with
 * plain previous/next links.
 */
import type { Overview, OverviewRow, OverviewSection } from "../../domain/translations/overview";
import { LOCALES } from "../../i18n/locales";
import { directionOf, languageName } from "../i18n/content";
import { num, t } from "../i18n/t";
import { Page } from "../public/layout";
import { editorPath, fieldList, LIST_PATH, listPageHref, listPath, sectionId } from "./parts";

function sectionTitle(s: OverviewSection): string {
  const organisation = s.organisation?.name ?? "";
  if (s.kind === "framework") return t("translate.section.framework");
  if (s.kind === "packEvidence") return t("translate.section.packEvidence");
  return t(`translate.section.${s.kind}`, { organisation });
}

function Row({ row, locale }: { row: OverviewRow; locale: string }) {
  return (
    <tr>
      <td>
        <span lang={row.lang} dir={directionOf(row.lang)}>
          {row.label}
        </span>
        {row.visibility !== "public" ? <span class="tag">{t("translate.list.confidential")}</span> : null}
      </td>
      <td>
        {row.missing.length ? <p>{t("translate.list.missing", { fields: fieldList(row.missing) })}</p> : null}
        {row.outdated.length ? <p>{t("translate.list.outdated", { fields: fieldList(row.outdated) })}</p> : null}
      </td>
      <td>
        <a href={editorPath(row.ref, locale)} aria-label={t("translate.list.translateRecord", { record: row.label })}>
          {t("translate.list.translate")}
        </a>
      </td>
    </tr>
  );
}

/** Previous and next page of one section, with where the reader is; nothing when one page holds it all. */
function Pager({ section, overview, title }: { section: OverviewSection; overview: Overview; title: string }) {
  if (section.pages <= 1) return null;
  const { key, page, pages } = section;
  return (
    <nav class="paging" aria-label={t("translate.list.pagesOf", { section: title })}>
      {page > 1 ? (
        <a rel="prev" href={listPageHref(overview, key, page - 1)}>
          {t("translate.list.previous")}
        </a>
      ) : null}{" "}
      <span>{t("translate.list.page", { page: num(page), pages: num(pages) })}</span>{" "}
      {page < pages ? (
        <a rel="next" href={listPageHref(overview, key, page + 1)}>
          {t("translate.list.next")}
        </a>
      ) : null}
    </nav>
  );
}

function Section({ section, overview }: { section: OverviewSection; overview: Overview }) {
  const language = languageName(overview.locale);
  const id = sectionId(section.key);
  const title = sectionTitle(section);
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>
        {t("translate.list.sectionSummary", { language, needing: section.needingWork, records: section.records })}
        {section.pages > 1
          ? ` ${t("translate.list.showing", {
              from: num(section.first),
              to: num(section.first + section.rows.length - 1),
            })}`
          : null}
      </p>
      {section.rows.length ? (
        <div class="scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("translate.list.record")}</th>
                <th scope="col">{t("translate.list.status")}</th>
                <th scope="col">
                  <span class="visually-hidden">{t("translate.list.translate")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {section.rows.map((row) => (
                <Row row={row} locale={overview.locale} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pager section={section} overview={overview} title={title} />
    </section>
  );
}

export function ListView({ origin, overview }: { origin: string; overview: Overview }) {
  const needing = overview.sections.reduce((n, s) => n + s.needingWork, 0);
  return (
    <Page title={t("translate.list.title")} path={LIST_PATH} origin={origin} crumbs={[{ label: t("translate.list.title") }]}>
      <h1>{t("translate.list.title")}</h1>
      <p class="lead">{t("translate.list.intro")}</p>
      {overview.sections.length === 0 ? (
        <p>{t("translate.list.nothing")}</p>
      ) : (
        <>
          <nav aria-labelledby="languages-h">
            <h2 id="languages-h">{t("translate.list.languages")}</h2>
            <ul>
              {LOCALES.map((l) => (
                <li>
                  <a href={listPath(l)} aria-current={l === overview.locale ? "true" : undefined}>
                    {languageName(l)}
                  </a>{" "}
                  <span class="muted">
                    {t("translate.list.languageCounts", {
                      untranslated: overview.counts[l].untranslated,
                      outdated: overview.counts[l].outdated,
                    })}
                  </span>
                </li>
              ))}
            </ul>
          </nav>
          {needing === 0 ? (
            <p class="notice">{t("translate.list.allDone", { language: languageName(overview.locale) })}</p>
          ) : null}
          {overview.sections.map((section) => (
            <Section section={section} overview={overview} />
          ))}
        </>
      )}
    </Page>
  );
}
