/**
 * The interaction schemes sidebar (Suki › Interaction schemes…, and the client card's "Apply a
 * scheme…"): pick or create a scheme, edit its steps, save, and apply it to clients.
 */
import { render } from 'preact';
import { PageShell } from '../../components/PageShell';
import { SchemesPage } from '../../components/SchemesPage';
import '../../components/page.css';
import './schemes.css';

const app = document.getElementById('app');
if (app) render(<PageShell>{(t) => <SchemesPage t={t} />}</PageShell>, app);
