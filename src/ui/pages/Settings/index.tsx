import { render } from 'preact';
import { PageShell } from '../../components/PageShell';
import { SettingsPage } from '../../components/SettingsPage';
import '../../components/page.css';

const app = document.getElementById('app');
if (app) render(<PageShell>{(t) => <SettingsPage t={t} />}</PageShell>, app);
