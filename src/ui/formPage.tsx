/**
 * The sidebar page of every form. The build makes one dist/<page>.html per layout in core's
 * FORM_LAYOUTS from this file, injecting the layout's table key as SUKI_FORM_TABLE (esbuild
 * `define`), so a new form needs no page of its own.
 */
import { mountRecordPage } from './components/mountRecordPage';

declare const SUKI_FORM_TABLE: string;

mountRecordPage(SUKI_FORM_TABLE);
