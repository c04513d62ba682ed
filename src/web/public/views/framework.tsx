import type { FrameworkItem, PracticalOption } from "../../../domain/framework/types";
import { t } from "../../i18n/t";
import { ItemList, titleOf } from "../components";
import { langOf, NotTranslatedNote, OutdatedNote, type PageTranslations, rich, untranslated } from "../content";
import { actorLabel, kindPlural } from "../labels";
import { Page } from "../layout";
import { itemPath } from "../paths";

interface Props {
  origin: string;
  strategies: { strategy: FrameworkItem; options: PracticalOption[]; factorIds: string[] }[];
  factors: FrameworkItem[];
  approaches: FrameworkItem[];
  forms: FrameworkItem[];
  legislative: FrameworkItem[];
  tr?: PageTranslations;
}

export function FrameworkView({ origin, strategies, factors, approaches, legislative, tr }: Props) {
  const factorTitle = new Map(factors.map((f) => [f.id, titleOf(tr, f)]));
  const shownItems = [...strategies.flatMap((s) => [s.strategy, ...s.options]), ...factors, ...approaches, ...legislative];
  const title = t("public.framework.title");
  return (
    <Page
      title={title}
      path="/framework"
      origin={origin}
      crumbs={[{ label: t("public.framework.crumb") }]}
      json="/api/v1/strategies"
    >
      <h1>{title}</h1>
      <NotTranslatedNote when={untranslated(shownItems.map((i) => titleOf(tr, i)))} />
      <p class="lead">{t("public.framework.lead")}</p>
      <h2 id="strategies">{t("public.framework.strategies")}</h2>
      <ol class="strategies">
        {strategies.map(({ strategy, options, factorIds }) => (
          <li>
            <Title tag="h3" item={strategy} tr={tr} />
            <ol>
              {options.map((o) => (
                <li>
                  <Title item={o} tr={tr} />
                  {o.details.actor !== "government" ? <span class="tag">{actorLabel(o.details.actor)}</span> : null}
                </li>
              ))}
            </ol>
            {factorIds.length ? (
              <p class="muted">
                {t("public.framework.factors")}{" "}
                {factorIds.map((id, i) => {
                  const title = factorTitle.get(id);
                  return (
                    <>
                      {i ? "; " : ""}
                      {title ? <span {...langOf(title)}>{title.text}</span> : id}
                    </>
                  );
                })}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <h2 id="factors">{t("public.framework.legend")}</h2>
      <ItemList items={factors} tr={tr} />
      <h2 id="approaches">{kindPlural("approach_category")}</h2>
      <ItemList items={approaches} tr={tr} />
      <h2 id="legislative">{kindPlural("legislative_approach")}</h2>
      <ItemList items={legislative} tr={tr} />
      <p>
        {rich("public.framework.seeAlso", {
          forms: <a href="/forms-of-abuse">{t("public.framework.seeAlsoForms")}</a>,
          commitments: <a href="/commitments">{t("public.framework.seeAlsoCommitments")}</a>,
        })}
      </p>
    </Page>
  );
}

/** A linked title in its language: inside a heading (the heading carries the language) or as the link itself. */
function Title({ item, tr, tag }: { item: FrameworkItem; tr: PageTranslations; tag?: "h3" }) {
  const title = titleOf(tr, item);
  const link = tag ? (
    <a href={itemPath(item)}>{title.text}</a>
  ) : (
    <a href={itemPath(item)} {...langOf(title)}>
      {title.text}
    </a>
  );
  return tag ? (
    <h3 {...langOf(title)}>
      {link}
      <OutdatedNote value={title} />
    </h3>
  ) : (
    <>
      {link}
      <OutdatedNote value={title} />
    </>
  );
}
