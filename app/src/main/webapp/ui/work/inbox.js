// Feedback inbox: flags and comments on articles I own or publish. Filter by state and kind,
// page with the cursor, acknowledge (optional reply) or resolve (reply required) in place.
import { api } from '../core/api.js';
import { h } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { badge, promptDialog, showError, toast } from '../core/ui.js';
import { articleLink, filterSelect, itemsOf, pagedList, section, spaceName, table, when } from './common.js';

const STATES = ['NEW', 'ACKNOWLEDGED', 'RESOLVED'];
const KINDS = ['FLAG', 'NOT_HELPFUL', 'HELPFUL'];
const PAGE = 50;
const COUNT_LIMIT = 200;

export function create(shared) {
  const { session, signal } = shared;
  const counts = { NEW: 0, ACKNOWLEDGED: 0, more: false };
  const summary = () => ({
    n: counts.NEW + counts.ACKNOWLEDGED,
    more: counts.more,
    hint: counts.NEW ? t('work.hint.new', { n: counts.NEW }) : '',
  });

  return {
    key: 'inbox',
    visible: shared.author,
    async count() {
      const [fresh, seen] = await Promise.all(['NEW', 'ACKNOWLEDGED'].map((state) =>
        api.get('/feedback/inbox', { state, limit: COUNT_LIMIT }, { signal }).then(({ data }) => itemsOf(data))));
      counts.NEW = fresh.items.length;
      counts.ACKNOWLEDGED = seen.items.length;
      counts.more = Boolean(fresh.after || seen.after);
      return summary();
    },
    render(panel) {
      let state = 'open';
      let kind = '';
      const columns = [
        { key: 'title', label: t('work.col.article') },
        { key: 'feedback', label: t('work.col.feedback') },
        { key: 'from', label: t('work.col.from') },
        { key: 'state', label: t('work.col.state') },
        { key: 'actions', label: t('work.col.actions'), className: 'work-actions-col' },
      ];
      const tbl = table(t('work.inbox.caption'), columns, { test: 'work-inbox' });
      const list = pagedList({
        signal,
        test: 'work-inbox',
        emptyText: () => t(state === 'open' && !kind ? 'work.inbox.empty.open' : 'work.inbox.empty'),
        fetchPage: async (after) => {
          const { data } = await api.get('/feedback/inbox', { state: STATES.includes(state) ? state : undefined, after, limit: PAGE }, { signal });
          return itemsOf(data);
        },
        show: (items, content) => {
          if (!tbl.wrap.isConnected) { tbl.clear(); content.append(tbl.wrap); }
          const visible = items.filter((f) => (state !== 'open' || f.state !== 'RESOLVED') && (!kind || f.kind === kind));
          visible.forEach((f) => addRow(f));
          return visible.length;
        },
      });

      function addRow(item) {
        const row = tbl.add({}, { dataset: { test: 'work-feedback-row', id: item.id } });
        // The list names the article as I see it; no title means I may no longer read it.
        const articleTitle = item.articleTitle || item.article;
        const titleCell = h('div', null,
          item.articleTitle ? articleLink(item.article, item.articleTitle) : h('span', { class: 'muted' }, t('work.articleGone')),
          h('div', { class: 'work-sub' },
            h('span', { class: 'work-sub' }, item.articleSpace ? spaceName(session, item.articleSpace) : ''),
            ' · ', t('work.inbox.onVersion', { n: item.version })));
        const draw = () => tbl.fill(row, {
          title: titleCell,
          feedback: h('div', { class: 'work-feedback' },
            h('div', { class: 'work-badges' },
              badge(item.kind === 'FLAG' ? 'danger' : (item.kind === 'HELPFUL' ? 'verified' : 'needs-review'), t(`work.kind.${item.kind}`)),
              item.reason ? h('span', { class: 'work-reason' }, t(`work.reason.${item.reason}`)) : null),
            item.comment ? h('p', { class: 'work-quote' }, item.comment) : null,
            item.reply ? h('p', { class: 'work-reply' }, h('span', { class: 'work-sub' }, t('work.inbox.replyBy', { name: item.repliedBy, date: formatDateTime(item.repliedAt) })), ' ', item.reply) : null),
          from: h('div', null, h('div', null, item.reporter), h('div', { class: 'work-sub' }, when(item.createdAt, { withTime: true }))),
          state: item.state ? badge(item.state === 'NEW' ? 'in-review' : (item.state === 'RESOLVED' ? 'verified' : 'needs-review'), t(`work.state.${item.state}`)) : null,
          actions: h('div', { class: 'work-actions' },
            item.state === 'NEW' ? h('button', {
              type: 'button', class: 'small secondary', dataset: { test: 'work-acknowledge' },
              'aria-label': t('work.inbox.acknowledgeLabel', { reporter: item.reporter, title: articleTitle }),
              onclick: (e) => act(e.currentTarget, 'acknowledge'),
            }, t('work.inbox.acknowledge')) : null,
            item.state === 'NEW' || item.state === 'ACKNOWLEDGED' ? h('button', {
              type: 'button', class: 'small primary', dataset: { test: 'work-resolve' },
              'aria-label': t('work.inbox.resolveLabel', { reporter: item.reporter, title: articleTitle }),
              onclick: (e) => act(e.currentTarget, 'resolve'),
            }, t('work.inbox.resolve')) : null),
        });
        async function act(button, step) {
          const resolve = step === 'resolve';
          const reply = await promptDialog(
            t(resolve ? 'work.inbox.resolveTitle' : 'work.inbox.acknowledgeTitle'),
            t(resolve ? 'work.inbox.resolveReply' : 'work.inbox.acknowledgeReply', { reporter: item.reporter }),
            { required: resolve, multiline: true });
          if (reply === null || (resolve && !reply)) { button.focus(); return; }
          button.disabled = true;
          const before = item.state;
          try {
            const { data } = await api.post(`/feedback/${encodeURIComponent(item.id)}/${step}`, reply ? { reply } : {});
            Object.assign(item, data);
            counts[before] = Math.max(0, counts[before] - 1);
            if (item.state === 'ACKNOWLEDGED') counts.ACKNOWLEDGED += 1;
            shared.setCount('inbox', summary());
            draw();
            (row.querySelector('[data-test="work-resolve"]') || row.querySelector('a'))?.focus();
            toast(t(resolve ? 'work.inbox.resolved' : 'work.inbox.acknowledged', { reporter: item.reporter }), 'success');
          } catch (error) {
            showError(error);
            button.disabled = false;
          }
        }
        draw();
      }

      const tools = [
        filterSelect(t('work.inbox.state'), [
          ['open', t('work.inbox.state.open')],
          ...STATES.map((s) => [s, t(`work.state.${s}`)]),
          ['all', t('work.inbox.state.all')],
        ], state, (value) => { state = value; list.reload(); }, 'work-inbox-state'),
        filterSelect(t('work.inbox.kind'), [['', t('work.inbox.kind.all')], ...KINDS.map((k) => [k, t(`work.kind.${k}`)])],
          kind, (value) => { kind = value; list.reload(); }, 'work-inbox-kind'),
      ];
      panel.append(section('work-inbox-h', t('work.tab.inbox'), tools, list.element));
      list.reload();
    },
  };
}
