// Required reading (#/reading): the mandatory articles I still have to read and confirm.
import './messages.js';
import { api } from '../core/api.js';
import { h, replace } from '../core/dom.js';
import { formatDate, t } from '../core/i18n.js';
import { emptyState, showError, spinner } from '../core/ui.js';

export async function render(outlet) {
  const body = h('div', null, spinner());
  outlet.append(h('h1', null, t('reading.title')), h('p', { class: 'muted' }, t('reading.intro')), body);
  try {
    const { data } = await api.get('/acknowledgements/pending');
    if (!data.length) {
      replace(body, emptyState(t('reading.none')));
      return;
    }
    replace(body, h('div', { class: 'table-wrap' }, h('table', { dataset: { test: 'reading-list' } },
      h('caption', { class: 'visually-hidden' }, t('reading.title')),
      h('thead', null, h('tr', null,
        h('th', { scope: 'col' }, t('reading.article')),
        h('th', { scope: 'col' }, t('reading.space')),
        h('th', { scope: 'col' }, t('reading.published')),
        h('th', { scope: 'col' }, t('reading.status')))),
      h('tbody', null, data.map((item) => h('tr', null,
        h('td', null, h('a', { href: `#/articles/${encodeURIComponent(item.article)}` }, item.title)),
        h('td', null, item.space),
        h('td', null, formatDate(item.publishedAt)),
        h('td', null, item.lastAcknowledgedVersion
          ? t('reading.outdated', { version: item.lastAcknowledgedVersion })
          : t('reading.never'))))))));
  } catch (error) {
    replace(body, emptyState(showError(error)));
  }
}
