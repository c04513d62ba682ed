/**
 * /developers: the API reference as an ordinary public page. What to know
 * first (intro.tsx), then a table of contents by tag and every operation
 * (operation.tsx). No script: the interactive Swagger UI at /api/docs is a
 * link for those who want to try requests.
 */
import { currentLocale, t } from "../i18n/t";
import { en } from "../public/content";
import { Page } from "../public/layout";
import { rich } from "../scorecards/localise";
import { INTRO_SECTIONS, Intro } from "./intro";
import type { ApiModel, TagModel } from "./openapi-model";
import { Operation } from "./operation";
import { Code, English } from "./text";

export const PATH = "/developers";
export const OPENAPI_PATH = "/api/v1/openapi.json";
export const SWAGGER_PATH = "/api/docs";

/** Ids the page itself uses (the layout's, its own headings): no operation anchor may take one. */
export const PAGE_IDS = ["main", "site-q", "contents", ...INTRO_SECTIONS.map((s) => s.id)];

/** A tag's name is the document's (English); operations without one are grouped under our own words. */
const TagName = ({ tag }: { tag: TagModel }) => (tag.name ? <span {...en()}>{tag.name}</span> : t("developers.otherTag"));

function Contents({ api }: { api: ApiModel }) {
  return (
    <nav aria-labelledby="contents">
      <h2 id="contents">{t("developers.contents")}</h2>
      <ul>
        {INTRO_SECTIONS.map((s) => (
          <li>
            <a href={`#${s.id}`}>{t(s.heading)}</a>
          </li>
        ))}
        <li>
          {t("developers.endpoints")}
          <ul>
            {api.tags.map((tag) => (
              <li>
                <a href={`#${tag.id}`}>
                  <TagName tag={tag} />
                </a>
                <ul>
                  {tag.operations.map((op) => (
                    <li>
                      <a href={`#${op.id}`}>
                        <Code>{`${op.method} ${op.path}`}</Code>
                      </a>{" "}
                      <English text={op.summary} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </li>
      </ul>
    </nav>
  );
}

function Tag({ tag }: { tag: TagModel }) {
  return (
    <section>
      <h2 id={tag.id}>
        <TagName tag={tag} />
      </h2>
      {tag.description ? (
        <p>
          <English text={tag.description} />
        </p>
      ) : null}
      {tag.operations.map((op) => (
        <Operation op={op} />
      ))}
      <p>
        <a href="#contents">{t("developers.backToContents")}</a>
      </p>
    </section>
  );
}

export function DevelopersView({ origin, api }: { origin: string; api: ApiModel }) {
  const title = t("developers.title");
  return (
    <Page
      title={title}
      path={PATH}
      origin={origin}
      json={OPENAPI_PATH}
      description={t("developers.description")}
      crumbs={[{ label: title }]}
    >
      <h1>{title}</h1>
      <p class="lead">{t("developers.lead")}</p>
      <ul>
        <li>{rich("developers.openapiText", {}, { link: <a href={OPENAPI_PATH}>{t("developers.openapiLink")}</a> })}</li>
        <li>{rich("developers.swaggerText", {}, { link: <a href={SWAGGER_PATH}>{t("developers.swaggerLink")}</a> })}</li>
      </ul>
      <p>
        {t("developers.version", { version: api.version, count: api.operationCount })}
        {currentLocale() === "en" ? null : ` ${t("developers.englishNote")}`}
      </p>
      <Contents api={api} />
      <Intro />
      {api.tags.map((tag) => (
        <Tag tag={tag} />
      ))}
    </Page>
  );
}
