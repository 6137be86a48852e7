/** Entry point: fonts and styles (bundled, no CDN), the store with its worker and URL binding, and the app. */
import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/base.css';
import './styles/app.css';
import './styles/print.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAppStore } from './state/store.ts';
import { bindUrl } from './state/route/url-sync.ts';
import { parseHash } from './state/route/route.ts';
import { StoreProvider } from './state/use-app-store.tsx';
import { loadBuiltinCorpus } from './state/corpus/builtin-corpus.ts';
import { createWorkerAnalyzer } from './worker/analysis-client.ts';
import { createImportReader } from './worker/import-client.ts';
import { indexedDbStorage, memoryStorage } from './state/workspace/workspace-storage.ts';
import { indexedDbReviewsStorage, memoryReviewsStorage } from './state/reviews/reviews-storage.ts';
import { benchLoader, parseBenchMode } from './state/corpus/bench-mode.ts';
import { App } from './ui/app.tsx';

// `?bench=N`: N generated documents instead of the user's corpus, for this page load only.
const bench = parseBenchMode(window.location.search);
const store = createAppStore({
  loadCorpus: benchLoader(loadBuiltinCorpus, bench),
  analyze: createWorkerAnalyzer(),
  initialRoute: parseHash(window.location.hash),
  // The user's imported documents and edits survive reload and browser restart. The benchmark
  // corpus never reads or writes them: it keeps its workspace in memory.
  workspace: { storage: bench.kind === 'off' ? indexedDbStorage() : memoryStorage(), reader: createImportReader() },
  bench,
  reviews: bench.kind === 'off' ? indexedDbReviewsStorage() : memoryReviewsStorage(),
});
bindUrl(store, window);
if (bench.kind !== 'invalid') void store.getState().start();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
