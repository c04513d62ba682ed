/**
 * Horizontal bar charts as server-rendered SVG: a title and description for
 * screen readers, the value written next to each bar (colour never carries
 * meaning alone), and the caller always renders the same data as a table.
 * On right-to-left pages the chart is mirrored: bars grow from the right,
 * where the labels start.
 */
import { currentDirection } from "../i18n/t";
import { englishContent, oneDecimal, scoreText } from "./localise";

export interface Bar {
  /** A framework item's title: pack content, in English. */
  label: string;
  /** 0–100, or null when nothing was scored. */
  value: number | null;
  href?: string;
}

const ROW = 22;
const TRACK = 300;

export function BarChart({ id, title, description, bars }: { id: string; title: string; description: string; bars: Bar[] }) {
  const height = bars.length * ROW * 2 + 4;
  const rtl = currentDirection() === "rtl";
  // Labels sit above the bars, so that long titles wrap nowhere and fit phones.
  const x = (fromStart: number) => (rtl ? TRACK - fromStart : fromStart);
  const lang = englishContent();
  return (
    <svg class="chart" viewBox={`0 0 320 ${height}`} role="img" aria-labelledby={`${id}-t ${id}-d`} width="100%">
      <title id={`${id}-t`}>{title}</title>
      <desc id={`${id}-d`}>{description}</desc>
      {bars.map((b, i) => {
        const y = i * ROW * 2;
        const w = b.value === null ? 0 : Math.max(1, (b.value / 100) * TRACK);
        const inside = b.value !== null && b.value > 80;
        return (
          <g>
            <text x={x(0)} y={y + 14} class="chart-label" {...lang}>
              {b.label.length > 52 ? `${b.label.slice(0, 50)}…` : b.label}
            </text>
            <rect x="0" y={y + ROW - 2} width={TRACK} height="14" class="chart-track" />
            <rect x={rtl ? (TRACK - w).toFixed(1) : "0"} y={y + ROW - 2} width={w.toFixed(1)} height="14" class="chart-bar" />
            <text x={x(inside ? w - 4 : w + 4)} y={y + ROW + 9} class={inside ? "chart-value inside" : "chart-value"}>
              {b.value === null ? scoreText(null) : oneDecimal(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
