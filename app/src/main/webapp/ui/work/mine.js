// My requests and feedback (everyone, agents included): the articles I asked for and what became
// of them, and my comments and reports on articles with the owners' replies.
import { api } from '../core/api.js';
import { h } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { badge } from '../core/ui.js';
import { articleLink, itemsOf, once, pagedList, section, spaceName, table, when } from './common.js';

const PAGE = 50;
const STATUS_BADGE = { OPEN: 'in-review', DONE: 'verified', DECLINED: 'archived' };
const STATE_BADGE = { NEW: 'in-review', ACKNOWLEDGED: 'needs-review', RESOLVED: 'verified' };

export function create(shared) {
  const { session, signal } = shared;
  const loadRequests = (after) => api.get('/article-requests/mine', { after, limit: PAGE }, { signal }).then(({ data }) => itemsOf(data));
  const loadFeedback = (after) => api.get('/feedback/mine', { after, limit: PAGE }, { signal }).then(({ data }) => itemsOf(data));
  const firstRequests = once(() => loadRequests(null));
  const firstFeedback = once(() => loadFeedback(null));
  const isItem = (f) => Boolean(f.state); // comments and flags; bare votes are only counted

  return {
    key: 'mine',
    visible: true,
    async count() {
      const [requests, feedback] = await Promise.allSettled([firstRequests(), firstFeedback()]);
      if (requests.status === 'rejected' && feedback.status === 'rejected') throw feedback.reason;
      const reqs = requests.value?.items || [];
      const items = (feedback.value?.items || []).filter(isItem);
      const answered = reqs.filter((r) => r.status && r.status !== 'OPEN').length + items.filter((f) => f.reply).length;
      return {
        n: reqs.length + items.length,
        more: Boolean(requests.value?.after || feedback.value?.after),
        hint: answered ? t('work.hint.answered', { n: answered }) : '',
      };
    },
    render(panel) {
      const reqTable = table(t('work.mine.requestsCaption'), [
        { key: 'title', label: t('work.col.request') },
        { key: 'space', label: t('work.col.space') },
        { key: 'requested', label: t('work.col.requested') },
        { key: 'status', label: t('work.col.status') },
      ], { test: 'work-mine-requests' });
      const requests = pagedList({
        signal,
        test: 'work-mine-requests',
        emptyText: t('work.mine.requestsEmpty'),
        fetchPage: (after) => (after ? loadRequests(after) : firstRequests()),
        show: (items, content) => {
          if (!reqTable.wrap.isConnected) { reqTable.clear(); content.append(reqTable.wrap); }
          for (const r of items) {
            const answer = h('div', { class: 'work-sub' },
              r.articleId && r.articleTitle ? [t('work.mine.answer'), ' ', articleLink(r.articleId, r.articleTitle)] : null);
            reqTable.add({
              title: h('div', null, h('span', { class: 'work-query' }, r.query), r.note ? h('p', { class: 'work-quote' }, r.note) : null),
              space: r.space ? spaceName(session, r.space) : h('span', { class: 'muted' }, t('work.requests.anySpace')),
              requested: when(r.askedAt || r.requestedAt, { withTime: true }),
              status: h('div', null,
                r.status ? badge(STATUS_BADGE[r.status] || 'draft', t(`work.requestStatus.${r.status}`)) : null,
                r.comment ? h('p', { class: 'work-reply' }, r.comment) : null,
                answer),
            }, { dataset: { test: 'work-my-request-row', id: r.id } });
          }
          return items.length;
        },
      });

      const fbTable = table(t('work.mine.feedbackCaption'), [
        { key: 'title', label: t('work.col.article') },
        { key: 'feedback', label: t('work.col.feedback') },
        { key: 'state', label: t('work.col.state') },
      ], { test: 'work-mine-feedback' });
      const feedback = pagedList({
        signal,
        test: 'work-mine-feedback',
        emptyText: t('work.mine.feedbackEmpty'),
        fetchPage: (after) => (after ? loadFeedback(after) : firstFeedback()),
        show: (items, content) => {
          if (!fbTable.wrap.isConnected) { fbTable.clear(); content.append(fbTable.wrap); }
          const mine = items.filter(isItem);
          for (const f of mine) {
            const title = f.articleTitle ? articleLink(f.article, f.articleTitle) : h('span', { class: 'muted' }, t('work.articleGone'));
            fbTable.add({
              title: h('div', null, title, h('div', { class: 'work-sub' }, when(f.createdAt, { withTime: true }))),
              feedback: h('div', { class: 'work-feedback' },
                h('div', { class: 'work-badges' },
                  badge(f.kind === 'FLAG' ? 'danger' : (f.kind === 'HELPFUL' ? 'verified' : 'needs-review'), t(`work.kind.${f.kind}`)),
                  f.reason ? h('span', { class: 'work-reason' }, t(`work.reason.${f.reason}`)) : null),
                f.comment ? h('p', { class: 'work-quote' }, f.comment) : null),
              state: h('div', null,
                badge(STATE_BADGE[f.state] || 'draft', t(`work.state.${f.state}`)),
                f.reply
                  ? h('p', { class: 'work-reply', dataset: { test: 'work-my-reply' } }, h('span', { class: 'work-sub' }, t('work.inbox.replyBy', { name: f.repliedBy, date: formatDateTime(f.repliedAt) })), ' ', f.reply)
                  : h('div', { class: 'work-sub' }, t('work.mine.noReply'))),
            }, { dataset: { test: 'work-my-feedback-row', id: f.id } });
          }
          return mine.length;
        },
      });

      panel.append(
        section('work-mine-req-h', t('work.mine.requests'), null, requests.element),
        section('work-mine-fb-h', t('work.mine.feedback'), null, feedback.element),
      );
      requests.reload();
      feedback.reload();
    },
  };
}
