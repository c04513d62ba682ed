/**
 * The translators' pages:
 *   GET  /translate?lang=fr                      what the person may translate, and what needs work in French
 *   GET  /translate/{entityType}/{id}/{locale}   the editor for one record and one language
 *   POST /translate/{entityType}/{id}/{locale}   saves it (CSRF; plain form, no JavaScript)
 * The guard lets signed-in people in; who may translate which record is
 * decided by the service (domain/translations/subjects.ts), per record.
 */
import { type Context, Hono } from "hono";
import { FormError } from "../../domain/auth/errors";
import { NotFoundError } from "../../domain/errors";
import { confirmInputName, type FieldInput, translationService } from "../../domain/translations/translation-service";
import { type ContentRef, isEntityType } from "../../domain/translations/types";
import { DEFAULT_LOCALE } from "../../i18n/locales";
import { requestContext } from "../auth/client";
import { requires } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import { localProblems } from "../i18n/problems";
import { t } from "../i18n/t";
import { EditorView } from "./editor-view";
import { ListView } from "./list-view";
import { editorPath } from "./parts";

type C = Context<AppEnv>;

const COUNT = /^\d{1,4}$/;

function refOf(c: C): ContentRef {
  const type = c.req.param("type");
  if (!isEntityType(type)) throw new NotFoundError("recordType", type ?? "");
  return { type, id: c.req.param("id") ?? "" };
}

/** The posted translations: `t.<field>` holds the text, `ok.<field>` confirms an out-of-date one. */
function postedFields(body: Record<string, unknown>): Record<string, FieldInput> {
  const input: Record<string, FieldInput> = {};
  for (const [name, value] of Object.entries(body)) {
    if (!name.startsWith("t.")) continue;
    const field = name.slice(2);
    input[field] = { text: typeof value === "string" ? value : "", confirm: body[confirmInputName(field)] === "1" };
  }
  return input;
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
    const overview = await service.overview(c.get("actor"), locale);
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
      if (!(e instanceof FormError)) throw e;
      const data = await service.editor(actor, ref, locale);
      const values = Object.fromEntries(Object.entries(input).map(([field, v]) => [field, v.text]));
      const confirmed = new Set(Object.entries(input).flatMap(([field, v]) => (v.confirm ? [field] : [])));
      return c.html(
        <EditorView
          origin={origin}
          csrf={c.get("csrfToken")}
          data={data}
          values={values}
          confirmed={confirmed}
          problems={localProblems(e)}
        />,
        400,
      );
    }
  });

  return app;
}
