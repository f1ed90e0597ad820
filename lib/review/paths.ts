/**
 * Desk URLs of the workspace. The open claim is a path segment (not a search
 * parameter) so the article's layout — its text and the queue — survives
 * moving from claim to claim; the queue's filters stay in the search string.
 */
export const articlePath = (articleId: string) => `/articles/${articleId}`;

export const claimPath = (articleId: string, claimId: string, search = "") =>
  `/articles/${articleId}/claims/${claimId}${search && !search.startsWith("?") ? `?${search}` : search}`;
