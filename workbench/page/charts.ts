/**
 * Embedded charts drawn as plain SVG, at the size the chart records: column, bar, line/area and pie.
 * Other chart types fall back to columns. Enough to see that a chart's ranges hold what the
 * dashboard meant, not a chart library.
 */
import type { ChartView } from '../server/viewTypes';
import { el, svg } from './dom';

/** The drawing's size in pixels and the room around its plot. */
interface Frame {
  readonly width: number;
  readonly height: number;
  readonly pad: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
}
const COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f'];

function color(index: number): string {
  return COLORS[index % COLORS.length] ?? '#1f77b4';
}

function short(text: string, max = 10): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Room left of the plot for category names of horizontal bars. */
const BAR_LABELS = 110;

/** A value as the axis's format shows it: counts grouped, large amounts compact, shares as percent. */
function axisLabel(value: number, format: string | null): string {
  if (format?.includes('%')) return `${Math.round(value * 100)}%`;
  const sign = (format && /^'([^']*)'/.exec(format)?.[1]) ?? '';
  if (Math.abs(value) >= 10_000)
    return `${sign}${value.toLocaleString('en-US', { notation: 'compact', maximumFractionDigits: 1 })}`;
  return `${sign}${Math.round(value).toLocaleString('en-US')}`;
}

/**
 * The smallest 1, 2 or 5 × 10ⁿ step (2.5 too below 1: shares step by 25%) that reaches `largest` in
 * four steps: the top of the axis.
 */
function niceTop(largest: number): number {
  const top = Number.isFinite(largest) && largest > 0 ? largest : 1;
  for (let power = 10 ** Math.min(0, Math.floor(Math.log10(top / 4))); ; power *= 10)
    for (const nice of power < 1 ? [1, 2, 2.5, 5] : [1, 2, 5])
      if (nice * power * 4 >= top) return nice * power * 4;
}

/** The largest value drawn, or 1 when there is none above zero (an axis of nothing still has a top). */
function largestOf(values: readonly number[]): number {
  const largest = Math.max(0, ...values.filter(Number.isFinite));
  return largest > 0 ? largest : 1;
}

/**
 * The value axis's top and its steps: as the chart's options set them (a count axis in whole
 * steps), or four round steps up to the largest value, as Sheets draws a chart without them.
 */
function valueScale(chart: ChartView, largest: number): { max: number; steps: number } {
  const { max, gridlines } = chart.valueAxis;
  if (max !== null && max > 0 && gridlines !== null && gridlines >= 2) return { max, steps: gridlines - 1 };
  return { max: niceTop(max !== null && max > 0 ? max : largest), steps: 4 };
}

function axes(
  root: SVGSVGElement,
  chart: ChartView,
  frame: Frame,
  scale: { max: number; steps: number },
): void {
  const { pad } = frame;
  const plotHeight = frame.height - pad.top - pad.bottom;
  for (let i = 0; i <= scale.steps; i++) {
    const y = pad.top + plotHeight - (plotHeight * i) / scale.steps;
    root.append(svg('line', { x1: pad.left, x2: frame.width - pad.right, y1: y, y2: y, class: 'gridline' }));
    const label = axisLabel((scale.max * i) / scale.steps, chart.valueAxis.format);
    root.append(svg('text', { x: pad.left - 4, y: y + 4, 'text-anchor': 'end', class: 'axis' }, label));
  }
}

/** A category's label under the plot at x: upright, or slanted when the chart's options say so. */
function categoryLabel(chart: ChartView, frame: Frame, x: number, text: string): SVGTextElement {
  const y = frame.height - frame.pad.bottom + 14;
  if (!chart.slanted) return svg('text', { x, y, 'text-anchor': 'middle', class: 'axis' }, short(text));
  return svg(
    'text',
    { x, y, 'text-anchor': 'end', transform: `rotate(-45 ${x} ${y})`, class: 'axis' },
    short(text, 16),
  );
}

function bars(root: SVGSVGElement, chart: ChartView, frame: Frame, horizontal: boolean): void {
  const { pad } = frame;
  const values = chart.series.flatMap((s) => s.values);
  const scale = valueScale(chart, largestOf(values));
  const { max } = scale;
  const count = chart.categories.length || 1;
  const left = horizontal ? BAR_LABELS : pad.left;
  const plotWidth = frame.width - left - pad.right;
  const plotHeight = frame.height - pad.top - pad.bottom;
  const band = (horizontal ? plotHeight : plotWidth) / count;
  const barSize = (band * 0.8) / Math.max(1, chart.series.length);
  if (!horizontal) axes(root, chart, frame, scale);
  chart.categories.forEach((category, i) => {
    chart.series.forEach((series, s) => {
      const value = Math.max(0, series.values[i] ?? 0);
      const length = ((horizontal ? plotWidth : plotHeight) * value) / max;
      const offset = band * i + band * 0.1 + barSize * s;
      const rect = horizontal
        ? { x: left, y: pad.top + offset, width: length, height: barSize }
        : { x: pad.left + offset, y: pad.top + plotHeight - length, width: barSize, height: length };
      const bar = svg('rect', { ...rect, fill: color(s) });
      bar.append(svg('title', {}, `${category} · ${series.name}: ${value.toLocaleString()}`));
      root.append(bar);
    });
    const label = horizontal
      ? svg(
          'text',
          { x: left - 4, y: pad.top + band * (i + 0.5) + 4, 'text-anchor': 'end', class: 'axis' },
          short(category, 18),
        )
      : categoryLabel(chart, frame, pad.left + band * (i + 0.5), category);
    root.append(label);
  });
}

