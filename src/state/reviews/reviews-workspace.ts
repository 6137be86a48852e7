/**
 * The inspection inside the workspace file (`doichieu.workspace/1`): an optional `reviews` field
 * holding the audit trails and conclusions. Files written before it have no such field and read
 * as before (no decisions); the workspace's own fields are never touched.
 */
import { WORKSPACE_SCHEMA } from '../workspace/workspace-file.ts';
import { EMPTY_REVIEWS, sanitizeReviews, type ReviewsData } from './reviews-data.ts';

/** The workspace file's JSON text with `reviews` added (left as is when there is nothing to add). */
export function workspaceJsonWithReviews(json: string, data: ReviewsData): string {
  if (!data.trails.length && !data.conclusions.length) return json;
  const file = JSON.parse(json) as Record<string, unknown>;
  return `${JSON.stringify({ ...file, reviews: { reviewer: data.reviewer, trails: data.trails, conclusions: data.conclusions } }, null, 2)}\n`;
}

/** The trails and conclusions of a workspace file's text; empty when it has none or is not a workspace file. */
export function reviewsFromWorkspaceJson(text: string): ReviewsData {
  try {
    const v: unknown = JSON.parse(text.replace(/^\ufeff/u, ''));
    if (typeof v !== 'object' || v === null || !('schema' in v) || v.schema !== WORKSPACE_SCHEMA || !('reviews' in v)) return EMPTY_REVIEWS;
    return sanitizeReviews(v.reviews);
  } catch {
    return EMPTY_REVIEWS;
  }
}
