/** Pages for strategies, practical options, factors and approach categories. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import { num, t } from "../../i18n/t";
import { Citation, EvidenceGroups, ItemList, LinkedList } from "../components";
import { En, en, NotTranslatedNote, rich } from "../content";
import { actorLabel, kindPlural } from "../labels";
import { Page } from "../layout";
import { apiPath, itemPath } from "../paths";

type Data<K extends keyof Catalogue> = Awaited<ReturnType<Catalogue[K]>>;

export function StrategyView({ origin, data }: { origin: string; data: Data<"strategy"> }) {
  const { strategy, options, factors } = data;
  const path = itemPath(strategy);
  const order = num(strategy.order);
  return (
    <Page
      title={t("public.strategy.pageTitle", { order, title: strategy.title })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: t("public.framework.crumb"), href: "/framework" }, { label: t("public.strategy.crumb", { order }) }]}
    >
      <p class="kicker">{t("public.strategy.kicker", { order })}</p>
      <h1 {...en()}>{strategy.title}</h1>
      <NotTranslatedNote />
      <p class="lead" {...en()}>
        {strategy.summary}
      </p>
      <Citation citation={strategy.citation} />
      <h2>{t("public.strategy.options")}</h2>
      <ol class="items">
        {options.map((o) => (
          <li>
            <a href={itemPath(o)} {...en()}>
              {o.title}
            </a>{" "}
            <span class="tag">{actorLabel(o.details.actor)}</span>
            <br />
            <small {...en()}>{o.summary}</small>
          </li>
        ))}
      </ol>
      <h2>{t("public.strategy.factors")}</h2>
      <LinkedList links={factors} empty={t("public.noFactorYet")} />
    </Page>
  );
}

export function OptionView({ origin, data }: { origin: string; data: Data<"option"> }) {
  const { option, strategy, commitments, factors, approaches, evidence } = data;
  const path = itemPath(option);
  const d = option.details;
  const order = num(option.order);
  const strategyOrder = strategy ? num(strategy.order) : "";
  const forWhom = d.actors ? <En>{d.actors}</En> : actorLabel(d.actor);
  return (
    <Page
      title={t("public.option.pageTitle", { strategy: strategyOrder, order, title: option.title })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: t("public.framework.crumb"), href: "/framework" },
        ...(strategy ? [{ label: t("public.strategy.crumb", { order: strategyOrder }), href: itemPath(strategy) }] : []),
        { label: t("public.option.crumb", { order }) },
      ]}
    >
      <p class="kicker">
        {strategy
          ? rich(
              "public.option.kicker",
              { strategy: <a href={itemPath(strategy)}>{t("public.option.strategyLink", { order: strategyOrder })}</a> },
              { order },
            )
          : t("public.option.kickerNoStrategy", { order })}{" "}
        · {rich("public.option.for", { actors: forWhom })}
      </p>
      <h1 {...en()}>{option.title}</h1>
      <NotTranslatedNote />
      <p class="lead" {...en()}>
        {option.summary}
      </p>
      {d.points?.length ? (
        <ul {...en()}>
          {d.points.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      ) : null}
      <Citation citation={option.citation} />
      {approaches.length ? (
        <p>
          {t("public.option.approach")} <ItemList items={approaches} />
        </p>
      ) : null}
      <h2>{t("public.option.commitments")}</h2>
      <LinkedList links={commitments} empty={t("public.option.noCommitment")} />
      <h2>{kindPlural("factor")}</h2>
      <LinkedList links={factors} empty={t("public.noFactorYet")} />
      <h2>{t("public.evidence.acrossCountries")}</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

export function FactorView({ origin, data }: { origin: string; data: Data<"factor"> }) {
  const { factor, strategies, options, evidence } = data;
  const path = itemPath(factor);
  return (
    <Page
      title={t("public.factor.pageTitle", { title: factor.title })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural("factor"), href: "/factors" },
        { label: factor.title, content: true },
      ]}
    >
      <p class="kicker">{t("public.factor.kicker")}</p>
      <h1 {...en()}>{factor.title}</h1>
      <NotTranslatedNote />
      <p class="lead" {...en()}>
        {factor.summary}
      </p>
      <Citation citation={factor.citation} />
      <h2>{t("public.factor.strategies")}</h2>
      <LinkedList links={strategies} empty={t("public.factor.noStrategy")} />
      <h2>{t("public.factor.options")}</h2>
      <LinkedList links={options} empty={t("public.factor.noOption")} />
      <h2>{t("public.evidence.heading")}</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

export function ApproachCategoryView({ origin, data }: { origin: string; data: Data<"approachCategory"> }) {
  const { category, options } = data;
  const path = itemPath(category);
  return (
    <Page
      title={t("public.item.pageTitle", { title: category.title, kind: t("public.kind.approach_category.singular") })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural("approach_category"), href: "/approach-categories" },
        { label: category.title, content: true },
      ]}
    >
      <p class="kicker">{t("public.kind.approach_category.name")}</p>
      <h1 {...en()}>{category.title}</h1>
      <NotTranslatedNote />
      <p class="lead" {...en()}>
        {category.summary}
      </p>
      <Citation citation={category.citation} />
      <h2>{t("public.approach.options")}</h2>
      <ItemList items={options} empty={t("public.approach.noOption")} />
    </Page>
  );
}
