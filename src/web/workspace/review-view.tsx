/** The editor's review part: send, return with a comment, publish; the comments and the published history. */
import type { Assessment } from "../../domain/assessments/types";
import { when } from "../account/when";
import { CsrfField } from "../forms";
import { num, t } from "../i18n/t";
import { assessmentPath, PublicationHistory } from "../public/views/assessment";
import type { EditorData, EditorState } from "./editor-view";
import { TextArea } from "./parts";

export function Review({
  path,
  csrf,
  data,
  a,
  closed,
  state,
}: {
  path: string;
  csrf: string;
  data: EditorData;
  a: Assessment;
  closed: boolean;
  state: EditorState;
}) {
  const version = <input type="hidden" name="version" value={String(a.version)} />;
  return (
    <>
      <h2 id="review">{t("workspace.review.heading")}</h2>
      <p class="hint">{t("workspace.review.fourEyes")}</p>
      {!closed && a.reviewState === "draft" && data.canEdit ? (
        <form method="post" action={`${path}/submit`}>
          <CsrfField token={csrf} />
          {version}
          <button type="submit">{t("workspace.review.send")}</button>
        </form>
      ) : null}
      {!closed && a.reviewState === "in_review" ? (
        data.canReview ? (
          <>
            <form method="post" action={`${path}/publish`}>
              <CsrfField token={csrf} />
              {version}
              <button type="submit">{t("workspace.review.publish")}</button>
            </form>
            <form method="post" action={`${path}/return`} novalidate>
              <CsrfField token={csrf} />
              {version}
              <TextArea
                name="comment"
                label={t("workspace.review.commentLabel")}
                hint={t("workspace.review.commentHint")}
                problems={state.problems}
                rows={4}
                required
              />
              <button type="submit" class="secondary">
                {t("workspace.review.return")}
              </button>
            </form>
          </>
        ) : (
          <p>{t("workspace.review.waiting", { name: data.names.get(a.submittedBy ?? "") ?? t("workspace.someone") })}</p>
        )
      ) : null}
      {data.publications.length ? (
        <p>
          <a href={assessmentPath(a.id)}>{t("workspace.review.publicVersion")}</a>
        </p>
      ) : null}
      {data.comments.length ? (
        <>
          <h3>{t("workspace.review.comments")}</h3>
          <ul class="items">
            {data.comments.map((c) => (
              <li>
                <p class="plain">{c.body}</p>
                <small class="muted">
                  {t("workspace.review.commentBy", {
                    name: data.names.get(c.authorId) ?? t("workspace.review.aReviewer"),
                    version: num(c.version),
                    when: when(c.createdAt),
                  })}
                </small>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.replies.length ? (
        <>
          <h3>{t("public.reply.heading")}</h3>
          {data.replies.map(({ reply, organisation }) => (
            <blockquote>
              <p>{reply.body}</p>
              <footer>{t("workspace.review.replyBy", { organisation, when: when(reply.updatedAt) })}</footer>
            </blockquote>
          ))}
        </>
      ) : null}
      {data.publications.length ? (
        <>
          <h3>{t("workspace.review.history")}</h3>
          <PublicationHistory publications={data.publications} organisation={data.org.name} />
        </>
      ) : null}
    </>
  );
}
