/** The open data page: a GET form of filters (no JavaScript) and every download with its format, size and last update. */
import { FILTER_LABELS, type FilterName } from "../../reports/filters";
import { TABLES } from "../../reports/tables";
import { Select } from "../forms";
import { Page } from "../public/layout";
import type { FilterChoices, ListedFile, Listing } from "./listing";
import { formatBytes } from "./sizes";

const FORMAT_LABELS = { csv: "CSV", xlsx: "XLSX", json: "JSON", datapackage: "Data package (zip)" } as const;
const day = (iso: string | null) => (iso ? iso.slice(0, 10) : "no data yet");

function size(f: ListedFile): string {
  if (f.bytes === null) return "size being measured, reload in a moment";
  return f.exact ? formatBytes(f.bytes) : `about ${formatBytes(f.bytes)} (measured before the last update)`;
}

function Download({ f, label }: { f: ListedFile; label: string }) {
  return (
    <>
      <a href={f.href} download>
        {label}
      </a>
      <br />
      <span class="muted">
        {size(f)}; updated {day(f.lastUpdate)}
      </span>
    </>
  );
}

function Filters({ listing, choices }: { listing: Listing; choices: FilterChoices }) {
  const g = listing.filters.given;
  const any: [string, string] = ["", "Any"];
  return (
    <form method="get" action="/data" class="filters" aria-label="Filter the data">
      <Select
        name="country"
        label="Country"
        value={g.country}
        options={[any, ...choices.countries.map((c): [string, string] => [c.iso3, c.name])]}
      />
      <Select
        name="region"
        label="Region"
        value={g.region}
        options={[any, ...choices.regions.map((r): [string, string] => [r.code, `${r.name} (${r.code})`])]}
      />
      <Select
        name="cycle"
        label="Cycle"
        value={g.cycle}
        options={[any, ...choices.cycles.map((c): [string, string] => [c.id, c.name])]}
      />
      <Select
        name="strategy"
        label="Strategy"
        value={g.strategy}
        options={[any, ...choices.strategies.map((s): [string, string] => [s.id, `${s.id}: ${s.title}`])]}
      />
      <Select
        name="instrument"
        label="Instrument"
        value={g.instrument}
        options={[any, ...choices.instruments.map((i): [string, string] => [i.id, i.title])]}
      />
      <Select
        name="org"
        label="Organisation"
        value={g.org}
        options={[any, ...choices.organisations.map((o): [string, string] => [o.slug, o.name])]}
      />
      <div class="field choice">
        <input type="checkbox" id="hxl" name="hxl" value="1" checked={listing.hxl} />{" "}
        <label for="hxl">HXL hashtag row in CSV files</label>
      </div>
      <div class="field">
        <button type="submit">Apply</button> <a href="/data">Clear filters</a>
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
  return (
    <Page title="Open data" path="/data" origin={origin} json={json} crumbs={[{ label: "Open data" }]}>
      <h1>Open data</h1>
      <p class="lead">
        Download Blueprint's data as CSV, Excel (XLSX), JSON or a Frictionless Data package. Only public data: the newest
        publication of each published assessment and public evidence, never drafts or confidential evidence. Every record carries
        the address of its public page.
      </p>
      <Filters listing={listing} choices={choices} />
      <table>
        <caption>{filtered ? "Downloads with the filters above" : "Downloads"}</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">Filters that apply</th>
            <th scope="col">CSV</th>
            <th scope="col">XLSX</th>
            <th scope="col">JSON</th>
          </tr>
        </thead>
        <tbody>
          {TABLES.map((t) => (
            <tr>
              <th scope="row">{t.title}</th>
              <td>{t.filters.map((n: FilterName) => FILTER_LABELS[n].replace(/ \(.*\)$/, "")).join(", ")}</td>
              <td>
                <Download f={file(`${t.id}.csv`)} label="CSV" />
              </td>
              <td>
                <Download f={file(`${t.id}.xlsx`)} label="XLSX" />
              </td>
              <td>
                <Download f={file(`${t.id}.json`)} label="JSON" />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">All tables</th>
            <td>each table's own</td>
            <td colspan={2}>
              <Download f={file("blueprint.xlsx")} label="XLSX workbook, a sheet per table" />
            </td>
            <td>
              <Download f={file("blueprint-datapackage.zip")} label="Data package (zip)" />
            </td>
          </tr>
        </tbody>
      </table>
      <h2>About the files</h2>
      <ul>
        <li>
          CSV: UTF-8 with a byte order mark, commas, quoted as RFC 4180 says, one file per table. Lists of ids are separated by
          ";".
        </li>
        <li>XLSX: a README sheet explains every column; the header row stays in view.</li>
        <li>{FORMAT_LABELS.datapackage}: datapackage.json describes every column (type and meaning) and one CSV per table.</li>
        <li>
          The same files from the <a href="/api/docs">API</a> (<code>/api/v1/exports</code>) and the command line (
          <code>blueprint export --format csv --table assessments</code>).
        </li>
      </ul>
    </Page>
  );
}
