/** The editor's review part: send, return with a comment, publish; the comments and the published history. */
import type { Assessment } from "../../domain/assessments/types";
import { CsrfField } from "../forms";
import { assessmentPath, PublicationHistory } from "../public/views/assessment";
import type { EditorData, EditorState } from "./editor-view";
import { TextArea, when } from "./parts";

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
      <h2 id="review">Review</h2>
      <p class="hint">A reviewer other than the person who wrote or sent it publishes (four eyes).</p>
      {!closed && a.reviewState === "draft" && data.canEdit ? (
        <form method="post" action={`${path}/submit`}>
          <CsrfField token={csrf} />
          {version}
          <button type="submit">Send for review</button>
        </form>
      ) : null}
      {!closed && a.reviewState === "in_review" ? (
        data.canReview ? (
          <>
            <form method="post" action={`${path}/publish`}>
              <CsrfField token={csrf} />
              {version}
              <button type="submit">Publish</button>
            </form>
            <form method="post" action={`${path}/return`} novalidate>
              <CsrfField token={csrf} />
              {version}
              <TextArea
                name="comment"
                label="Return to draft with a comment"
                hint="Say what needs to change. The comment stays with the assessment."
                problems={state.problems}
                rows={4}
                required
              />
              <button type="submit" class="secondary">
                Return to draft
              </button>
            </form>
          </>
        ) : (
          <p>Sent for review by {data.names.get(a.submittedBy ?? "") ?? "someone"}: waiting for a reviewer.</p>
        )
      ) : null}
      {data.publications.length ? (
        <p>
          <a href={assessmentPath(a.id)}>The published version, as the public sees it</a>
        </p>
      ) : null}
      {data.comments.length ? (
        <>
          <h3>Review comments</h3>
          <ul class="items">
            {data.comments.map((c) => (
              <li>
                <p class="plain">{c.body}</p>
                <small class="muted">
                  {data.names.get(c.authorId) ?? "A reviewer"}, version {c.version}, {when(c.createdAt)}
                </small>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {data.replies.length ? (
        <>
          <h3>Government replies</h3>
          {data.replies.map(({ reply, organisation }) => (
            <blockquote>
              <p>{reply.body}</p>
              <footer>
                {organisation}, {when(reply.updatedAt)}
              </footer>
            </blockquote>
          ))}
        </>
      ) : null}
      {data.publications.length ? (
        <>
          <h3>Published history</h3>
          <PublicationHistory publications={data.publications} organisation={data.org.name} />
        </>
      ) : null}
    </>
  );
}
