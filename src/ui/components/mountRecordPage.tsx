import { render } from 'preact';
import { formLayoutOf } from '../../core/forms/formLayouts';
import { PageShell } from './PageShell';
import { RecordForm } from './RecordForm';
import './page.css';

/** Draws the sidebar form of one table into the page's #app element. */
export function mountRecordPage(tableKey: string): void {
  const form = formLayoutOf(tableKey);
  const app = document.getElementById('app');
  if (!form || !app) return;
  render(
    <PageShell tableKey={tableKey}>
      {(t, context) => (
        <RecordForm
          form={form}
          t={t}
          initialEdit={context.edit}
          currency={context.currencySymbol}
          numbers={context.numbers}
        />
      )}
    </PageShell>,
    app,
  );
}
