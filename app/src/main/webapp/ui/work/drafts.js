// My drafts: articles I created that are drafts, or (second filter) that I submitted and that
// wait for review. A draft that a publisher sent back shows "Returned" with the comment, which
// the list itself carries (GET /api/work/drafts): one request per page.
import { api } from '../core/api.js';
import { h } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { badge, can } from '../core/ui.js';
import { articleLink, filterSelect, itemsOf, once, pagedList, section, spaceName, table, when } from './common.js';

const PAGE = 25;

export function create(shared) {
  const { session, signal } = shared;
  const load = (status, after) => api.get('/work/drafts', { status, after, limit: PAGE }, { signal }).then(({ data }) => itemsOf(data));
  const firsts = { DRAFT: once(() => load('DRAFT', null)), IN_REVIEW: once(() => load('IN_REVIEW', null)) };
  const firstPage = (status) => firsts[status]();

  return {
    key: 'drafts',
    visible: shared.author,
    async count() {
      const [drafts, submitted] = await Promise.all([firstPage('DRAFT'), firstPage('IN_REVIEW')]);
      return {
        n: drafts.items.length,
        more: Boolean(drafts.after),
        hint: submitted.items.length ? t('work.hint.submitted', { n: submitted.items.length }) : '',
      };
    },
    render(panel) {
      let status = 'DRAFT';
      const columns = [
        { key: 'title', label: t('work.col.article') },
        { key: 'space', label: t('work.col.space') },
        { key: 'updated', label: t('work.col.updated') },
        { key: 'status', label: t('work.col.status') },
        { key: 'actions', label: t('work.col.actions'), className: 'work-actions-col' },
      ];
      let tbl = null;
      const list = pagedList({
        signal,
        test: 'work-drafts',
        emptyText: () => t(status === 'DRAFT' ? 'work.drafts.empty' : 'work.drafts.submittedEmpty'),
        emptyExtra: () => (status === 'DRAFT' ? h('a', { class: 'button primary', href: '#/articles/new' }, t('work.drafts.new')) : null),
        fetchPage: (after) => (after ? load(status, after) : firstPage(status)),
        show: (items, content) => {
          if (!tbl) {
            tbl = table(t(status === 'DRAFT' ? 'work.drafts.caption' : 'work.drafts.submittedCaption'), columns, { test: 'work-drafts' });
            content.append(tbl.wrap);
          }
          items.forEach((a) => addRow(tbl, a));
          return items.length;
        },
      });

      function addRow(target, a) {
        const statusCell = h('div', { class: 'work-status-cell' }, statusOf(a));
        target.add({
          title: h('div', null, articleLink(a.id, a.title, `#/articles/${encodeURIComponent(a.id)}/edit`), h('div', { class: 'work-sub' }, t('work.version', { n: a.latestVersion }))),
          space: spaceName(session, a.space),
          updated: when(a.updatedAt, { withTime: true }),
          status: statusCell,
          actions: h('div', { class: 'work-actions' },
            can(session, a.space, 'EDIT') ? h('a', { class: 'button small primary', href: `#/articles/${encodeURIComponent(a.id)}/edit`, 'aria-label': t('work.editLabel', { title: a.title }), dataset: { test: 'work-edit' } }, t('work.edit')) : null),
        }, { dataset: { test: 'work-draft-row', id: a.id } });
        return statusCell;
      }

      /** In review, a draft, or a draft a publisher returned (with who, when and why). */
      function statusOf(a) {
        if (a.status === 'IN_REVIEW') return [badge('in-review', t('status.IN_REVIEW')), h('div', { class: 'work-sub' }, t('work.drafts.waiting'))];
        const back = a.returned;
        if (!back) return badge('draft', t('status.DRAFT'));
        return [
          badge('danger', t('work.badge.returned')),
          h('p', { class: 'work-reply', dataset: { test: 'work-returned' } },
            h('span', { class: 'work-sub' }, t('work.drafts.returnedBy', { name: back.by, date: formatDateTime(back.at) })), ' ', back.comment || ''),
        ];
      }

      const tools = filterSelect(t('work.drafts.show'), [['DRAFT', t('work.drafts.drafts')], ['IN_REVIEW', t('work.drafts.submitted')]], status,
        (value) => { status = value; tbl = null; list.reload(); }, 'work-drafts-status');
      panel.append(section('work-drafts-h', t('work.tab.drafts'), tools, list.element));
      list.reload();
    },
  };
}
