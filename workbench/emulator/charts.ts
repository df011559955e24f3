/** Embedded charts: built, inserted, listed, modified and removed; never drawn. */
import { asGas, type EmulatorContext } from './context';
import { ChartType, enumName } from './enums';
import { rangeOf } from './handles';
import type { ChartRecord } from './model';
import { rectOf } from './rangeBase';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;
type Range = GoogleAppsScript.Spreadsheet.Range;

function copyRecord(r: ChartRecord): ChartRecord {
  return {
    ...r,
    ranges: r.ranges.map((x) => ({ ...x })),
    options: { ...r.options },
    position: { ...r.position },
  };
}

/** A chart, on a sheet or just built (id 0 until inserted). */
export class FakeChart
  implements Pick<Chart, 'getChartId' | 'getRanges' | 'getOptions' | 'getContainerInfo' | 'modify'>
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly record: ChartRecord,
  ) {}
  /** A counted chart over a copy of the record. */
  static of(ctx: EmulatorContext, record: ChartRecord): Chart {
    return asGas(ctx.track(new FakeChart(ctx, copyRecord(record)), 'EmbeddedChart'));
  }
  /** The record behind a chart made here. */
  static recordOf(chart: unknown): ChartRecord {
    if (!(chart instanceof FakeChart)) throw new Error('The chart does not belong to this spreadsheet.');
    return copyRecord(chart.record);
  }
  getChartId(): number | null {
    return this.record.id || null;
  }
  getRanges(): Range[] {
    return this.record.ranges.map((r) => rangeOf(this.ctx, r));
  }
  getOptions(): GoogleAppsScript.Charts.ChartOptions {
    const type = this.record.type;
    const options = this.record.options;
    const chartOptions = { get: (option: string) => (option === 'type' ? type : options[option]) };
    return this.ctx.track(chartOptions, 'ChartOptions');
  }
  getContainerInfo(): GoogleAppsScript.Spreadsheet.ContainerInfo {
    const p = this.record.position;
    const info = {
      getAnchorRow: () => p.row,
      getAnchorColumn: () => p.column,
      getOffsetX: () => p.offsetX,
      getOffsetY: () => p.offsetY,
    };
    return this.ctx.track(info, 'ContainerInfo');
  }
  modify(): Builder {
    return FakeChartBuilder.of(this.ctx, copyRecord(this.record));
  }
}

/** Sheet.newChart() and EmbeddedChart.modify(). */
export class FakeChartBuilder
  implements
    Pick<
      Builder,
      | 'setChartType'
      | 'getChartType'
      | 'addRange'
      | 'removeRange'
      | 'clearRanges'
      | 'getRanges'
      | 'setPosition'
      | 'setOption'
      | 'build'
    >
{
  constructor(
    private readonly ctx: EmulatorContext,
    private readonly record: ChartRecord,
  ) {}
  /** A counted builder, blank or from a chart being modified. */
  static of(ctx: EmulatorContext, record?: ChartRecord): Builder {
    const start = record ?? {
      id: 0,
      type: 'COLUMN',
      ranges: [],
      options: {},
      position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
    };
    return asGas(ctx.track(new FakeChartBuilder(ctx, start), 'EmbeddedChartBuilder'));
  }
  private self(): Builder {
    return asGas(this);
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType): Builder {
    this.record.type = enumName(type);
    return this.self();
  }
  getChartType(): GoogleAppsScript.Charts.ChartType {
    return asGas(ChartType[this.record.type as keyof typeof ChartType]);
  }
  addRange(range: Range): Builder {
    this.record.ranges.push(rectOf(range));
    return this.self();
  }
  removeRange(range: Range): Builder {
    const r = rectOf(range);
    this.record.ranges = this.record.ranges.filter((x) => JSON.stringify(x) !== JSON.stringify(r));
    return this.self();
  }
  clearRanges(): Builder {
    this.record.ranges = [];
    return this.self();
  }
  getRanges(): Range[] {
    return this.record.ranges.map((r) => rangeOf(this.ctx, r));
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number): Builder {
    this.record.position = { row, column, offsetX, offsetY };
    return this.self();
  }
  setOption(option: string, value: unknown): Builder {
    this.record.options[option] = value;
    return this.self();
  }
  build(): Chart {
    return FakeChart.of(this.ctx, this.record);
  }
}
