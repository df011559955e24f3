/**
 * The relationship plan's sidebar, built as the Plans form's own page (dist/Plan.html: the layout's
 * `ownPage` in core's FORM_LAYOUTS), so "Relationship plan…", "Edit selected row" on the Plans sheet
 * and the client card's button all open it.
 */
import { render } from 'preact';
import { PageShell } from '../../components/PageShell';
import { RelationshipPlanPage } from '../../components/RelationshipPlanPage';
import '../../components/page.css';

const app = document.getElementById('app');
if (app) {
  render(
    <PageShell tableKey="plans">
      {(t, context) => <RelationshipPlanPage t={t} initialEdit={context.edit} />}
    </PageShell>,
    app,
  );
}
