// The article reader: title, badges and meta, editor links, mandatory-reading acknowledgement, the
// sanitised Markdown body, attachments and feedback. Used by the full page (#/articles/:id) and,
// compact, by the search screen's preview pane.
import { api } from '../core/api.js';
import { h, replace } from '../core/dom.js';
import { formatDate, formatDateTime, registerMessages, t } from '../core/i18n.js';
import { renderMarkdown } from '../core/markdown.js';
import { badge, can, errorMessage, spinner, toast } from '../core/ui.js';
import { categoryNames, spaceName } from '../search/labels.js';
import { loadAttachments } from './attachments.js';
import { feedbackBlock } from './feedback.js';
import messages from './messages.js';

registerMessages(messages);

function editorLinks(article, session) {
  if (!can(session, article.space, 'EDIT')) return null;
  const id = encodeURIComponent(article.id);
  const links = [
    h('a', { class: 'button small', href: `#/articles/${id}/edit`, dataset: { test: 'article-edit' } }, t('article.edit')),
    h('a', { class: 'button small', href: `#/articles/${id}/history`, dataset: { test: 'article-history' } }, t('article.history')),
    can(session, article.space, 'PUBLISH')
      ? h('a', { class: 'button small', href: `#/articles/${id}/reading`, dataset: { test: 'article-reading' } }, t('article.requiredReading')) : null,
    article.status === 'IN_REVIEW' && can(session, article.space, 'PUBLISH')
      ? h('a', { class: 'button small primary', href: `#/articles/${id}/review`, dataset: { test: 'article-review' } }, t('article.review')) : null,
  ];
  return h('div', { class: 'reader-editor-links' }, links);
}

function badges(article, session) {
  const editor = can(session, article.space, 'EDIT');
  return h('div', { class: 'reader-badges' },
    editor && article.status ? badge(article.status === 'IN_REVIEW' ? 'in-review' : article.status.toLowerCase(), t(`status.${article.status}`)) : null,
    article.needsReview
      ? h('span', { class: 'badge badge-needs-review', title: t('article.needsReviewHint'), dataset: { test: 'badge-needs-review' } }, t('article.needsReview'))
      : article.verifiedAt ? h('span', { class: 'badge badge-verified', dataset: { test: 'badge-verified' } }, t('article.verified')) : null,
    article.restrictedTo?.length ? badge('restricted', t('article.restricted')) : null);
}

function meta(article, session, categoryName) {
  const row = (label, value, test) => (value ? h('div', null, h('dt', null, label), h('dd', { dataset: { test } }, value)) : null);
  const verified = article.verifiedAt
    ? t('article.verifiedOn', { date: formatDate(article.verifiedAt), name: article.verifiedBy || '—' }) : null;
  return h('dl', { class: 'reader-meta', 'aria-label': t('article.meta') },
    row(t('article.space'), [spaceName(session, article.space), categoryName ? ` / ${categoryName}` : ''].join(''), 'article-space'),
    row(t('article.owner'), article.owner, 'article-owner'),
    row(t('article.version'), t('article.versionN', { n: article.version }), 'article-version'),
    row(t('article.updated'), h('time', { datetime: article.updatedAt, title: formatDateTime(article.updatedAt) }, formatDate(article.updatedAt)), 'article-updated'),
    row(t('article.verified'), verified, 'article-verified'));
}

async function acknowledgement(slot, article) {
  if (!article.publishedVersion || !article.live) return;
  let mandatory;
  try {
    ({ data: mandatory } = await api.get(`/articles/${encodeURIComponent(article.id)}/mandatory`));
  } catch {
    return;
  }
  if (!mandatory?.mandatory) return;
  let pending = [];
  try {
    ({ data: pending } = await api.get('/acknowledgements/pending'));
  } catch { pending = []; }
  const mine = (pending || []).find((p) => p.article === article.id);
  const text = h('p', { role: 'status' });
  const box = h('div', { class: ['ack', mine ? 'ack-pending' : 'ack-done'], dataset: { test: 'acknowledgement' } },
    h('strong', null, t('article.mandatory')), text);
  if (mine) {
    text.textContent = t('article.ackPending', { n: mine.version });
    const button = h('button', { type: 'button', class: 'primary small', dataset: { test: 'acknowledge' } }, t('article.ackButton'));
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        const { data } = await api.post(`/articles/${encodeURIComponent(article.id)}/acknowledgement`);
        text.textContent = t('article.ackDone', { n: data.version, date: formatDateTime(data.acknowledgedAt) });
        box.classList.replace('ack-pending', 'ack-done');
        button.remove();
        toast(text.textContent, 'success');
        window.dispatchEvent(new CustomEvent('kb:acknowledged', { detail: { article: article.id, version: data.version } }));
      } catch (error) {
        button.disabled = false;
        toast(`${t('article.ackFailed')} ${errorMessage(error)}`, 'error');
      }
    });
    box.append(button);
  } else {
    text.textContent = t('article.ackNothing');
  }
  slot.replaceChildren(box);
}

