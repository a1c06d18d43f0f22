// Test fixture: a real analysis worker that exits (code 7) when a chunk holds the line CRASH.
import { serveAnalysis } from '../../src/ingest/analysis-worker-main.js';

serveAnalysis({
  beforeChunk: (request) => {
    if (request.lines.includes('CRASH')) process.exit(7);
  },
});
