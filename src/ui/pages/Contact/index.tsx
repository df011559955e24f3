import { mountRecordPage } from '../../components/mountRecordPage';

mountRecordPage('contacts');
