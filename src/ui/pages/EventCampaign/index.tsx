/**
 * The event and fax campaign sidebar (Suki › Event or fax campaign…): pick a presentation, show,
 * exhibition or fax campaign, invite clients, mark attendance, add a lead met there, print (or send)
 * the fax invitations.
 */
import { render } from 'preact';
import { EventCampaignPage } from '../../components/EventCampaignPage';
import { PageShell } from '../../components/PageShell';
import '../../components/page.css';

const app = document.getElementById('app');
if (app) render(<PageShell>{(t) => <EventCampaignPage t={t} />}</PageShell>, app);
