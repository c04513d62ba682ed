/** The open data endpoints (served by ./routes.tsx) in the OpenAPI document. */
import { type OpenAPIHono, z } from "@hono/zod-openapi";
import { FORMATS } from "../../reports/export-service";
import { FILTER_LABELS, FILTER_NAMES } from "../../reports/filters";
import { TABLES } from "../../reports/tables";
import { ErrorSchema } from "../api/v1/envelopes";

const EXAMPLES: Record<(typeof FILTER_NAMES)[number], string> = {
  country: "KEN",
  region: "002",
  cycle: "2025",
  strategy: "s02",
  instrument: "hrc-res-38-5",
  org: "my-organisation",
};

const filters = Object.fromEntries(
  FILTER_NAMES.map((name) => [
    name,
    z
      .string()
      .optional()
      .openapi({ param: { name, in: "query" }, example: EXAMPLES[name], description: `Only this ${FILTER_LABELS[name]}.` }),
  ]),
);
const hxl = z
  .enum(["0", "1"])
  .optional()
  .openapi({ param: { name: "hxl", in: "query" }, description: "1: CSV files get a second row of HXL hashtags." });
const error = (description: string) => ({ description, content: { "application/json": { schema: ErrorSchema } } });
const tables = TABLES.map((t) => `\`${t.id}\``).join(", ");

// biome-ignore lint/suspicious/noExplicitAny: the registry accepts apps of any env
export function documentExportEndpoints(api: OpenAPIHono<any>): void {
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/exports",
    tags: ["Open data"],
    summary: "Open data files",
    description:
      "Every open data file for the filters given: its URL, format, size in bytes (null while not yet measured; `bytesExact` false when measured before the data last changed) and last update. The JSON twin of /data.",
    request: { query: z.object({ ...filters, hxl }) },
    responses: {
      200: {
        description: "The files.",
        content: { "application/json": { schema: z.object({ data: z.unknown(), links: z.record(z.string(), z.string()) }) } },
      },
      400: error("A filter names no country, region, cycle, strategy, instrument or organisation."),
    },
  });
  api.openAPIRegistry.registerPath({
    method: "get",
    path: "/v1/exports/{file}",
    tags: ["Open data"],
    summary: "One open data file",
    description: `A table as \`TABLE.csv\`, \`TABLE.xlsx\` or \`TABLE.json\` (tables: ${tables}), every table as \`blueprint.xlsx\`, or a Frictionless Data package \`blueprint-datapackage.zip\`. Only public data: the newest publication of each published assessment and public evidence. Formats: ${FORMATS.join(", ")}. Streamed; carries an ETag (send If-None-Match for 304).`,
    request: {
      params: z.object({
        file: z.string().openapi({ param: { name: "file", in: "path" }, example: "assessments.csv" }),
      }),
      query: z.object({ ...filters, hxl }),
    },
    responses: {
      200: {
        description: "The file, as an attachment.",
        content: {
          "text/csv": { schema: z.string() },
          "application/json": { schema: z.unknown() },
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
            schema: z.string().openapi({ format: "binary" }),
          },
          "application/zip": { schema: z.string().openapi({ format: "binary" }) },
        },
      },
      304: { description: "Not modified: If-None-Match matches the current ETag." },
      400: error("A filter names no country, region, cycle, strategy, instrument or organisation, or hxl is not 0 or 1."),
      404: error("No such file: unknown table or format."),
    },
  });
}
