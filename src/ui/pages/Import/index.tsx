import { render } from 'preact';
import { ImportPage } from '../../components/ImportPage';
import { PageShell } from '../../components/PageShell';
import '../../components/page.css';

const app = document.getElementById('app');
if (app) render(<PageShell>{(t) => <ImportPage t={t} />}</PageShell>, app);
