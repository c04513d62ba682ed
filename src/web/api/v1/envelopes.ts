/** The envelopes around every API answer: lists, single records and errors. */
import { z } from "@hono/zod-openapi";

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "invalid_parameter" }),
      message: z.string().openapi({ example: "Parameter 'per_page' must be an integer from 1 to 200" }),
      parameter: z.string().optional().openapi({ description: "The request parameter at fault, when there is one." }),
    }),
  })
  .openapi("Error");

const ListMetaSchema = z
  .object({ page: z.number().int(), perPage: z.number().int(), total: z.number().int() })
  .openapi("ListMeta");
const ListLinksSchema = z
  .object({ self: z.string(), next: z.string().nullable(), prev: z.string().nullable() })
  .openapi("ListLinks");
const ItemLinksSchema = z.object({ self: z.string(), html: z.string() }).openapi("RecordLinks");

/** `{ data: [...], meta, links }` for one kind of record. */
export function listOf<T extends z.ZodType>(schema: T, name: string) {
  return z.object({ data: z.array(schema), meta: ListMetaSchema, links: ListLinksSchema }).openapi(name);
}

/** `{ data: {...}, links: { self, html } }` for one record. */
export function single<T extends z.ZodType>(schema: T, name: string) {
  return z.object({ data: schema, links: ItemLinksSchema }).openapi(name);
}
