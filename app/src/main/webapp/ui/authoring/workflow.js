// Workflow pieces shared by the editor and the review screen: the status badge, the steps
// (submit, approve, reject, publish, archive, unarchive) and the recent workflow comments.
import { api } from '../core/api.js';
import { h } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { badge } from '../core/ui.js';
import './messages.js';

const KIND = { DRAFT: 'draft', IN_REVIEW: 'in-review', PUBLISHED: 'verified', ARCHIVED: 'archived' };

export function statusBadge(status) {
  const el = badge(KIND[status] || 'draft', t(`status.${status || 'DRAFT'}`));
  el.dataset.test = 'status';
  el.dataset.status = status || 'DRAFT';
  return el;
}

/** POST …/workflow/{step}; resolves {data: summary, etag}. */
export function step(articleId, name, { comment, significant, etag } = {}) {
  const body = {};
  if (comment) body.comment = comment;
  if (significant) body.significant = true;
  return api.post(`/articles/${articleId}/workflow/${name}`, body, { ifMatch: etag || undefined });
}

export async function history(articleId) {
  const { data } = await api.get(`/articles/${articleId}/workflow`);
  return [...(data || [])].sort((a, b) => new Date(b.at) - new Date(a.at));
}

/**
 * The comment the author must see now: the rejection that sent the article back to draft (while
 * it is a draft), or the submission note (while it is in review). Null when there is none.
 */
export function authorNotice(events, status) {
  const last = events[0];
  if (!last) return null;
  if (status === 'DRAFT' && last.action === 'REJECT') {
    return h('div', { class: 'notice notice-warning', role: 'note', dataset: { test: 'rejection' } },
      h('h2', { class: 'notice-title' }, t('wf.rejectedTitle')),
      h('p', { class: 'notice-meta' }, t('wf.rejectedBy', { actor: last.actor, at: formatDateTime(last.at) })),
      last.comment ? h('blockquote', { class: 'notice-comment', dataset: { test: 'rejection-comment' } }, last.comment) : null);
  }
  if (status === 'IN_REVIEW' && last.action === 'SUBMIT') {
    return h('div', { class: 'notice notice-info', role: 'note', dataset: { test: 'in-review-notice' } },
      h('p', null, t('wf.inReviewSince', { actor: last.actor, at: formatDateTime(last.at) })),
      last.comment ? h('blockquote', { class: 'notice-comment' }, last.comment) : null);
  }
  return null;
}

/** The last few workflow steps with their comments. */
export function activityList(events, limit = 5) {
  if (!events.length) return h('p', { class: 'muted' }, t('wf.noActivity'));
  return h('ol', { class: 'wf-activity', dataset: { test: 'activity' } },
    events.slice(0, limit).map((e) => h('li', { class: 'wf-event' },
      h('span', { class: 'wf-action' }, t(`wf.action.${e.action}`)),
      h('span', { class: 'muted' }, ` · ${e.actor} · ${formatDateTime(e.at)} · ${t('wf.version', { n: e.version })}`),
      e.comment ? h('p', { class: 'wf-comment' }, e.comment) : null)));
}
