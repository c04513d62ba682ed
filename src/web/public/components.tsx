/** Small pieces shared by public pages. */
import type { Country } from "../../domain/countries/types";
import type { Evidence } from "../../domain/evidence/types";
import type { Linked } from "../../domain/framework/catalogue";
import type { Citation as CitationT } from "../../domain/framework/pack-schema";
import type { FrameworkItem } from "../../domain/framework/types";
import { countryPath, evidencePath, itemPath } from "./paths";

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

export const ACTOR_LABELS: Record<string, string> = {
  government: "Government",
  civil_society: "Civil society",
  several: "Several actors",
};

export function Citation({ citation }: { citation: CitationT | null }) {
  if (!citation) return null;
  const parts = [
    citation.section,
    citation.locator,
    citation.footnotes?.length ? `footnote ${citation.footnotes.join(", ")}` : undefined,
  ];
  return <p class="cite">Source paper: {parts.filter(Boolean).join(" · ")}</p>;
}

export function ItemList({ items, empty }: { items: FrameworkItem[]; empty?: string }) {
  if (items.length === 0) return empty ? <p class="muted">{empty}</p> : null;
  return (
    <ul class="items">
      {items.map((i) => (
        <li>
          <a href={itemPath(i)}>{i.title}</a>
        </li>
      ))}
    </ul>
  );
}

/** Items reached through crosswalk links, each with the link's rationale. */
export function LinkedList({ links, empty }: { links: Linked[]; empty: string }) {
  if (links.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="items">
      {links.map(({ item, link }) => (
        <li>
          <a href={itemPath(item)}>{item.title}</a>
          <br />
          <small>
            {link.rationale}
            {link.editorial ? " (editorial link)" : ""}
          </small>
        </li>
      ))}
    </ul>
  );
}

export function EvidenceItem({ e, country }: { e: Evidence; country?: Country | null }) {
  return (
    <li>
      <a href={evidencePath(e.id)}>{e.title}</a> <span class="tag">{EVIDENCE_TYPE_LABELS[e.type] ?? e.type}</span>
      {e.date ? <span class="muted"> · {e.date}</span> : null}
      {country ? <span class="muted"> · {country.name}</span> : e.body ? <span class="muted"> · {e.body}</span> : null}
    </li>
  );
}

export function EvidenceGroups({ groups }: { groups: { country: Country | null; evidence: Evidence[] }[] }) {
  if (groups.length === 0) return <p class="muted">No public evidence is linked yet.</p>;
  return (
    <>
      {groups.map((g) => (
        <section>
          <h3>{g.country ? <a href={countryPath(g.country.iso3)}>{g.country.name}</a> : "Regional and global"}</h3>
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
