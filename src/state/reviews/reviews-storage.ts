/**
 * Where the inspection is kept between visits: IndexedDB, in a database of its own
 * ("doichieu-reviews") so it never clashes with the workspace's records. One record holds the
 * whole of it (a few KB: decisions are short). In tests, and in benchmark mode, a memory store.
 */
import { EMPTY_REVIEWS, sanitizeReviews, type ReviewsData } from './reviews-data.ts';

/** What the reviews slice needs to persist. Both methods may reject (quota, private mode). */
export interface ReviewsStorage {
  load(): Promise<ReviewsData>;
  save(data: ReviewsData): Promise<void>;
}

/** A storage in memory. */
export function memoryReviewsStorage(initial: ReviewsData = EMPTY_REVIEWS): ReviewsStorage {
  let kept = initial;
  return { load: () => Promise.resolve(kept), save: (d) => { kept = d; return Promise.resolve(); } };
}

const KEY = 'reviews';

/** IndexedDB database "doichieu-reviews", object store "reviews"; idb-keyval loads on first use. */
export function indexedDbReviewsStorage(): ReviewsStorage {
  const lib = import('idb-keyval').then((m) => ({ m, store: m.createStore('doichieu-reviews', 'reviews') }));
  return {
    load: async () => { const { m, store } = await lib; return sanitizeReviews(await m.get<unknown>(KEY, store)); },
    save: async (d) => { const { m, store } = await lib; await m.set(KEY, d, store); },
  };
}
