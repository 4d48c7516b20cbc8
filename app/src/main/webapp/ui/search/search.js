// The agent search screen (#/?q=…&space=…&sort=…&open=<articleId>): results follow typing, the
// keyboard does everything, and an article opens beside the list without losing it.
//
// This module builds the screen and wires its parts; each concern lives in its own module:
//   search-url.js      state ↔ address            search-api.js      requests
//   search-run.js      running a search, paging   search-outcome.js  hits, start page, no hits, failure
//   search-list.js     result options, active row search-pane.js     the preview pane
//   search-keys.js     keyboard and key hints     facets.js, suggest.js, labels.js, clipboard.js
// They share one screen object (`sc`): its state (below) and elements, and each part's actions.
//
// Contract for the benchmark: the results container has data-test="results" and, once the results
// of a query are rendered, data-query = exactly the text those results are for.
import { h } from '../core/dom.js';
import { registerMessages, t } from '../core/i18n.js';
import { createFacetBar } from './facets.js';
import { createSuggest } from './suggest.js';
import { listActions } from './search-list.js';
import { outcomeActions } from './search-outcome.js';
import { createPane, paneActions } from './search-pane.js';
import { keyHints, listenToKeys } from './search-keys.js';
import { runActions } from './search-run.js';
import { parseState, rememberLastSearch, searchKey } from './search-url.js';
import messages from './messages.js';

registerMessages(messages);

let screen = null;

export function render(outlet, params, ctx) {
  screen = createScreen(outlet, ctx);
  screen.apply(params, true);
  const current = screen;
  return () => { current.destroy(); if (screen === current) screen = null; };
}

export function update(params) {
  screen?.apply(params, false);
}

function createScreen(outlet, ctx) {
  const sc = {
    ctx,
    session: ctx.session,
    state: { q: '', filters: {}, sort: 'relevance', open: null },
    renderedKey: null, // searchKey of what the list shows
    hits: [],
    next: null, // cursor of the next page
    total: 0,
    active: -1, // index of the active option
    seq: 0, // number of the latest search request; answers to older ones are dropped
    controller: null,
    typingTimer: null,
    busyTimer: null,
    openFirstWhenReady: null, // the text whose first hit Enter asked for before its results came
    paneId: null,
    paneController: null,
    paneArticle: null,
    openedByPush: false, // opening the pane added a history entry: closing it goes back
    categoryMap: new Map(),
    lastFacets: {},
  };

  // ----- DOM -----
  const input = h('input', {
    id: 'search-input', type: 'search', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'search-results',
    'aria-describedby': 'search-keys', placeholder: t('search.placeholder'), maxlength: 500, dataset: { test: 'search-input' },
  });
  const clear = h('button', { type: 'button', class: 'search-clear', 'aria-label': t('search.clear'), hidden: true, dataset: { test: 'search-clear' } }, h('span', { 'aria-hidden': 'true' }, '×'));
  const busyBar = h('div', { class: 'busy-bar', 'aria-hidden': 'true' });
  const suggest = createSuggest({
    input,
    onQuery: (text) => { input.value = text; sc.runNow({ history: 'push' }); },
    onTitle: (id) => sc.openArticle(id, -1),
  });
  const sort = h('select', { dataset: { test: 'sort' }, 'aria-label': t('search.sort') },
    h('option', { value: 'relevance' }, t('search.sort.relevance')),
    h('option', { value: 'recency' }, t('search.sort.recency')));
  const facetBar = createFacetBar({
    session: sc.session,
    onToggle: (facet, value, on) => {
      const values = new Set(sc.state.filters[facet] || []);
      if (on) values.add(value); else values.delete(value);
      sc.state.filters = { ...sc.state.filters, [facet]: [...values] };
      if (!values.size) delete sc.state.filters[facet];
      sc.runNow({ history: 'push' });
    },
    onClear: () => { sc.state.filters = {}; sc.runNow({ history: 'push' }); input.focus(); },
  });
  const status = h('p', { class: 'result-status', role: 'status', 'aria-live': 'polite', dataset: { test: 'result-count' } });
  const list = h('ol', { id: 'search-results', class: 'results', role: 'listbox', 'aria-label': t('search.results'), dataset: { test: 'results' } });
  const extra = h('div', { class: 'results-extra' });
  const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const resultsCol = h('section', { class: 'results-col', 'aria-label': t('search.results') }, status, list, extra);
  const paneParts = createPane(sc);

  const root = h('div', { class: 'search-screen', dataset: { test: 'search-screen' } },
    h('header', { class: 'search-head' },
      h('h1', { class: 'visually-hidden' }, t('search.title')),
      h('div', { class: 'search-box' },
        h('label', { for: 'search-input', class: 'visually-hidden' }, t('search.label')),
        h('span', { class: 'search-icon', 'aria-hidden': 'true' }, '⌕'),
        input, clear, busyBar, suggest.el),
      keyHints(),
      h('div', { class: 'search-tools' }, facetBar.el, h('label', { class: 'sort' }, h('span', null, t('search.sort')), sort)),
      facetBar.chips),
    h('div', { class: 'search-body' }, resultsCol, paneParts.pane),
    announce);
  outlet.append(root);

  // ----- the parts, sharing the screen object -----
  Object.assign(sc, { root, input, clear, suggest, facetBar, status, list, extra, announce, resultsCol, paneParts });
  Object.assign(sc, listActions(sc), runActions(sc), outcomeActions(sc), paneActions(sc));
  sc.loadCategoryNames();
  const stopKeys = listenToKeys(sc);
  clear.addEventListener('click', () => { input.value = ''; sc.runNow(); input.focus(); });
  sort.addEventListener('change', () => { sc.state.sort = sort.value; sc.runNow({ history: 'push' }); });

  // ----- router entry points -----
  function apply(params, initial) {
    const wanted = parseState(params);
    if (initial || searchKey(wanted) !== searchKey(sc.state) || wanted.q !== sc.state.q) {
      sc.state = { ...wanted, open: null };
      input.value = wanted.q;
      sort.value = wanted.sort;
      clear.hidden = !wanted.q;
      suggest.cancel();
      sc.runNow({ sync: false });
    }
    if (!initial && wanted.open !== sc.paneId) sc.openedByPush = false;
    if (wanted.open) sc.showPane(wanted.open); else sc.hidePane();
    rememberLastSearch();
    if (initial) input.focus();
  }

  function destroy() {
    clearTimeout(sc.typingTimer);
    clearTimeout(sc.busyTimer);
    sc.controller?.abort();
    sc.paneController?.abort();
    suggest.destroy();
    facetBar.destroy();
    stopKeys();
    document.documentElement.classList.remove('search-pane-open');
  }

  return { apply, destroy };
}
