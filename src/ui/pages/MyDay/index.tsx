/** My day's sidebar (Suki › My day…): the person's contacts of the day and their outcomes. */
import { render } from 'preact';
import { MyDayPage } from '../../components/MyDayPage';
import { PageShell } from '../../components/PageShell';
import '../../components/page.css';
import './myDay.css';

const app = document.getElementById('app');
if (app) render(<PageShell>{(t, context) => <MyDayPage t={t} locale={context.locale} />}</PageShell>, app);
