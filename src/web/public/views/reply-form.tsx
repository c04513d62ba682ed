/** The right of reply: the form a member of the assessed country's government body sees under a published assessment. */
import type { Organisation } from "../../../domain/accounts/types";
import { CsrfField, ErrorSummary, type Problems } from "../../forms";
import { t } from "../../i18n/t";

export interface ReplyForm {
  csrf: string;
  /** The government bodies of this country that the signed-in person belongs to. */
  organisations: Organisation[];
  value?: string;
  problems?: Problems;
}

export function ReplyFormView({ path, form }: { path: string; form: ReplyForm }) {
  const [first] = form.organisations;
  const error = form.problems?.body;
  return (
    <>
      <h3 id="reply">{t("public.reply.formHeading")}</h3>
      <ErrorSummary problems={form.problems} />
      <form method="post" action={`${path}/reply`}>
        <CsrfField token={form.csrf} />
        {form.organisations.length === 1 ? (
          <input type="hidden" name="organisation" value={first!.id} />
        ) : (
          <div class="field">
            <label for="organisation">{t("public.reply.replyAs")}</label>
            <select id="organisation" name="organisation">
              {form.organisations.map((o) => (
                <option value={o.id}>{o.name}</option>
              ))}
            </select>
          </div>
        )}
        <div class={error ? "field field-error" : "field"}>
          <label for="body">
            {form.organisations.length === 1
              ? t("public.reply.yourReplyAs", { organisation: first!.name })
              : t("public.reply.yourReply")}
          </label>
          <p class="hint" id="body-hint">
            {t("public.reply.hint")}
          </p>
          {error ? (
            <p class="error" id="body-error">
              {error}
            </p>
          ) : null}
          <textarea id="body" name="body" rows={6} required aria-describedby={error ? "body-hint body-error" : "body-hint"}>
            {form.value ?? ""}
          </textarea>
        </div>
        <button type="submit">{t("public.reply.send")}</button>
      </form>
    </>
  );
}
