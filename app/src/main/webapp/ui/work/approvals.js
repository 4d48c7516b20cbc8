// Awaiting my approval: articles in review in every space where I publish (administrators: all
// spaces), newest first, each linking to the review screen. One request per page
// (GET /api/work/approvals), across spaces.
import { api } from '../core/api.js';
import { h } from '../core/dom.js';
import { t } from '../core/i18n.js';
import { can } from '../core/ui.js';
import { articleLink, itemsOf, once, pagedList, section, spaceName, table, when } from './common.js';

const PAGE = 50;

export function create(shared) {
  const { session, signal } = shared;
  const spaces = session.spaces.filter((s) => can(session, s.key, 'PUBLISH')).map((s) => s.key);
  const load = (after) => api.get('/work/approvals', { after, limit: PAGE }, { signal }).then(({ data }) => itemsOf(data));
  const firstPage = once(() => load(null));

  return {
    key: 'approvals',
    visible: shared.author && spaces.length > 0,
    async count() {
      const page = await firstPage();
      const inSpaces = new Set(page.items.map((a) => a.space)).size;
      return { n: page.items.length, more: Boolean(page.after), hint: inSpaces > 1 ? t('work.hint.spaces', { n: inSpaces }) : '' };
    },
    render(panel) {
      const tbl = table(t('work.approvals.caption'), [
        { key: 'title', label: t('work.col.article') },
        { key: 'space', label: t('work.col.space') },
        { key: 'owner', label: t('work.col.owner') },
        { key: 'updated', label: t('work.col.updated') },
        { key: 'actions', label: t('work.col.actions'), className: 'work-actions-col' },
      ], { test: 'work-approvals' });
      const list = pagedList({
        signal,
        test: 'work-approvals',
        emptyText: t('work.approvals.empty'),
        fetchPage: (after) => (after ? load(after) : firstPage()),
        show: (items, content) => {
          if (!tbl.wrap.isConnected) { tbl.clear(); content.append(tbl.wrap); }
          for (const a of items) {
            const review = `#/articles/${encodeURIComponent(a.id)}/review`;
            tbl.add({
              title: h('div', null, articleLink(a.id, a.title, review), h('div', { class: 'work-sub' }, t('work.version', { n: a.latestVersion }))),
              space: spaceName(session, a.space),
              owner: a.owner,
              updated: when(a.updatedAt, { withTime: true }),
              actions: h('div', { class: 'work-actions' },
                h('a', { class: 'button small primary', href: review, 'aria-label': t('work.approvals.reviewLabel', { title: a.title }), dataset: { test: 'work-review' } }, t('work.approvals.review'))),
            }, { dataset: { test: 'work-approval-row', id: a.id } });
          }
          return items.length;
        },
      });
      panel.append(section('work-approvals-h', t('work.tab.approvals'), null, list.element));
      list.reload();
    },
  };
}
