import { mountRecordPage } from '../../components/mountRecordPage';

mountRecordPage('claims');
