import { mountRecordPage } from '../../components/mountRecordPage';

mountRecordPage('clients');
