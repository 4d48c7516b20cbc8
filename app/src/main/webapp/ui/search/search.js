// The agent search screen (#/?q=…&space=…&sort=…&open=<articleId>): results follow typing, the
// keyboard does everything, and an article opens beside the list without losing it.
//
// Keyboard: "/" focuses the box from anywhere; ↑ ↓ move through suggestions (when shown) or results
// (the box keeps focus, aria-activedescendant names the active option); Enter opens the active result
// (or the first) in the preview pane; Esc closes suggestions, then the pane, then clears the box;
// Alt+C copies the answer; Page Up/Down scroll the open article.
//
// Contract for the benchmark: the results container has data-test="results" and, once the results
// of a query are rendered, data-query = exactly the text those results are for.
import { api } from '../core/api.js';
import { h, highlighted, replace } from '../core/dom.js';
import { formatDate, formatDateTime, registerMessages, t } from '../core/i18n.js';
import { errorMessage, showError, toast } from '../core/ui.js';
import { renderReader } from '../article/reader.js';
import { answerText, copyText } from './clipboard.js';
import { createFacetBar, FACETS } from './facets.js';
import { allCategoryNames, spaceName } from './labels.js';
import { createSuggest } from './suggest.js';
import messages from './messages.js';

registerMessages(messages);

const PAGE_SIZE = 20;
// Short on purpose: results must follow typing within 150 ms (p95). A burst of keys (paste, fast
// typing) still makes one request, and every newer request aborts the one before it.
const TYPING_DELAY = 40;
const BUSY_DELAY = 150;
const requested = new Set(); // queries this browser already asked authors for
let mine = null; // {at, promise of the lower-cased queries of my open requests}

