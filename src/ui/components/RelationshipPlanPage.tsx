import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { choiceLabelKey, columnOf, type TableRecord } from '../../core/tables/tableSpec';
import { DEALS_TABLE } from '../../core/tables/workTables';
import { closePage, type ServerClient, serverClient } from '../client/serverClient';
import { List, money } from './ClientCardView';
import { ClientPicker } from './ClientPicker';
import { PlanActions } from './PlanActions';
import { PlanForm, type PlanView } from './PlanForm';

type PlanAnswer = Awaited<ReturnType<ServerClient['getRelationshipPlan']>>;

/** Which plan to read: a client (null: the one the card asked for, or the selected row's) and a plan. */
interface Target {
  readonly clientId: string | null;
  readonly planId: string | null;
}

const STAGE = columnOf(DEALS_TABLE, 'stage');

/** An open deal as a line: ID, title, stage, value, next step. */
function dealLine(t: Translator, deal: PlanView['opportunities'][number]): string {
  const stage = typeof deal.stage === 'string' ? t(choiceLabelKey(STAGE, deal.stage)) : '';
  const value = typeof deal.value === 'number' ? money(deal.value) : '';
  const next = deal.nextStep ? t('plan.deal.nextStep', { step: String(deal.nextStep) }) : '';
  return [deal.id, deal.title, stage, value, next].filter((part) => part !== null && part !== '').join(' · ');
}

/** An edit request's plan, as "Edit selected row" on the Plans sheet hands it to the page. */
type InitialEdit = { readonly id: string; readonly record: TableRecord } | null;

/**
 * The plan answer for the client shown, read again on `refresh` (the plan or an action was just
 * saved: what is shown stays meanwhile) or for another client on `pick`; Esc closes the page.
 */
function usePlanAnswer(initialEdit: InitialEdit) {
  const [target, setTarget] = useState<Target>(() => ({
    clientId: typeof initialEdit?.record.clientId === 'string' ? initialEdit.record.clientId : null,
    planId: initialEdit?.id ?? null,
  }));
  const [answer, setAnswer] = useState<PlanAnswer | null>(null);
  useEffect(() => {
    let current = true;
    serverClient.getRelationshipPlan(target.clientId, target.planId).then(
      (next) => {
        if (current) setAnswer(next);
      },
      (error: Error) => {
        if (current) setAnswer({ ok: false, message: error.message, fieldErrors: [] });
      },
    );
    return () => {
      current = false;
    };
  }, [target]);
  useEffect(() => {
    // Esc closes from anywhere on the page (an open client list takes its own Esc first).
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) closePage();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  const view = answer?.ok ? answer : null;
  const refresh = (planId?: string) => {
    if (view) setTarget({ clientId: view.client.id, planId: planId ?? view.plan?.id ?? null });
  };
  const pick = (clientId: string) => {
    setAnswer(null);
    setTarget({ clientId, planId: null });
  };
  return { answer, view, shownClient: view?.client.id ?? target.clientId ?? '', refresh, pick };
}

interface RelationshipPlanPageProps {
  readonly t: Translator;
  /** The plan "Edit selected row" opened on the Plans sheet, if any. */
  readonly initialEdit: InitialEdit;
}

/**
 * One client's relationship plan in one sidebar: pick the client (it starts on the plan opened from
 * a row, the client the card asked for, or the selected row's), edit the plan and the people it
 * depends on, read its opportunities and risks, see and add its actions. Esc closes.
 */
export function RelationshipPlanPage({ t, initialEdit }: RelationshipPlanPageProps) {
  const { answer, view, shownClient, refresh, pick } = usePlanAnswer(initialEdit);
  return (
    <div class="card">
      <div class="field">
        <label for="plan-client">{t('col.clientRef')}</label>
        <ClientPicker
          id="plan-client"
          name="planClient"
          value={shownClient}
          invalid={false}
          describedBy={undefined}
          t={t}
          onChange={pick}
        />
      </div>
      {!answer ? <p aria-busy="true">{t('form.loading')}</p> : null}
      {answer && !answer.ok ? (
        <div class="banner banner--error" role="alert">
          {answer.message}
        </div>
      ) : null}
      {view ? (
        <div>
          <h1>{view.client.name}</h1>
          <PlanForm key={view.client.id} t={t} view={view} onSaved={refresh} />
          <List
            title={t('plan.opportunities')}
            items={view.opportunities.map((deal) => dealLine(t, deal))}
            t={t}
          />
          <List title={t('plan.risks')} items={view.risks.map((risk) => risk.text)} t={t} />
          <PlanActions key={view.client.id} t={t} view={view} onAdded={() => refresh()} />
        </div>
      ) : null}
    </div>
  );
}
