/**
 * The translators' list: the records a person may translate (the framework
 * and its packs' evidence for superadmins; their organisations' evidence and
 * published assessments for contributors and up), and per language how many
 * are untranslated or out of date. All translations of those records are read
 * in one query.
 *
 * Each section lists one page of the records that need work. The paging
 * cannot be left to the database: whether a record needs work depends on
 * fingerprints of its original text computed here (source-hash.ts), and the
 * per-language counts cover every record anyway. So every record is checked,
 * but only the rows of the page asked for are built and kept.
 */

import { LOCALES, type Locale } from "../../i18n/locales";
import { msg } from "../../i18n/message";
import type { Actor, Organisation } from "../accounts/types";
import { InvalidParameterError } from "../errors";
import { evidenceAccess } from "../evidence/access";
import type { Visibility } from "../evidence/types";
import { KIND_LABELS } from "../framework/catalogue";
import { DEFAULT_PER_PAGE } from "../pagination";
import { can } from "../policy";
import type { Repositories } from "../ports";
import { assessmentFields, evidenceFields, type FieldTexts, frameworkItemFields } from "./fields";
import { sameLanguage } from "./languages";
import { DEFAULT_ORIGINAL_LANGUAGE } from "./reader";
import { sourceHash } from "./source-hash";
import { type ContentRef, type ContentTranslation, type EvidenceText, refKey } from "./types";

/** Rows listed per page of a section; the counts always cover everything. */
export const ROWS_PER_PAGE = DEFAULT_PER_PAGE;

/** The page asked for, per section key (a section not named is on its first page). */
export type RequestedPages = ReadonlyMap<string, number>;

/** The list's query parameters holding a section's page start with this, e.g. `page.evidence.cso-kenya=2`. */
export const PAGE_PARAMETER_PREFIX = "page.";
export const pageParameter = (sectionKey: string) => `${PAGE_PARAMETER_PREFIX}${sectionKey}`;

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
  /** Names the section in the list's address (pageParameter): `framework`, `packEvidence`, `evidence.<slug>`, `assessments.<slug>`. */
  key: string;
  /** Page `page` of the records that need work in the chosen language (perPage rows at most). */
  rows: OverviewRow[];
  page: number;
  /** How many pages the records needing work fill; at least 1. */
  pages: number;
  /** Position of the page's first row among the records needing work, from 1. */
  first: number;
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
  const sections: { kind: SectionKind; key: string; organisation: Organisation | null; list: Candidate[] }[] = [];
  const items = await repos.framework.listItems();
  const titles = new Map(items.map((i) => [i.id, i.title]));
  if (can(actor, "framework.translate")) {
    sections.push({
      kind: "framework",
      key: "framework",
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
      key: "packEvidence",
      organisation: null,
      list: (await repos.translations.packEvidence()).map(evidenceCandidate),
    });
  }
  for (const m of actor.memberships) {
    const organisation = await repos.accounts.getOrganisation(m.organisationId);
    if (!organisation || !can(actor, "content.translate", organisation)) continue;
    const visibilities: Visibility[] = ["public", ...(evidenceAccess(actor, organisation.id)?.visibilities ?? [])];
    const evidence = await repos.translations.organisationEvidence(organisation.id, visibilities);
    sections.push({
      kind: "evidence",
      key: `evidence.${organisation.slug}`,
      organisation,
      list: evidence.map(evidenceCandidate),
    });
    const narratives = await repos.translations.publishedNarratives(organisation.id);
    sections.push({
      kind: "assessments",
      key: `assessments.${organisation.slug}`,
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

/** A page beyond the last is a bad address (400), not an empty list: the page count is in the message. */
function checkPage(key: string, page: number, pages: number): void {
  if (!Number.isInteger(page) || page < 1)
    throw new InvalidParameterError(
      pageParameter(key),
      "must be a whole number from 1",
      msg("translate.error.page", { value: String(page) }),
    );
  if (page > pages)
    throw new InvalidParameterError(
      pageParameter(key),
      `must be at most ${pages}`,
      msg("translate.error.pageTooHigh", { page, pages }),
    );
}

export async function translationOverview(
  repos: Repositories,
  actor: Actor,
  locale: Locale,
  requested: RequestedPages = new Map(),
  perPage = ROWS_PER_PAGE,
): Promise<Overview> {
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
  const sections: OverviewSection[] = found.map(({ kind, key: sectionKey, organisation, list }) => {
    const page = requested.get(sectionKey) ?? 1;
    const first = (page - 1) * perPage + 1;
    const rows: OverviewRow[] = [];
    let [records, needingWork] = [0, 0];
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
        if (!row.missing.length && !row.outdated.length) continue;
        needingWork++;
        if (needingWork >= first && rows.length < perPage) rows.push(row);
      }
    }
    const pages = Math.max(1, Math.ceil(needingWork / perPage));
    checkPage(sectionKey, page, pages);
    return { kind, key: sectionKey, organisation, rows, page, pages, first, needingWork, records };
  });
  return { locale, sections, counts };
}
