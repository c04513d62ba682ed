/** /translate: what the person may translate, and what still needs work in one language (chosen with plain links). */
import type { Overview, OverviewRow, OverviewSection } from "../../domain/translations/overview";
import { LOCALES } from "../../i18n/locales";
import { directionOf, languageName } from "../i18n/content";
import { t } from "../i18n/t";
import { Page } from "../public/layout";
import { editorPath, fieldList, LIST_PATH, listPath } from "./parts";

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

function Section({ section, index, overview }: { section: OverviewSection; index: number; overview: Overview }) {
  const language = languageName(overview.locale);
  const id = `section-${index}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{sectionTitle(section)}</h2>
      <p>{t("translate.list.sectionSummary", { language, needing: section.needingWork, records: section.records })}</p>
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
      {section.needingWork > section.rows.length ? (
        <p>{t("translate.list.showingFirst", { shown: section.rows.length })}</p>
      ) : null}
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
          {overview.sections.map((section, index) => (
            <Section section={section} index={index} overview={overview} />
          ))}
        </>
      )}
    </Page>
  );
}
