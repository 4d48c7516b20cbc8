// State and URL of the search screen: what the address (#/?q=…&space=…&sort=…&open=…) says, the
// key that tells two searches apart, and writing the screen's state back into the address.
import { FACETS } from './facets.js';

/** The search the router's params ask for. */
export function parseState(params) {
  const filters = {};
  for (const facet of FACETS) {
    const values = (params[facet] || '').split(',').map((v) => v.trim()).filter(Boolean);
    if (values.length) filters[facet] = [...new Set(values)];
  }
  return { q: params.q || '', filters, sort: params.sort === 'recency' ? 'recency' : 'relevance', open: params.open || null };
}

/** Equal for two states that return the same results (order of filter values, outer spaces). */
export function searchKey(state) {
  const filters = FACETS.map((f) => [...(state.filters[f] || [])].sort().join(','));
  return JSON.stringify([state.q.trim(), filters, state.sort]);
}

function hashQuery(state, open) {
  const query = { q: state.q || undefined };
  for (const facet of FACETS) if (state.filters[facet]?.length) query[facet] = state.filters[facet].join(',');
  if (state.sort !== 'relevance') query.sort = state.sort;
  if (open) query.open = open;
  return query;
}

/** Remembers the address of the last search, so that other screens can lead back to it. */
export function rememberLastSearch() {
  sessionStorage.setItem('kb.search.last', location.hash || '#/');
}

/** Writes the state (and the open article) into the address: a new history entry for 'push'. */
export function syncHash(ctx, state, mode, open) {
  ctx.navigate('/', hashQuery(state, open), { replace: mode !== 'push' });
  rememberLastSearch();
}
