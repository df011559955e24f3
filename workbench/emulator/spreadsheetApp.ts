/** The SpreadsheetApp and Charts globals. */
import { FakeConditionalBuilder } from './conditionalFormat';
import { asGas, type EmulatorContext } from './context';
import { FakeValidationBuilder } from './dataValidation';
import {
  BooleanCriteria,
  ChartType,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
} from './enums';
import { spreadsheetOf } from './handles';
import type { FullRecorder } from './ui';
import { createUi } from './ui';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * SpreadsheetApp for a bound script. With no container (the noContainer option, or a time-driven
 * trigger's execution: ctx.hasContainer) there is no active spreadsheet and no Ui.
 */
export function createSpreadsheetApp(ctx: EmulatorContext, recorder: FullRecorder): SpreadsheetApp {
  const active = (): Spreadsheet => (ctx.hasContainer() ? spreadsheetOf(ctx) : asGas<Spreadsheet>(null));
  const service: Pick<
    SpreadsheetApp,
    | 'BooleanCriteria'
    | 'DataValidationCriteria'
    | 'DeveloperMetadataLocationType'
    | 'DeveloperMetadataVisibility'
    | 'Dimension'
    | 'ProtectionType'
    | 'getActive'
    | 'getActiveSpreadsheet'
    | 'getActiveSheet'
    | 'getActiveRange'
    | 'getUi'
    | 'flush'
    | 'newDataValidation'
    | 'newConditionalFormatRule'
  > = {
    BooleanCriteria: asGas(BooleanCriteria),
    DataValidationCriteria: asGas(DataValidationCriteria),
    DeveloperMetadataLocationType: asGas(DeveloperMetadataLocationType),
    DeveloperMetadataVisibility: asGas(DeveloperMetadataVisibility),
    Dimension: asGas(Dimension),
    ProtectionType: asGas(ProtectionType),
    getActive: active,
    getActiveSpreadsheet: active,
    getActiveSheet: () => active().getActiveSheet(),
    getActiveRange: () => asGas(active().getActiveRange()),
    getUi: () => {
      if (!ctx.hasContainer()) throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
      return createUi(ctx, recorder);
    },
    // Writes apply at once here, so flush only costs its modelled round trip.
    flush: () => undefined,
    newDataValidation: () => FakeValidationBuilder.of(ctx),
    newConditionalFormatRule: () => FakeConditionalBuilder.of(ctx),
  };
  return asGas(ctx.track(service, 'SpreadsheetApp'));
}

/** The Charts global; Suki needs only Charts.ChartType. */
export function createCharts(): Pick<GoogleAppsScript.Charts.Charts, 'ChartType'> {
  return { ChartType: asGas(ChartType) };
}
