/**
 * The translators' pages:
 *   GET  /translate?lang=fr                      what the person may translate, and what needs work in French;
 *                                                `page.<section>=N` pages a section (page.evidence.<slug>=2)
 *   GET  /translate/{entityType}/{id}/{locale}   the editor for one record and one language
 *   POST /translate/{entityType}/{id}/{locale}   saves it (CSRF; plain form, no JavaScript); 409 with both
 *                                                texts when someone else changed a field meanwhile
 * The guard lets signed-in people in; who may translate which record is
 * decided by the service (domain/translations/subjects.ts), per record.
 */
import { type Context, Hono } from "hono";
import { FormError } from "../../domain/auth/errors";
import { InvalidParameterError, NotFoundError } from "../../domain/errors";
import { TranslationConflictError } from "../../domain/translations/errors";
import { PAGE_PARAMETER_PREFIX, type RequestedPages } from "../../domain/translations/overview";
import {
  confirmInputName,
  type EditorData,
  type FieldInput,
  NO_TRANSLATION,
  translationService,
  wasInputName,
} from "../../domain/translations/translation-service";
import { type ContentRef, isEntityType } from "../../domain/translations/types";
import { DEFAULT_LOCALE } from "../../i18n/locales";
import { msg } from "../../i18n/message";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import type { Conflicts } from "./conflict-parts";
import { EditorView } from "./editor-view";
import { ListView } from "./list-view";
import { editorPath } from "./parts";

type C = Context<AppEnv>;

const COUNT = /^\d{1,4}$/;
const PAGE = /^[1-9]\d{0,5}$/;

/** The sections' pages asked for (`page.<section>=N`); a page that is not a whole number from 1 is a 400. */
function requestedPages(query: Record<string, string>): RequestedPages {
  const pages = new Map<string, number>();
  for (const [name, value] of Object.entries(query)) {
    if (!name.startsWith(PAGE_PARAMETER_PREFIX)) continue;
    if (!PAGE.test(value))
      throw new InvalidParameterError(
        name,
        "must be a whole number from 1",
        msg("translate.error.page", { value: value.slice(0, 20) }),
      );
    pages.set(name.slice(PAGE_PARAMETER_PREFIX.length), Number(value));
  }
  return pages;
}

function refOf(c: C): ContentRef {
  const type = c.req.param("type");
  if (!isEntityType(type)) throw new NotFoundError("recordType", type ?? "");
  return { type, id: c.req.param("id") ?? "" };
}

/**
 * The posted translations: `t.<field>` holds the text, `ok.<field>` confirms
 * an out-of-date one, `was.<field>` the revision the form was loaded with. A
 * form without it counts as loaded with no translation: a post that does not
 * say what it started from never overwrites one silently.
 */
function postedFields(body: Record<string, unknown>): Record<string, FieldInput> {
  const input: Record<string, FieldInput> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!name.startsWith("t.")) continue;
    const field = name.slice(2);
    const was = body[wasInputName(field)];
    input[field] = {
      text: typeof value === "string" ? value : "",
      confirm: body[confirmInputName(field)] === "1",
      was: typeof was === "string" && was ? was : NO_TRANSLATION,
    };
  }
  return input;
}

/** Who saved each conflicting field's translation stored now (by display name; "someone" when unknown or removed). */
async function conflictAuthors(deps: WebDeps, data: EditorData, fields: readonly string[]): Promise<Conflicts> {
  const out = new Map<string, string>();
  for (const field of fields) {
    const by = data.fields.find((f) => f.field === field)?.translation?.translatedBy;
    const user = by ? await deps.repos.accounts.getUser(by) : undefined;
    out.set(field, user?.displayName ?? t("translate.conflict.someone"));
  }
  return out;
}

export function translateRoutes(deps: WebDeps) {
  const app = new Hono<AppEnv>();
  const service = translationService(deps.repos);
  const origin = deps.config.publicOrigin;
  // Any signed-in person reaches the pages; each record's own rule is checked by the service.
  const signedIn = requires("account.self");

  app.get("/translate", signedIn, async (c) => {
    const reading = c.get("locale");
    const locale = c.req.query("lang") ?? (reading === DEFAULT_LOCALE ? "fr" : reading);
    const overview = await service.overview(c.get("actor"), locale, requestedPages(c.req.query()));
    return c.html(<ListView origin={origin} overview={overview} />);
  });

  app.get("/translate/:type/:id/:locale", signedIn, async (c) => {
    const data = await service.editor(c.get("actor"), refOf(c), c.req.param("locale"));
    const [saved, removed] = [c.req.query("saved") ?? "", c.req.query("removed") ?? ""];
    const notice =
      COUNT.test(saved) && COUNT.test(removed)
        ? Number(saved) + Number(removed) === 0
          ? t("translate.editor.nothingChanged")
          : t("translate.editor.saved", { saved: Number(saved), removed: Number(removed) })
        : undefined;
    return c.html(<EditorView origin={origin} csrf={c.get("csrfToken")} data={data} notice={notice} />);
  });

  app.post("/translate/:type/:id/:locale", signedIn, async (c) => {
    const actor = c.get("actor");
    const ref = refOf(c);
    const locale = c.req.param("locale");
    const input = postedFields(await c.req.parseBody());
    try {
      const result = await service.save(actor, ref, locale, input, requestContext(c));
      return c.redirect(`${editorPath(ref, locale)}?saved=${result.saved}&removed=${result.removed}`, 303);
    } catch (e) {
      if (!(e instanceof FormError || e instanceof TranslationConflictError)) throw e;
      const data = await service.editor(actor, ref, locale);
      const confirmed = new Set(Object.entries(input).flatMap(([field, v]) => (v.confirm ? [field] : [])));
      const view = { origin, csrf: c.get("csrfToken"), data, confirmed };
      if (e instanceof TranslationConflictError)
        // Their newer text stays in fields this person left alone; the form now carries the stored revisions.
        return c.html(
          <EditorView {...view} values={{ ...e.edited }} conflicts={await conflictAuthors(deps, data, e.fields)} />,
          409,
        );
      const values = Object.fromEntries(Object.entries(input).map(([field, v]) => [field, v.text]));
      const was = Object.fromEntries(Object.entries(input).map(([field, v]) => [field, v.was]));
      return c.html(<EditorView {...view} values={values} was={was} problems={localProblems(e)} />, 400);
    }
  });

  return app;
}
