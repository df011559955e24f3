import { render } from 'preact';
import { DismissPage } from '../../components/DismissPage';
import { PageShell } from '../../components/PageShell';
import '../../components/page.css';

const app = document.getElementById('app');
if (app) {
  render(<PageShell>{(t, context) => <DismissPage t={t} userEmail={context.userEmail} />}</PageShell>, app);
}
