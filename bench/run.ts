/** `npm run bench`: every benchmark, figures printed for docs/PERFORMANCE.md. */
import { runAnalysisBench } from './analysisBench';
import { runTableStoreBench } from './tableStoreBench';

runTableStoreBench();
runAnalysisBench();
