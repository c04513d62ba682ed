/** Pages for strategies, practical options, factors and approach categories. */
import type { Catalogue } from "../../../domain/framework/catalogue";
import { ACTOR_LABELS, Citation, EvidenceGroups, ItemList, LinkedList } from "../components";
import { Page } from "../layout";
import { apiPath, itemPath } from "../paths";

type Data<K extends keyof Catalogue> = Awaited<ReturnType<Catalogue[K]>>;

export function StrategyView({ origin, data }: { origin: string; data: Data<"strategy"> }) {
  const { strategy, options, factors } = data;
  const path = itemPath(strategy);
  return (
    <Page
      title={`Strategy ${strategy.order}: ${strategy.title}`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: "Framework", href: "/framework" }, { label: `Strategy ${strategy.order}` }]}
    >
      <p class="kicker">Government strategy {strategy.order} of the blueprint</p>
      <h1>{strategy.title}</h1>
      <p class="lead">{strategy.summary}</p>
      <Citation citation={strategy.citation} />
      <h2>Practical options for action</h2>
      <ol class="items">
        {options.map((o) => (
          <li>
            <a href={itemPath(o)}>{o.title}</a> <span class="tag">{ACTOR_LABELS[o.details.actor] ?? o.details.actor}</span>
            <br />
            <small>{o.summary}</small>
          </li>
        ))}
      </ol>
      <h2>Obstacles and opportunities it addresses</h2>
      <LinkedList links={factors} empty="No factor is linked yet." />
    </Page>
  );
}

export function OptionView({ origin, data }: { origin: string; data: Data<"option"> }) {
  const { option, strategy, commitments, factors, approaches, evidence } = data;
  const path = itemPath(option);
  const d = option.details;
  return (
    <Page
      title={`Option ${strategy?.order ?? ""}.${option.order}: ${option.title}`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[
        { label: "Framework", href: "/framework" },
        ...(strategy ? [{ label: `Strategy ${strategy.order}`, href: itemPath(strategy) }] : []),
        { label: `Option ${option.order}` },
      ]}
    >
      <p class="kicker">
        Practical option {option.order}
        {strategy ? (
          <>
            {" "}
            of <a href={itemPath(strategy)}>strategy {strategy.order}</a>
          </>
        ) : null}{" "}
        · For: {d.actors ?? ACTOR_LABELS[d.actor] ?? d.actor}
      </p>
      <h1>{option.title}</h1>
      <p class="lead">{option.summary}</p>
      {d.points?.length ? (
        <ul>
          {d.points.map((p) => (
            <li>{p}</li>
          ))}
        </ul>
      ) : null}
      <Citation citation={option.citation} />
      {approaches.length ? (
        <p>
          Approach: <ItemList items={approaches} />
        </p>
      ) : null}
      <h2>Commitments it helps implement</h2>
      <LinkedList links={commitments} empty="No commitment is linked to this option." />
      <h2>Obstacles and opportunities</h2>
      <LinkedList links={factors} empty="No factor is linked yet." />
      <h2>Evidence across countries</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

export function FactorView({ origin, data }: { origin: string; data: Data<"factor"> }) {
  const { factor, strategies, options, evidence } = data;
  const path = itemPath(factor);
  return (
    <Page
      title={`${factor.title}: obstacle and opportunity`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: "Obstacles and opportunities", href: "/factors" }, { label: factor.title }]}
    >
      <p class="kicker">One of the eight obstacles and opportunities for implementation</p>
      <h1>{factor.title}</h1>
      <p class="lead">{factor.summary}</p>
      <Citation citation={factor.citation} />
      <h2>Strategies that address it</h2>
      <LinkedList links={strategies} empty="No strategy is linked." />
      <h2>Practical options that address it</h2>
      <LinkedList links={options} empty="No option is linked." />
      <h2>Evidence</h2>
      <EvidenceGroups groups={evidence} />
    </Page>
  );
}

export function ApproachCategoryView({ origin, data }: { origin: string; data: Data<"approachCategory"> }) {
  const { category, options } = data;
  const path = itemPath(category);
  return (
    <Page
      title={`${category.title}: approach category`}
      path={path}
      origin={origin}
      json={apiPath(path)}
      crumbs={[{ label: "Approach categories", href: "/approach-categories" }, { label: category.title }]}
    >
      <p class="kicker">Approach category</p>
      <h1>{category.title}</h1>
      <p class="lead">{category.summary}</p>
      <Citation citation={category.citation} />
      <h2>Practical options in this category</h2>
      <ItemList items={options} empty="No option is in this category." />
    </Page>
  );
}
