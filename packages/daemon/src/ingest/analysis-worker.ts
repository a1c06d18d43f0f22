/** Entry of an analysis worker thread (see analysis-worker-main.ts). */
import { serveAnalysis } from './analysis-worker-main.js';

serveAnalysis();
