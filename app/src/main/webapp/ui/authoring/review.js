// The review screen (#/articles/:id/review) for publishers: the submitted version rendered, what
// changed since the published version (server compare), and Approve / Reject with a comment.
import { api } from '../core/api.js';
import { h, replace, uid } from '../core/dom.js';
import { formatDateTime, t } from '../core/i18n.js';
import { renderMarkdown } from '../core/markdown.js';
import { can, emptyState, errorMessage, spinner } from '../core/ui.js';
import { diffPanel } from './review-diff.js';
import { activityList, history, statusBadge, step } from './workflow.js';
import './messages.js';

export async function render(outlet, params, ctx) {
  const { session } = ctx;
  const id = params.id;
  replace(outlet, h('p', { class: 'muted' }, spinner(), ' ', t('common.loading')));

  let article;
  let etag;
  let events = [];
  let versions = [];
  let diff = null;
  let mandatory = false;
  try {
    const loaded = await api.get(`/articles/${id}`);
    article = loaded.data;
    etag = loaded.etag;
    [events, versions, mandatory] = await Promise.all([
      history(id).catch(() => []),
      api.get(`/articles/${id}/versions`).then((r) => r.data || []).catch(() => []),
      api.get(`/articles/${id}/mandatory`).then((r) => !!r.data?.mandatory).catch(() => false),
    ]);
    if (article.publishedVersion && article.publishedVersion !== article.latestVersion) {
      diff = (await api.get(`/articles/${id}/versions/compare`, { from: article.publishedVersion, to: article.latestVersion })).data;
    }
  } catch (error) {
    replace(outlet, h('h1', null, t('review.title')), emptyState(errorMessage(error), h('a', { href: '#/work' }, t('review.backToWork'))));
    return;
  }

  if (!can(session, article.space, 'PUBLISH')) {
    replace(outlet, h('h1', null, t('review.title')), emptyState(t('review.notPublisher'), h('a', { href: `#/articles/${id}` }, t('editor.viewArticle'))));
    return;
  }

  const latest = versions.find((v) => v.number === article.latestVersion) || {};
  const submitted = events.find((e) => e.action === 'SUBMIT');
  const inReview = article.status === 'IN_REVIEW';

  // ---- what to review ----
  const rendered = h('article', { class: 'prose review-rendered', dataset: { test: 'review-rendered' } },
    h('h1', { class: 'review-article-title' }, article.title), renderMarkdown(article.body));
  const tagsLine = (article.tags || []).length
    ? h('ul', { class: 'review-tags', 'aria-label': t('editor.tags') }, article.tags.map((tag) => h('li', { class: 'chip' }, tag))) : null;

  const tabsId = uid('rv');
  const panels = [];
  if (diff) panels.push({ key: 'changes', label: t('review.changesTab', { n: article.publishedVersion }), content: diffPanel(diff, { beforeLabel: t('review.publishedLabel', { n: article.publishedVersion }), afterLabel: t('review.submittedLabel', { n: article.latestVersion }) }) });
  panels.push({ key: 'rendered', label: t('review.renderedTab'), content: h('div', null, tagsLine, rendered) });
  let selected = panels[0].key;
  const tabButtons = panels.map((p) => h('button', {
    type: 'button', role: 'tab', id: `${tabsId}-${p.key}`, 'aria-controls': `${tabsId}-${p.key}-panel`, dataset: { test: `review-tab-${p.key}` },
    onclick: () => select(p.key),
  }, p.label));
  const panelEls = panels.map((p) => h('div', { role: 'tabpanel', id: `${tabsId}-${p.key}-panel`, 'aria-labelledby': `${tabsId}-${p.key}`, class: 'review-panel', tabindex: '0' }, p.content));
  const select = (key, focus) => {
    selected = key;
    panels.forEach((p, i) => {
      const on = p.key === key;
      tabButtons[i].setAttribute('aria-selected', String(on));
      tabButtons[i].tabIndex = on ? 0 : -1;
      panelEls[i].hidden = !on;
      if (on && focus) tabButtons[i].focus();
    });
  };
  const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('review.views') }, tabButtons);
  tablist.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const index = panels.findIndex((p) => p.key === selected);
    const next = (index + (event.key === 'ArrowRight' ? 1 : panels.length - 1)) % panels.length;
    select(panels[next].key, true);
  });
  select(selected);
  if (panels.length === 1) {
    // Nothing to switch between: no tabs, just the article.
    tablist.hidden = true;
    panelEls[0].removeAttribute('role');
    panelEls[0].removeAttribute('tabindex');
  }

  // ---- decision ----
  const commentId = uid('comment');
  const comment = h('textarea', { id: commentId, rows: 4, maxlength: 2000, dataset: { test: 'review-comment' }, 'aria-describedby': `${commentId}-hint` });
  const significant = h('input', { type: 'checkbox', dataset: { test: 'review-significant' } });
  const message = h('p', { class: 'form-message', role: 'alert', dataset: { test: 'review-message' } });
  const approve = h('button', { type: 'button', class: 'primary', dataset: { test: 'approve' } }, t('review.approve'));
  const reject = h('button', { type: 'button', class: 'secondary danger-text', dataset: { test: 'reject' } }, t('review.reject'));
  const decision = h('section', { class: 'card review-decision', 'aria-labelledby': `${commentId}-title`, dataset: { test: 'review-decision' } },
    h('h2', { id: `${commentId}-title` }, t('review.decision')),
    h('div', { class: 'field' },
      h('label', { for: commentId }, t('review.comment')), comment,
      h('small', { class: 'hint', id: `${commentId}-hint` }, t('review.commentHint'))),
    mandatory ? h('label', { class: 'checkbox review-significant' }, significant, t('review.significant')) : null,
    mandatory ? h('p', { class: 'hint' }, t('review.significantHint')) : null,
    message,
    h('div', { class: 'actions' }, reject, approve));

  const decide = async (name) => {
    const text = comment.value.trim();
    message.textContent = '';
    if (name === 'reject' && !text) {
      message.textContent = t('review.rejectNeedsComment');
      comment.setAttribute('aria-invalid', 'true');
      comment.focus();
      return;
    }
    comment.removeAttribute('aria-invalid');
    approve.disabled = true;
    reject.disabled = true;
    try {
      const { data } = await step(id, name, { comment: text, significant: name === 'approve' && significant.checked, etag });
      showResult(name, data);
    } catch (error) {
      message.textContent = error.status === 412 ? t('review.stale') : errorMessage(error);
      if (error.status === 412) message.append(' ', h('a', { href: `#/articles/${id}/review`, onclick: (e) => { e.preventDefault(); render(outlet, params, ctx); } }, t('review.reload')));
      approve.disabled = false;
      reject.disabled = false;
    }
  };
  approve.addEventListener('click', () => decide('approve'));
  reject.addEventListener('click', () => decide('reject'));

  function showResult(name, summary) {
    const title = h('h2', { tabindex: '-1', dataset: { test: 'review-result-title' } }, t(name === 'approve' ? 'review.approved' : 'review.rejected'));
    replace(decision,
      h('div', { class: 'review-result', role: 'status', dataset: { test: 'review-result', result: name } },
        title,
        h('p', null, name === 'approve'
          ? t('review.approvedText', { n: summary?.publishedVersion ?? article.latestVersion })
          : t('review.rejectedText', { author: latest.author || article.createdBy })),
        h('div', { class: 'toolbar' },
          h('a', { class: 'button primary', href: '#/work', dataset: { test: 'back-to-work' } }, t('review.backToWork')),
          name === 'approve' ? h('a', { class: 'button secondary', href: `#/articles/${id}` }, t('editor.viewArticle')) : null)));
    replace(badgeHolder, statusBadge(summary?.status || (name === 'approve' ? 'PUBLISHED' : 'DRAFT')));
    title.focus();
  }

  const badgeHolder = h('span', null, statusBadge(article.status));
  const spaceName = session.spaces.find((s) => s.key === article.space)?.name || article.space;
  const meta = h('dl', { class: 'review-meta' },
    h('dt', null, t('review.space')), h('dd', null, spaceName),
    h('dt', null, t('review.version')), h('dd', null, t('review.versionValue', { n: article.latestVersion }),
      article.publishedVersion ? ` · ${t('review.liveValue', { n: article.publishedVersion })}` : ` · ${t('review.firstVersion')}`),
    h('dt', null, t('review.author')), h('dd', null, latest.author || article.createdBy, latest.createdAt ? ` · ${formatDateTime(latest.createdAt)}` : ''),
    latest.changeNote ? [h('dt', null, t('review.changeNote')), h('dd', null, latest.changeNote)] : null,
    submitted ? [h('dt', null, t('review.submittedBy')), h('dd', null, `${submitted.actor} · ${formatDateTime(submitted.at)}`)] : null,
    submitted?.comment ? [h('dt', null, t('review.submitComment')), h('dd', { dataset: { test: 'submit-comment' } }, submitted.comment)] : null);

  const heading = h('h1', { tabindex: '-1' }, t('review.heading', { title: article.title }));
  replace(outlet, h('div', { class: 'review', dataset: { test: 'review' } },
    h('header', { class: 'review-head' },
      h('div', null, h('p', { class: 'muted review-crumb' }, h('a', { href: '#/work' }, t('review.backToWork'))), heading, badgeHolder),
      h('nav', { class: 'editor-links', 'aria-label': t('editor.related') },
        h('a', { href: `#/articles/${id}/edit` }, t('review.openEditor')),
        h('a', { href: `#/articles/${id}/history` }, t('editor.history')))),
    inReview ? null : h('p', { class: 'notice notice-info', role: 'note', dataset: { test: 'not-in-review' } }, t('review.notInReview', { status: t(`status.${article.status}`) })),
    h('div', { class: 'review-layout' },
      h('div', { class: 'review-main' }, diff ? null : h('p', { class: 'muted' }, article.publishedVersion ? t('review.noChanges') : t('review.newArticle')), tablist, panelEls),
      h('aside', { class: 'review-side' },
        h('section', { class: 'card' }, h('h2', null, t('review.about')), meta),
        inReview ? decision : null,
        h('section', { class: 'card' }, h('h2', null, t('editor.activity')), activityList(events))))));
  heading.focus();
}
