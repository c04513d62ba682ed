import type { WebDeps } from "../deps";
import { Page } from "./layout";

export function errorPage(status: number, title: string, message: string, deps: Pick<WebDeps, "config">) {
  return (
    <Page title={title} path="/" origin={deps.config.publicOrigin}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">Go to the home page</a> or <a href="/framework">browse the framework</a>.
      </p>
      <p class="muted">Error {status}</p>
    </Page>
  );
}
