import { mountRecordPage } from '../../components/mountRecordPage';

mountRecordPage('obligations');
