/**
 * POST /orgs/{slug}/evidence/new/suggest: the evidence form's "Suggest links"
 * button. Reads the pasted text or the uploaded TXT, DOCX or PDF, and answers
 * with the same form, its values kept, and the ranked suggestions to accept or
 * reject. Nothing is saved here; accepted suggestions become links on save.
 */
import type { Context, Hono } from "hono";
import { DocumentError, MAX_DOCUMENT_BYTES } from "../../documents/extract-text";
import { MAX_UPLOAD_REQUEST_BYTES, textOfUpload } from "../../documents/upload";
import { ForbiddenError } from "../../domain/auth/errors";
import { InvalidParameterError } from "../../domain/errors";
import type { EvidenceInput } from "../../domain/evidence/evidence-service";
import { can } from "../../domain/policy";
import { suggestServiceFor } from "../../domain/suggest/suggest-service";
import type { Guard } from "../auth/guard";
import type { WebDeps } from "../deps";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localMessage } from "../i18n/problems";
import { t } from "../i18n/t";
import { type Body, evidenceInput, many, one, safeReturn } from "./input";
import type { SuggestState } from "./suggest-view";

/** How many suggestions the form shows. */
const SHOWN = 10;

type C = Context<AppEnv>;
export type EvidencePage = (
  c: C,
  values: EvidenceInput,
  returnTo?: string,
  problems?: Problems,
  suggest?: SuggestState,
) => Promise<Response>;

/** The links an evidence form saves: the ticked items plus the accepted suggestions. */
export const withAccepted = (body: Body, links: readonly string[]): string[] => [...new Set([...links, ...many(body, "accept")])];

export const suggestStepPath = (slug: string) => `/orgs/${encodeURIComponent(slug)}/evidence/new/suggest`;

async function documentText(body: Body): Promise<{ text: string; file?: { name: string; type: string } }> {
  const raw = body.document;
  const file = (Array.isArray(raw) ? raw : [raw]).find((f): f is File => f instanceof File && f.size > 0);
  const pasted = one(body, "suggestText");
  if (file) {
    const { type, text } = await textOfUpload(file);
    return { text, file: { name: file.name, type: type.toUpperCase() } };
  }
  if (!pasted.trim()) throw new InvalidParameterError("suggestText", "is empty");
  return { text: pasted };
}

export function suggestStepRoute(app: Hono<AppEnv>, deps: WebDeps, guard: Guard, render: EvidencePage): void {
  app.post("/orgs/:slug/evidence/new/suggest", guard, async (c) => {
    const org = await deps.accounts.organisationBySlug(c.req.param("slug") ?? "");
    if (!can(c.get("actor"), "assessment.edit", org)) throw new ForbiddenError();
    const body = (await c.req.parseBody({ all: true })) as Body;
    const values = evidenceInput(body);
    const returnTo = safeReturn(one(body, "return"));
    const pasted = one(body, "suggestText");
    const accepted = many(body, "accept");
    // A failed step loses nothing: what was accepted before is kept as ticked links.
    const keepAccepted = () => ({ ...values, links: withAccepted(body, values.links) });
    if (Number(c.req.header("Content-Length") ?? 0) > MAX_UPLOAD_REQUEST_BYTES) {
      c.status(413);
      return render(
        c,
        keepAccepted(),
        returnTo,
        { document: t("workspace.document.tooLarge", { megabytes: MAX_DOCUMENT_BYTES / 1024 / 1024 }) },
        {
          text: pasted,
          accepted: [],
        },
      );
    }
    try {
      const { text, file } = await documentText(body);
      const result = await suggestServiceFor(deps.repos.framework).suggest(text, { top: SHOWN, passagesPerItem: 2 });
      const suggested = new Set(result.suggestions.map((s) => s.item.id));
      return render(
        c,
        { ...values, links: [...new Set([...values.links, ...accepted.filter((id) => !suggested.has(id))])] },
        returnTo,
        undefined,
        {
          text: pasted,
          suggestions: result.suggestions,
          accepted: accepted.filter((id) => suggested.has(id)),
          source: file
            ? t("workspace.suggest.read", {
                name: file.name,
                type: file.type,
                characters: text.length,
                passages: result.passageCount,
              })
            : undefined,
        },
      );
    } catch (e) {
      let problems: Problems;
      if (e instanceof DocumentError) {
        c.status(e.code === "too_large" ? 413 : 400);
        problems = { document: localMessage(e) };
      } else if (e instanceof InvalidParameterError) {
        c.status(400);
        problems =
          e.parameter === "suggestText"
            ? { suggestText: t("workspace.suggest.pasteOrUpload") }
            : { suggestText: t("workspace.suggest.tooLong") };
      } else throw e;
      return render(c, keepAccepted(), returnTo, problems, { text: pasted, accepted: [] });
    }
  });
}
