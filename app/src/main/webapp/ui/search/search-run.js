// Running a search: the box's text becomes the state and the address, one request at a time (a
// newer request aborts the one before it, an answer to an older one is dropped), the busy bar
// that only shows on slow answers, and "Load more" for the next page.
import { h, replace } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { showError } from '../core/ui.js';
import { afterOf, hitsOf, searchPage } from './search-api.js';
import { searchKey, syncHash } from './search-url.js';

const BUSY_DELAY = 150;

/** Adds the actions that run searches to the screen `sc`. */
export function runActions(sc) {
  const { ctx, root, input, clear, list, extra, announce, suggest } = sc;

  const setBusy = (busy) => {
    clearTimeout(sc.busyTimer);
    if (busy) {
      list.setAttribute('aria-busy', 'true');
      sc.busyTimer = setTimeout(() => root.classList.add('is-busy'), BUSY_DELAY);
    } else {
      list.removeAttribute('aria-busy');
      root.classList.remove('is-busy');
    }
  };

  async function runNow({ history = 'replace', sync = true } = {}) {
    clearTimeout(sc.typingTimer);
    const raw = input.value;
    sc.state.q = raw;
    clear.hidden = !raw;
    if (history === 'push') sc.openedByPush = false;
    if (sync) syncHash(ctx, sc.state, history, sc.paneId);
    const key = searchKey(sc.state);
    if (!raw.trim()) {
      sc.controller?.abort();
      sc.seq += 1;
      setBusy(false);
      suggest.cancel();
      sc.showStart(raw, key);
      return;
    }
    if (key === sc.renderedKey) { // only spaces changed: same results
      list.dataset.query = raw;
      afterRender();
      return;
    }
    sc.controller?.abort();
    sc.controller = new AbortController();
    const mine = ++sc.seq;
    setBusy(true);
    try {
      const { data } = await searchPage(sc.state, undefined, { signal: sc.controller.signal });
      if (mine !== sc.seq) return;
      sc.showResults(data, raw, key);
    } catch (error) {
      if (mine !== sc.seq || error.name === 'AbortError') return;
      sc.showFailure(error, raw, key);
    } finally {
      if (mine === sc.seq) setBusy(false);
    }
  }

  // Enter before the results of the typed text arrived opens their first hit once they do.
  const afterRender = () => {
    sc.markOpen();
    if (sc.openFirstWhenReady !== null && sc.openFirstWhenReady === input.value && sc.hits.length) {
      sc.openFirstWhenReady = null;
      sc.openAt(0);
    }
  };

  function showMore() {
    if (!sc.next) { extra.replaceChildren(); return; }
    const more = h('button', { type: 'button', class: 'secondary wide', dataset: { test: 'load-more' } }, t('search.loadMore'));
    more.addEventListener('click', async () => {
      more.disabled = true;
      more.textContent = t('search.loadingMore');
      const mine = sc.seq;
      try {
        const { data } = await searchPage(sc.state, sc.next);
        if (mine !== sc.seq) return;
        const start = sc.hits.length;
        const added = hitsOf(data);
        sc.hits = sc.hits.concat(added);
        list.append(...added.map((hit, i) => sc.option(hit, start + i)));
        sc.next = afterOf(data.next);
        sc.markOpen();
        showMore();
        announce.textContent = t('search.count', { count: sc.hits.length });
        if (sc.active >= 0 && document.activeElement === more) sc.setActive(start);
      } catch (error) {
        more.disabled = false;
        more.textContent = t('search.loadMore');
        showError(error);
      }
    });
    replace(extra, more);
  }

  return { runNow, afterRender, showMore };
}
