/**
 * What a client needs to know before the endpoints: reading and writing,
 * authentication (personal tokens from the account page: web/account,
 * domain/auth/api-token-*.ts), limits (domain/auth/api-token-service.ts,
 * web/middleware/request-size.ts), caching (web/api/v1/etag.ts,
 * write-http.ts), pagination (web/api/v1/pagination.ts) and errors
 * (web/errors.ts, web/api/v1/envelopes.ts). Interface text in the reader's
 * language; what a program sends or reads stays code.
 */
import type { Child } from "hono/jsx";
import { t } from "../i18n/t";
import { rich } from "../scorecards/localise";
import { Code } from "./text";

/** The page's own sections before the endpoints, in order: their ids are anchors and are reserved. */
export const INTRO_SECTIONS = [
  { id: "overview", heading: "developers.overview.heading" },
  { id: "authentication", heading: "developers.auth.heading" },
  { id: "limits", heading: "developers.limits.heading" },
  { id: "caching", heading: "developers.caching.heading" },
  { id: "pagination", heading: "developers.pagination.heading" },
  { id: "errors", heading: "developers.errors.heading" },
] as const;

type SectionId = (typeof INTRO_SECTIONS)[number]["id"];

/** A message whose placeholders are code. */
const withCode = (key: string, codes: Record<string, string>, links: Record<string, Child> = {}) =>
  rich(key, {}, { ...Object.fromEntries(Object.entries(codes).map(([k, v]) => [k, <Code>{v}</Code>])), ...links });

/** The shape of an error, as the API answers (web/errors.ts). */
const ERROR_EXAMPLE = `{
  "error": {
    "code": "invalid_parameter",
    "message": "Parameter 'per_page' must be an integer from 1 to 200",
    "parameter": "per_page"
  }
}`;

const ERROR_CODES: [status: string, codes: Record<string, string>][] = [
  ["400", {}],
  ["401", {}],
  ["403", {}],
  ["404", {}],
  ["409", {}],
  ["412", { ifMatch: "If-Match", currentVersion: "error.currentVersion" }],
  ["413", {}],
  ["415", {}],
  ["422", { problems: "error.problems" }],
  ["428", { ifMatch: "If-Match" }],
  ["429", { retryAfter: "Retry-After" }],
  ["500", {}],
];

function Section({ id, children }: { id: SectionId; children: Child }) {
  const heading = INTRO_SECTIONS.find((s) => s.id === id)?.heading ?? "";
  return (
    <section>
      <h2 id={id}>{t(heading)}</h2>
      {children}
    </section>
  );
}

export function Intro() {
  return (
    <>
      <Section id="overview">
        <p>{withCode("developers.overview.read", { get: "GET", base: "/api/v1" })}</p>
        <p>{withCode("developers.overview.write", { orgs: "/api/v1/orgs/{slug}/" })}</p>
        <p>
          {withCode("developers.overview.format", {
            list: "{ data, meta, links }",
            record: "{ data, links: { self, html } }",
            url: "url",
            htmlUrl: "htmlUrl",
          })}
        </p>
      </Section>
      <Section id="authentication">
        <p>{withCode("developers.auth.header", { header: "Authorization: Bearer bp_…" })}</p>
        <ul>
          <li>
            {/* Signed out, /sign-in goes on to the account page's tokens; signed in, it forwards there at once. */}
            {withCode(
              "developers.auth.create",
              {},
              { account: <a href="/sign-in?next=/account%23api-tokens">{t("developers.auth.accountLink")}</a> },
            )}
          </li>
          <li>{withCode("developers.auth.once", { prefix: "bp_" })}</li>
          <li>{withCode("developers.auth.acts", { code: "read_only_token" })}</li>
          <li>{t("developers.auth.twoFactor")}</li>
          <li>{withCode("developers.auth.refused", { header: "WWW-Authenticate" })}</li>
          <li>{t("developers.auth.revoke")}</li>
        </ul>
      </Section>
      <Section id="limits">
        <ul>
          <li>{t("developers.limits.reads")}</li>
          <li>{withCode("developers.limits.tokens", { header: "Retry-After" })}</li>
          <li>{t("developers.limits.sizes")}</li>
        </ul>
      </Section>
      <Section id="caching">
        <p>
          {withCode("developers.caching.read", {
            etag: "ETag",
            cacheControl: "Cache-Control: public, max-age=300",
            ifNoneMatch: "If-None-Match",
          })}
        </p>
        <p>
          {withCode("developers.caching.write", {
            noStore: "Cache-Control: private, no-store",
            example: '"v3"',
            ifMatch: "If-Match",
          })}
        </p>
      </Section>
      <Section id="pagination">
        <p>{withCode("developers.pagination.params", { page: "page", perPage: "per_page" })}</p>
        <p>
          {withCode("developers.pagination.envelope", {
            meta: "meta: { page, perPage, total }",
            links: "links: { self, next, prev }",
            data: "data",
          })}
        </p>
      </Section>
      <Section id="errors">
        <p>{t("developers.errors.shape")}</p>
        <pre dir="ltr">
          <code>{ERROR_EXAMPLE}</code>
        </pre>
        <p>{withCode("developers.errors.fields", { code: "code", message: "message", parameter: "parameter" })}</p>
        <div class="scroll">
          <table>
            <caption>{t("developers.errors.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("developers.errors.status")}</th>
                <th scope="col">{t("developers.errors.meaning")}</th>
              </tr>
            </thead>
            <tbody>
              {ERROR_CODES.map(([status, codes]) => (
                <tr>
                  <th scope="row">{status}</th>
                  <td>{withCode(`developers.errors.${status}`, codes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}
