/**
 * The Relationships report: the clients whose relationships need care (a decision maker not reached
 * for a while, one person only, a key person who left, no one recorded), then the suggestions for
 * using established relationships, each said with its reasons. Clients with no people recorded at
 * all are many in a new workbook: they are counted, and listed last.
 */
import type { RelationshipHealth } from '../analysis/relationships';
import { explainSuggestion, relationshipHealthLines } from './relationshipWords';
import { asOfLine, clientText, type ReportContext } from './reportContext';
import { col, type ReportSheetModel } from './reportModel';

/** The most rows a block lists: a report a head reads, not an export. */
const MAX_ROWS = 500;

const needsCare = (health: RelationshipHealth) =>
  health.staleDecisionMakers.length > 0 ||
  health.keyPersonLeft.length > 0 ||
  health.noDecisionMaker ||
  health.singlePointOfContact !== null;

/** The Relationships report of an analysis. */
export function relationshipsReport(ctx: ReportContext): ReportSheetModel {
  const { t, analysis } = ctx;
  const { names, clients } = analysis.relationships;
  const care = clients.filter((entry) => needsCare(entry.health));
  const nobody = clients.filter((entry) => entry.health.noPeople);
  const suggestions = clients.flatMap((entry) => entry.suggestions);
  return {
    key: 'relationships',
    sheetName: t('reportSheet.relationships'),
    title: t('report.relationships.title'),
    asOfLine: asOfLine(ctx),
    charts: [],
    blocks: [
      {
        title: t('report.relationships.care', { count: care.length }),
        columns: [col(t('col.clientRef')), col(t('report.relationships.finding'))],
        rows: care
          .slice(0, MAX_ROWS)
          .map((entry) => [
            clientText(ctx, entry.clientId),
            relationshipHealthLines(t, entry.health, names).join(' '),
          ]),
      },
      {
        title: t('report.relationships.suggestions', { count: suggestions.length }),
        columns: [col(t('col.clientRef')), col(t('report.relationships.suggestion'))],
        rows: suggestions
          .slice(0, MAX_ROWS)
          .map((suggestion) => [
            clientText(ctx, suggestion.clientId),
            explainSuggestion(t, suggestion, names),
          ]),
      },
      {
        title: t('report.relationships.nobody', { count: nobody.length }),
        columns: [col(t('col.clientRef'))],
        rows: nobody.slice(0, MAX_ROWS).map((entry) => [clientText(ctx, entry.clientId)]),
      },
    ],
  };
}
