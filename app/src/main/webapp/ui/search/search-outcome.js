// What the results column shows for each outcome of a search: the hits with their count and
// facets; the start page (with articles waiting to be read) for an empty box; no hits (did you
// mean, ask authors for the article); a failure with a retry.
import { h, replace } from '../core/dom.js';
import { formatDate, t } from '../core/i18n.js';
import { errorMessage, showError, toast } from '../core/ui.js';
import { afterOf, hitsOf, myRequests, pendingReads, requestArticle, requestedHere } from './search-api.js';
import { spaceName } from './labels.js';

/** Adds the actions that show outcomes to the screen `sc`. */
export function outcomeActions(sc) {
  const { session, input, list, status, extra, resultsCol, facetBar } = sc;

  function showResults(data, raw, key) {
    sc.hits = hitsOf(data);
    sc.next = afterOf(data.next);
    sc.total = data.total || 0;
    sc.active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren(...sc.hits.map((hit, index) => sc.option(hit, index)));
    list.scrollTop = 0;
    resultsCol.scrollTop = 0;
    sc.renderedKey = key;
    list.dataset.query = raw;
    const q = raw.trim();
    if (!sc.hits.length) status.textContent = t('search.none', { q });
    else status.textContent = sc.total === 1 ? t('search.countOneFor', { q }) : t('search.countFor', { q, count: sc.total });
    sc.lastFacets = data.facets || {};
    facetBar.update(sc.lastFacets, sc.state.filters, sc.total, sc.categoryMap);
    if (!sc.hits.length) showEmpty(q, data.didYouMean);
    else sc.showMore();
    sc.afterRender();
  }

  function showFailure(error, raw) {
    sc.hits = [];
    sc.next = null;
    list.replaceChildren();
    sc.renderedKey = null;
    list.dataset.query = raw;
    status.textContent = '';
    replace(extra, h('div', { class: 'search-error', role: 'alert', dataset: { test: 'search-error' } },
      h('p', null, t('search.error'), ' ', errorMessage(error)),
      h('button', { type: 'button', class: 'secondary small', onclick: () => sc.runNow({ sync: false }) }, t('common.retry'))));
  }

  async function showStart(raw, key) {
    sc.hits = [];
    sc.next = null;
    sc.total = 0;
    sc.active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren();
    sc.renderedKey = key;
    list.dataset.query = raw;
    status.textContent = '';
    facetBar.update({}, sc.state.filters, 0, sc.categoryMap);
    const start = h('div', { class: 'search-start', dataset: { test: 'search-start' } }, h('p', { class: 'muted' }, t('search.start')));
    replace(extra, start);
    try {
      const data = await pendingReads();
      if (!Array.isArray(data) || !data.length || !start.isConnected) return;
      start.append(h('section', { class: 'pending', 'aria-labelledby': 'pending-title', dataset: { test: 'pending' } },
        h('h2', { id: 'pending-title' }, t('search.pending')),
        h('p', { class: 'hint' }, t('search.pendingHint')),
        h('ul', { class: 'pending-list' }, data.map((p) => h('li', null,
          h('a', { href: `#/?open=${encodeURIComponent(p.article)}` }, p.title), ' ',
          h('span', { class: 'muted' }, `${spaceName(session, p.space)} · ${formatDate(p.publishedAt)}`))))));
    } catch { /* nothing pending to show */ }
  }

  function showEmpty(q, didYouMean) {
    const requestButton = h('button', { type: 'button', class: 'primary', dataset: { test: 'request-article' } }, t('search.request'));
    const markRequested = () => {
      requestButton.disabled = true;
      requestButton.textContent = t('search.requested');
      requestButton.dataset.state = 'requested';
    };
    if (requestedHere(q)) markRequested();
    else {
      myRequests().then((queries) => {
        if (queries.has(q.toLowerCase()) && requestButton.isConnected) markRequested();
      });
    }
    requestButton.addEventListener('click', () => ask(q, requestButton));
    replace(extra, h('div', { class: 'search-empty', dataset: { test: 'search-empty' } },
      didYouMean ? h('p', { class: 'did-you-mean', dataset: { test: 'did-you-mean' } }, `${t('search.didYouMean')} `,
        h('button', { type: 'button', class: 'link-button', dataset: { test: 'did-you-mean-link' }, onclick: () => { input.value = didYouMean; sc.runNow({ history: 'push' }); input.focus(); } }, didYouMean), t('search.didYouMeanEnd')) : null,
      h('p', { class: 'muted' }, t('search.noneHint')),
      h('div', { class: 'request-box' }, h('p', null, t('search.requestHint')), requestButton)));
  }

  async function ask(q, button) {
    button.disabled = true;
    const space = sc.state.filters.space?.length === 1 ? sc.state.filters.space[0] : undefined;
    try {
      await requestArticle(q, space);
      button.textContent = t('search.requested');
      button.dataset.state = 'requested';
      toast(t('search.requestDone', { q }), 'success');
    } catch (error) {
      button.disabled = false;
      showError(error);
    }
  }

  return { showResults, showFailure, showStart };
}
