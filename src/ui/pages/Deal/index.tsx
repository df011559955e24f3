import { mountRecordPage } from '../../components/mountRecordPage';

mountRecordPage('deals');
