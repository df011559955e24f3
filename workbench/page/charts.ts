/**
 * Embedded charts drawn as plain SVG: column, bar, line/area and pie. Other chart types fall back to
 * columns. Enough to see that a chart's ranges hold what the dashboard meant, not a chart library.
 */
import type { ChartView } from '../server/viewTypes';
import { el, svg } from './dom';

const WIDTH = 420;
const HEIGHT = 240;
const PAD = { left: 52, right: 12, top: 12, bottom: 40 };
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

/** The smallest 1, 2 or 5 × 10ⁿ step that reaches `largest` in at most four steps. */
function niceTop(largest: number): number {
  for (let power = 1; ; power *= 10)
    for (const nice of [1, 2, 5]) if (nice * power * 4 >= largest) return nice * power * 4;
}

/**
 * The value axis's top and its steps: as the chart's options set them (a count axis in whole
 * steps), or four round steps up to the largest value, as Sheets draws a chart without them.
 */
function valueScale(chart: ChartView, largest: number): { max: number; steps: number } {
  const { max, gridlines } = chart.valueAxis;
  if (max !== null && max > 0 && gridlines !== null && gridlines >= 2) return { max, steps: gridlines - 1 };
  return { max: niceTop(Math.max(1, max ?? largest)), steps: 4 };
}

function axes(root: SVGSVGElement, chart: ChartView, scale: { max: number; steps: number }): void {
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  for (let i = 0; i <= scale.steps; i++) {
    const y = PAD.top + plotHeight - (plotHeight * i) / scale.steps;
    root.append(svg('line', { x1: PAD.left, x2: WIDTH - PAD.right, y1: y, y2: y, class: 'gridline' }));
    const label = axisLabel((scale.max * i) / scale.steps, chart.valueAxis.format);
    root.append(svg('text', { x: PAD.left - 4, y: y + 4, 'text-anchor': 'end', class: 'axis' }, label));
  }
}

function bars(root: SVGSVGElement, chart: ChartView, horizontal: boolean): void {
  const values = chart.series.flatMap((s) => s.values);
  const scale = valueScale(chart, Math.max(1, ...values));
  const { max } = scale;
  const count = chart.categories.length || 1;
  const left = horizontal ? BAR_LABELS : PAD.left;
  const plotWidth = WIDTH - left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const band = (horizontal ? plotHeight : plotWidth) / count;
  const barSize = (band * 0.8) / Math.max(1, chart.series.length);
  if (!horizontal) axes(root, chart, scale);
  chart.categories.forEach((category, i) => {
    chart.series.forEach((series, s) => {
      const value = Math.max(0, series.values[i] ?? 0);
      const length = ((horizontal ? plotWidth : plotHeight) * value) / max;
      const offset = band * i + band * 0.1 + barSize * s;
      const rect = horizontal
        ? { x: left, y: PAD.top + offset, width: length, height: barSize }
        : { x: PAD.left + offset, y: PAD.top + plotHeight - length, width: barSize, height: length };
      const bar = svg('rect', { ...rect, fill: color(s) });
      bar.append(svg('title', {}, `${category} · ${series.name}: ${value.toLocaleString()}`));
      root.append(bar);
    });
    const label = horizontal
      ? svg(
          'text',
          { x: left - 4, y: PAD.top + band * (i + 0.5) + 4, 'text-anchor': 'end', class: 'axis' },
          short(category, 18),
        )
      : svg(
          'text',
          {
            x: PAD.left + band * (i + 0.5),
            y: HEIGHT - PAD.bottom + 14,
            'text-anchor': 'middle',
            class: 'axis',
          },
          short(category),
        );
    root.append(label);
  });
}

function lines(root: SVGSVGElement, chart: ChartView, area: boolean): void {
  const scale = valueScale(chart, Math.max(1, ...chart.series.flatMap((s) => s.values)));
  const { max } = scale;
  const count = Math.max(1, chart.categories.length - 1);
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  axes(root, chart, scale);
  const x = (i: number) => PAD.left + (plotWidth * i) / count;
  const y = (v: number) => PAD.top + plotHeight - (plotHeight * Math.max(0, v)) / max;
  chart.series.forEach((series, s) => {
    const points = series.values.map((v, i) => `${x(i)},${y(v)}`).join(' ');
    if (area) {
      const base = `${x(series.values.length - 1)},${y(0)} ${x(0)},${y(0)}`;
      root.append(svg('polygon', { points: `${points} ${base}`, fill: color(s), opacity: 0.3 }));
    }
    root.append(svg('polyline', { points, fill: 'none', stroke: color(s), 'stroke-width': 2 }));
  });
  const step = Math.ceil(chart.categories.length / 8);
  chart.categories.forEach((category, i) => {
    if (i % step !== 0) return;
    root.append(
      svg(
        'text',
        { x: x(i), y: HEIGHT - PAD.bottom + 14, 'text-anchor': 'middle', class: 'axis' },
        short(category),
      ),
    );
  });
}

function pie(root: SVGSVGElement, chart: ChartView): void {
  const values = (chart.series[0]?.values ?? []).map((v) => Math.max(0, v));
  const total = values.reduce((a, b) => a + b, 0) || 1;
  const cx = HEIGHT / 2;
  const cy = HEIGHT / 2;
  const r = HEIGHT / 2 - 16;
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
    root.append(svg('rect', { x: HEIGHT + 8, y: 16 + i * 18, width: 10, height: 10, fill: color(i) }));
    root.append(
      svg('text', { x: HEIGHT + 24, y: 25 + i * 18, class: 'axis' }, short(chart.categories[i] ?? '')),
    );
    angle = end;
  });
}

/** A chart card: title, SVG and a legend of series. */
export function chartCard(chart: ChartView): HTMLElement {
  const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, width: WIDTH, height: HEIGHT, role: 'img' });
  root.setAttribute('aria-label', chart.title || `${chart.type} chart`);
  const type = chart.type.toUpperCase();
  if (type === 'PIE') pie(root, chart);
  else if (type === 'LINE' || type === 'AREA') lines(root, chart, type === 'AREA');
  else bars(root, chart, type === 'BAR');
  const legend = el('div', { class: 'legend' });
  if (type !== 'PIE') {
    chart.series.forEach((series, i) => {
      legend.append(
        el('span', { class: 'swatch', style: { background: color(i) } }),
        el('span', { text: series.name }),
      );
    });
  }
  return el(
    'figure',
    { class: 'chart' },
    el('figcaption', { text: chart.title || `${chart.type} chart` }),
    root,
    legend,
  );
}
