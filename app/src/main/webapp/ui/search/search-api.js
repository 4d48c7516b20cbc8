// Requests of the search screen: a page of results, click recording, asking authors for a missing
// article (remembering which queries this browser already asked for), and the start page's
// pending reads.
import { api } from '../core/api.js';
import { FACETS } from './facets.js';

const PAGE_SIZE = 20;
const requested = new Set(); // queries this browser already asked authors for
let mine = null; // {at, promise of the lower-cased queries of my open requests}

function searchParams(state, after) {
  const query = { q: state.q.trim(), limit: PAGE_SIZE, sort: state.sort === 'recency' ? 'recency' : undefined, after };
  for (const facet of FACETS) if (state.filters[facet]?.length) query[facet] = state.filters[facet];
  return query;
}

/** GET /search for the state, from the cursor `after` (undefined for the first page). */
export function searchPage(state, after, options) {
  return api.get('/search', searchParams(state, after), options);
}

/** The hits of a response, each knowing the search that found it (for click recording). */
export function hitsOf(data) {
  return (data.hits || []).map((hit) => ({ ...hit, searchId: data.searchId }));
}

/** The cursor of the next page from the response's `next` address, or null. */
export function afterOf(nextAddress) {
  if (!nextAddress) return null;
  try {
    return new URL(nextAddress, location.origin).searchParams.get('after');
  } catch {
    return null;
  }
}

export function recordClick(hit, index) {
  if (!hit?.searchId) return;
  api.post(`/search/${encodeURIComponent(hit.searchId)}/clicks`, { articleId: hit.id, position: index + 1 }).catch(() => {});
}

export function requestedHere(q) {
  return requested.has(q.toLowerCase());
}

/** The lower-cased queries of my open article requests (cached for a minute). */
export function myRequests() {
  if (!mine || Date.now() - mine.at > 60000) {
    mine = {
      at: Date.now(),
      promise: api.get('/article-requests/mine', { limit: 100 })
        .then(({ data }) => new Set((data?.items || []).filter((r) => r.status === 'OPEN').map((r) => r.query.trim().toLowerCase())))
        .catch(() => new Set()),
    };
  }
  return mine.promise;
}

export async function requestArticle(q, space) {
  await api.post('/article-requests', { query: q.slice(0, 300), space });
  requested.add(q.toLowerCase());
}

export async function pendingReads() {
  const { data } = await api.get('/acknowledgements/pending');
  return data;
}
