/**
 * The page-facing form of the calls whose server function answers plain data (and throws on
 * failure) because menu code and tests use it so: each answers core's PageResult, as every function
 * a page calls does. main.ts exports these under the public names (getPageContext, listClients,
 * getAnalysisSettings, getClientCard, getRelationshipPlan); the functions they wrap keep theirs in
 * their own modules.
 */
import { type Translator, translatorFor } from '../core/i18n/translate';
import { done, type PageResult, refused } from '../core/pageResult';
import { type ClientCard, getClientCard } from './clientCard';
import { describeFailure } from './failures';
import { currentTranslator } from './locale';
import { getPageContext, type PageContext } from './pages';
import { getRelationshipPlan, type RelationshipPlan } from './relationshipPlan';
import { getAnalysisSettings, type SettingsForm } from './settings';

/** The person's translator, asked only once something failed (so success costs no extra call). */
function failureTranslator(): Translator {
  try {
    return currentTranslator();
  } catch {
    return translatorFor('en');
  }
}

/** `read()` as a done answer, or its failure described in the person's words. */
function answer<T extends object>(read: () => T): PageResult<T> {
  try {
    return done('', read());
  } catch (error) {
    return refused(describeFailure(failureTranslator(), error));
  }
}

/**
 * Called by every page on load, with the table its form serves (if any): the person's language
 * and messages, their e-mail, and the record "Edit selected row" left for this form.
 */
export function pageContextAnswer(tableKey?: unknown): PageResult<PageContext> {
  try {
    return done('', getPageContext(tableKey));
  } catch (error) {
    // getPageContext already says its failures in the person's words.
    return refused(error instanceof Error ? error.message : String(error));
  }
}

/** The settings page's fields: the workbook's settings and the defaults, as text. */
export function analysisSettingsAnswer(): PageResult<SettingsForm> {
  return answer(getAnalysisSettings);
}

/** One client at a glance for the client card; `clientId` null means the selected row's client. */
export function clientCardAnswer(clientId: unknown): PageResult<ClientCard> {
  const card = getClientCard(clientId);
  return card.ok ? done('', card) : refused(card.message);
}

/**
 * One client's relationship plan for its sidebar (`clientId` null: the client the card asked for, or
 * the selected row's); `planId` names the plan to show, else the client's newest active one.
 */
export function relationshipPlanAnswer(clientId: unknown, planId?: unknown): PageResult<RelationshipPlan> {
  return answer(() => getRelationshipPlan(clientId, planId));
}
