// My drafts: articles I created that are drafts, or (second filter) that I submitted and that
// wait for review. A draft that a publisher sent back shows "Returned" with the comment: the
// workflow history is read for the drafts on screen only, a few at a time, once each.
import { api } from '../core/api.js';
import { h } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { badge, can } from '../core/ui.js';
import { articleLink, filterSelect, itemsOf, once, pagedList, pool, section, spaceName, table, when } from './common.js';

const PAGE = 25;

export function create(shared) {
  const { session, signal } = shared;
  const load = (status, after) => api.get('/articles', { createdBy: session.username, status, after, limit: PAGE }, { signal }).then(({ data }) => itemsOf(data));
  const firsts = { DRAFT: once(() => load('DRAFT', null)), IN_REVIEW: once(() => load('IN_REVIEW', null)) };
  const firstPage = (status) => firsts[status]();
  const histories = new Map();

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
          const rows = items.map((a) => addRow(tbl, a));
          if (status === 'DRAFT') returned(items, rows);
          return items.length;
        },
      });

      function addRow(target, a) {
        const statusCell = h('div', { class: 'work-status-cell' },
          a.status === 'IN_REVIEW' ? [badge('in-review', t('status.IN_REVIEW')), h('div', { class: 'work-sub' }, t('work.drafts.waiting'))] : badge('draft', t('status.DRAFT')));
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

      /** Marks drafts whose last workflow step was a rejection, with the reviewer's comment. */
      async function returned(items, cells) {
        await pool(items.map((a, i) => [a, cells[i]]), 3, async ([a, cell]) => {
          if (signal.aborted) return;
          if (!histories.has(a.id)) {
            histories.set(a.id, api.get(`/articles/${encodeURIComponent(a.id)}/workflow`, null, { signal }).then(({ data }) => data).catch(() => []));
          }
          const events = await histories.get(a.id);
          const last = events[events.length - 1];
          if (last?.action !== 'REJECT') return;
          cell.replaceChildren(
            badge('danger', t('work.badge.returned')),
            h('p', { class: 'work-reply', dataset: { test: 'work-returned' } },
              h('span', { class: 'work-sub' }, t('work.drafts.returnedBy', { name: last.actor, date: formatDateTime(last.at) })), ' ', last.comment || ''));
        });
      }

      const tools = filterSelect(t('work.drafts.show'), [['DRAFT', t('work.drafts.drafts')], ['IN_REVIEW', t('work.drafts.submitted')]], status,
        (value) => { status = value; tbl = null; list.reload(); }, 'work-drafts-status');
      panel.append(section('work-drafts-h', t('work.tab.drafts'), tools, list.element));
      list.reload();
    },
  };
}
