/**
 * Saving translations. One save covers the fields of one record in one
 * language: each field's translation is added, replaced, confirmed as still
 * right for a changed original, or (left empty) removed. Everything is checked
 * before anything is written, including that nobody else changed a field
 * since the form was loaded (save-plan.ts); the writes, their audit entries
 * and the record's search document change in one transaction, each write only
 * if the stored translation is still the one checked, so that a save racing
 * another cannot slip between the check and the write.
 */

import { isLocale, type Locale } from "../../i18n/locales";
import type { Actor } from "../accounts/types";
import { auditEntry } from "../audit/entry";
import type { RequestContext } from "../auth/auth-service";
import type { Repositories } from "../ports";
import { indexEvidence, indexPublications } from "../search/search-index";
import { TranslationConflictError, TranslationError } from "./errors";
import { isShortField, maxLength } from "./fields";
import { sameLanguage } from "./languages";
import { type Overview, type RequestedPages, translationOverview } from "./overview";
import { type EditorField, type FieldInput, planSave, type SavePlan, textRevision } from "./save-plan";
import { indexFrameworkItem } from "./search";
import { sourceHash } from "./source-hash";
import { type Subject, translatableSubject } from "./subjects";
import type { ContentRef, ContentTranslation, TranslationKey } from "./types";

export {
  confirmInputName,
  type EditorField,
  type FieldInput,
  NO_TRANSLATION,
  textInputName,
  wasInputName,
} from "./save-plan";

export interface EditorData {
  subject: Subject;
  locale: Locale;
  fields: EditorField[];
}

export interface SaveResult {
  saved: number;
  removed: number;
}

/** Checks and writes tried before giving up on a record that others keep changing under this save. */
const ATTEMPTS = 3;

/** A conditional write found the translation changed since it was read: the transaction is rolled back. */
class ChangedMeanwhile extends Error {}

function targetLocale(subject: Subject, locale: string): Locale {
  if (!isLocale(locale)) throw TranslationError.unknownLocale(locale);
  if (sameLanguage(subject.lang, locale)) throw TranslationError.sameAsOriginal(subject.lang);
  return locale;
}

/** What the audit log may hold: the text of public records only (as for evidence itself). */
const loggable = (subject: Subject, field: string, locale: Locale, text: string | undefined) =>
  subject.visibility === "public" ? { field, locale, text } : { field, locale, visibility: subject.visibility };

async function reindex(tx: Repositories, subject: Subject): Promise<void> {
  const r = subject.record;
  if (r.type === "framework_item") await indexFrameworkItem(tx, r.item.id);
  else if (r.type === "evidence") await indexEvidence(tx, [r.evidence]);
  else await indexPublications(tx, [r.publication]);
}

/** One translation to change: `before` null when there was none, `next` null to remove it. */
interface Change {
  key: TranslationKey;
  field: string;
  before: ContentTranslation | null;
  next: ContentTranslation | null;
}

/** The plan's writes and removals, in field order: every save locks a record's rows in the same order. */
function changesOf(plan: SavePlan, subject: Subject, locale: Locale, actor: Actor, now: string): Change[] {
  const key = (field: string): TranslationKey => ({ entityType: subject.ref.type, entityId: subject.ref.id, field, locale });
  const changes: Change[] = [
    ...plan.writes.map((w) => ({
      key: key(w.field),
      field: w.field,
      before: w.before ?? null,
      next: {
        ...key(w.field),
        text: w.text,
        sourceHash: sourceHash(subject.fields[w.field] ?? ""),
        translatedBy: actor.user?.id ?? null,
        updatedAt: now,
      },
    })),
    ...plan.removals.map((r) => ({ key: key(r.field), field: r.field, before: r, next: null })),
  ];
  return changes.sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

export function translationService(repos: Repositories) {
  async function editor(actor: Actor, ref: ContentRef, locale: string): Promise<EditorData> {
    const subject = await translatableSubject(repos, actor, ref);
    const target = targetLocale(subject, locale);
    const fields = Object.entries(subject.fields).map(([field, original]) => {
      const translation = subject.translations.find((t) => t.field === field && t.locale === target);
      return {
        field,
        original,
        translation,
        revision: textRevision(translation?.text),
        outdated: translation !== undefined && translation.sourceHash !== sourceHash(original),
        max: maxLength(field),
        short: isShortField(field),
      };
    });
    return { subject, locale: target, fields };
  }

  /** Writes the plan in one transaction; false (nothing written) when a translation changed since it was read. */
  async function apply(actor: Actor, subject: Subject, target: Locale, plan: SavePlan, ctx: RequestContext) {
    const ref = subject.ref;
    const now = ctx.now.toISOString();
    const append = (tx: Repositories, action: string, field: string, before?: string, after?: string) =>
      tx.audit.append(
        auditEntry(ctx, actor.user, {
          organisationId: subject.organisation?.id ?? null,
          action,
          entityType: ref.type,
          entityId: ref.id,
          before: before === undefined ? undefined : loggable(subject, field, target, before),
          after: after === undefined ? undefined : loggable(subject, field, target, after),
        }),
      );
    const changes = changesOf(plan, subject, target, actor, now);
    try {
      // Rows first, in one order for every save, then the audit log's head, then the search
      // document: two saves of the same record then wait for each other instead of deadlocking.
      await repos.transaction(async (tx) => {
        for (const c of changes) if (!(await tx.translations.replaceIf(c.key, c.before, c.next))) throw new ChangedMeanwhile();
        for (const c of changes)
          if (c.next) await append(tx, "translation.save", c.field, c.before?.text, c.next.text);
          else await append(tx, "translation.delete", c.field, c.before?.text);
        await reindex(tx, subject);
      });
      return true;
    } catch (e) {
      if (e instanceof ChangedMeanwhile) return false;
      throw e;
    }
  }

  return {
    editor,

    /**
     * Saves the posted fields of one record in one language, all or nothing:
     * throws FormError when any field is wrong, TranslationConflictError when
     * someone else changed a field this person changed too.
     */
    async save(
      actor: Actor,
      ref: ContentRef,
      locale: string,
      input: Record<string, FieldInput>,
      ctx: RequestContext,
    ): Promise<SaveResult> {
      for (let attempt = 1; ; attempt++) {
        const { subject, locale: target, fields } = await editor(actor, ref, locale);
        const plan = planSave(fields, input);
        if (plan.conflicts.length) throw new TranslationConflictError(plan.conflicts, plan.edited);
        if (plan.writes.length + plan.removals.length === 0) return { saved: 0, removed: 0 };
        if (await apply(actor, subject, target, plan, ctx)) return { saved: plan.writes.length, removed: plan.removals.length };
        // Someone saved between the check and the write: check again against what they stored.
        if (attempt === ATTEMPTS)
          throw new TranslationConflictError(
            [...plan.writes.map((w) => w.field), ...plan.removals.map((r) => r.field)],
            plan.edited,
          );
      }
    },

    /** What the person may translate, and what of it is untranslated or out of date in `locale`, a page per section. */
    overview(actor: Actor, locale: string, pages?: RequestedPages): Promise<Overview> {
      if (!isLocale(locale)) throw TranslationError.unknownLocale(locale);
      return translationOverview(repos, actor, locale, pages);
    },
  };
}

export type TranslationService = ReturnType<typeof translationService>;
