// Pieces every "My work" list shares: tables that become cards on narrow screens, due dates,
// keyset paging and the loading / empty / error states.
import { h, replace } from '../core/dom.js';
import { formatDate, formatDateTime, formatNumber, formatRelative, t } from '../core/i18n.js';
import { badge, emptyState, errorMessage, showError, spinner } from '../core/ui.js';

/** The `after` cursor inside a page's `next` address (absolute or relative), or null. */
export function cursorOf(next) {
  if (!next) return null;
  try {
    return new URL(next, location.origin).searchParams.get('after');
  } catch {
    return null;
  }
}

/** Items of a list answer, whether it is a page ({items, next}) or a bare array. */
export function itemsOf(data) {
  if (Array.isArray(data)) return { items: data, after: null };
  return { items: data?.items || [], after: cursorOf(data?.next) };
}

/** The name of a space for display: its name from the session, else its key. */
export function spaceName(session, key) {
  if (!key) return t('work.noSpace');
  return session.spaces.find((s) => s.key === key)?.name || key;
}

/** <time> with a relative text ("in 3 days") and the absolute date beside it. */
export function when(iso, { withTime = false } = {}) {
  if (!iso) return h('span', { class: 'muted' }, '—');
  const absolute = withTime ? formatDateTime(iso) : formatDate(iso);
  return h('span', { class: 'work-when' },
    h('time', { datetime: iso, title: formatDateTime(iso) }, formatRelative(iso)),
    h('span', { class: 'work-when-abs' }, absolute));
}

/** The due date of a review, marked when it has passed. */
export function dueCell(article, { verified = false } = {}) {
  const overdue = !verified && article.reviewDueAt && new Date(article.reviewDueAt).getTime() <= Date.now();
  return h('div', { class: ['work-due', overdue && 'work-overdue'] },
    when(article.reviewDueAt),
    overdue ? h('span', { class: 'work-due-flag' }, t('work.due.overdue')) : null);
}

/** A link to an article's page (or to a given hash). */
export function articleLink(id, title, hash) {
  return h('a', { href: hash || `#/articles/${encodeURIComponent(id)}`, class: 'work-title', dataset: { test: 'work-article-link' } }, title);
}

/**
 * A table with a caption and column headers; on narrow screens each row becomes a card whose
 * cells carry their column name (data-label, shown by CSS).
 * columns: [{key, label, className}]; returns {table, wrap, add(cells, attrs) → tr, clear(), size()}.
 */
export function table(caption, columns, { test } = {}) {
  const body = h('tbody');
  const tbl = h('table', { class: 'work-table', dataset: { test } },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col', class: c.className }, c.label)))),
    body);
  const wrap = h('div', { class: 'work-table-wrap' }, tbl);
  return {
    table: tbl,
    wrap,
    body,
    add(cells, attrs = {}) {
      const row = h('tr', attrs);
      fill(row, columns, cells);
      body.append(row);
      return row;
    },
    fill: (row, cells) => fill(row, columns, cells),
    clear: () => body.replaceChildren(),
    size: () => body.children.length,
  };
}

function fill(row, columns, cells) {
  row.replaceChildren(...columns.map((c) => {
    const content = cells[c.key];
    const empty = content === null || content === undefined || content === '';
    return h(c.key === 'title' ? 'th' : 'td', {
      class: ['work-cell', `work-cell-${c.key}`, c.className, empty && 'work-cell-empty'],
      'data-label': c.label,
      scope: c.key === 'title' ? 'row' : null,
    }, h('div', { class: 'work-cell-inner' }, empty ? '' : content));
  }));
}

/** A short badge for a needs-review / verified state. */
export function reviewBadge(article, justVerified) {
  if (article.needsReview) return badge('needs-review', t('work.badge.needsReview'));
  if (justVerified) return badge('verified', t('work.badge.verified'));
  return null;
}

/**
 * A list that pages: `fetchPage(after)` → {items, after}; `show(items)` adds rows. Renders the
 * loading state, the empty text, errors with a retry, the "N shown" line (aria-live) and
 * "Load more". Returns {element, reload(), count()}.
 */
