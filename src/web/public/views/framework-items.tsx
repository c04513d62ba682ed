/** Pages for strategies, practical options, factors and approach categories. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import { num, t } from "../../i18n/t";
import { Citation, EvidenceGroups, ItemList, LinkedList, titleOf } from "../components";
import { langOf, NotTranslatedNote, OutdatedNote, type PageTranslations, rich, shown, Text, untranslated } from "../content";
import { actorLabel, kindPlural } from "../labels";
import { Page } from "../layout";
import { apiPath, itemPath } from "../paths";

type Data<K extends keyof Catalogue> = Awaited<ReturnType<Catalogue[K]>>;

export function StrategyView({ origin, data, tr }: { origin: string; data: Data<"strategy">; tr?: PageTranslations }) {
  const { strategy, options, factors } = data;
  const path = itemPath(strategy);
  const h = heading(tr, strategy, [...options, ...factors.map((f) => f.item)]);
  const order = num(strategy.order);
  return (
    <Page
      title={t("public.strategy.pageTitle", { order, title: h.title.text })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: t("public.framework.crumb"), href: "/framework" }, { label: t("public.strategy.crumb", { order }) }]}
    >
      <p class="kicker">{t("public.strategy.kicker", { order })}</p>
      <Heading h={h} />
      <Citation citation={strategy.citation} />
      <h2>{t("public.strategy.options")}</h2>
      <ol class="items">
        {options.map((o) => {
          const title = titleOf(tr, o);
          const summary = shown(tr, o, "summary", o.summary);
          return (
            <li>
              <a href={itemPath(o)} {...langOf(title)}>
                {title.text}
              </a>
              <OutdatedNote value={title} /> <span class="tag">{actorLabel(o.details.actor)}</span>
              <br />
              <small {...langOf(summary)}>{summary.text}</small>
              <OutdatedNote value={summary} />
            </li>
          );
        })}
      </ol>
      <h2>{t("public.strategy.factors")}</h2>
      <LinkedList links={factors} empty={t("public.noFactorYet")} tr={tr} />
    </Page>
  );
}

export function OptionView({ origin, data, tr }: { origin: string; data: Data<"option">; tr?: PageTranslations }) {
  const { option, strategy, commitments, factors, approaches, evidence } = data;
  const path = itemPath(option);
  const d = option.details;
  const actors = d.actors ? shown(tr, option, "actors", d.actors) : undefined;
  const points = (d.points ?? []).map((p, i) => shown(tr, option, `points.${i + 1}`, p));
  const listed = [...commitments, ...factors].map((l) => l.item);
  const h0 = heading(tr, option, [...listed, ...approaches]);
  const h = { ...h0, note: h0.note || untranslated([...(actors ? [actors] : []), ...points]) };
  const order = num(option.order);
  const strategyOrder = strategy ? num(strategy.order) : "";
  const forWhom = actors ? <Text value={actors} /> : actorLabel(d.actor);
  return (
    <Page
      title={t("public.option.pageTitle", { strategy: strategyOrder, order, title: h.title.text })}
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
      <Heading h={h} />
      {points.length ? (
        <ul {...langOf(points[0]!)}>
          {points.map((p) => (
            <li {...(p.lang === points[0]!.lang ? {} : langOf(p))}>
              {p.text}
              <OutdatedNote value={p} />
            </li>
          ))}
        </ul>
      ) : null}
      <Citation citation={option.citation} />
      {approaches.length ? (
        <p>
          {t("public.option.approach")} <ItemList items={approaches} tr={tr} />
        </p>
      ) : null}
      <h2>{t("public.option.commitments")}</h2>
      <LinkedList links={commitments} empty={t("public.option.noCommitment")} tr={tr} />
      <h2>{kindPlural("factor")}</h2>
      <LinkedList links={factors} empty={t("public.noFactorYet")} tr={tr} />
      <h2>{t("public.evidence.acrossCountries")}</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

export function FactorView({ origin, data, tr }: { origin: string; data: Data<"factor">; tr?: PageTranslations }) {
  const { factor, strategies, options, evidence } = data;
  const path = itemPath(factor);
  const h = heading(
    tr,
    factor,
    [...strategies, ...options].map((l) => l.item),
  );
  return (
    <Page
      title={t("public.factor.pageTitle", { title: h.title.text })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural("factor"), href: "/factors" },
        { label: h.title.text, content: langOf(h.title) },
      ]}
    >
      <p class="kicker">{t("public.factor.kicker")}</p>
      <Heading h={h} />
      <Citation citation={factor.citation} />
      <h2>{t("public.factor.strategies")}</h2>
      <LinkedList links={strategies} empty={t("public.factor.noStrategy")} tr={tr} />
      <h2>{t("public.factor.options")}</h2>
      <LinkedList links={options} empty={t("public.factor.noOption")} tr={tr} />
      <h2>{t("public.evidence.heading")}</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

export function ApproachCategoryView({
  origin,
  data,
  tr,
}: {
  origin: string;
  data: Data<"approachCategory">;
  tr?: PageTranslations;
}) {
  const { category, options } = data;
  const path = itemPath(category);
  const h = heading(tr, category, options);
  return (
    <Page
      title={t("public.item.pageTitle", { title: h.title.text, kind: t("public.kind.approach_category.singular") })}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: kindPlural("approach_category"), href: "/approach-categories" },
        { label: h.title.text, content: langOf(h.title) },
      ]}
    >
      <p class="kicker">{t("public.kind.approach_category.name")}</p>
      <Heading h={h} />
      <Citation citation={category.citation} />
      <h2>{t("public.approach.options")}</h2>
      <ItemList items={options} empty={t("public.approach.noOption")} tr={tr} />
    </Page>
  );
}

/** An item's title and summary, with the page's note when one of them, or a title listed, is untranslated. */
function heading(
  tr: PageTranslations,
  item: { id: string; title: string; summary: string },
  listed: readonly { id: string; title: string }[],
) {
  const title = titleOf(tr, item);
  const summary = shown(tr, item, "summary", item.summary);
  return { title, summary, note: untranslated([title, summary, ...listed.map((i) => titleOf(tr, i))]) };
}

/** The item's title, the page's note, its lead paragraph. */
function Heading({ h }: { h: ReturnType<typeof heading> }) {
  return (
    <>
      <h1 {...langOf(h.title)}>{h.title.text}</h1>
      <OutdatedNote value={h.title} />
      <NotTranslatedNote when={h.note} />
      <p class="lead" {...langOf(h.summary)}>
        {h.summary.text}
        <OutdatedNote value={h.summary} />
      </p>
    </>
  );
}
