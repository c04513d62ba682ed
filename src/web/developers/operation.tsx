/**
 * One operation of the API on the /developers page: method and path as its
 * heading (with the anchor people link to), the document's summary and
 * description, parameters, request body fields, responses and an example
 * request. Tables have captions and scoped headers; wide ones scroll inside
 * their own box rather than widening the page.
 */
import type { Child } from "hono/jsx";
import { t } from "../i18n/t";
import { rich } from "../scorecards/localise";
import type { BodyModel, FieldModel, OperationModel, ParameterModel, TypeInfo } from "./openapi-model";
import { Code, English, EnglishBlock, EnglishCell } from "./text";

const KNOWN_IN = new Set(["path", "query", "header", "cookie"]);

/** The type as code, then its constraints in the reader's language. */
function TypeText({ type }: { type: TypeInfo }) {
  const notes: Child[][] = [];
  const code = (v: string | number) => <Code>{String(v)}</Code>;
  if (type.values) notes.push(rich("developers.constraint.oneOf", {}, { values: code(type.values.join(", ")) }));
  if (type.minimum !== undefined && type.maximum !== undefined)
    notes.push(rich("developers.constraint.range", {}, { min: code(type.minimum), max: code(type.maximum) }));
  else if (type.minimum !== undefined) notes.push(rich("developers.constraint.min", {}, { min: code(type.minimum) }));
  else if (type.maximum !== undefined) notes.push(rich("developers.constraint.max", {}, { max: code(type.maximum) }));
  if (type.maxItems !== undefined) notes.push([t("developers.constraint.maxItems", { count: type.maxItems })]);
  if (type.default !== undefined) notes.push(rich("developers.constraint.default", {}, { value: code(type.default) }));
  if (type.pattern !== undefined) notes.push(rich("developers.constraint.pattern", {}, { pattern: code(type.pattern) }));
  const separator = t("developers.listSeparator");
  return (
    <>
      <Code>{type.type}</Code>
      {notes.length ? <br /> : null}
      {notes.map((n, i) => (
        <>
          {i ? separator : null}
          {n}
        </>
      ))}
    </>
  );
}

const yesNo = (required: boolean) => t(required ? "developers.yes" : "developers.no");

function Parameters({ parameters }: { parameters: ParameterModel[] }) {
  return (
    <div class="scroll">
      <table class="api">
        <caption>{t("developers.params.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("developers.params.name")}</th>
            <th scope="col">{t("developers.params.in")}</th>
            <th scope="col">{t("developers.params.type")}</th>
            <th scope="col">{t("developers.params.required")}</th>
            <th scope="col">{t("developers.params.description")}</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr>
              <th scope="row">
                <Code>{p.name}</Code>
              </th>
              <td>{KNOWN_IN.has(p.in) ? t(`developers.in.${p.in}`) : <Code>{p.in}</Code>}</td>
              <td>
                <TypeText type={p.type} />
              </td>
              <td>{yesNo(p.required)}</td>
              <EnglishCell text={p.description} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Fields({ caption, fields }: { caption: Child; fields: FieldModel[] }) {
  return (
    <div class="scroll">
      <table class="api">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("developers.body.field")}</th>
            <th scope="col">{t("developers.params.type")}</th>
            <th scope="col">{t("developers.params.required")}</th>
            <th scope="col">{t("developers.params.description")}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => (
            <tr>
              <th scope="row">
                <Code>{f.name}</Code>
              </th>
              <td>
                <TypeText type={f.type} />
              </td>
              <td>{yesNo(f.required)}</td>
              <EnglishCell text={f.description} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Body({ body }: { body: BodyModel }) {
  const type = <Code>{body.contentType}</Code>;
  if (!body.fields.length)
    return <p>{rich("developers.body.schemaOnly", {}, { type, schema: <Code>{body.schema ?? "any"}</Code> })}</p>;
  const caption = (
    <>
      {rich("developers.body.caption", {}, { type })}
      {body.schema ? (
        <>
          {" "}
          <Code>{body.schema}</Code>
        </>
      ) : null}
    </>
  );
  return (
    <>
      <Fields caption={caption} fields={body.fields} />
      {body.nested.map((n) => (
        <Fields caption={rich("developers.body.nestedCaption", {}, { schema: <Code>{n.schema}</Code> })} fields={n.fields} />
      ))}
    </>
  );
}

function Responses({ op }: { op: OperationModel }) {
  return (
    <div class="scroll">
      <table class="api">
        <caption>{t("developers.responses.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("developers.responses.status")}</th>
            <th scope="col">{t("developers.responses.description")}</th>
            <th scope="col">{t("developers.responses.body")}</th>
          </tr>
        </thead>
        <tbody>
          {op.responses.map((r) => (
            <tr>
              <th scope="row">{r.status}</th>
              <td class="desc">
                <English text={r.description} />
                {r.headers.length ? (
                  <>
                    {r.description ? " " : null}
                    {rich("developers.responses.headers", {}, { names: <Code>{r.headers.join(", ")}</Code> })}
                  </>
                ) : null}
              </td>
              <td>{r.body ? <Code>{r.body}</Code> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Operation({ op }: { op: OperationModel }) {
  return (
    <section class="api-op">
      <h3 id={op.id}>
        <Code>{`${op.method} ${op.path}`}</Code> <English text={op.summary} />
      </h3>
      <EnglishBlock text={op.description} />
      {op.needsToken ? (
        <p>
          <a href="#authentication">{t("developers.operation.needsToken")}</a>
        </p>
      ) : null}
      {op.parameters.length ? <Parameters parameters={op.parameters} /> : null}
      {op.body.map((b) => (
        <Body body={b} />
      ))}
      <Responses op={op} />
      <p>{t("developers.operation.example")}</p>
      <pre dir="ltr">
        <code>{op.example}</code>
      </pre>
    </section>
  );
}
