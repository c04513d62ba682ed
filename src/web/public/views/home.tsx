import type { PackInfo } from "../../../domain/framework/types";
import { Page } from "../layout";

export function HomeView({ origin, pack, counts }: { origin: string; pack?: PackInfo; counts: Record<string, number> }) {
  return (
    <Page
      title="Hold governments to account on online violence against women and girls"
      path="/"
      origin={origin}
      json="/api/v1"
      description="Blueprint tracks what governments committed to at the UN to end violence against women and girls in digital contexts, and what they have done."
    >
      <h1>Ending violence against women and girls in digital contexts</h1>
      <p class="lead">
        At the UN, governments committed to end violence against women and girls that happens online or through technology.
        Blueprint lists those commitments, the strategies and practical options that would implement them, and the evidence of
        what countries have done, so that civil society can check, compare and report.
      </p>
      <h2>Where to start</h2>
      <ul class="cards">
        <li>
          <a href="/commitments">The {counts.commitment ?? 0} commitments</a>
          <p>What member states agreed in HRC resolution 38/5, GA resolution 77/193 and the CSW67 agreed conclusions.</p>
        </li>
        <li>
          <a href="/framework">The framework</a>
          <p>
            {counts.strategy ?? 0} government strategies with {counts.option ?? 0} practical options, and the {counts.factor ?? 0}{" "}
            obstacles and opportunities that decide whether they happen.
          </p>
        </li>
        <li>
          <a href="/countries">Countries</a>
          <p>Evidence country by country: laws, institutions, court decisions, programmes and civil-society action.</p>
        </li>
        <li>
          <a href="/forms-of-abuse">Forms of abuse</a>
          <p>What technology-facilitated abuse looks like, from doxing to deepfakes, and what addresses it.</p>
        </li>
        <li>
          <a href="/instruments">Instruments</a>
          <p>The resolutions, conventions and processes behind the commitments.</p>
        </li>
        <li>
          <a href="/api/docs">Open data and API</a>
          <p>Everything here as JSON, with OpenAPI documentation.</p>
        </li>
      </ul>
      {pack ? (
        <p class="muted">
          Framework pack {pack.id}, version {pack.version}.
        </p>
      ) : null}
    </Page>
  );
}
