/** Small pieces shared by public pages. */
import type { Country } from "../../domain/countries/types";
import type { Evidence } from "../../domain/evidence/types";
import type { Linked } from "../../domain/framework/catalogue";
import type { Citation as CitationT } from "../../domain/framework/pack-schema";
import type { FrameworkItem } from "../../domain/framework/types";
import { countryName } from "../i18n/country-name";
import { num, t } from "../i18n/t";
import { En, en, langOf, OutdatedNote, type PageTranslations, shown } from "./content";
import { evidenceTypeLabel, partialDate } from "./labels";
import { countryPath, evidencePath, itemPath } from "./paths";

/** English labels of evidence types, for pages not yet translated (the workspace); public pages use evidenceTypeLabel. */
export const EVIDENCE_TYPE_LABELS: Record<string, string> = {
  law: "Law",
  policy: "Policy",
  institution: "Institution",
  court_decision: "Court decision",
  programme: "Programme",
  budget_line: "Budget line",
  campaign: "Campaign",
  dataset: "Data",
  cso_action: "Civil-society action",
  other: "Other",
};

/** Evidence from a framework pack is in English; what organisations record is in a language we do not know. */
export const evidenceLang = (e: Pick<Evidence, "packId">) => (e.packId ? en() : {});

export function Citation({ citation }: { citation: CitationT | null }) {
  if (!citation) return null;
  const source = [citation.section, citation.locator].filter(Boolean).join(" · ");
  const footnotes = citation.footnotes?.length
    ? t("public.citation.footnote", {
        count: citation.footnotes.length,
        numbers: citation.footnotes.map(num).join(t("public.listSeparator")),
      })
    : "";
  return (
    <p class="cite">
      {t("public.citation.sourcePaper")} {source ? <En>{source}</En> : null}
      {source && footnotes ? " · " : ""}
      {footnotes}
    </p>
  );
}

/** A framework item's title in the reader's language. */
export const titleOf = (tr: PageTranslations, item: { id: string; title: string }) => shown(tr, item, "title", item.title);

/** A link to an item, its title marked with its language (as the page's `tr` has it). */
export function ItemLink({ item, tr }: { item: FrameworkItem; tr: PageTranslations }) {
  const title = titleOf(tr, item);
  return (
    <>
      <a href={itemPath(item)} {...langOf(title)}>
        {title.text}
      </a>
      <OutdatedNote value={title} />
    </>
  );
}

export function ItemList({ items, empty, tr }: { items: FrameworkItem[]; empty?: string; tr?: PageTranslations }) {
  if (items.length === 0) return empty ? <p class="muted">{empty}</p> : null;
  return (
    <ul class="items">
      {items.map((i) => (
        <li>
          <ItemLink item={i} tr={tr} />
        </li>
      ))}
    </ul>
  );
}

/** Items reached through crosswalk links, each with the link's rationale. */
export function LinkedList({ links, empty, tr }: { links: Linked[]; empty: string; tr?: PageTranslations }) {
  if (links.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="items">
      {links.map(({ item, link }) => (
        <li>
          <ItemLink item={item} tr={tr} />
          <br />
          <small>
            <En>{link.rationale}</En>
            {link.editorial ? ` ${t("public.editorialLink")}` : ""}
          </small>
        </li>
      ))}
    </ul>
  );
}

export function EvidenceItem({ e, country }: { e: Evidence; country?: Country | null }) {
  return (
    <li>
      <a href={evidencePath(e.id)} {...evidenceLang(e)}>
        {e.title}
      </a>{" "}
      <span class="tag">{evidenceTypeLabel(e.type)}</span>
      {e.date ? <span class="muted"> · {partialDate(e.date)}</span> : null}
      {country ? (
        <span class="muted"> · {countryName(country)}</span>
      ) : e.body ? (
        <span class="muted">
          {" · "}
          <En when={!!e.packId}>{e.body}</En>
        </span>
      ) : null}
    </li>
  );
}

export function EvidenceGroups({ groups }: { groups: { country: Country | null; evidence: Evidence[] }[] }) {
  if (groups.length === 0) return <p class="muted">{t("public.evidence.noneLinked")}</p>;
  return (
    <>
      {groups.map((g) => (
        <section>
          <h3>
            {g.country ? <a href={countryPath(g.country.iso3)}>{countryName(g.country)}</a> : t("public.evidence.regional")}
          </h3>
          <ul class="items">
            {g.evidence.map((e) => (
              <EvidenceItem e={e} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