// A section of an imported document: its collection and the sections before and after it.
function collectionNav(collection) {
  if (!collection) return null;
  const link = (target, key, rel, test) => (target
    ? h('a', { href: `#/articles/${encodeURIComponent(target.id)}`, rel, dataset: { test } }, t(key, { title: target.title }))
    : null);
  return h('nav', { class: 'reader-collection', 'aria-label': t('article.collection'), dataset: { test: 'article-collection' } },
    h('a', { href: `#/articles/${encodeURIComponent(collection.id)}`, dataset: { test: 'collection-link' } },
      t('article.partOf', { n: collection.position, title: collection.title })),
    link(collection.previous, 'article.previousSection', 'prev', 'previous-section'),
    link(collection.next, 'article.nextSection', 'next', 'next-section'));
}

/**
 * Renders article `id` into `container`.
 * options: {session, compact, published (the published version even for editors),
 *           actions: [nodes shown beside the editor links],
 *           onLoaded(article), signal}
 * Returns a promise of the article (null when not found).
 */
export async function renderReader(container, id, { session, compact = false, published = false, actions = [], onLoaded, signal } = {}) {
  replace(container, h('div', { class: 'reader-loading', dataset: { test: 'reader-loading' } }, spinner(), ' ', t('article.loading')));
  let article;
  try {
    ({ data: article } = await api.get(`/articles/${encodeURIComponent(id)}`, published ? { version: 'published' } : null, { signal }));
  } catch (error) {
    if (error.name === 'AbortError' || signal?.aborted) return null;
    replace(container, h('div', { class: 'reader-error', role: 'alert', dataset: { test: error.status === 404 ? 'not-found' : 'reader-error' } },
      error.status === 404 ? t('article.notFound') : errorMessage(error)));
    return null;
  }
  if (signal?.aborted) return null;

  const heading = h(compact ? 'h2' : 'h1', { class: 'reader-title', id: `title-${article.id}`, tabindex: '-1', dataset: { test: 'article-title' } }, article.title);
  const ackSlot = h('div', { class: 'ack-slot' });
  const attachments = h('section', { class: 'reader-attachments', hidden: true, dataset: { test: 'attachments' } });
  const body = h('div', { class: 'prose reader-body', dataset: { test: 'article-body' } });
  body.append(renderMarkdown(article.body || ''));
  const editorNote = article.publishedVersion && article.version !== article.publishedVersion
    ? h('p', { class: 'reader-note', dataset: { test: 'reader-note' } }, t('article.showingLatest', { n: article.version, published: article.publishedVersion })) : null;

  const metaEl = meta(article, session, null);
  replace(container,
    h('article', { class: ['reader', compact && 'reader-compact'], 'aria-labelledby': heading.id, dataset: { test: 'reader', id: article.id } },
      h('header', { class: 'reader-header' },
        heading,
        badges(article, session),
        metaEl,
        article.tags?.length ? h('ul', { class: 'tags', 'aria-label': t('article.tags') }, article.tags.map((tag) => h('li', { class: 'tag' }, tag))) : null,
        (actions.length || can(session, article.space, 'EDIT'))
          ? h('div', { class: 'reader-actions' }, actions, editorLinks(article, session)) : null),
      collectionNav(article.collection),
      editorNote,
      ackSlot,
      body,
      attachments,
      article.live ? feedbackBlock(article, { compact }) : null));

  if (article.category) {
    categoryNames(article.space).then((names) => {
      const name = names.get(article.category);
      if (name && metaEl.isConnected) metaEl.replaceWith(meta(article, session, name));
    });
  }
  acknowledgement(ackSlot, article);
  loadAttachments(attachments, article.id, { compact });
  onLoaded?.(article);
  return article;
}
