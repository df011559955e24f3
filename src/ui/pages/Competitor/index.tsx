import { mountRecordPage } from '../../components/mountRecordPage';

mountRecordPage('competitors');
