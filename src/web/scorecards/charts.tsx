/**
 * Horizontal bar charts as server-rendered SVG: a title and description for
 * screen readers, the value written next to each bar (colour never carries
 * meaning alone), and the caller always renders the same data as a table.
 */
export interface Bar {
  label: string;
  /** 0–100, or null when nothing was scored. */
  value: number | null;
  href?: string;
}

const ROW = 22;
const LABEL_W = 0; // labels sit above the bars, so that long titles wrap nowhere and fit phones

export function BarChart({ id, title, description, bars }: { id: string; title: string; description: string; bars: Bar[] }) {
  const height = bars.length * ROW * 2 + 4;
  return (
    <svg class="chart" viewBox={`0 0 320 ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {bars.map((b, i) => {
        const y = i * ROW * 2;
        const w = b.value === null ? 0 : Math.max(1, (b.value / 100) * (300 - LABEL_W));
        return (
          <g>
            <text x="0" y={y + 14} class="chart-label">
              {b.label.length > 52 ? `${b.label.slice(0, 50)}…` : b.label}
            </text>
            <rect x="0" y={y + ROW - 2} width="300" height="14" class="chart-track" />
            <rect x="0" y={y + ROW - 2} width={w.toFixed(1)} height="14" class="chart-bar" />
            <text
              x={b.value !== null && b.value > 80 ? w - 4 : w + 4}
              y={y + ROW + 9}
              class={b.value !== null && b.value > 80 ? "chart-value inside" : "chart-value"}
            >
              {b.value === null ? "not scored" : b.value.toFixed(1)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
