/**
 * POST /v1/suggest: the commitments and practical options a text addresses.
 * The text comes as JSON (`{"text": "...", "top": 10}`) or as a multipart
 * upload (`file`: TXT, DOCX or PDF; or `text`; and `top`). Suggestions reveal
 * only public framework text, so anyone may ask; request size is limited and
 * nothing is stored. Documented in the OpenAPI document by hand, because the
 * body takes two media types and errors must keep the API's JSON shape.
 */
import { type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { DocumentError, type DocumentType } from "../../../documents/extract-text";
import { MAX_UPLOAD_REQUEST_BYTES, textOfUpload } from "../../../documents/upload";
import { InvalidParameterError } from "../../../domain/errors";
import { plainSuggestion } from "../../../domain/suggest/plain";
import { MAX_TEXT_CHARS, MAX_TOP, suggestServiceFor } from "../../../domain/suggest/suggest-service";
import { requires } from "../../auth/guard";
import type { WebDeps } from "../../deps";
import type { ErrorBody } from "../../errors";
import { ErrorSchema } from "./envelopes";
import { presenters } from "./presenters";
import { ItemRefSchema } from "./schemas";

const DOCUMENT_STATUS: Record<DocumentError["code"], 413 | 415 | 422> = {
  too_large: 413,
  unsupported_type: 415,
  corrupt_file: 422,
  empty_text: 422,
};

const jsonBody = z.object({
  text: z.string().openapi({ description: `The document's text, up to ${MAX_TEXT_CHARS.toLocaleString("en")} characters.` }),
  top: z.number().int().min(1).max(MAX_TOP).optional().openapi({ description: "How many items to return (default 10)." }),
});

const MatchSchema = z.object({ start: z.number().int(), end: z.number().int(), word: z.string() });
const SuggestionSchema = z
  .object({
    item: ItemRefSchema,
    score: z.number().openapi({ description: "Relevance; comparable between suggestions for the same text only." }),
    why: z.array(z.string()).openapi({ description: "The document's words that matched, most telling first." }),
    passages: z.array(
      z.object({
        start: z.number().int().openapi({ description: "Offset of the passage in the text (UTF-16 code units)." }),
        end: z.number().int(),
        score: z.number(),
        text: z.string(),
        matches: z.array(MatchSchema).openapi({ description: "Matched words, with offsets in the text." }),
      }),
    ),
  })
  .openapi("Suggestion");
const SuggestResponse = z
  .object({
    data: z.object({
      suggestions: z.array(SuggestionSchema),
      source: z.object({
        type: z.enum(["text", "txt", "docx", "pdf"]),
        characters: z.number().int(),
        passages: z.number().int(),
      }),
    }),
  })
  .openapi("SuggestResponse");

// biome-ignore lint/suspicious/noExplicitAny: the registry accepts apps of any env
function document(api: OpenAPIHono<any>) {
  const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
  api.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/suggest",
    tags: ["Framework"],
    summary: "Suggest the commitments and options a text addresses",
    description:
      "Ranks the commitments and practical options that a law, bill, policy or programme addresses, in any of the six UN languages, with the passages that match and the words that matched. Send JSON with `text`, or a multipart form with `file` (TXT, DOCX or PDF, at most 10 MB) or `text`, and optionally `top`. Nothing is stored.",
    request: {
      body: {
        required: true,
        content: {
          "application/json": { schema: jsonBody },
          "multipart/form-data": {
            schema: z.object({
              file: z.string().optional().openapi({ type: "string", format: "binary", description: "A TXT, DOCX or PDF file." }),
              text: z.string().optional(),
              top: z.string().optional().openapi({ example: "10" }),
            }),
          },
        },
      },
    },
    responses: {
      200: { description: "Ranked suggestions.", content: { "application/json": { schema: SuggestResponse } } },
      400: error("No text, text too long, or a bad `top`."),
      413: error("The request or the file is too large."),
      415: error("Neither JSON nor a multipart form, or a file that is not TXT, DOCX or PDF."),
      422: error("The file is damaged or holds no text."),
    },
  });
}

const fail = (c: Context, status: 400 | 413 | 415 | 422, code: string, message: string, parameter?: string) =>
  c.json({ error: { code, message, ...(parameter ? { parameter } : {}) } } satisfies ErrorBody, status);

function topOf(raw: unknown): number | undefined {
  if (raw === undefined || raw === "") return undefined;
  const n = typeof raw === "number" ? raw : /^\d{1,3}$/.test(String(raw)) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOP)
    throw new InvalidParameterError("top", `must be a whole number from 1 to ${MAX_TOP}`);
  return n;
}

/** The request's text and where it came from. */
async function input(c: Context): Promise<{ text: string; type: DocumentType | "text"; top?: number }> {
  const type = c.req.header("Content-Type") ?? "";
  if (/^application\/json\b/i.test(type)) {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new InvalidParameterError("body", "is not valid JSON");
    }
    const parsed = jsonBody.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidParameterError(String(issue?.path[0] ?? "body"), issue?.message ?? "is not valid");
    }
    return { text: parsed.data.text, type: "text", top: parsed.data.top };
  }
  const form = await c.req.parseBody();
  const top = topOf(form.top);
  if (form.file instanceof File && form.file.size > 0) return { ...(await textOfUpload(form.file)), top };
  if (typeof form.text === "string") return { text: form.text, type: "text", top };
  throw new InvalidParameterError("file", "is missing: send a file (TXT, DOCX or PDF) or a text field");
}

export function suggestRoutes(api: OpenAPIHono, deps: WebDeps) {
  const p = presenters(deps.config.publicOrigin);
  document(api);
  api.post("/v1/suggest", requires("public.read"), async (c) => {
    const type = c.req.header("Content-Type") ?? "";
    if (!/^(application\/json|multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(type))
      return fail(c, 415, "unsupported_media_type", 'Send JSON ({"text": "..."}) or a multipart form with a file.');
    if (Number(c.req.header("Content-Length") ?? 0) > MAX_UPLOAD_REQUEST_BYTES)
      return fail(c, 413, "too_large", "The request is larger than 10 MB.");
    try {
      const { text, type: source, top } = await input(c);
      const result = await suggestServiceFor(deps.repos.framework).suggest(text, { top });
      c.header("Cache-Control", "no-store");
      return c.json({
        data: {
          suggestions: result.suggestions.map((s) => {
            const { id: _id, kind: _kind, title: _title, ...rest } = plainSuggestion(s);
            return { item: p.ref(s.item), ...rest };
          }),
          source: { type: source, characters: text.length, passages: result.passageCount },
        },
      });
    } catch (e) {
      if (e instanceof DocumentError) return fail(c, DOCUMENT_STATUS[e.code], e.code, e.message, "file");
      if (e instanceof InvalidParameterError) return fail(c, 400, e.code, e.message, e.parameter);
      throw e;
    }
  });
}
