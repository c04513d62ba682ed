import type { FrameworkItem, PracticalOption } from "../../../domain/framework/types";
import { t } from "../../i18n/t";
import { ItemList } from "../components";
import { En, en, NotTranslatedNote, rich } from "../content";
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
}

export function FrameworkView({ origin, strategies, factors, approaches, legislative }: Props) {
  const factorTitle = new Map(factors.map((f) => [f.id, f.title]));
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
      <NotTranslatedNote />
      <p class="lead">{t("public.framework.lead")}</p>
      <h2 id="strategies">{t("public.framework.strategies")}</h2>
      <ol class="strategies">
        {strategies.map(({ strategy, options, factorIds }) => (
          <li>
            <h3 {...en()}>
              <a href={itemPath(strategy)}>{strategy.title}</a>
            </h3>
            <ol>
              {options.map((o) => (
                <li>
                  <a href={itemPath(o)} {...en()}>
                    {o.title}
                  </a>
                  {o.details.actor !== "government" ? <span class="tag">{actorLabel(o.details.actor)}</span> : null}
                </li>
              ))}
            </ol>
            {factorIds.length ? (
              <p class="muted">
                {t("public.framework.factors")} <En>{factorIds.map((id) => factorTitle.get(id) ?? id).join("; ")}</En>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      <h2 id="factors">{t("public.framework.legend")}</h2>
      <ItemList items={factors} />
      <h2 id="approaches">{kindPlural("approach_category")}</h2>
      <ItemList items={approaches} />
      <h2 id="legislative">{kindPlural("legislative_approach")}</h2>
      <ItemList items={legislative} />
      <p>
        {rich("public.framework.seeAlso", {
          forms: <a href="/forms-of-abuse">{t("public.framework.seeAlsoForms")}</a>,
          commitments: <a href="/commitments">{t("public.framework.seeAlsoCommitments")}</a>,
        })}
      </p>
    </Page>
  );
}
