/**
 * Saving translations. One save covers the fields of one record in one
 * language: each field's translation is added, replaced, confirmed as still
 * right for a changed original, or (left empty) removed. Everything is checked
 * before anything is written; the writes, their audit entries and the record's
 * search document change in one transaction.
 */

import { isLocale, type Locale } from "../../i18n/locales";
import { type Message, msg } from "../../i18n/message";
import type { Actor } from "../accounts/types";
import { auditEntry } from "../audit/entry";
import type { RequestContext } from "../auth/auth-service";
import { FormError } from "../auth/errors";
import type { Repositories } from "../ports";
import { indexEvidence, indexPublications } from "../search/search-index";
import { TranslationError } from "./errors";
import { isShortField, maxLength } from "./fields";
import { sameLanguage } from "./languages";
import { type Overview, translationOverview } from "./overview";
import { indexFrameworkItem } from "./search";
import { normaliseText, sourceHash } from "./source-hash";
import { type Subject, translatableSubject } from "./subjects";
import type { ContentRef, ContentTranslation } from "./types";

/** What the editor posts for one field. */
export interface FieldInput {
  text: string;
  /** The translator checked that an out-of-date translation still says what the changed original says. */
  confirm: boolean;
}

export interface EditorField {
  field: string;
  original: string;
  translation: ContentTranslation | undefined;
  outdated: boolean;
  max: number;
  short: boolean;
}

export interface EditorData {
  subject: Subject;
  locale: Locale;
  fields: EditorField[];
}

export interface SaveResult {
  saved: number;
  removed: number;
}

/** Form field names: the translation of `title` is posted as `t.title` (also the id the error summary links to). */
export const textInputName = (field: string) => `t.${field}`;
export const confirmInputName = (field: string) => `ok.${field}`;

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
        outdated: translation !== undefined && translation.sourceHash !== sourceHash(original),
        max: maxLength(field),
        short: isShortField(field),
      };
    });
    return { subject, locale: target, fields };
  }

  return {
    editor,

    /** Saves the posted fields of one record in one language; throws FormError (nothing saved) when any is wrong. */
    async save(
      actor: Actor,
      ref: ContentRef,
      locale: string,
      input: Record<string, FieldInput>,
      ctx: RequestContext,
    ): Promise<SaveResult> {
      const { subject, locale: target, fields } = await editor(actor, ref, locale);
      const byField = new Map(fields.map((f) => [f.field, f]));
      const problems: Record<string, Message> = {};
      const writes: { field: string; text: string; before?: ContentTranslation }[] = [];
      const removals: ContentTranslation[] = [];
      for (const [field, entry] of Object.entries(input)) {
        const known = byField.get(field);
        if (!known) {
          problems.form = msg("translate.error.field", { field });
          continue;
        }
        const text = normaliseText(entry.text);
        if (text.length > known.max) {
          problems[textInputName(field)] = msg("translate.error.tooLong", { max: known.max });
          continue;
        }
        const before = known.translation;
        if (!text) {
          if (before) removals.push(before);
        } else if (!before || before.text !== text || (known.outdated && entry.confirm)) writes.push({ field, text, before });
      }
      if (Object.keys(problems).length) throw new FormError(problems);
      if (writes.length + removals.length === 0) return { saved: 0, removed: 0 };

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
      await repos.transaction(async (tx) => {
        for (const w of writes) {
          await tx.translations.upsert({
            entityType: ref.type,
            entityId: ref.id,
            field: w.field,
            locale: target,
            text: w.text,
            sourceHash: sourceHash(subject.fields[w.field] ?? ""),
            translatedBy: actor.user?.id ?? null,
            updatedAt: now,
          });
          await append(tx, "translation.save", w.field, w.before?.text, w.text);
        }
        for (const r of removals) {
          await tx.translations.remove(r);
          await append(tx, "translation.delete", r.field, r.text);
        }
        await reindex(tx, subject);
      });
      return { saved: writes.length, removed: removals.length };
    },

    /** What the person may translate, and what of it is untranslated or out of date in `locale`. */
    overview(actor: Actor, locale: string): Promise<Overview> {
      if (!isLocale(locale)) throw TranslationError.unknownLocale(locale);
      return translationOverview(repos, actor, locale);
    },
  };
}

export type TranslationService = ReturnType<typeof translationService>;
