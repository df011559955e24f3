/** `npm run bench`: every benchmark, figures printed for docs/PERFORMANCE.md. */
import { runTableStoreBench } from './tableStoreBench';

runTableStoreBench();
