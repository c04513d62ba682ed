/**
 * Reading a page's form as a browser would submit it: hidden and text inputs,
 * checked boxes and radios, the selected option, textareas; disabled controls
 * (and those in a disabled fieldset) are left out. Enough for our own markup.
 */

const decode = (s: string) =>
  s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");

function attrs(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([a-zA-Z_:-]+)(?:="([^"]*)")?/g)) out.set(m[1]!.toLowerCase(), decode(m[2] ?? ""));
  return out;
}

/** The markup of the first form whose action is `action` (and, if given, whose id is `id`). */
export function formHtml(html: string, action: string, id?: string): string {
  for (const m of html.matchAll(/<form([^>]*)>([\s\S]*?)<\/form>/g)) {
    const a = attrs(m[1]!);
    if (a.get("action") === action && (id === undefined || a.get("id") === id)) return m[2]!;
  }
  throw new Error(`no form with action ${action}${id ? ` and id ${id}` : ""}`);
}

/** The name/value pairs the form would send. */
export function formFields(html: string, action: string, id?: string): [string, string][] {
  let body = formHtml(html, action, id);
  body = body.replace(/<fieldset[^>]*\sdisabled[^>]*>[\s\S]*?<\/fieldset>/g, "");
  const fields: [string, string][] = [];
  for (const m of body.matchAll(/<(input|textarea|select)([^>]*)>(?:([\s\S]*?)<\/\1>)?/g)) {
    const [, tag, raw, inner] = m as unknown as [string, string, string, string | undefined];
    const a = attrs(raw);
    const name = a.get("name");
    if (!name || a.has("disabled")) continue;
    if (tag === "input") {
      const type = a.get("type") ?? "text";
      if ((type === "checkbox" || type === "radio") && !a.has("checked")) continue;
      if (type === "submit" || type === "button") continue;
      fields.push([name, a.get("value") ?? (type === "checkbox" || type === "radio" ? "on" : "")]);
    } else if (tag === "textarea") fields.push([name, decode(inner ?? "")]);
    else {
      const options = [...(inner ?? "").matchAll(/<option([^>]*)>/g)].map((o) => attrs(o[1]!));
      const chosen = options.find((o) => o.has("selected")) ?? options[0];
      if (chosen) fields.push([name, chosen.get("value") ?? ""]);
    }
  }
  return fields;
}

/** Form fields with some replaced: a string sets one value, an array sets all values of that name. */
export function withFields(fields: [string, string][], changes: Record<string, string | string[]>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of fields) if (!(k in changes)) out.append(k, v);
  for (const [k, v] of Object.entries(changes)) for (const x of Array.isArray(v) ? v : [v]) out.append(k, x);
  return out;
}
