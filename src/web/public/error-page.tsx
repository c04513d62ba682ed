import type { WebDeps } from "../deps";
import type { ErrorTitle } from "../errors";
import { num, t } from "../i18n/t";
import { Page } from "./layout";

/** An error page in the reader's language; `message` is the specific reason, when there is one. */
export function errorPage(status: number, title: ErrorTitle, message: string | undefined, deps: Pick<WebDeps, "config">) {
  const heading = t(`errors.title.${title}`);
  return (
    <Page title={heading} path="/" origin={deps.config.publicOrigin}>
      <h1>{heading}</h1>
      {message ? <p>{message}</p> : null}
      <p>
        <a href="/">{t("errors.homeLink")}</a> · <a href="/framework">{t("errors.frameworkLink")}</a>
      </p>
      <p class="muted">{t("errors.status", { status: num(status) })}</p>
    </Page>
  );
}
