import { render } from 'preact';
import { ClientCardView } from '../../components/ClientCardView';
import { PageShell } from '../../components/PageShell';
import '../../components/page.css';

const app = document.getElementById('app');
if (app) render(<PageShell>{(t) => <ClientCardView t={t} />}</PageShell>, app);
