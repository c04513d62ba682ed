/**
 * The translators' list: the records a person may translate (the framework
 * and its packs' evidence for superadmins; their organisations' evidence and
 * published assessments for contributors and up), and per language how many
 * are untranslated or out of date. All translations of those records are read
 * in one query.
 */

import { LOCALES, type Locale } from "../../i18n/locales";
import type { Actor, Organisation } from "../accounts/types";
import { evidenceAccess } from "../evidence/access";
import type { Visibility } from "../evidence/types";
import { KIND_LABELS } from "../framework/catalogue";
import { can } from "../policy";
import type { Repositories } from "../ports";
import { assessmentFields, evidenceFields, type FieldTexts, frameworkItemFields } from "./fields";
import { sameLanguage } from "./languages";
import { DEFAULT_ORIGINAL_LANGUAGE } from "./reader";
import { sourceHash } from "./source-hash";
import { type ContentRef, type ContentTranslation, type EvidenceText, refKey } from "./types";

/** Rows listed per section; the counts always cover everything. */
export const ROWS_PER_SECTION = 200;

export type SectionKind = "framework" | "packEvidence" | "evidence" | "assessments";

interface Candidate {
  ref: ContentRef;
  label: string;
  fields: FieldTexts;
  visibility: Visibility;
}

export interface OverviewRow extends Candidate {
  lang: string;
  /** Fields with no translation into the chosen language. */
  missing: string[];
  /** Fields whose translation was made from an earlier original. */
  outdated: string[];
}

export interface OverviewSection {
  kind: SectionKind;
  organisation: Organisation | null;
  /** Records that need work in the chosen language, at most ROWS_PER_SECTION. */
  rows: OverviewRow[];
  needingWork: number;
  /** Records of the section to translate into the chosen language (those written in it are left out). */
  records: number;
}

export interface LocaleCounts {
  records: number;
  untranslated: number;
  outdated: number;
}

export interface Overview {
  locale: Locale;
  sections: OverviewSection[];
  /** Over every section, per language. */
  counts: Record<Locale, LocaleCounts>;
}

const evidenceCandidate = (e: EvidenceText): Candidate => ({
  ref: { type: "evidence", id: e.id },
  label: e.title,
  fields: evidenceFields(e),
  visibility: e.visibility,
});

/** Framework items listed kind by kind, in the order the framework presents them. */
const ORDER = Object.keys(KIND_LABELS);

async function candidates(repos: Repositories, actor: Actor) {
  const sections: { kind: SectionKind; organisation: Organisation | null; list: Candidate[] }[] = [];
  const items = await repos.framework.listItems();
  const titles = new Map(items.map((i) => [i.id, i.title]));
  if (can(actor, "framework.translate")) {
    sections.push({
      kind: "framework",
      organisation: null,
      list: items
        .map((i) => ({
          ref: { type: "framework_item" as const, id: i.id },
          label: i.title,
          fields: frameworkItemFields(i),
          visibility: "public" as const,
          kind: i.kind,
        }))
        .sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind)),
    });
    sections.push({
      kind: "packEvidence",
      organisation: null,
      list: (await repos.translations.packEvidence()).map(evidenceCandidate),
    });
  }
  for (const m of actor.memberships) {
    const organisation = await repos.accounts.getOrganisation(m.organisationId);
    if (!organisation || !can(actor, "content.translate", organisation)) continue;
    const visibilities: Visibility[] = ["public", ...(evidenceAccess(actor, organisation.id)?.visibilities ?? [])];
    const evidence = await repos.translations.organisationEvidence(organisation.id, visibilities);
    sections.push({ kind: "evidence", organisation, list: evidence.map(evidenceCandidate) });
    const narratives = await repos.translations.publishedNarratives(organisation.id);
    sections.push({
      kind: "assessments",
      organisation,
      list: narratives
        .map((n) => ({
          ref: { type: "assessment" as const, id: n.assessmentId },
          label: `${n.countryIso3}: ${titles.get(n.itemId) ?? n.itemId} (${n.cycleId})`,
          fields: assessmentFields(n.narrative),
          visibility: "public" as const,
        }))
        .filter((c) => Object.keys(c.fields).length > 0),
    });
  }
  return sections;
}

/** `hashes`: each field's current sourceHash, computed once for all six languages. */
function status(
  c: Candidate,
  lang: string,
  hashes: ReadonlyMap<string, string>,
  translations: readonly ContentTranslation[],
  locale: Locale,
): OverviewRow {
  const missing: string[] = [];
  const outdated: string[] = [];
  for (const field of Object.keys(c.fields)) {
    const t = translations.find((x) => x.field === field && x.locale === locale);
    if (!t) missing.push(field);
    else if (t.sourceHash !== hashes.get(field)) outdated.push(field);
  }
  return { ...c, lang, missing, outdated };
}

export async function translationOverview(repos: Repositories, actor: Actor, locale: Locale): Promise<Overview> {
  const found = await candidates(repos, actor);
  const loaded = await repos.translations.load(found.flatMap((s) => s.list.map((c) => c.ref)));
  const byRecord = new Map<string, ContentTranslation[]>();
  for (const t of loaded.translations) {
    const key = refKey({ type: t.entityType, id: t.entityId });
    byRecord.set(key, [...(byRecord.get(key) ?? []), t]);
  }
  const counts = Object.fromEntries(LOCALES.map((l) => [l, { records: 0, untranslated: 0, outdated: 0 }])) as Record<
    Locale,
    LocaleCounts
  >;
  const sections: OverviewSection[] = found.map(({ kind, organisation, list }) => {
    const rows: OverviewRow[] = [];
    let records = 0;
    for (const c of list) {
      const key = refKey(c.ref);
      const lang = loaded.languages.get(key) ?? DEFAULT_ORIGINAL_LANGUAGE;
      const translations = byRecord.get(key) ?? [];
      const hashes = new Map(Object.entries(c.fields).map(([field, text]) => [field, sourceHash(text)]));
      for (const l of LOCALES) {
        if (sameLanguage(lang, l)) continue;
        const row = status(c, lang, hashes, translations, l);
        counts[l].records++;
        if (row.missing.length) counts[l].untranslated++;
        else if (row.outdated.length) counts[l].outdated++;
        if (l !== locale) continue;
        records++;
        if (row.missing.length || row.outdated.length) rows.push(row);
      }
    }
    return { kind, organisation, rows: rows.slice(0, ROWS_PER_SECTION), needingWork: rows.length, records };
  });
  return { locale, sections, counts };
}
