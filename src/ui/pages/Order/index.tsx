import { mountRecordPage } from '../../components/mountRecordPage';

mountRecordPage('orders');