export function pagedList({ fetchPage, show, emptyText, emptyExtra, isEmpty, signal, test }) {
  const status = h('p', { class: 'work-status muted', role: 'status', 'aria-live': 'polite', dataset: { test: test ? `${test}-status` : null } });
  const content = h('div', { class: 'work-list-content' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true, dataset: { test: test ? `${test}-more` : null } }, t('work.loadMore'));
  const element = h('div', { class: 'work-list' }, content, h('div', { class: 'work-list-foot' }, status, more));
  let after = null;
  let shown = 0;
  let busy = false;

  async function load(first) {
    if (busy) return;
    busy = true;
    more.disabled = true;
    if (first) {
      after = null;
      shown = 0;
      replace(content, h('div', { class: 'work-loading' }, spinner(), ' ', t('work.loading')));
      status.textContent = '';
      more.hidden = true;
    }
    try {
      let added = 0;
      let pages = 0;
      do { // a page whose rows are all filtered out on this side does not stop the list
        const page = await fetchPage(after);
        if (signal?.aborted) return;
        if (first && pages === 0) content.replaceChildren();
        after = page.after;
        added += show(page.items, content) ?? page.items.length;
        pages += 1;
      } while (added === 0 && after && pages < 5);
      shown += added;
      const empty = isEmpty ? isEmpty() : shown === 0;
      if (empty) replace(content, emptyState(typeof emptyText === 'function' ? emptyText() : emptyText, emptyExtra?.()));
      more.hidden = !after;
      status.textContent = empty ? '' : t(after ? 'work.shownMore' : 'work.shown', { n: shown });
    } catch (error) {
      if (signal?.aborted || error.name === 'AbortError') return;
      showError(error);
      if (first) replace(content, failure(error, () => load(true)));
    } finally {
      busy = false;
      more.disabled = false;
    }
  }
  more.addEventListener('click', () => load(false));
  /** A row left the list (e.g. a request was resolved): count it out, show the empty text at 0. */
  function removed() {
    shown = Math.max(0, shown - 1);
    if (shown === 0 && !after) {
      replace(content, emptyState(typeof emptyText === 'function' ? emptyText() : emptyText, emptyExtra?.()));
      status.textContent = '';
    } else {
      status.textContent = t(after ? 'work.shownMore' : 'work.shown', { n: shown });
    }
  }
  return { element, reload: () => load(true), removed, loaded: () => shown, hasMore: () => Boolean(after) };
}

/** An error state with the reason and a retry button. */
export function failure(error, retry) {
  return h('div', { class: 'empty work-error', role: 'alert' },
    h('p', null, t('work.loadFailed'), ' ', errorMessage(error)),
    retry ? h('button', { type: 'button', class: 'secondary', onclick: retry }, t('common.retry')) : null);
}

/** A section of a panel: heading (with id for aria-labelledby), optional tools, then content. */
export function section(id, title, tools, ...content) {
  return h('section', { class: 'work-section', 'aria-labelledby': id },
    h('div', { class: 'work-section-head' }, h('h2', { id }, title), tools ? h('div', { class: 'work-tools' }, tools) : null),
    ...content);
}

/** A labelled <select> inline (for list filters); onChange(value). */
export function filterSelect(label, options, value, onChange, test) {
  const id = `work-filter-${test}`;
  const select = h('select', { id, dataset: { test } },
    options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  select.addEventListener('change', () => onChange(select.value));
  return h('div', { class: 'work-filter' }, h('label', { for: id }, label), select);
}

/** Formats a count for a tile: 3, or 50+ when there are more pages. */
export function countText(n, more) {
  return more ? t('work.count.more', { n }) : formatNumber(n);
}

/** loader() once, shared by the count and the list; a failure is forgotten so a retry asks again. */
export function once(loader) {
  let promise = null;
  return () => {
    if (!promise) {
      promise = loader();
      promise.catch(() => { promise = null; });
    }
    return promise;
  };
}
