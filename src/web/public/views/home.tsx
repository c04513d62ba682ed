import type { PackInfo } from "../../../domain/framework/types";
import { t } from "../../i18n/t";
import { Page } from "../layout";

export function HomeView({ origin, pack, counts }: { origin: string; pack?: PackInfo; counts: Record<string, number> }) {
  return (
    <Page title={t("public.home.title")} path="/" origin={origin} json="/api/v1" description={t("public.home.description")}>
      <h1>{t("public.home.heading")}</h1>
      <p class="lead">{t("public.home.lead")}</p>
      <h2>{t("public.home.start")}</h2>
      <ul class="cards">
        <li>
          <a href="/commitments">{t("public.home.commitments", { count: counts.commitment ?? 0 })}</a>
          <p>{t("public.home.commitmentsText")}</p>
        </li>
        <li>
          <a href="/framework">{t("public.home.framework")}</a>
          <p>
            {t("public.home.frameworkText", {
              strategies: counts.strategy ?? 0,
              options: counts.option ?? 0,
              factors: counts.factor ?? 0,
            })}
          </p>
        </li>
        <li>
          <a href="/countries">{t("public.home.countries")}</a>
          <p>{t("public.home.countriesText")}</p>
        </li>
        <li>
          <a href="/forms-of-abuse">{t("public.home.forms")}</a>
          <p>{t("public.home.formsText")}</p>
        </li>
        <li>
          <a href="/instruments">{t("public.home.instruments")}</a>
          <p>{t("public.home.instrumentsText")}</p>
        </li>
        <li>
          <a href="/developers">{t("public.home.openData")}</a>
          <p>{t("public.home.openDataText")}</p>
        </li>
      </ul>
      {pack ? <p class="muted">{t("public.home.pack", { id: pack.id, version: pack.version })}</p> : null}
    </Page>
  );
}
