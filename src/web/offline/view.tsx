/**
 * The offline page: what the service worker (src/web/static/sw.js) shows for a
 * page it has not kept when there is no connection, in the reader's language,
 * and, linked from every page's footer, where a reader sees and clears what
 * this device keeps (someone sharing a device may want to).
 * The list of kept pages and the button that clears them are filled in and
 * shown by enhance.js from the browser's own storage: without JavaScript
 * nothing is kept, and the page says so as it is.
 */
import { t } from "../i18n/t";
import { Page } from "../public/layout";

export const OFFLINE_PATH = "/offline";

export function OfflineView({ origin }: { origin: string }) {
  return (
    <Page
      title={t("offline.title")}
      path={OFFLINE_PATH}
      origin={origin}
      crumbs={[{ label: t("offline.title") }]}
      description={t("offline.description")}
    >
      <h1>{t("offline.title")}</h1>
      {/* Shown by enhance.js when the service worker answers with this page for another address. */}
      <div class="notice" id="not-kept" hidden>
        <p>
          <strong>{t("offline.heading")}</strong> {t("offline.lead")}
        </p>
      </div>
      <section aria-labelledby="saved-h">
        <h2 id="saved-h">{t("offline.savedHeading")}</h2>
        <p>{t("offline.savedIntro")}</p>
        <ul id="saved-pages" hidden></ul>
        <p id="saved-none">{t("offline.none")}</p>
        <p id="saved-status" role="status"></p>
        <button type="button" id="clear-saved" class="secondary" data-done={t("offline.cleared")} hidden>
          {t("offline.clear")}
        </button>
      </section>
    </Page>
  );
}