function myRequests() {
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

function parseState(params) {
  const filters = {};
  for (const facet of FACETS) {
    const values = (params[facet] || '').split(',').map((v) => v.trim()).filter(Boolean);
    if (values.length) filters[facet] = [...new Set(values)];
  }
  return { q: params.q || '', filters, sort: params.sort === 'recency' ? 'recency' : 'relevance', open: params.open || null };
}

function searchKey(state) {
  const filters = FACETS.map((f) => [...(state.filters[f] || [])].sort().join(','));
  return JSON.stringify([state.q.trim(), filters, state.sort]);
}

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function createScreen(outlet, ctx) {
  const { session } = ctx;
  let state = { q: '', filters: {}, sort: 'relevance', open: null };
  let renderedKey = null;
  let hits = [];
  let next = null;
  let total = 0;
  let active = -1;
  let seq = 0;
  let controller = null;
  let typingTimer = null;
  let busyTimer = null;
  let openFirstWhenReady = null;
  let paneId = null;
  let paneController = null;
  let paneArticle = null;
  let openedByPush = false;
  let categoryMap = new Map();

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
    onQuery: (text) => { input.value = text; runNow({ history: 'push' }); },
    onTitle: (id) => openArticle(id, -1),
  });
  const sort = h('select', { dataset: { test: 'sort' }, 'aria-label': t('search.sort') },
    h('option', { value: 'relevance' }, t('search.sort.relevance')),
    h('option', { value: 'recency' }, t('search.sort.recency')));
  const facetBar = createFacetBar({
    session,
    onToggle: (facet, value, on) => {
      const values = new Set(state.filters[facet] || []);
      if (on) values.add(value); else values.delete(value);
      state.filters = { ...state.filters, [facet]: [...values] };
      if (!values.size) delete state.filters[facet];
      runNow({ history: 'push' });
    },
    onClear: () => { state.filters = {}; runNow({ history: 'push' }); input.focus(); },
  });
  const kbd = (key) => h('kbd', null, key);
  const keys = h('p', { id: 'search-keys', class: 'key-hints', dataset: { test: 'key-hints' } },
    h('span', { class: 'visually-hidden' }, `${t('search.keys')}: `),
    h('span', null, kbd('/'), ' ', t('search.key.focus')),
    h('span', null, kbd('↑'), kbd('↓'), ' ', t('search.key.move')),
    h('span', null, kbd('Enter'), ' ', t('search.key.open')),
    h('span', null, kbd('Esc'), ' ', t('search.key.back')),
    h('span', null, kbd('Alt'), '+', kbd('C'), ' ', t('search.key.copy')));
  const status = h('p', { class: 'result-status', role: 'status', 'aria-live': 'polite', dataset: { test: 'result-count' } });
  const list = h('ol', { id: 'search-results', class: 'results', role: 'listbox', 'aria-label': t('search.results'), dataset: { test: 'results' } });
  const extra = h('div', { class: 'results-extra' });
  const announce = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
  const resultsCol = h('section', { class: 'results-col', 'aria-label': t('search.results') }, status, list, extra);

  const copyButton = h('button', { type: 'button', class: 'primary small', dataset: { test: 'copy-answer' }, title: 'Alt+C' },
    t('search.copy'));
  copyButton.addEventListener('click', () => copyAnswer());
  const closeButton = h('button', { type: 'button', class: 'secondary small pane-close', dataset: { test: 'pane-close' }, 'aria-label': t('search.closePane'), title: t('search.closePane') },
    h('span', { class: 'pane-back-text' }, h('span', { 'aria-hidden': 'true' }, '← '), t('search.backToResults')), h('span', { class: 'pane-close-x', 'aria-hidden': 'true' }, '×'));
  closeButton.addEventListener('click', () => closePane({ focus: true }));
  const fullLink = h('a', { class: 'button small secondary', href: '#/', dataset: { test: 'open-full' } }, t('search.openFull'));
  const paneBody = h('div', { class: 'pane-body', tabindex: '-1' });
  const pane = h('section', { class: 'pane', hidden: true, 'aria-label': t('search.pane'), dataset: { test: 'pane' } },
    h('div', { class: 'pane-bar' }, closeButton, h('div', { class: 'pane-bar-actions' }, copyButton, fullLink)), paneBody);

  const root = h('div', { class: 'search-screen', dataset: { test: 'search-screen' } },
    h('header', { class: 'search-head' },
      h('h1', { class: 'visually-hidden' }, t('search.title')),
      h('div', { class: 'search-box' },
        h('label', { for: 'search-input', class: 'visually-hidden' }, t('search.label')),
        h('span', { class: 'search-icon', 'aria-hidden': 'true' }, '⌕'),
        input, clear, busyBar, suggest.el),
      keys,
      h('div', { class: 'search-tools' }, facetBar.el, h('label', { class: 'sort' }, h('span', null, t('search.sort')), sort)),
      facetBar.chips),
    h('div', { class: 'search-body' }, resultsCol, pane),
    announce);
  outlet.append(root);

  // ----- state ↔ hash -----
  const hashQuery = (open = paneId) => {
    const query = { q: state.q || undefined };
    for (const facet of FACETS) if (state.filters[facet]?.length) query[facet] = state.filters[facet].join(',');
    if (state.sort !== 'relevance') query.sort = state.sort;
    if (open) query.open = open;
    return query;
  };
  const syncHash = (mode, open = paneId) => {
    ctx.navigate('/', hashQuery(open), { replace: mode !== 'push' });
    sessionStorage.setItem('kb.search.last', location.hash || '#/');
  };

  // ----- searching -----
  const setBusy = (busy) => {
    clearTimeout(busyTimer);
    if (busy) {
      list.setAttribute('aria-busy', 'true');
      busyTimer = setTimeout(() => root.classList.add('is-busy'), BUSY_DELAY);
    } else {
      list.removeAttribute('aria-busy');
      root.classList.remove('is-busy');
    }
  };

  const searchParams = (after) => {
    const query = { q: state.q.trim(), limit: PAGE_SIZE, sort: state.sort === 'recency' ? 'recency' : undefined, after };
    for (const facet of FACETS) if (state.filters[facet]?.length) query[facet] = state.filters[facet];
    return query;
  };

  async function runNow({ history = 'replace', sync = true } = {}) {
    clearTimeout(typingTimer);
    const raw = input.value;
    state.q = raw;
    clear.hidden = !raw;
    if (history === 'push') openedByPush = false;
    if (sync) syncHash(history);
    const key = searchKey(state);
    if (!raw.trim()) {
      controller?.abort();
      seq += 1;
      setBusy(false);
      suggest.cancel();
      showStart(raw, key);
      return;
    }
    if (key === renderedKey) { // only spaces changed: same results
      list.dataset.query = raw;
      afterRender();
      return;
    }
    controller?.abort();
    controller = new AbortController();
    const mine = ++seq;
    setBusy(true);
    try {
      const { data } = await api.get('/search', searchParams(), { signal: controller.signal });
      if (mine !== seq) return;
      showResults(data, raw, key);
    } catch (error) {
      if (mine !== seq || error.name === 'AbortError') return;
      showFailure(error, raw, key);
    } finally {
      if (mine === seq) setBusy(false);
    }
  }

  // Category names: loaded once for the readable spaces; labels are patched in when they arrive.
  let lastFacets = {};
  allCategoryNames(session.spaces.map((space) => space.key)).then((names) => {
    categoryMap = names;
    list.querySelectorAll('.result').forEach((li) => {
      const hit = hits[Number(li.dataset.index)];
      const where = li.querySelector('.result-where');
      if (hit && where) where.textContent = whereText(hit);
    });
    if (hits.length) facetBar.update(lastFacets, state.filters, total, categoryMap);
  });
  const whereText = (hit) => {
    const category = hit.category ? categoryMap.get(hit.category) : null;
    return `${spaceName(session, hit.space)}${category ? ` / ${category}` : ''}`;
  };

  function showResults(data, raw, key) {
    hits = (data.hits || []).map((hit) => ({ ...hit, searchId: data.searchId }));
    next = afterOf(data.next);
    total = data.total || 0;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren(...hits.map((hit, index) => option(hit, index)));
    list.scrollTop = 0;
    resultsCol.scrollTop = 0;
    renderedKey = key;
    list.dataset.query = raw;
    const q = raw.trim();
    if (!hits.length) status.textContent = t('search.none', { q });
    else status.textContent = total === 1 ? t('search.countOneFor', { q }) : t('search.countFor', { q, count: total });
    lastFacets = data.facets || {};
    facetBar.update(lastFacets, state.filters, total, categoryMap);
    if (!hits.length) showEmpty(q, data.didYouMean);
    else showMore();
    afterRender();
  }

  const afterRender = () => {
    markOpen();
    if (openFirstWhenReady !== null && openFirstWhenReady === input.value && hits.length) {
      openFirstWhenReady = null;
      openAt(0);
    }
  };

  function showFailure(error, raw, key) {
    hits = [];
    next = null;
    list.replaceChildren();
    renderedKey = null;
    list.dataset.query = raw;
    status.textContent = '';
    replace(extra, h('div', { class: 'search-error', role: 'alert', dataset: { test: 'search-error' } },
      h('p', null, t('search.error'), ' ', errorMessage(error)),
      h('button', { type: 'button', class: 'secondary small', onclick: () => runNow({ sync: false }) }, t('common.retry'))));
    void key;
  }

  async function showStart(raw, key) {
    hits = [];
    next = null;
    total = 0;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    list.replaceChildren();
    renderedKey = key;
    list.dataset.query = raw;
    status.textContent = '';
    facetBar.update({}, state.filters, 0, categoryMap);
    const start = h('div', { class: 'search-start', dataset: { test: 'search-start' } }, h('p', { class: 'muted' }, t('search.start')));
    replace(extra, start);
    try {
      const { data } = await api.get('/acknowledgements/pending');
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
    if (requested.has(q.toLowerCase())) markRequested();
    else {
      myRequests().then((queries) => {
        if (queries.has(q.toLowerCase()) && requestButton.isConnected) markRequested();
      });
    }
    requestButton.addEventListener('click', () => requestArticle(q, requestButton));
    replace(extra, h('div', { class: 'search-empty', dataset: { test: 'search-empty' } },
      didYouMean ? h('p', { class: 'did-you-mean', dataset: { test: 'did-you-mean' } }, `${t('search.didYouMean')} `,
        h('button', { type: 'button', class: 'link-button', dataset: { test: 'did-you-mean-link' }, onclick: () => { input.value = didYouMean; runNow({ history: 'push' }); input.focus(); } }, didYouMean), t('search.didYouMeanEnd')) : null,
      h('p', { class: 'muted' }, t('search.noneHint')),
      h('div', { class: 'request-box' }, h('p', null, t('search.requestHint')), requestButton)));
  }

  async function requestArticle(q, button) {
    button.disabled = true;
    const space = state.filters.space?.length === 1 ? state.filters.space[0] : undefined;
    try {
      await api.post('/article-requests', { query: q.slice(0, 300), space });
      requested.add(q.toLowerCase());
      button.textContent = t('search.requested');
      button.dataset.state = 'requested';
      toast(t('search.requestDone', { q }), 'success');
    } catch (error) {
      button.disabled = false;
      showError(error);
    }
  }

  function showMore() {
    if (!next) { extra.replaceChildren(); return; }
    const more = h('button', { type: 'button', class: 'secondary wide', dataset: { test: 'load-more' } }, t('search.loadMore'));
    more.addEventListener('click', async () => {
      more.disabled = true;
      more.textContent = t('search.loadingMore');
      const mine = seq;
      try {
        const { data } = await api.get('/search', searchParams(next));
        if (mine !== seq) return;
        const start = hits.length;
        const added = (data.hits || []).map((hit) => ({ ...hit, searchId: data.searchId }));
        hits = hits.concat(added);
        list.append(...added.map((hit, i) => option(hit, start + i)));
        next = afterOf(data.next);
        markOpen();
        showMore();
        announce.textContent = t('search.count', { count: hits.length });
        if (active >= 0 && document.activeElement === more) setActive(start);
      } catch (error) {
        more.disabled = false;
        more.textContent = t('search.loadMore');
        showError(error);
      }
    });
    replace(extra, more);
  }

  // ----- result items -----
  function option(hit, index) {
    const copy = h('button', { type: 'button', class: 'result-copy small', tabindex: '-1', 'aria-hidden': 'true', title: t('search.copy'), dataset: { test: 'result-copy' } }, t('search.copyShort'));
    const li = h('li', { id: `result-${index}`, role: 'option', 'aria-selected': 'false', class: 'result', dataset: { test: 'result', id: hit.id, index } },
      h('div', { class: 'result-head' },
        h('span', { class: 'result-title', dataset: { test: 'result-title' } }, hit.highlightedTitle ? highlighted(hit.highlightedTitle) : hit.title),
        (hit.snippet || hit.fragments?.length) ? copy : null),
      h('div', { class: 'result-meta' },
        h('span', { class: 'result-where' }, whereText(hit)),
        hit.updatedAt ? h('span', { title: formatDateTime(hit.updatedAt) }, t('search.updated', { date: formatDate(hit.updatedAt) })) : null,
        hit.needsReview ? h('span', { class: 'badge badge-needs-review', dataset: { test: 'badge-needs-review' } }, t('search.needsReview')) : null,
        hit.archived ? h('span', { class: 'badge badge-archived' }, t('search.archived')) : null,
        hit.semantic ? h('span', { class: 'badge badge-semantic', title: t('search.semanticHint'), dataset: { test: 'badge-semantic' } }, t('search.semantic')) : null),
      hit.snippet ? h('p', { class: 'result-snippet', dataset: { test: 'result-snippet' } }, highlighted(hit.snippet.replace(/\n{2,}/g, '\n'))) : null,
      hit.tags?.length ? h('ul', { class: 'tags' }, hit.tags.slice(0, 6).map((tag) => h('li', { class: 'tag' }, tag))) : null);
    copy.addEventListener('click', (event) => { event.stopPropagation(); copyText(answerText(hit)); });
    li.addEventListener('mousedown', (event) => { if (event.button === 0 && !event.ctrlKey && !event.metaKey) event.preventDefault(); });
    li.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) {
        window.open(`#/articles/${encodeURIComponent(hit.id)}`, '_blank', 'noopener');
        return;
      }
      if (getSelection()?.toString()) return; // selecting text to copy it, not opening
      openAt(index);
    });
    return li;
  }

  function setActive(index) {
    list.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    active = index;
    const el = index >= 0 ? list.children[index] : null;
    if (el) {
      el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-controls', list.id);
      input.setAttribute('aria-activedescendant', el.id);
      el.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
      if (index < 0) resultsCol.scrollTop = 0;
    }
  }

  function move(delta) {
    if (!hits.length) return;
    const target = Math.max(-1, Math.min(hits.length - 1, active + delta));
    setActive(target);
  }

  function markOpen() {
    list.querySelector('.is-open')?.classList.remove('is-open');
    if (!paneId) return;
    const index = hits.findIndex((hit) => hit.id === paneId);
    if (index >= 0) list.children[index]?.classList.add('is-open');
    copyButton.hidden = !answerText(hits[index]);
  }

  function recordClick(hit, index) {
    if (!hit?.searchId) return;
    api.post(`/search/${encodeURIComponent(hit.searchId)}/clicks`, { articleId: hit.id, position: index + 1 }).catch(() => {});
  }

  function openAt(index) {
    const hit = hits[index];
    if (!hit) return;
    setActive(index);
    recordClick(hit, index);
    openArticle(hit.id, index);
  }

  function openArticle(id, index) {
    suggest.cancel();
    if (index < 0) {
      const found = hits.findIndex((hit) => hit.id === id);
      if (found >= 0) setActive(found);
    }
    if (paneId === id) return;
    const wasOpen = Boolean(paneId);
    showPane(id);
    syncHash(wasOpen ? 'replace' : 'push', id);
    if (!wasOpen) openedByPush = true;
  }

  // ----- the preview pane -----
  function showPane(id) {
    if (paneId === id) return;
    paneId = id;
    paneController?.abort();
    paneController = new AbortController();
    paneArticle = null;
    root.classList.add('has-pane');
    document.documentElement.classList.add('search-pane-open');
    pane.hidden = false;
    fullLink.href = `#/articles/${encodeURIComponent(id)}`;
    markOpen();
    paneBody.scrollTop = 0;
    renderReader(paneBody, id, {
      session,
      compact: true,
      published: true,
      signal: paneController.signal,
      onLoaded: (article) => {
        paneArticle = article;
        announce.textContent = t('search.opened', { title: article.title });
      },
    });
  }

  function hidePane() {
    if (!paneId) return;
    paneId = null;
    paneArticle = null;
    paneController?.abort();
    root.classList.remove('has-pane');
    document.documentElement.classList.remove('search-pane-open');
    pane.hidden = true;
    paneBody.replaceChildren();
    markOpen();
  }

  function closePane({ focus = false } = {}) {
    if (!paneId) return;
    const index = hits.findIndex((hit) => hit.id === paneId);
    hidePane();
    if (openedByPush) {
      openedByPush = false;
      history.back();
    } else {
      syncHash('replace', null);
    }
    if (focus) {
      input.focus();
      if (index >= 0) setActive(index);
    }
  }

  function copyAnswer() {
    const hit = hits.find((x) => x.id === paneId) || hits[active];
    copyText(answerText(hit));
  }

  // ----- keyboard -----
  const typed = () => {
    clear.hidden = !input.value;
    openFirstWhenReady = null;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => { runNow(); suggest.request(input.value); }, TYPING_DELAY);
  };
  // While a Chinese input method is composing, the box holds pinyin, not the query: wait for the
  // characters.
  input.addEventListener('input', (event) => { if (!event.isComposing) typed(); });
  input.addEventListener('compositionend', typed);

  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return; // Chinese input method still composing
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (suggest.isOpen() && suggest.move(1)) return;
        suggest.cancel();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (suggest.isOpen() && suggest.hasActive()) { suggest.move(-1); return; }
        move(-1);
        break;
      case 'Enter':
        event.preventDefault();
        if (suggest.isOpen() && suggest.hasActive()) { suggest.choose(); return; }
        suggest.cancel();
        if (active >= 0) { openAt(active); return; }
        if (searchKey(state) === renderedKey && state.q === input.value && hits.length) { openAt(0); return; }
        openFirstWhenReady = input.value;
        runNow();
        break;
      case 'Escape':
        event.preventDefault();
        if (suggest.isOpen()) { suggest.cancel(); return; }
        if (paneId) { closePane(); return; }
        if (input.value) { input.value = ''; runNow(); }
        break;
      case 'PageDown':
      case 'PageUp':
        if (paneId) {
          event.preventDefault();
          paneBody.scrollBy({ top: (event.key === 'PageDown' ? 1 : -1) * paneBody.clientHeight * 0.85 });
        }
        break;
      default:
    }
  });
  input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) suggest.cancel(); }, 100));
  input.addEventListener('kb:suggest-closed', () => {
    input.setAttribute('aria-controls', list.id);
    if (active >= 0) input.setAttribute('aria-activedescendant', `result-${active}`);
  });
  clear.addEventListener('click', () => { input.value = ''; runNow(); input.focus(); });
  sort.addEventListener('change', () => { state.sort = sort.value; runNow({ history: 'push' }); });

  const onDocumentKey = (event) => {
    if (document.querySelector('dialog[open]')) return;
    if (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if (event.altKey && (event.code === 'KeyC' || event.key === 'c') && !event.ctrlKey && !event.metaKey) {
      if (paneId || active >= 0) { event.preventDefault(); copyAnswer(); }
      return;
    }
    if (event.key === 'Escape' && paneId && pane.contains(event.target)) {
      if (event.target.tagName === 'TEXTAREA' && event.target.value) return; // do not lose a comment
      event.preventDefault();
      closePane({ focus: true });
    }
  };
  document.addEventListener('keydown', onDocumentKey);

  // ----- router entry points -----
  function apply(params, initial) {
    const wanted = parseState(params);
    if (initial || searchKey(wanted) !== searchKey(state) || wanted.q !== state.q) {
      state = { ...wanted, open: null };
      input.value = wanted.q;
      sort.value = wanted.sort;
      clear.hidden = !wanted.q;
      suggest.cancel();
      runNow({ sync: false });
    }
    if (!initial && wanted.open !== paneId) openedByPush = false;
    if (wanted.open) showPane(wanted.open); else hidePane();
    sessionStorage.setItem('kb.search.last', location.hash || '#/');
    if (initial) input.focus();
  }

  function destroy() {
    clearTimeout(typingTimer);
    clearTimeout(busyTimer);
    controller?.abort();
    paneController?.abort();
    suggest.destroy();
    facetBar.destroy();
    document.removeEventListener('keydown', onDocumentKey);
    document.documentElement.classList.remove('search-pane-open');
  }

  return { apply, destroy };
}

function afterOf(nextAddress) {
  if (!nextAddress) return null;
  try {
    return new URL(nextAddress, location.origin).searchParams.get('after');
  } catch {
    return null;
  }
}
