/** An index page for one kind of framework item, optionally grouped (commitments by instrument). */
import type { FrameworkItem } from "../../../domain/framework/types";
import { ItemList } from "../components";
import { en, NotTranslatedNote } from "../content";
import { Page } from "../layout";
import { itemPath } from "../paths";

interface Props {
  origin: string;
  title: string;
  intro: string;
  path: string;
  json: string;
  groups: { heading?: FrameworkItem; items: FrameworkItem[] }[];
}

export function ItemIndexView({ origin, title, intro, path, json, groups }: Props) {
  return (
    <Page title={title} path={path} origin={origin} crumbs={[{ label: title }]} json={json}>
      <h1>{title}</h1>
      <NotTranslatedNote />
      <p class="lead">{intro}</p>
      {groups.map((g) =>
        g.heading ? (
          <section>
            <h2 {...en()}>
              <a href={itemPath(g.heading)}>{g.heading.title}</a>
            </h2>
            <ItemList items={g.items} />
          </section>
        ) : (
          <dl class="defs" {...en()}>
            {g.items.map((i) => (
              <>
                <dt>
                  <a href={itemPath(i)}>{i.title}</a>
                </dt>
                <dd>{i.summary}</dd>
              </>
            ))}
          </dl>
        ),
      )}
    </Page>
  );
}
