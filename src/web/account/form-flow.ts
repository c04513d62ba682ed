/**
 * What the account routes share to handle a posted form: reading a text
 * field, the password-confirmation check, and rendering the form again with
 * its problems when the domain refuses it.
 */
import type { Context } from "hono";
import { FormError } from "../../domain/auth/errors";
import { msg } from "../../i18n/message";
import type { AppEnv } from "../env";
import type { Problems } from "../forms";
import { localProblems } from "../i18n/problems";

export type C = Context<AppEnv>;

export const text = (v: unknown) => (typeof v === "string" ? v : "");

/** Runs `work`; on a FormError renders the form again (status 400) with the problems, in the reader's language. */
export async function withForm(c: C, work: () => Promise<Response>, again: (problems: Problems) => Response | Promise<Response>) {
  try {
    return await work();
  } catch (e) {
    if (e instanceof FormError) {
      c.status(400);
      return again(localProblems(e));
    }
    throw e;
  }
}

export const confirmMatches = (body: Record<string, unknown>) => {
  if (text(body.password) !== text(body.confirm)) throw new FormError({ confirm: msg("auth.passwordsDiffer") });
};
