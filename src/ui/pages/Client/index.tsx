import { render } from 'preact';
import { CLIENTS_TABLE } from '../../../core/tables/clientsTable';
import { serverClient } from '../../client/serverClient';
import { PageShell } from '../../components/PageShell';
import { type FormSection, RecordForm } from '../../components/RecordForm';
import '../../components/page.css';

const SECTIONS: readonly FormSection[] = [
  { title: 'form.section.identity', columns: ['name', 'status', 'tier', 'segment', 'owner'] },
  { title: 'form.section.contact', columns: ['contactPerson', 'email', 'phone', 'fax', 'website'] },
  { title: 'form.section.profile', columns: ['needs', 'region', 'leadSource', 'competitors'] },
  { title: 'form.section.terms', columns: ['taxNumber', 'yearFounded', 'creditLimit', 'paymentTermsDays'] },
  { title: 'form.section.plan', columns: ['goal', 'nextStep', 'nextContactDate', 'notes'] },
];

function ClientPage() {
  return (
    <PageShell>
      {(t) => (
        <RecordForm
          table={CLIENTS_TABLE}
          title="form.client.new"
          sections={SECTIONS}
          t={t}
          save={(payload) => serverClient.saveClient(payload)}
        />
      )}
    </PageShell>
  );
}

const app = document.getElementById('app');
if (app) render(<ClientPage />, app);
