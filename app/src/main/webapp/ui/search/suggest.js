// Autocomplete for the search box (ARIA combobox with a listbox popup): popular searches and
// article titles for what has been typed. The box keeps focus; aria-activedescendant points at the
// active suggestion. Stale answers are dropped (newest request wins).
import { api } from '../core/api.js';
import { h, highlighted } from '../core/dom.js';
import { t } from '../core/i18n.js';

const LIMIT = 5;

/**
 * createSuggest({input, onQuery(text), onTitle(id)}) → {el, request(text), isOpen(), move(delta),
 * hasActive(), choose(), close(), destroy()}. move() returns false when it runs off the end.
 */
export function createSuggest({ input, onQuery, onTitle }) {
  const el = h('ul', { id: 'search-suggestions', role: 'listbox', class: 'suggestions', hidden: true, 'aria-label': t('search.suggestions'), dataset: { test: 'suggestions' } });
  let items = []; // {kind: 'query'|'title', value, el}
  let active = -1;
  let controller = null;
  let seq = 0;

  const setActive = (index) => {
    items[active]?.el.setAttribute('aria-selected', 'false');
    active = index;
    const item = items[active];
    if (item) {
      item.el.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', item.el.id);
      item.el.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const close = () => {
    if (el.hidden) return;
    el.hidden = true;
    el.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.dispatchEvent(new CustomEvent('kb:suggest-closed'));
  };

  const choose = (index = active) => {
    const item = items[index];
    if (!item) return false;
    close();
    if (item.kind === 'query') onQuery(item.value);
    else onTitle(item.value);
    return true;
  };

  const option = (kind, value, content, index) => {
    const li = h('li', { id: `suggestion-${index}`, role: 'option', 'aria-selected': 'false', class: ['suggestion', `suggestion-${kind}`], dataset: { test: `suggestion-${kind}`, value } }, content);
    li.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
    li.addEventListener('click', () => choose(index));
    return li;
  };

  const show = (data, typed) => {
    const queries = (data?.queries || []).filter((q) => q && q.trim() !== typed.trim()).slice(0, LIMIT);
    const titles = (data?.titles || []).slice(0, LIMIT);
    if ((!queries.length && !titles.length) || document.activeElement !== input) { close(); return; }
    items = [];
    const groups = [];
    if (queries.length) {
      groups.push(h('li', { role: 'presentation', class: 'suggestion-group', 'aria-hidden': 'true' }, t('search.suggestQueries')));
      for (const q of queries) {
        const li = option('query', q, [h('span', { class: 'suggestion-icon', 'aria-hidden': 'true' }, '⌕'), h('span', null, q)], items.length);
        items.push({ kind: 'query', value: q, el: li });
        groups.push(li);
      }
    }
    if (titles.length) {
      groups.push(h('li', { role: 'presentation', class: 'suggestion-group', 'aria-hidden': 'true' }, t('search.suggestTitles')));
      for (const title of titles) {
        const li = option('title', title.id, [h('span', { class: 'suggestion-icon', 'aria-hidden': 'true' }, '▤'), h('span', null, title.highlighted ? highlighted(title.highlighted) : title.title)], items.length);
        items.push({ kind: 'title', value: title.id, el: li });
        groups.push(li);
      }
    }
    active = -1;
    input.removeAttribute('aria-activedescendant');
    el.replaceChildren(...groups);
    el.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.setAttribute('aria-controls', el.id);
  };

  const request = async (text) => {
    const typed = text.trim();
    controller?.abort();
    const mine = ++seq;
    if (!typed) { close(); return; }
    controller = new AbortController();
    try {
      const { data } = await api.get('/search/suggestions', { q: typed.slice(0, 100), limit: LIMIT }, { signal: controller.signal });
      if (mine === seq) show(data, text);
    } catch {
      if (mine === seq) close();
    }
  };

  return {
    el,
    request,
    close,
    choose: () => choose(),
    isOpen: () => !el.hidden,
    hasActive: () => active >= 0,
    move(delta) {
      const next = active + delta;
      if (next >= items.length) return false;
      setActive(next < 0 ? -1 : next);
      return true;
    },
    cancel() { controller?.abort(); seq += 1; close(); },
    destroy() { controller?.abort(); },
  };
}