function lines(root: SVGSVGElement, chart: ChartView, frame: Frame, area: boolean): void {
  const { pad } = frame;
  const scale = valueScale(chart, largestOf(chart.series.flatMap((s) => s.values)));
  const { max } = scale;
  const count = Math.max(1, chart.categories.length - 1);
  const plotWidth = frame.width - pad.left - pad.right;
  const plotHeight = frame.height - pad.top - pad.bottom;
  axes(root, chart, frame, scale);
  const x = (i: number) => pad.left + (plotWidth * i) / count;
  const y = (v: number) => pad.top + plotHeight - (plotHeight * Math.max(0, v)) / max;
  chart.series.forEach((series, s) => {
    const points = series.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    if (area) {
      const base = `${x(series.values.length - 1)},${y(0)} ${x(0)},${y(0)}`;
      root.append(svg('polygon', { points: `${points} ${base}`, fill: color(s), opacity: 0.3 }));
    }
    root.append(svg('polyline', { points, fill: 'none', stroke: color(s), 'stroke-width': 2 }));
  });
  const step = Math.ceil((chart.categories.length * 70) / Math.max(70, plotWidth));
  chart.categories.forEach((category, i) => {
    if (i % step === 0) root.append(categoryLabel(chart, frame, x(i), category));
  });
}

function pie(root: SVGSVGElement, chart: ChartView, frame: Frame): void {
  const values = (chart.series[0]?.values ?? []).map((v) => Math.max(0, v));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const side = Math.min(frame.height, frame.width / 2);
  const cx = side / 2;
  const cy = frame.height / 2;
  const r = side / 2 - 16;
  let angle = -Math.PI / 2;
  values.forEach((value, i) => {
    const sweep = (value / total) * Math.PI * 2;
    const end = angle + sweep;
    const large = sweep > Math.PI ? 1 : 0;
    const d =
      sweep >= Math.PI * 2 - 1e-9
        ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
        : `M ${cx} ${cy} L ${cx + r * Math.cos(angle)} ${cy + r * Math.sin(angle)} A ${r} ${r} 0 ${large} 1 ${cx + r * Math.cos(end)} ${cy + r * Math.sin(end)} Z`;
    const slice = svg('path', { d, fill: color(i) });
    slice.append(svg('title', {}, `${chart.categories[i] ?? ''}: ${value.toLocaleString()}`));
    root.append(slice);
    root.append(svg('rect', { x: side + 8, y: 16 + i * 18, width: 10, height: 10, fill: color(i) }));
    root.append(
      svg('text', { x: side + 24, y: 25 + i * 18, class: 'axis' }, short(chart.categories[i] ?? '', 24)),
    );
    angle = end;
  });
}

/** Pixels of the card's padding, its title line and its legend line. */
const CARD_PAD = 8;
const TITLE_PX = 22;
const LEGEND_PX = 20;
/** Its border, both sides together (styles.css: .chart). */
const BORDER_PX = 2;

/**
 * A chart as Sheets draws one over the grid: a box of the chart's recorded size holding its title,
 * the SVG and, unless its options hide it, a legend of series.
 */
export function chartCard(chart: ChartView): HTMLElement {
  const type = chart.type.toUpperCase();
  const legendShown = chart.legend && type !== 'PIE' && chart.series.length > 0;
  const frame: Frame = {
    width: Math.max(120, chart.width - 2 * CARD_PAD - BORDER_PX),
    height: Math.max(80, chart.height - 2 * CARD_PAD - BORDER_PX - TITLE_PX - (legendShown ? LEGEND_PX : 0)),
    pad: { left: 52, right: 12, top: 12, bottom: chart.slanted ? 64 : 28 },
  };
  const root = svg('svg', {
    viewBox: `0 0 ${frame.width} ${frame.height}`,
    width: frame.width,
    height: frame.height,
    role: 'img',
  });
  root.setAttribute('aria-label', chart.title || `${chart.type} chart`);
  if (type === 'PIE') pie(root, chart, frame);
  else if (type === 'LINE' || type === 'AREA') lines(root, chart, frame, type === 'AREA');
  else bars(root, chart, frame, type === 'BAR');
  const legend = legendShown ? el('div', { class: 'legend' }) : null;
  chart.series.forEach((series, i) => {
    legend?.append(
      el('span', { class: 'swatch', style: { background: color(i) } }),
      el('span', { text: series.name }),
    );
  });
  return el(
    'figure',
    {
      class: 'chart',
      attrs: { 'data-chart': String(chart.id) },
      style: { width: `${chart.width}px`, height: `${chart.height}px`, padding: `${CARD_PAD}px` },
    },
    el('figcaption', { text: chart.title || `${chart.type} chart` }),
    root,
    legend,
  );
}
