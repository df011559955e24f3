/**
 * Embedded charts as data the page can draw: the ranges' columns side by side, the first column as
 * categories and the rest as numeric series; a first row of text names the series.
 */
import { isDate } from '../../src/core/dates';
import type { ChartView } from './viewTypes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Most points drawn per series. */
const MAX_POINTS = 200;
/** Sheets' size for a chart inserted without a width or height option. */
const DEFAULT_SIZE = { width: 600, height: 371 };

/** An option by its dotted name ('legend.position'), or read from its object ('legend': {position}). */
function optionOf(options: GoogleAppsScript.Charts.ChartOptions, path: string): unknown {
  const dotted = options.get(path);
  if (dotted !== undefined && dotted !== null) return dotted;
  const [head = '', ...rest] = path.split('.');
  let node: unknown = options.get(head);
  for (const key of rest) node = (node as Record<string, unknown> | null | undefined)?.[key];
  return node;
}

/** A size option in pixels, or `fallback` when unset or not a positive number. */
function sizeOption(options: GoogleAppsScript.Charts.ChartOptions, name: string, fallback: number): number {
  const value = Number(options.get(name));
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function asNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (isDate(value)) return value.getTime();
  const parsed = Number(String(value).replace(/,/g, ''));
  return Number.isFinite(parsed) ? parsed : 0;
}

/** The charts on a sheet, with the values of their ranges. */
export function chartsOf(sheet: Sheet): ChartView[] {
  return sheet.getCharts().map((chart, index) => {
    const values: unknown[][] = [];
    const display: string[][] = [];
    for (const range of chart.getRanges()) {
      const v = range.getValues();
      const d = range.getDisplayValues();
      v.forEach((line, i) => {
        values[i] = [...(values[i] ?? []), ...line];
        display[i] = [...(display[i] ?? []), ...(d[i] ?? [])];
      });
    }
    const hasHeader = values[0]?.slice(1).some((cell) => typeof cell === 'string' && cell !== '') ?? false;
    const body = values.slice(hasHeader ? 1 : 0, (hasHeader ? 1 : 0) + MAX_POINTS);
    const bodyText = display.slice(hasHeader ? 1 : 0, (hasHeader ? 1 : 0) + MAX_POINTS);
    const width = values[0]?.length ?? 0;
    const series: ChartView['series'] = [];
    for (let c = 1; c < width; c++) {
      series.push({
        name: hasHeader ? String(display[0]?.[c] ?? `Series ${c}`) : `Series ${c}`,
        values: body.map((line) => asNumber(line[c])),
      });
    }
    const options = chart.getOptions();
    const container = chart.getContainerInfo();
    const type = String(chart.modify().getChartType());
    const axis = type.toUpperCase() === 'BAR' ? 'hAxis' : 'vAxis';
    const numberOption = (key: string) => {
      const value = optionOf(options, `${axis}.${key}`);
      return typeof value === 'number' && Number.isFinite(value) ? value : null;
    };
    const format = optionOf(options, `${axis}.format`);
    return {
      valueAxis: {
        max: numberOption('viewWindow.max'),
        gridlines: numberOption('gridlines.count'),
        format: typeof format === 'string' ? format : null,
      },
      id: chart.getChartId() ?? index + 1,
      type,
      title: String(options.get('title') ?? ''),
      anchorRow: container.getAnchorRow(),
      anchorColumn: container.getAnchorColumn(),
      offsetX: container.getOffsetX(),
      offsetY: container.getOffsetY(),
      width: sizeOption(options, 'width', DEFAULT_SIZE.width),
      height: sizeOption(options, 'height', DEFAULT_SIZE.height),
      legend: optionOf(options, 'legend.position') !== 'none' && options.get('legend') !== 'none',
      slanted: optionOf(options, 'hAxis.slantedText') === true,
      categories: bodyText.map((line) => line[0] ?? ''),
      series,
    };
  });
}
