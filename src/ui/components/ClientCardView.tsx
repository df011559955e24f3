import { useEffect, useState } from 'preact/hooks';
import type { Translator } from '../../core/i18n/format';
import { CLIENTS_TABLE } from '../../core/tables/clientsTable';
import { PEOPLE_TABLE } from '../../core/tables/peopleTable';
import { choiceLabelKey, columnOf, type TableRecord, type TableSpec } from '../../core/tables/tableSpec';
import { CLAIMS_TABLE, CONTACT_PLAN_TABLE, DEALS_TABLE } from '../../core/tables/workTables';
import { type ServerClient, serverClient } from '../client/serverClient';
import { ClientPicker } from './ClientPicker';
import { SidebarLink } from './SidebarLink';

type CardAnswer = Awaited<ReturnType<ServerClient['getClientCard']>>;
type Card = Extract<CardAnswer, { ok: true }>;

/** An amount with two decimals, in the browser's way of writing numbers. */
export const money = (n: number) =>
  n.toLocaleString(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function choice(t: Translator, table: TableSpec, key: string, value: unknown): string {
  const column = columnOf(table, key);
  return typeof value === 'string' && column.choices?.includes(value)
    ? t(choiceLabelKey(column, value))
    : String(value ?? '');
}

/** A titled read-only list, or "None." when it is empty. */
export function List({ title, items, t }: { title: string; items: readonly string[]; t: Translator }) {
  return (
    <section>
      <h2>{title}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('card.none')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The forecast as the last report computed it from the whole book (the Clients row's late chance and
 * band), and a word when that may no longer be today's: its range and reasons are in the report.
 */
function Reliability({ card, t }: { card: Card; t: Translator }) {
  const forecast = card.forecast;
  return (
    <section>
      <h2>{t('card.reliability')}</h2>
      {forecast ? (
        <p>
          <span class="score">{forecast.lateChance}%</span>{' '}
          <span class="muted">· {choice(t, CLIENTS_TABLE, 'reliabilityBand', forecast.band)}</span>
        </p>
      ) : null}
      <p class="muted">
        {forecast
          ? t(card.computed.stale ? 'card.figuresStale' : 'card.figuresFromReport')
          : t('card.figuresNone')}
      </p>
    </section>
  );
}

/**
 * The suggestions for using the relationships, each with a button that plans it as a contact in
 * one step (the contact form's own save: validated, checked for rights, audited).
 */
function Suggestions({ t, card, onPlanned }: { t: Translator; card: Card; onPlanned: () => void }) {
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const plan = async (planned: TableRecord) => {
    setBusy(true);
    try {
      const saved = await serverClient.saveRecord('contacts', planned);
      setMessage(saved.message);
      if (saved.ok) onPlanned();
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <h2>{t('relationship.card.suggestions')}</h2>
      {message ? <p role="status">{message}</p> : null}
      {card.suggestions.length === 0 ? <p class="muted">{t('card.none')}</p> : null}
      <ul>
        {card.suggestions.map((s) => (
          <li key={s.text}>
            {s.text}{' '}
            <button type="button" disabled={busy} onClick={() => void plan(s.planned)}>
              {t('card.planContact')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

const line = (record: TableRecord, ...parts: unknown[]) =>
  [record.id, ...parts].filter((p) => p !== null && p !== undefined && p !== '').join(' · ');

/** Who to reach at the client and when: the primary contact, phone, e-mail, next step and date. */
function Contact({ card, t }: { card: Card; t: Translator }) {
  const { contact } = card;
  const or = (value: string | null) => value ?? '—';
  const person = contact.position ? `${or(contact.person)} (${contact.position})` : or(contact.person);
  const date = contact.nextContactDate
    ? `${contact.nextContactDate}${contact.overdue ? ` (${t('card.overdue')})` : ''}`
    : '—';
  return (
    <section class="card-contact">
      <h2>{t('card.contact')}</h2>
      <ul>
        <li>{t('card.contactPerson', { name: person })}</li>
        <li>{t('card.contactPhone', { phone: or(contact.phone) })}</li>
        <li>{t('card.contactEmail', { email: or(contact.email) })}</li>
        <li>{t('card.nextStep', { step: or(contact.nextStep) })}</li>
        <li>{t('card.nextContactDate', { date })}</li>
      </ul>
    </section>
  );
}

/** A next contact as the card lists it; the client's own next contact date says so. */
function nextContactLine(t: Translator, contact: TableRecord): string {
  if (contact.id === null)
    return line(contact, contact.plannedDate, contact.purpose, t('card.clientNextContact'));
  return line(
    contact,
    contact.plannedDate,
    choice(t, CONTACT_PLAN_TABLE, 'channel', contact.channel),
    contact.purpose,
  );
}

/** One client at a glance: pick a client, see its forecast, health, classes, open work and recommendations. */
export function ClientCardView({ t }: { readonly t: Translator }) {
  const [clientId, setClientId] = useState<string | null>(null);
  const [answer, setAnswer] = useState<CardAnswer | null>(null);
  // Bumped to read the card again (a contact was just planned from it).
  const [version, setVersion] = useState(0);
  useEffect(() => {
    setAnswer(null);
    serverClient
      .getClientCard(clientId)
      .then(setAnswer, (error: Error) => setAnswer({ ok: false, message: error.message, fieldErrors: [] }));
  }, [clientId, version]);
  const card = answer?.ok ? answer : null;
  return (
    <div class="card">
      <div class="field">
        <label for="card-client">{t('col.clientRef')}</label>
        <ClientPicker
          id="card-client"
          name="clientId"
          value={String(card?.client.id ?? clientId ?? '')}
          invalid={false}
          describedBy={undefined}
          t={t}
          onChange={setClientId}
        />
      </div>
      {!answer ? <p aria-busy="true">{t('form.loading')}</p> : null}
      {answer && !answer.ok ? <div class="banner banner--error">{answer.message}</div> : null}
      {card ? (
        <div>
          <h1>{String(card.client.name ?? '')}</h1>
          <p>
            {t('card.classes', { abc: card.abcClass ?? '—', xyz: card.xyzClass ?? '—' })}
            <br />
            {t('card.revenue', { revenue: money(card.revenue) })}
          </p>
          <Contact card={card} t={t} />
          <Reliability card={card} t={t} />
          <List title={t('card.health')} items={card.health} t={t} />
          <List title={t('card.actions')} items={card.actions} t={t} />
          <List
            title={t('card.openClaims')}
            items={card.openClaims.map((c) =>
              line(c, choice(t, CLAIMS_TABLE, 'category', c.category), c.slaDueDate),
            )}
            t={t}
          />
          <List
            title={t('card.nextContacts')}
            items={card.nextContacts.map((c) => nextContactLine(t, c))}
            t={t}
          />
          <List
            title={t('card.obligations')}
            items={card.obligations.map((o) => line(o, o.obligation, o.dueDate))}
            t={t}
          />
          <List
            title={t('card.deals')}
            items={card.deals.map((d) =>
              line(
                d,
                d.title,
                choice(t, DEALS_TABLE, 'stage', d.stage),
                typeof d.value === 'number' ? money(d.value) : '',
              ),
            )}
            t={t}
          />
          <List
            title={t('card.people')}
            items={card.people.map((p) =>
              line(
                p,
                p.name,
                choice(t, PEOPLE_TABLE, 'buyingRole', p.buyingRole),
                p.position,
                p.lastContacted
                  ? t('card.lastContacted', { date: String(p.lastContacted) })
                  : t('card.neverContacted'),
                p.status === 'left' ? t('card.personLeft') : '',
                p.optedOut === 'yes' ? t('card.optedOut') : '',
              ),
            )}
            t={t}
          />
          <List
            title={t('card.plan')}
            items={card.plans.map((p) =>
              line(
                p,
                t('card.planLine', {
                  objective: String(p.objective ?? ''),
                  periodEnd: String(p.periodEnd ?? '—'),
                  reviewDate: String(p.reviewDate ?? '—'),
                  people: String(p.people || '—'),
                }),
              ),
            )}
            t={t}
          />
          <SidebarLink
            label={t('plan.open')}
            open={() => serverClient.showRelationshipPlan(String(card.client.id ?? ''))}
          />
          <SidebarLink
            label={t('schemes.cardOpen')}
            open={() => serverClient.showSchemesForClient(String(card.client.id ?? ''))}
          />
          <List title={t('relationship.card.title')} items={card.relationship} t={t} />
          <Suggestions t={t} card={card} onPlanned={() => setVersion((v) => v + 1)} />
          <List title={t('card.competitors')} items={card.competitors} t={t} />
        </div>
      ) : null}
    </div>
  );
}
