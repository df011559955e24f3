import { render } from 'preact';
import { CampaignMailPage } from '../../components/CampaignMailPage';
import { PageShell } from '../../components/PageShell';
import '../../components/page.css';

const app = document.getElementById('app');
if (app) render(<PageShell>{(t) => <CampaignMailPage t={t} />}</PageShell>, app);
