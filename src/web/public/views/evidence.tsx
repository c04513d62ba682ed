import type { Country } from "../../../domain/countries/types";
import type { Evidence } from "../../../domain/evidence/types";
import { KIND_LABELS } from "../../../domain/framework/catalogue";
import type { FrameworkItem } from "../../../domain/framework/types";
import { Citation, EVIDENCE_TYPE_LABELS } from "../components";
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
  return (
    <Page
      title={`${e.title}${country ? ` (${country.name})` : e.body ? ` (${e.body})` : ""}`}
      path={path}
      origin={origin}
      json={e.visibility === "public" ? apiPath(path) : undefined}
      crumbs={
        country
          ? [
              { label: "Countries", href: "/countries" },
              { label: country.name, href: countryPath(country.iso3) },
              { label: e.title },
            ]
          : [{ label: "Countries", href: "/countries" }, { label: e.title }]
      }
    >
      {e.visibility !== "public" ? (
        <p class="notice" role="note">
          <strong>Confidential.</strong>{" "}
          {e.visibility === "restricted"
            ? "Only your organisation's reviewers and admins can see this record."
            : "Only members of your organisation can see this record."}{" "}
          It appears in no public page, export or API answer.
        </p>
      ) : null}
      <p class="kicker">
        {EVIDENCE_TYPE_LABELS[e.type] ?? e.type}
        {e.date ? ` · ${e.date}` : ""}
        {country ? (
          <>
            {" · "}
            <a href={countryPath(country.iso3)}>{country.name}</a>
          </>
        ) : e.body ? (
          ` · ${e.body}`
        ) : null}
      </p>
      <h1>{e.title}</h1>
      <p class="lead">{e.summary}</p>
      <Citation citation={e.citation} />
      <h2>Sources</h2>
      <ol class="sources">
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
              ? `, ${[s.publisher, s.date, s.locator].filter(Boolean).join(", ")}`
              : ""}
            {s.quotation ? (
              <blockquote>
                <p>{s.quotation}</p>
              </blockquote>
            ) : null}
          </li>
        ))}
      </ol>
      <h2>What it bears on</h2>
      {kinds.map((k) => (
        <section>
          <h3>{KIND_LABELS[k].plural}</h3>
          <ul class="items">
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
