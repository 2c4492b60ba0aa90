import { escapeHtml } from './escape';

/**
 * The report's "Impact Visare" (DOMAIN.md §7) as inline SVG: a half circle from 0 to 100, filled
 * up to the index, with the target index marked by a line and its number. Pure: the same input
 * gives the same text, so a page builds without a browser and prints the same everywhere.
 */
export interface GaugeInput {
  /** The Impact Index; undefined when it cannot be computed (the gauge then shows "–"). */
  readonly index: number | undefined;
  readonly target: number | undefined;
  /** Read by screen readers and shown under the dial. */
  readonly label: string;
}

const WIDTH = 200;
const HEIGHT = 130;
const CX = 100;
const CY = 105;
const RADIUS = 80;
const STROKE = 22;

/** The point at `value` (0–100) on the arc: 0 at the left, 100 at the right, over the top. */
export function gaugePoint(value: number, radius: number = RADIUS): { x: number; y: number } {
  const angle = Math.PI * (1 - clamp(value) / 100);
  return { x: round(CX + radius * Math.cos(angle)), y: round(CY - radius * Math.sin(angle)) };
}

export function gaugeSvg({ index, target, label }: GaugeInput): string {
  const shownIndex = index === undefined || !Number.isFinite(index) ? undefined : clamp(index);
  const start = gaugePoint(0);
  const end = gaugePoint(100);
  const track = `M ${start.x} ${start.y} A ${RADIUS} ${RADIUS} 0 0 1 ${end.x} ${end.y}`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="gauge" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeHtml(ariaText(label, shownIndex, target))}">`,
    `<path d="${track}" fill="none" stroke="#e1e1e1" stroke-width="${STROKE}"/>`,
  ];
  if (shownIndex !== undefined && shownIndex > 0) {
    const point = gaugePoint(shownIndex);
    const colour = target !== undefined && shownIndex >= target ? '#107c10' : '#c50f1f';
    parts.push(`<path class="gauge-value" d="M ${start.x} ${start.y} A ${RADIUS} ${RADIUS} 0 0 1 ${point.x} ${point.y}" fill="none" stroke="${colour}" stroke-width="${STROKE}"/>`);
  }
  if (target !== undefined && Number.isFinite(target)) {
    const inner = gaugePoint(target, RADIUS - STROKE / 2 - 4);
    const outer = gaugePoint(target, RADIUS + STROKE / 2 + 4);
    const text = gaugePoint(target, RADIUS + STROKE / 2 + 12);
    parts.push(`<line class="gauge-target" x1="${inner.x}" y1="${inner.y}" x2="${outer.x}" y2="${outer.y}" stroke="#242424" stroke-width="3"/>`);
    parts.push(`<text x="${text.x}" y="${text.y}" font-size="10" text-anchor="middle">${number(clamp(target))}</text>`);
  }
  parts.push(`<text x="${CX}" y="${CY - 8}" font-size="30" font-weight="bold" text-anchor="middle">${shownIndex === undefined ? '–' : number(shownIndex)}</text>`);
  parts.push(`<text x="${start.x}" y="${CY + 16}" font-size="10" text-anchor="middle">0</text>`, `<text x="${end.x}" y="${CY + 16}" font-size="10" text-anchor="middle">100</text>`);
  parts.push('</svg>');
  return parts.join('');
}

function ariaText(label: string, index: number | undefined, target: number | undefined): string {
  const shown = index === undefined ? 'saknas' : number(index);
  return `${label}: Impact Index ${shown}${target === undefined ? '' : `, mål ${number(target)}`}`;
}

function clamp(value: number): number {
  return Math.min(100, Math.max(0, value));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Swedish decimal comma; the gauge shows whole indexes, a fraction only when given one. */
function number(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}
