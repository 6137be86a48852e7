/**
 * The app's two module workers. Kept apart from their clients: the offline build (vite.config.ts,
 * `offlineWorkers`) rewrites these two constructors — the analysis worker inlined as a classic
 * blob: worker, the import worker replaced by page code — and tests start fakes instead.
 */
import type { AnalysisReply, AnalyzeRequest } from './analysis-protocol.ts';
import type { ImportReply, ImportRequest } from './import-protocol.ts';
import type { WorkerPort } from './request-client.ts';

/** Starts the analysis worker. */
export function startAnalysisWorker(): WorkerPort<AnalyzeRequest, AnalysisReply> {
  return new Worker(new URL('./analysis-worker.ts', import.meta.url), { type: 'module', name: 'doichieu-analysis' });
}

/** Starts the import worker (reads files, arranges workspaces). */
export function startImportWorker(): WorkerPort<ImportRequest, ImportReply> {
  return new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'doichieu-import' });
}
