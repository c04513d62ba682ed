import type { FrameworkItem, PracticalOption } from "../../../domain/framework/types";
import { ItemList } from "../components";
import { Page } from "../layout";
import { itemPath } from "../paths";

interface Props {
  origin: string;
  strategies: { strategy: FrameworkItem; options: PracticalOption[]; factorIds: string[] }[];
  factors: FrameworkItem[];
  approaches: FrameworkItem[];
  forms: FrameworkItem[];
  legislative: FrameworkItem[];
}

export function FrameworkView({ origin, strategies, factors, approaches, legislative }: Props) {
  const factorTitle = new Map(factors.map((f) => [f.id, f.title]));
  return (
    <Page title="The framework" path="/framework" origin={origin} crumbs={[{ label: "Framework" }]} json="/api/v1/strategies">
      <h1>The framework</h1>
      <p class="lead">
        Ten strategies for governments, each with practical options for action, and the eight obstacles and opportunities that
        decide whether commitments are implemented.
      </p>
      <h2 id="strategies">Government strategies and practical options</h2>
      <ol class="strategies">
        {strategies.map(({ strategy, options, factorIds }) => (
          <li>
            <h3>
              <a href={itemPath(strategy)}>{strategy.title}</a>
            </h3>
            <ol>
              {options.map((o) => (
                <li>
                  <a href={itemPath(o)}>{o.title}</a>
                  {o.details.actor !== "government" ? (
                    <span class="tag">{o.details.actor === "civil_society" ? "Civil society" : "Several actors"}</span>
                  ) : null}
                </li>
              ))}
            </ol>
            {factorIds.length ? (
              <p class="muted">Factors: {factorIds.map((id) => factorTitle.get(id) ?? id).join("; ")}</p>
            ) : null}
          </li>
        ))}
      </ol>
      <h2 id="factors">Obstacles and opportunities (legend)</h2>
      <ItemList items={factors} />
      <h2 id="approaches">Approach categories</h2>
      <ItemList items={approaches} />
      <h2 id="legislative">Legislative approaches</h2>
      <ItemList items={legislative} />
      <p>
        See also the <a href="/forms-of-abuse">forms of abuse</a> and the <a href="/commitments">commitments</a>.
      </p>
    </Page>
  );
}
