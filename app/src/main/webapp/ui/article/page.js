// The full article page (#/articles/:id?passage=…): the reader with a way back to the search,
// scrolled to the passage a search found (marked) when one is given.
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { showPassage } from './passage.js';
import { renderReader } from './reader.js';

function isTyping(target) {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function render(outlet, params, ctx) {
  const controller = new AbortController();
  // Back to the search the reader came from (its query and list), when there was one.
  const back = h('a', { class: 'back-link', href: sessionStorage.getItem('kb.search.last') || '#/', dataset: { test: 'back-to-search' } },
    h('span', { 'aria-hidden': 'true' }, '← '), t('article.backToSearch'));
  const container = h('div', { class: 'reader-page-body' });
  outlet.append(h('div', { class: 'reader-page' }, h('nav', { class: 'reader-page-nav' }, back), container));
  renderReader(container, params.id, {
    session: ctx.session,
    signal: controller.signal,
    onLoaded: (article) => {
      document.title = `${article.title} · ${t('app.name')}`;
      container.querySelector('.reader-title')?.focus({ preventScroll: true });
      // Opened from a search hit: the passage that answered the query, marked and in view.
      if (params.passage) showPassage(container.querySelector('[data-test=article-body]'), params.passage);
    },
  });
  const onKey = (event) => {
    if (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey && !document.querySelector('dialog[open]')) {
      event.preventDefault();
      ctx.navigate('/', {});
    }
  };
  document.addEventListener('keydown', onKey);
  return () => {
    controller.abort();
    document.removeEventListener('keydown', onKey);
    document.title = `${t('app.name')} · KB Platform`;
  };
}
