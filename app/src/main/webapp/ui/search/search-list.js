// The result list: one option per hit, the active option (moved by the keyboard, named by the
// box's aria-activedescendant), the mark on the hit open in the pane, and where each hit lives.
import { h, highlighted } from '../core/dom.js';
import { formatDate, formatDateTime, t } from '../core/i18n.js';
import { answerText, copyText } from './clipboard.js';
import { allCategoryNames, articleHref, spaceName } from './labels.js';

/** Adds the list's actions to the screen `sc` (its state and elements are read from there). */
export function listActions(sc) {
  const { session, list, input, resultsCol } = sc;

  const whereText = (hit) => {
    const category = hit.category ? sc.categoryMap.get(hit.category) : null;
    return `${spaceName(session, hit.space)}${category ? ` / ${category}` : ''}`;
  };

  // Category names: loaded once for the readable spaces; labels are patched in when they arrive.
  function loadCategoryNames() {
    allCategoryNames(session.spaces.map((space) => space.key)).then((names) => {
      sc.categoryMap = names;
      list.querySelectorAll('.result').forEach((li) => {
        const hit = sc.hits[Number(li.dataset.index)];
        const where = li.querySelector('.result-where');
        if (hit && where) where.textContent = whereText(hit);
      });
      if (sc.hits.length) sc.facetBar.update(sc.lastFacets, sc.state.filters, sc.total, sc.categoryMap);
    });
  }

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
      (hit.passage || hit.snippet) ? h('p', { class: 'result-snippet', dataset: { test: 'result-snippet' } }, highlighted((hit.passage || hit.snippet).replace(/\n{2,}/g, '\n'))) : null,
      hit.tags?.length ? h('ul', { class: 'tags' }, hit.tags.slice(0, 6).map((tag) => h('li', { class: 'tag' }, tag))) : null);
    copy.addEventListener('click', (event) => { event.stopPropagation(); copyText(answerText(hit)); });
    li.addEventListener('mousedown', (event) => { if (event.button === 0 && !event.ctrlKey && !event.metaKey) event.preventDefault(); });
    li.addEventListener('click', (event) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey) {
        window.open(articleHref(hit), '_blank', 'noopener');
        return;
      }
      if (getSelection()?.toString()) return; // selecting text to copy it, not opening
      sc.openAt(index);
    });
    return li;
  }

  function setActive(index) {
    list.querySelector('[aria-selected="true"]')?.setAttribute('aria-selected', 'false');
    sc.active = index;
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
    if (!sc.hits.length) return;
    const target = Math.max(-1, Math.min(sc.hits.length - 1, sc.active + delta));
    setActive(target);
  }

  function markOpen() {
    list.querySelector('.is-open')?.classList.remove('is-open');
    if (!sc.paneId) return;
    const index = sc.hits.findIndex((hit) => hit.id === sc.paneId);
    if (index >= 0) list.children[index]?.classList.add('is-open');
    sc.paneParts.copyButton.hidden = !answerText(sc.hits[index]);
  }

  return { loadCategoryNames, option, setActive, move, markOpen };
}
