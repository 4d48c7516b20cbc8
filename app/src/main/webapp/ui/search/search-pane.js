// The preview pane: an article opens beside the list (the list stays as it was), scrolled to the
// hit's passage, marked, with "copy the answer" and "open in full"; closing it goes back in history
// when opening it added an entry.
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { showPassage } from '../article/passage.js';
import { renderReader } from '../article/reader.js';
import { answerText, copyText } from './clipboard.js';
import { articleHref, plainPassage } from './labels.js';
import { recordClick } from './search-api.js';
import { syncHash } from './search-url.js';

/** The pane's elements: `pane` to place in the layout, `body` that scrolls. */
export function createPane(sc) {
  const copyButton = h('button', { type: 'button', class: 'primary small', dataset: { test: 'copy-answer' }, title: 'Alt+C' },
    t('search.copy'));
  copyButton.addEventListener('click', () => sc.copyAnswer());
  const closeButton = h('button', { type: 'button', class: 'secondary small pane-close', dataset: { test: 'pane-close' }, 'aria-label': t('search.closePane'), title: t('search.closePane') },
    h('span', { class: 'pane-back-text' }, h('span', { 'aria-hidden': 'true' }, '← '), t('search.backToResults')), h('span', { class: 'pane-close-x', 'aria-hidden': 'true' }, '×'));
  closeButton.addEventListener('click', () => sc.closePane({ focus: true }));
  const fullLink = h('a', { class: 'button small secondary', href: '#/', dataset: { test: 'open-full' } }, t('search.openFull'));
  const body = h('div', { class: 'pane-body', tabindex: '-1' });
  const pane = h('section', { class: 'pane', hidden: true, 'aria-label': t('search.pane'), dataset: { test: 'pane' } },
    h('div', { class: 'pane-bar' }, closeButton, h('div', { class: 'pane-bar-actions' }, copyButton, fullLink)), body);
  return { pane, body, copyButton, fullLink };
}

/** Adds the pane's actions to the screen `sc`. */
export function paneActions(sc) {
  const { ctx, session, root, input, suggest, announce } = sc;
  const { pane, body, fullLink } = sc.paneParts;

  function openAt(index) {
    const hit = sc.hits[index];
    if (!hit) return;
    sc.setActive(index);
    recordClick(hit, index);
    openArticle(hit.id, index);
  }

  function openArticle(id, index) {
    suggest.cancel();
    if (index < 0) {
      const found = sc.hits.findIndex((hit) => hit.id === id);
      if (found >= 0) sc.setActive(found);
    }
    if (sc.paneId === id) return;
    const wasOpen = Boolean(sc.paneId);
    showPane(id);
    syncHash(ctx, sc.state, wasOpen ? 'replace' : 'push', id);
    if (!wasOpen) sc.openedByPush = true;
  }

  function showPane(id) {
    if (sc.paneId === id) return;
    sc.paneId = id;
    sc.paneController?.abort();
    sc.paneController = new AbortController();
    sc.paneArticle = null;
    root.classList.add('has-pane');
    document.documentElement.classList.add('search-pane-open');
    pane.hidden = false;
    const hit = sc.hits.find((x) => x.id === id);
    fullLink.href = hit ? articleHref(hit) : `#/articles/${encodeURIComponent(id)}`;
    sc.markOpen();
    body.scrollTop = 0;
    renderReader(body, id, {
      session,
      compact: true,
      published: true,
      signal: sc.paneController.signal,
      onLoaded: (article) => {
        sc.paneArticle = article;
        showPassage(body.querySelector('[data-test=article-body]'), plainPassage(hit?.passage));
        announce.textContent = t('search.opened', { title: article.title });
      },
    });
  }

  function hidePane() {
    if (!sc.paneId) return;
    sc.paneId = null;
    sc.paneArticle = null;
    sc.paneController?.abort();
    root.classList.remove('has-pane');
    document.documentElement.classList.remove('search-pane-open');
    pane.hidden = true;
    body.replaceChildren();
    sc.markOpen();
  }

  function closePane({ focus = false } = {}) {
    if (!sc.paneId) return;
    const index = sc.hits.findIndex((hit) => hit.id === sc.paneId);
    hidePane();
    if (sc.openedByPush) {
      sc.openedByPush = false;
      history.back();
    } else {
      syncHash(ctx, sc.state, 'replace', null);
    }
    if (focus) {
      input.focus();
      if (index >= 0) sc.setActive(index);
    }
  }

  function copyAnswer() {
    const hit = sc.hits.find((x) => x.id === sc.paneId) || sc.hits[sc.active];
    copyText(answerText(hit));
  }

  return { openAt, openArticle, showPane, hidePane, closePane, copyAnswer };
}
