/** An index page for one kind of framework item, optionally grouped (commitments by instrument). */
import type { FrameworkItem } from "../../../domain/framework/types";
import { ItemList, titleOf } from "../components";
import { en, langOf, NotTranslatedNote, OutdatedNote, type PageTranslations, shown, untranslated } from "../content";
import { Page } from "../layout";
import { itemPath } from "../paths";

interface Props {
  origin: string;
  title: string;
  intro: string;
  path: string;
  json: string;
  groups: { heading?: FrameworkItem; items: FrameworkItem[] }[];
  tr?: PageTranslations;
}

/** Titles in the reader's language; a definition list's summaries stay in their original (marked so). */
export function ItemIndexView({ origin, title, intro, path, json, groups, tr }: Props) {
  const titles = groups.flatMap((g) => [...(g.heading ? [g.heading] : []), ...g.items]).map((i) => titleOf(tr, i));
  const summaries = groups.flatMap((g) => (g.heading ? [] : g.items)).map((i) => shown(tr, i, "summary", i.summary));
  return (
    <Page title={title} path={path} origin={origin} crumbs={[{ label: title }]} json={json}>
      <h1>{title}</h1>
      <NotTranslatedNote when={untranslated([...titles, ...summaries])} />
      <p class="lead">{intro}</p>
      {groups.map((g) =>
        g.heading ? (
          <section>
            <HeadingTitle item={g.heading} tr={tr} />
            <ItemList items={g.items} tr={tr} />
          </section>
        ) : (
          <dl class="defs" {...en()}>
            {g.items.map((i) => {
              const t = titleOf(tr, i);
              const summary = shown(tr, i, "summary", i.summary);
              return (
                <>
                  <dt>
                    <a href={itemPath(i)} {...(t.translated ? langOf(t) : {})}>
                      {t.text}
                    </a>
                    <OutdatedNote value={t} />
                  </dt>
                  <dd {...(summary.translated ? langOf(summary) : {})}>
                    {summary.text}
                    <OutdatedNote value={summary} />
                  </dd>
                </>
              );
            })}
          </dl>
        ),
      )}
    </Page>
  );
}

function HeadingTitle({ item, tr }: { item: FrameworkItem; tr?: PageTranslations }) {
  const title = titleOf(tr, item);
  return (
    <h2 {...langOf(title)}>
      <a href={itemPath(item)}>{title.text}</a>
      <OutdatedNote value={title} />
    </h2>
  );
}
