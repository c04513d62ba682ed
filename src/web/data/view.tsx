/** The open data page: a GET form of filters (no JavaScript) and every download with its format, size and last update. */

import { catalogues } from "../../i18n/catalogue";
import type { FilterName } from "../../reports/filters";
import { TABLES } from "../../reports/tables";
import { byCountryName, countryName, regionName } from "../i18n/country-name";
import { date, t } from "../i18n/t";
import { Page } from "../public/layout";
import { englishContent, NotTranslatedNote, rich } from "../scorecards/localise";
import type { FilterChoices, ListedFile, Listing } from "./listing";
import { formatBytes } from "./sizes";

function size(f: ListedFile): string {
  if (f.bytes === null) return t("data.size.measuring");
  return f.exact ? formatBytes(f.bytes) : t("data.size.approximate", { size: formatBytes(f.bytes) });
}

function Download({ f, label }: { f: ListedFile; label: string }) {
  return (
    <>
      <a href={f.href} download>
        {label}
      </a>
      <br />
      <span class="muted">
        {f.lastUpdate
          ? t("data.sizeUpdated", { size: size(f), date: date(f.lastUpdate) })
          : t("data.sizeNoData", { size: size(f) })}
      </span>
    </>
  );
}

/** A table's title in the reader's language; a table added later without a message shows its English title. */
function TableTitle({ id, title }: { id: string; title: string }) {
  const key = `data.table.${id}`;
  return catalogues().en.has(key) ? t(key) : <span {...englishContent()}>{title}</span>;
}

type Option = { value: string; label: string; english?: boolean };

/** A labelled select; options taken from the framework pack are marked as English. */
function Choice({ name, value, options }: { name: FilterName; value: string | undefined; options: Option[] }) {
  const english = englishContent();
  return (
    <div class="field">
      <label for={name}>{t(`data.filter.${name}`)}</label>
      <select id={name} name={name}>
        <option value="">{t("data.any")}</option>
        {options.map((o) => (
          <option value={o.value} selected={o.value === value} {...(o.english ? english : {})}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters({ listing, choices }: { listing: Listing; choices: FilterChoices }) {
  const g = listing.filters.given;
  return (
    <form method="get" action="/data" class="filters" aria-label={t("data.filtersLabel")}>
      <Choice
        name="country"
        value={g.country}
        options={[...choices.countries].sort(byCountryName()).map((c) => ({ value: c.iso3, label: countryName(c) }))}
      />
      <Choice
        name="region"
        value={g.region}
        options={choices.regions.map((r) => ({ value: r.code, label: `${regionName(r)} (${r.code})` }))}
      />
      <Choice name="cycle" value={g.cycle} options={choices.cycles.map((c) => ({ value: c.id, label: c.name }))} />
      <Choice
        name="strategy"
        value={g.strategy}
        options={choices.strategies.map((s) => ({ value: s.id, label: `${s.id}: ${s.title}`, english: true }))}
      />
      <Choice
        name="instrument"
        value={g.instrument}
        options={choices.instruments.map((i) => ({ value: i.id, label: i.title, english: true }))}
      />
      <Choice name="org" value={g.org} options={choices.organisations.map((o) => ({ value: o.slug, label: o.name }))} />
      <div class="field choice">
        <input type="checkbox" id="hxl" name="hxl" value="1" checked={listing.hxl} /> <label for="hxl">{t("data.hxl")}</label>
      </div>
      <div class="field">
        <button type="submit">{t("data.apply")}</button> <a href="/data">{t("data.clear")}</a>
      </div>
    </form>
  );
}

interface DataViewProps {
  origin: string;
  listing: Listing;
  choices: FilterChoices;
  /** The JSON twin, with the same filters. */
  json: string;
}

export function OpenDataView({ origin, listing, choices, json }: DataViewProps) {
  const file = (name: string) => listing.files.find((f) => f.file.name === name)!;
  const filtered = Object.keys(listing.filters.given).length > 0;
  const title = t("data.title");
  return (
    <Page title={title} path="/data" origin={origin} json={json} crumbs={[{ label: title }]}>
      <h1>{title}</h1>
      <p class="lead">{t("data.lead")}</p>
      <NotTranslatedNote />
      <Filters listing={listing} choices={choices} />
      <table>
        <caption>{t(filtered ? "data.captionFiltered" : "data.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("data.column.table")}</th>
            <th scope="col">{t("data.column.filters")}</th>
            <th scope="col">CSV</th>
            <th scope="col">XLSX</th>
            <th scope="col">JSON</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((table) => (
            <tr>
              <th scope="row">
                <TableTitle id={table.id} title={table.title} />
              </th>
              <td>{table.filters.map((n: FilterName) => t(`data.applies.${n}`)).join(t("data.listSeparator"))}</td>
              <td>
                <Download f={file(`${table.id}.csv`)} label="CSV" />
              </td>
              <td>
                <Download f={file(`${table.id}.xlsx`)} label="XLSX" />
              </td>
              <td>
                <Download f={file(`${table.id}.json`)} label="JSON" />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t("data.allTables")}</th>
            <td>{t("data.eachTablesOwn")}</td>
            <td colspan={2}>
              <Download f={file("blueprint.xlsx")} label={t("data.workbook")} />
            </td>
            <td>
              <Download f={file("blueprint-datapackage.zip")} label={t("data.datapackage")} />
            </td>
          </tr>
        </tbody>
      </table>
      <h2>{t("data.aboutHeading")}</h2>
      <ul>
        <li>{t("data.about.csv")}</li>
        <li>{t("data.about.xlsx")}</li>
        <li>{t("data.about.datapackage")}</li>
        <li>
          {rich(
            "data.about.elsewhere",
            {},
            {
              api: <a href="/developers">{t("data.apiLink")}</a>,
              endpoint: <code>/api/v1/exports</code>,
              command: <code>blueprint export --format csv --table assessments</code>,
            },
          )}
        </li>
      </ul>
    </Page>
  );
}
